"""Hand-overs, reported words and outcomes named in a hand-over (agent.boundary).

Where the customer's questions go, who at our company answers, a document sent again and
what the customer told us are frames a reply may use; a hand-over that names its outcome, a
term recorded in our system, a figure billed instead of another, a deduction the customer may
take, a clause left out of the final version and a split order found fine all commit.
Written for these tests, in several languages each; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from agent.boundary import check_customer_draft


@pytest.mark.parametrize(
    "text",
    [
        # Where the customer's questions go from now on: to the contact they named.
        "From Monday we will send any questions about the PO paperwork to him.",
        "Fragen zur Lieferantenanlage richten wir ab sofort an sie.",
        "Dorénavant, nous adresserons nos questions sur le bon de commande à elle.",
        "Las dudas sobre el pedido se las dirigiremos a ella a partir de hoy.",
        "Le domande sull'ordine d'ora in avanti le indirizzeremo a lui.",
        "Vragen over de inkooporder sturen we voortaan naar haar.",
        "As dúvidas sobre a encomenda serão encaminhadas a ela.",
        # The customer's contact at our company is ours, whatever the possessive.
        "Your account manager, Ines Vogt, will take up the question of a volume discount.",
        "La pregunta sobre el descuento la verá su gestora de cuenta, Marta Gil.",
        "Sulla questione dello sconto vi risponderà il vostro referente commerciale.",
        "Over de prijs van de extra licenties neemt je accountmanager contact op.",
        # A document sent again, in the word order of each language.
        "Das unterschriebene Angebot hänge ich Ihnen der Vollständigkeit halber an.",
        "Ik stuur de offerte met de referentie Q-5120 voor de zekerheid nog eens mee.",
        "Segue em anexo, mais uma vez, a nossa proposta Q-8841.",
        "Je vous renvoie le bon de commande à signer, comme demandé.",
        # What the customer told us, reported back.
        "Good to know that your team only releases purchase orders at month end.",
        "Gut zu wissen, dass Ihre Bestellungen erst nach der Budgetfreigabe rausgehen.",
        "Goed om te weten dat jullie orders pas na goedkeuring van de CFO versturen.",
        "Bom saber que os pedidos aí só saem depois da assinatura do diretor.",
        "Danke für den Hinweis, dass Ihre Bestellungen freitags freigegeben werden.",
        "Obrigado por nos avisar que os pedidos só são emitidos após a aprovação.",
        # Declining to decide oneself, handing over to the delivery team.
        "Of die korting mogelijk is, beslis ik niet; Sanne van de deal desk laat het je weten.",
        "Não consigo confirmar a data por e-mail; a nossa equipa de entregas vai entrar em "
        "contacto.",
    ],
)
def test_a_hand_over_or_a_reported_fact_passes(text: str) -> None:
    verdict = check_customer_draft(text)
    assert verdict.allowed, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # A hand-over that names its outcome promises it.
        "Our finance lead will confirm the 4% discount on the renewal tomorrow.",
        "Unser Vertrieb wird Ihnen den Nachlass von 6 % schriftlich bestätigen.",
        "Paula confirmará el descuento del 10 % esta tarde.",
        # A payment term recorded in our system.
        "Your 90-day terms are now stored in our ERP, nothing more to do on your side.",
        "Die 45 Tage Zahlungsziel haben wir in unserem System hinterlegt.",
        # A figure billed instead of the quoted one.
        "We will then invoice 30 seats instead of 35.",
        "Wir berechnen Ihnen dann 12 statt 15 Arbeitsplätze.",
        "Vi fakturerar 25 användare i stället för 30.",
        # A deduction the customer may take.
        "Sie können gerne 2 % Skonto bei Zahlung innerhalb von 14 Tagen abziehen.",
        "Feel free to deduct a 3% discount if you pay within 10 days.",
        # A clause left out of the final version.
        "La cláusula de penalización que tacharon no figurará en la versión final.",
        "A obrigação de pré-aviso que retiraram já não constará da versão final.",
        # A split order or staged payment found fine.
        "Die Lieferung in zwei Teilbestellungen ist für uns in Ordnung.",
        "De Teilzahlungen zijn niet nodig, maar we vinden drie termijnen prima.",
        "Die Aufteilung in zwei Ratenzahlungen sollte passen.",
        "A noi sta bene che valgano le vostre condizioni generali.",
        "Betaling pas na de go-live vinden wij prima.",
        # A credit note the customer receives; their relative clause denies nothing of ours.
        "Voor de licenties die u niet gebruikt heeft, krijgt u van ons een creditnota.",
        "For the seats you did not activate, our billing team will issue a credit note.",
        # Passed to billing is booked, not deferred.
        "It matches the quote, so it has been accepted and passed to billing.",
    ],
)
def test_a_commitment_behind_a_hand_over_or_a_record_is_refused(text: str) -> None:
    assert not check_customer_draft(text).allowed, text


@pytest.mark.parametrize(
    "text",
    [
        "Our deal desk will confirm whether the 4% discount can apply.",
        "Unser Vertrieb prüft, ob der Nachlass von 6 % möglich ist.",
        "Thanks, we have noted your new invoice address in our system.",
        "Your request for 60-day terms has been noted and passed to our deal desk.",
        "You will not get a credit note for seats you did not use.",
    ],
)
def test_the_near_misses_of_those_commitments_pass(text: str) -> None:
    verdict = check_customer_draft(text)
    assert verdict.allowed, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # Portuguese "os" is "the", Danish "os" is "us": only the Danish one is ours.
        "Obrigada por nos avisar que os pedidos só saem depois da assinatura do diretor.",
    ],
)
def test_a_portuguese_article_is_not_a_first_person(text: str) -> None:
    verdict = check_customer_draft(text)
    assert verdict.allowed, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # A short conjunct with no verb of its own shares the verb before it.
        "We'll send the signed form and the scanners by Friday.",
        "Wir schicken die Unterlagen und die Hardware bis Freitag.",
        "Wir schicken Ihre Fragen und die Hardware bis Freitag an ihn.",
        "Nous vous envoyons le formulaire et les terminaux avant vendredi.",
    ],
)
def test_goods_named_beside_a_document_are_still_fulfilment(text: str) -> None:
    assert not check_customer_draft(text).allowed, text


@pytest.mark.parametrize(
    "text",
    [
        "We'll send the signed form today.",
        "Could you send us the number of devices you need by Friday?",
        "From Monday we will send any questions about the PO paperwork to him.",
        "Las dudas sobre el pedido se las dirigiremos a ella a partir de hoy.",
    ],
)
def test_paperwork_and_questions_sent_at_a_time_are_no_fulfilment(text: str) -> None:
    verdict = check_customer_draft(text)
    assert verdict.allowed, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # Confirming that their mail came in is a receipt, wherever the clause is split.
        "Just confirming that your PO and the signed W-9 both arrived this morning.",
        "Le confirmo que su pedido y el formulario firmado llegaron bien.",
        # A person of ours named as the customer's contact.
        "From today Jonas Weber will be your contact for pricing questions.",
        "Vanaf maandag is Eva de Boer uw aanspreekpunt voor vragen over de prijs.",
        "A partir de hoje, o Rui Costa será o seu contacto para questões de preço.",
        # What their message says, reported back (German without "dass", French, Portuguese).
        "Sie schreiben, die Bestellung gehe erst nach der Budgetfreigabe raus.",
        "D'après votre mail, la commande ne partira qu'après la validation du budget.",
        "Segundo a sua mensagem, a encomenda só sai depois da aprovação do orçamento.",
        "According to your note, the PO is issued only once the budget is approved.",
        # English "on" is no French "we".
        "Regarding the conditions printed on your PO, I've passed them to our legal team.",
        # Still waiting, asked politely.
        "Seguimos sin el paquete de firma; ¿nos lo puede reenviar?",
        "Quedamos a la espera de su orden de compra.",
        "Dürfen wir Sie um die Bestellung zum Angebot bitten?",
        # A portal or bank form we fill in ourselves leaves nothing for them to do.
        "Our accounts team fills in the bank form in your portal, so there is nothing you "
        "need to do.",
        "O formulário bancário do vosso portal é preenchido pela nossa equipa; não precisam "
        "de fazer nada.",
        "Eine Zusage dazu kann ich nicht geben; unser Deal Desk nimmt Kontakt mit Ihnen auf.",
    ],
)
def test_receipts_contacts_and_reported_messages_pass(text: str) -> None:
    verdict = check_customer_draft(text)
    assert verdict.allowed, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # Confirming more than a receipt.
        "Just confirming that your PO is accepted and the form arrived.",
        # Deemed accepted, with the receipt as its starting point.
        "Le bon de commande est réputé accepté dès sa réception.",
        "El pedido se da por aceptado desde la recepción de su orden de compra.",
        "A encomenda considera-se aceite a partir da receção da nota de encomenda.",
        # Nothing left to do, said of the order.
        "Your PO is booked, so there is nothing more you need to do.",
        # A partial or current-account number is still our bank details.
        "Please pay into the account ending 8812 from now on.",
        "Depositem na conta corrente 55123-7 da Agência 0456.",
        # Going ahead on the order, in German.
        "Wir freuen uns, mit Ihrer Bestellung fortzufahren.",
    ],
)
def test_commitments_near_a_receipt_or_a_reported_message_are_refused(text: str) -> None:
    assert not check_customer_draft(text).allowed, text


@pytest.mark.parametrize(
    "text",
    [
        # A reassurance is no negation of what it reassures about.
        "Die Zugänge sind rechtzeitig vor Ihrem Start freigeschaltet, keine Sorge.",
        "Your users will be live before the kick-off, no need to worry.",
        "Les accès seront ouverts avant votre lancement, ne vous inquiétez pas.",
        "As licenças estarão ativas antes do arranque, não se preocupe.",
    ],
)
def test_a_promise_with_a_reassurance_is_refused(text: str) -> None:
    assert not check_customer_draft(text).allowed, text
