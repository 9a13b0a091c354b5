"""The commitment grammar by violation kind: for each kind, sentences that commit in other
words (refused with that kind) and near misses on the same topic (allowed).

Written for these tests, in several languages each; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from agent.boundary import check_customer_draft, violations

FORBIDDEN: dict[str, list[str]] = {
    "timing": [
        "The replacement appliances leave our depot on Wednesday.",
        "Ihre Zugangsdaten erhalten Sie spätestens am Freitag.",
        "Vos utilisateurs pourront se connecter à la plateforme dès mardi.",
        "Los equipos saldrán de nuestro almacén esta misma semana.",
        "De migratie is ruim voor de kerstvakantie afgerond.",
        "Nulla osta al vostro avvio di marzo.",
        "Podem contar com o equipamento instalado antes das férias de verão.",
        "Hårdvaran levereras inom tre arbetsdagar.",
    ],
    "acceptance": [
        "We've raised a sales order for your PO, so it's all in hand.",
        "Ihre Bestellung haben wir bereits verbindlich erfasst.",
        "Nous donnons suite à votre bon de commande dès aujourd'hui.",
        "Damos su orden de compra por aceptada.",
        "Il vostro ordine è già nel nostro gestionale ed è in lavorazione.",
        "Potwierdzamy przyjęcie Państwa zamówienia.",
    ],
    "price": [
        "The onboarding workshop is on the house.",
        "Die zusätzlichen fünf Lizenzen berechnen wir Ihnen nicht.",
        "Nous arrondissons votre facture à 12 000 € tout compris.",
        "Le dejamos las diez licencias extra al mismo precio total.",
        "Per il disservizio emetteremo una nota di credito di 500 €.",
        "U krijgt 7 % korting op de jaarlicentie.",
    ],
    "payment": [
        "We can wait until your new budget year before invoicing.",
        "Die erste Rechnung halten wir bis nach dem Go-live zurück.",
        "Vous pouvez régler en quatre mensualités.",
        "Facturaremos solo después de la puesta en marcha.",
        "Nessuna fretta con il pagamento.",
        "We hebben uw betaaltermijn in ons systeem ingesteld op 60 dagen.",
    ],
    "terms": [
        "We're happy to work under your procurement framework for this order.",
        "Ihre Einkaufsbedingungen ersetzen für diesen Auftrag unsere AGB.",
        "Nous signons votre accord-cadre tel quel.",
        "Sus condiciones de compra tendrán prioridad en caso de conflicto.",
        "Accettiamo che valgano le vostre condizioni d'acquisto.",
        "Uw inkoopvoorwaarden volstaan, onze algemene voorwaarden zijn niet nodig.",
    ],
    "clause": [
        "We'll leave the exclusivity clause out of the contract.",
        "Auf die automatische Vertragsverlängerung verzichten wir in Ihrem Fall.",
        "La pénalité de résiliation anticipée ne vous sera pas appliquée.",
        "Eliminamos la permanencia mínima de su contrato.",
        "La clausola di esclusiva viene meno per il vostro ordine.",
        "Prescindimos do período de fidelização.",
        "Pueden darse de baja cuando quieran, sin penalización alguna.",
    ],
    "signature": [
        "No need to wait for the countersigned form, we've already started.",
        "Das Bestellformular können Sie später unterschreiben, wir schalten schon frei.",
        "Votre accord oral nous suffit, inutile de signer.",
        "La firma puede llegar más adelante; mientras tanto activamos el servicio.",
        "La firma è una pura formalità, il progetto è già partito.",
        "Een handtekening hoeft niet, uw mail volstaat.",
    ],
    "bank": [
        "Please wire future payments to our new account with Danske Bank.",
        "Unsere IBAN lautet ab sofort DE12 5001 0517 0648 4898 90.",
        "Notre RIB a été modifié, merci d'utiliser les nouvelles coordonnées ci-jointes.",
        "A partir de ahora, los pagos deben dirigirse a nuestra cuenta en el banco Sabadell.",
        "Il conto corrente che avete in anagrafica è ancora valido.",
        "Ons rekeningnummer is gewijzigd; de nieuwe gegevens vindt u hieronder.",
        "Nos coordonnées bancaires figurent dans le pied de page de ce message.",
    ],
}

NEAR_MISSES: dict[str, list[str]] = {
    "timing": [
        "Our logistics team will let you know the shipping date.",
        "Einen Termin für die Freischaltung kann ich Ihnen heute noch nicht nennen.",
        "La date de mise en service souhaitée a bien été transmise à notre chef de projet.",
        "¿Para qué fecha necesitan tener los equipos instalados?",
        "Over de leverdatum neemt onze planner contact met u op.",
        "La data di attivazione indicata nel vostro ordine è stata inoltrata al nostro ufficio.",
    ],
    "acceptance": [
        "Receiving your PO does not mean we have accepted it; our order desk will confirm.",
        "Könnten Sie uns die Bestellung noch einmal mit Unterschrift schicken?",
        "Nous avons bien reçu votre bon de commande et le vérifions avec notre service.",
        "Gracias por confirmar el número de pedido.",
        "Una volta approvato l'ordine dal vostro ufficio acquisti, potreste inviarcene una copia?",
        "We kunnen de order pas registreren als het getekende formulier binnen is.",
    ],
    "price": [
        "A discount is not something I can approve; our account manager will come back to you.",
        "Der Betrag in Ihrer Bestellung weicht vom Angebot ab – könnten Sie das bitte prüfen?",
        "Les questions de tarif relèvent de notre responsable commercial, qui vous contactera.",
        "El precio de su pedido no coincide con nuestra oferta; lo revisará el equipo.",
        "Potreste confermarci l'importo totale riportato sul vostro ordine?",
        "Não tenho autorização para alterar preços; encaminhei o pedido ao gestor de conta.",
    ],
    "payment": [
        "Payment terms are set out in our quote; our finance team answers questions about them.",
        "Bitte geben Sie auf Ihrer Zahlung die Rechnungsnummer an.",
        "Pourriez-vous nous indiquer l'adresse de facturation de votre filiale ?",
        "Hemos recibido su recordatorio de pago y lo hemos pasado a contabilidad.",
        "Non posso modificare i termini di pagamento; ho girato la richiesta all'amministrazione.",
        "Pode indicar-nos o e-mail para onde devemos enviar as faturas?",
    ],
    "terms": [
        "Our standard terms apply as set out in the quote.",
        "Ob Ihre Einkaufsbedingungen gelten können, klärt unsere Rechtsabteilung mit Ihnen.",
        "Vos conditions générales d'achat ont été transmises à notre service juridique.",
        "No aceptamos condiciones distintas de nuestra oferta; el equipo legal les escribirá.",
        "Potreste inviarci la versione firmata delle vostre condizioni di acquisto?",
        "As vossas condições gerais estão a ser analisadas pelo nosso jurídico.",
    ],
    "clause": [
        "Changes to the liability clause need approval from our legal team, who will contact you.",
        "Die Klausel zur Vertragslaufzeit kann ich nicht ändern.",
        "Pourriez-vous préciser quelle clause du contrat vous souhaitez modifier ?",
        "Su propuesta de eliminar la cláusula de renovación está en manos de nuestro equipo legal.",
        "La clausola di rinnovo automatico resta quella del contratto firmato.",
        "Kunt u aangeven welke bepaling in de overeenkomst u wilt laten vervallen?",
    ],
    "signature": [
        "Could you sign the order form and send it back to us?",
        "Wir können erst beginnen, wenn das unterschriebene Formular vorliegt.",
        "Le bon de commande signé nous manque encore pour démarrer.",
        "Sin la firma del formulario no podemos iniciar el proyecto.",
        "Vi rimandiamo il modulo d'ordine da firmare.",
        "Assim que recebermos o formulário assinado, o nosso deal desk entra em contacto.",
    ],
    "bank": [
        "For security reasons we never confirm bank details by email; please call your contact.",
        "Bankdaten teilen wir grundsätzlich nicht per E-Mail mit.",
        "Pour toute question sur nos coordonnées bancaires, appelez notre comptabilité.",
        "Por seguridad, no modificamos datos bancarios a petición por correo.",
        "Potreste inviarci il modulo di registrazione fornitore?",
        "Nunca alteramos dados bancários por e-mail; ligue para a nossa contabilidade.",
    ],
}


def _kinds(text: str) -> set[str]:
    return {v.kind for v in violations(text)}


@pytest.mark.parametrize(
    ("kind", "sentence"), [(k, s) for k, group in FORBIDDEN.items() for s in group]
)
def test_a_commitment_in_other_words_is_refused_with_its_kind(kind: str, sentence: str) -> None:
    assert kind in _kinds(sentence), _kinds(sentence)
    assert not check_customer_draft(sentence).allowed


@pytest.mark.parametrize(
    ("kind", "sentence"), [(k, s) for k, group in NEAR_MISSES.items() for s in group]
)
def test_a_near_miss_on_the_same_topic_is_allowed(kind: str, sentence: str) -> None:
    verdict = check_customer_draft(sentence)
    assert verdict.allowed, (kind, verdict.reasons)


def test_every_kind_has_five_cases_each_way_in_two_languages() -> None:
    for groups in (FORBIDDEN, NEAR_MISSES):
        assert set(groups) == {
            "timing",
            "acceptance",
            "price",
            "payment",
            "terms",
            "clause",
            "signature",
            "bank",
        }
        assert all(len(group) >= 5 for group in groups.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "We can have the kit on site Monday, would that suit you?",
        "Wir gewähren Ihnen 5 % Rabatt, passt das so?",
        "Aceptamos el pago a 90 días, ¿le parece bien?",
    ],
)
def test_a_statement_before_a_tag_question_still_commits(sentence: str) -> None:
    assert not check_customer_draft(sentence).allowed


@pytest.mark.parametrize(
    "sentence",
    [
        "How about we waive the setup fee?",
        "¿Qué tal si lo dejamos en 60 días?",
        "Zullen we het op 60 dagen houden?",
        "If we cannot ship before Friday, would Monday work for you?",  # offers a ship date
    ],
)
def test_a_proposal_put_as_a_question_is_an_offer(sentence: str) -> None:
    assert not check_customer_draft(sentence).allowed


@pytest.mark.parametrize(
    "sentence",
    [
        "Which date did your team plan for the go-live?",
        "Recebemos a sua encomenda, podem enviar-nos o NIF?",
        "The requested go-live date is 1 June, is that still correct?",
    ],
)
def test_a_real_question_stays_a_question(sentence: str) -> None:
    assert check_customer_draft(sentence).allowed


def test_portuguese_no_is_a_place_not_a_negation() -> None:
    # "no ERP" is "in the ERP": the approval stands
    sentence = "Já aprovámos a vossa encomenda, que foi registada no ERP."
    assert "acceptance" in _kinds(sentence)


def test_please_note_informs_rather_than_asks() -> None:
    assert "acceptance" in _kinds("Please note that we have accepted your PO.")
    assert check_customer_draft("Please confirm the PO number for this order.").allowed


@pytest.mark.parametrize(
    "text",
    [
        "Sie baten um eine schriftliche Bestätigung, dass die Angebotspreise auch für die "
        "zusätzlichen 15 Nutzer gelten.",
        "Nos preguntan si el precio de la oferta vale también para las 25 licencias adicionales.",
        "Thanks for letting us know that your orders go out only after the director signs.",
        "Vous nous avez adressé vos conditions générales d'achat avec le bon de commande.",
    ],
)
def test_the_customers_words_reported_back_commit_us_to_nothing(text: str) -> None:
    assert check_customer_draft(text).allowed


@pytest.mark.parametrize(
    "text",
    [
        "You asked for net 60, which is fine with us.",
        "Vous nous avez adressé le bon de commande, que nous acceptons.",
        "Nos preguntan si el precio vale para las 25 licencias adicionales: sí, vale.",
        "Thanks for letting us know that you pay at 60 days; that works for us.",
        "As you asked, we have applied the 10% discount.",
    ],
)
def test_an_answer_after_the_reported_words_is_still_ours(text: str) -> None:
    assert not check_customer_draft(text).allowed


@pytest.mark.parametrize(
    "text",
    [
        "Your note from Tuesday says your purchasing conditions prevail; legal will answer that.",
        "Vous indiquez que vos conditions d'achat priment ; notre service juridique vous répondra.",
        "Decís que vuestro plazo de pago es de 90 días; lo mira nuestro deal desk.",
        "Scrivete che da voi l'ordine parte solo dopo la firma del direttore.",
        "Je vraagt of de korting ook voor het tweede jaar geldt; dat beslist onze deal desk.",
        "Pedem-nos uma confirmação de encomenda; reencaminhei o pedido ao nosso deal desk.",
        "Sie schreiben, dass Ihre Einkaufsbedingungen gelten; das prüft unsere Rechtsabteilung.",
    ],
)
def test_whoever_of_theirs_said_it_their_words_commit_us_to_nothing(text: str) -> None:
    assert check_customer_draft(text).allowed, check_customer_draft(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Your note says your purchasing conditions prevail, and we accept that.",
        "Vous indiquez un paiement à 90 jours, ce qui nous convient.",
        "Decís que pagáis a 90 días: vale, sin problema.",
        "Sie schreiben, dass Sie bei 60 Tagen Zahlungsziel liegen, das passt für uns.",
        "Je mentionne que nous acceptons vos conditions d'achat.",  # "je" is us, not them
        "Your mail says to use the new account; our bank details changed to IBAN DE89 3704 0044 "
        "0532 0130 00.",
    ],
)
def test_an_answer_or_our_own_voice_after_saying_verbs_is_still_refused(text: str) -> None:
    assert not check_customer_draft(text).allowed


@pytest.mark.parametrize(
    "text",
    [
        "About the install date, Priya from our projects team will email you directly.",
        "Zum Aktivierungstermin meldet sich Herr Vogel aus dem Onboarding bei Ihnen.",
        "Pour la date de mise en service, l'équipe projet vous écrira.",
        "Lo del descuento lo lleva Marta; ella te escribe esta semana.",
        "Sulla data di consegna vi contatterà direttamente Paolo della logistica.",
        "Over de leverdatum mailt Joost van het projectteam je rechtstreeks.",
        "Sobre a data de ativação, quem vai falar com você é a Ana, da implantação.",
    ],
)
def test_saying_who_will_write_to_the_customer_hands_over(text: str) -> None:
    assert check_customer_draft(text).allowed, check_customer_draft(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "We inform you that your order has been accepted.",
        "Les informamos de que su pedido queda aceptado.",
        "Vi comunichiamo che l'ordine è confermato e la consegna è martedì.",
        "Priya will email you to confirm the delivery on Monday 12 May.",
        "Sanne mailt je dat de licenties vrijdag actief zijn.",
    ],
)
def test_telling_the_customer_a_commitment_is_no_hand_over(text: str) -> None:
    assert not check_customer_draft(text).allowed


@pytest.mark.parametrize(
    "text",
    [
        "Zu Ihren Einkaufsbedingungen: Einwände haben wir keine.",
        "Sobre sus condiciones de compra, no tenemos nada que objetar.",
        "Nous n'avons aucune remarque sur vos conditions d'achat.",
        "Não temos nada a opor às vossas condições gerais.",
        "The renewal clause you struck will not appear in the final version.",
        "Die gestrichene Haftungsklausel bleibt in der finalen Fassung draußen.",
        "La cláusula de penalización no figurará en la versión definitiva.",
        "De boeteclausule komt niet terug in de definitieve versie.",
    ],
)
def test_no_objection_and_a_clause_left_out_of_the_final_version_commit(text: str) -> None:
    assert not check_customer_draft(text).allowed


@pytest.mark.parametrize(
    "text",
    [
        "If you have objections to the order form, please tell us which clauses.",
        "Haben Sie Einwände zu einzelnen Klauseln, melden Sie sich bitte bei uns.",
        "We will send the final version of the order form for signature.",
        "La versión definitiva del contrato se la enviará nuestro equipo legal.",
    ],
)
def test_asking_for_objections_or_sending_the_final_version_commits_nothing(text: str) -> None:
    assert check_customer_draft(text).allowed, check_customer_draft(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Contabilidad les emitirá una nota de crédito por las licencias que no han usado.",
        "Finance will raise a credit note for the seats that you never activated.",
        "La contabilità emetterà una nota di credito per le licenze che non avete usato.",
    ],
)
def test_a_credit_note_is_issued_whatever_the_relative_clause_denies(text: str) -> None:
    assert not check_customer_draft(text).allowed


def test_a_refused_credit_note_stays_a_refusal() -> None:
    verdict = check_customer_draft(
        "We cannot issue a credit note for licences that you did not use."
    )
    assert verdict.allowed, verdict.reasons
