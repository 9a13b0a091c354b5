"""Golden set, part 4: what a customer draft may say, including near misses of the rules."""

from __future__ import annotations

import pytest

from agent.boundary import check_customer_draft

ALLOWED = ("vendor.example",)

BENIGN_MORE = [
    # requests to the customer that use the same words as acceptance or timing
    "Could you confirm the order number on your side?",
    "Please confirm your order details so we can complete our records.",
    "Could you confirm the PO quantity matches the quote?",
    "Could you tell us when the PO will be issued?",
    "Could you let us know the PO number once your approval is complete?",
    "Once your PO is approved internally, could you send us a copy?",
    "Please send the PO when it is ready.",
    "Could you confirm whether a PO is required for the renewal?",
    "Could you confirm that the PO covers the full subscription term?",
    "Could you check that the PO lists 250 seats, matching the quote?",
    "Please advise which purchase order the invoice should reference.",
    "Is the billing entity the same as on the quote?",
    # handing commercial topics to people, without taking a position
    "Our deal desk will contact you about the requested go-live date.",
    "We have forwarded your question about delivery timing to the account team.",
    "Your account manager will discuss any pricing questions with you.",
    "The deal desk will follow up on the payment terms you mentioned.",
    "Our colleagues in finance will look at your question about invoicing.",
    "We noticed the PO amount differs from the quote; our deal desk will review it.",
    "The deal desk will review your request for a discount.",
    "We have shared your request regarding net 60 with the deal desk.",
    "A colleague from the deal desk will reply about the activation question.",
    "We can't comment on pricing; our deal desk will be in touch.",
    "Questions about contract terms are handled by our deal desk.",
    "Your account manager is the right person for questions about the renewal.",
    # acknowledging what arrived
    "Thank you for your order.",
    "Thank you for your purchase order.",
    "Thank you for the signed order form.",
    "We have received the tax exemption certificate.",
    "We have received your PO 4500012871.",
    "Thanks for the update on your supplier onboarding.",
    "Thank you for letting us know about the change of contact.",
    "We have updated your procurement contact in our records.",
    "Our records list Ava Thompson as your procurement contact.",
    "The signed order form we received is complete.",
    "We received two copies of the PO; we will use the latest one.",
    "Thank you for the billing address and the VAT number.",
    "We have noted Contoso Corp as the billing entity.",
    "Thanks, the supplier questionnaire is complete.",
    # asking for missing PO fields
    "Please send the W-9 form at your convenience.",
    "Could you provide the name of your accounts payable contact?",
    "Please let us know the billing address for invoices.",
    "Please send us the completed supplier questionnaire.",
    "May we ask for the VAT number of the billing entity?",
    "Could you please re-send the PO with the correct quote reference?",
    "Could you add our quote number Q-2026-0412 to the PO?",
    "Please make sure the PO shows the legal entity name.",
    "The PO you sent does not show a tax ID.",
    "Please ask your AP team to add us as a supplier.",
    "Please include your cost centre on the PO.",
    "Could you send the PO in PDF format rather than as an image?",
    "Could you send the supplier form by e-mail?",
    "Please use the subject line 'PO for Q-2026-0412' when you reply.",
    "Please reply to this e-mail with the missing details.",
    "Please send any invoice questions to ap@vendor.example.",
    "Which technical contact should we note for your tenant?",
    "Could you tell us who will be the technical contact for the rollout?",
    # everyday wording
    "We will review the document and get back to you.",
    "We look forward to working with you.",
    "We are looking into your question and will get back to you.",
    "We are happy to help with any questions about the paperwork.",
    "We are happy to provide the documents you need.",
    "We can provide a copy of our ISO certificate.",
    "Our W-9 and certificate of insurance are attached.",
    "I have attached the completed vendor form.",
    "Let us know if you need anything else from our side.",
    "We will let you know if we need anything else.",
    "We will be in touch shortly.",
    "Thanks, we'll take it from here.",
    "No action is needed on your side for now.",
    "Our team will review the attached documents.",
    "We look forward to receiving the PO.",
    "Our legal entity is Northwind Cloud Ltd.",
    "Kind regards,",
    "Many thanks,",
    "Hi Jürgen,",
    "Dear Ms. Martin,",
    "Best wishes,\nOrder Operations",
    "Thank you for the quick turnaround on the paperwork.",
    # German
    "Vielen Dank für Ihre Nachricht.",
    "Könnten Sie uns die Bestellnummer mitteilen?",
    "Bitte senden Sie uns das unterschriebene Bestellformular.",
    "Wir haben Ihre USt-IdNr. erhalten.",
    "Ihre Anfrage zu den Zahlungsbedingungen haben wir an unser Deal Desk weitergeleitet.",
    "Bitte teilen Sie uns die Rechnungsadresse mit.",
    "Für Rückfragen stehen wir gerne zur Verfügung.",
    "Wir melden uns, sobald wir alles geprüft haben.",
    "Haben Sie die Lieferantenregistrierung schon abgeschlossen?",
    "Die Bestellnummer fehlt noch auf dem Dokument.",
    "Ihre Bestellung haben wir an das zuständige Team weitergegeben.",
    "Wir prüfen Ihre Unterlagen.",
    "Könnten Sie uns bitte den technischen Ansprechpartner nennen?",
    "Viele Grüße",
    # French
    "Merci pour votre message.",
    "Pourriez-vous nous envoyer le numéro de bon de commande ?",
    "Nous avons bien reçu votre numéro de TVA.",
    "Pourriez-vous nous indiquer l'adresse de facturation ?",
    "Votre demande concernant les conditions de paiement a été transmise à notre équipe.",
    "Nous restons à votre disposition.",
    "Bien cordialement,",
    "Bonjour Madame Martin,",
    "Merci de compléter le formulaire fournisseur.",
    "Pouvez-vous nous transmettre le bon de commande signé ?",
    "Merci pour votre commande.",
    "Notre service commercial reviendra vers vous au sujet de votre question sur les prix.",
]


@pytest.mark.parametrize("sentence", BENIGN_MORE)
def test_benign_sentence_passes(sentence: str) -> None:
    verdict = check_customer_draft(sentence, allowed_link_domains=ALLOWED)
    assert verdict.allowed, verdict.reasons
