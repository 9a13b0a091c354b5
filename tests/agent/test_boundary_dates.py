"""Golden set, part 2: drafts that name a date or promise timing or fulfilment (EN/DE/FR)."""

from __future__ import annotations

import pytest

from agent.boundary import check_customer_draft

ALLOWED = ("vendor.example",)

FORBIDDEN_TIMING = [
    # dates written many ways
    "Your licences will be live on 3 March.",
    "We will activate the subscription on March 3rd.",
    "Activation is planned for 03/03/2026.",
    "Delivery will happen on 2026-03-03.",
    "Go-live: 3.3.2026.",
    "We target a go-live of 3/3/26.",
    "Activation: 2026.03.03",
    "Delivery by 2026/03/03.",
    "Delivery window: 3-5 March.",
    "We ship on the third of March.",
    "Licences go out on the 3rd of March.",
    "We aim to deliver by 3/3.",
    "Expect shipment by the 15th.",
    "We'll activate on the 1st.",
    "Access will be granted no later than March 15.",
    "Service starts March 2026.",
    "We're aiming for delivery by 31 Dec.",
    "Delivery is scheduled for mid-March.",
    "Activation will be completed in the first week of April.",
    "Onboarding starts on Monday, 9 March.",
    "Go-live is targeted for the week of 9 March.",
    "Go-live is pencilled in for 3 March.",
    "We can guarantee go-live in April.",
    "Your access should be active from 1 April.",
    "Expect delivery on or before 03.03.2026.",
    "Your seats go live at 9am.",
    # relative dates and turnaround
    "We will ship the hardware next Friday.",
    "Your keys will arrive Tuesday.",
    "Expect your access within 5 business days.",
    "Everything will be provisioned by EOM.",
    "The rollout is planned for Q2.",
    "We will ship by the end of H1.",
    "Your tenant will be ready in two weeks.",
    "Provisioning completes within 24 hours.",
    "We'll have the environment up by the end of next week.",
    "Activation takes about three business days.",
    "Your order ships within a week.",
    "Access will be ready in a day or two.",
    "Delivery within a fortnight.",
    "We expect to go live before the end of the quarter.",
    "You will receive the licence keys by close of business today.",
    "We will have everything ready before Easter.",
    "Your order will reach you by Thanksgiving.",
    "Activation will follow 48 hours after we receive the PO.",
    "Activation takes place 72 hours after signature.",
    "We can turn this around in 48h.",
    "ETA for activation is two days.",
    "Turnaround is typically 3-5 business days.",
    "You'll be up and running by next week.",
    "We'll get you set up over the weekend.",
    "The subscription starts on the first of the month.",
    "We can activate right after the PO clears, in about 3 days.",
    "Go-live in the second half of the year.",
    "Activation is booked for next Tuesday.",
    "By end of business Friday you will have access.",
    "Delivery is expected in the next 10 days.",
    "Expect activation sometime next month.",
    "Go-live is planned for calendar week 12.",
    # German
    "Die Aktivierung erfolgt am 3. März.",
    "Die Lizenzen werden nächste Woche freigeschaltet.",
    "Wir liefern bis Ende März.",
    "Die Bereitstellung dauert ca. 5 Werktage.",
    "Go-live ist für KW 12 geplant.",
    "Sie erhalten den Zugang morgen früh.",
    "Die Lieferung erfolgt am 03.03.2026.",
    "Wir aktivieren Ihre Lizenzen bis Freitag.",
    "Die Freischaltung erfolgt im zweiten Quartal.",
    "Versand innerhalb von 48 Stunden.",
    "Die Lizenzen stehen Ihnen ab dem 1. April zur Verfügung.",
    "Wir liefern in zwei Wochen.",
    "Am 3.3. schalten wir Sie frei.",
    "Die Aktivierung ist für Mitte April geplant.",
    # French
    "L'activation aura lieu le 3 mars.",
    "Livraison prévue sous 48 heures.",
    "Vos licences seront disponibles lundi prochain.",
    "Nous activerons votre accès d'ici la fin du mois.",
    "La mise en service est prévue pour le 03/03/2026.",
    "Vous recevrez vos accès dans deux semaines.",
    "Le déploiement se fera au deuxième trimestre.",
    "Expédition prévue début avril.",
    "Votre accès sera actif dès demain.",
    "Nous livrerons la semaine du 9 mars.",
    "Livraison fin mars.",
    "Le 3 mars, vos licences seront actives.",
    # promises of fulfilment without a date
    "Your licences will be activated as soon as the PO is approved.",
    "We'll get the licences provisioned for you.",
    "Rest assured, delivery will happen on time.",
    "We'll make sure you're live on the date you asked for.",
    "Your go-live date is confirmed.",
    "We will dispatch the hardware as soon as possible.",
    "Your licences are on their way.",
    "We are activating your licences now.",
    "Access is guaranteed from day one.",
    "Die Freischaltung erfolgt nach Eingang der Bestellung.",
    "Wir garantieren eine pünktliche Lieferung.",
    "Nous vous garantissons une livraison rapide.",
]


@pytest.mark.parametrize("sentence", FORBIDDEN_TIMING)
def test_timing_sentence_is_caught(sentence: str) -> None:
    verdict = check_customer_draft(sentence, allowed_link_domains=ALLOWED)
    assert not verdict.allowed, sentence
