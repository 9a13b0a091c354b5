"""The fail-closed layer of the boundary (agent.boundary.frames): a sentence about the deal
passes only in a frame a reply may use. Sentences written for this file, in several
languages; none is taken from a corpus."""

from __future__ import annotations

import pytest

from agent.boundary import check_customer_draft

UNFRAMED = "speaks about the deal outside what a reply may do"


@pytest.mark.parametrize(
    "sentence",
    [
        # Wording the commitment grammar has no verb for: the topic alone decides.
        "Your purchase order now counts as the binding agreement between our companies.",
        "Ihre Zahlungsfrist von 75 Tagen übernehmen wir einfach so in unser System.",
        "La remise de 12 % figurera directement sur la première facture.",
        "El contrato marco de ustedes será la referencia para este pedido.",
        "Il vostro ordine passa direttamente in produzione da noi.",
        "De levering van de licenties schuift gewoon een maand op.",
        "O desconto extra entra já na próxima fatura.",
        "Your payment plan slots neatly into our billing run.",
        # A frame in one clause does not cover a clause where we act.
        "We received your PO and our team books it against the old price list.",
        "Wir haben Ihre Bestellung erhalten, und wir buchen sie zum Rabattpreis ein.",
        # An offer put as a question.
        "Shall we start the rollout now and sort out the signature later?",
        "¿Le parece bien que facturemos en tres plazos?",
    ],
)
def test_a_deal_sentence_outside_every_frame_is_refused(sentence: str) -> None:
    verdict = check_customer_draft(sentence)
    assert not verdict.allowed, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # Asking, saying what is missing.
        "Could you tell us which entity the invoice for this order should go to?",
        "Uns fehlt noch die unterschriebene Seite des Bestellformulars.",
        "Nous attendons encore le numéro de bon de commande.",
        # Declining or deferring; handing over to our own people.
        "A different payment schedule is not something I can agree to by e-mail.",
        "Het verschil tussen uw order en onze offerte ligt nu bij onze deal desk.",
        "La richiesta di sconto è passata al nostro responsabile commerciale.",
        "Bankgegevens wijzigen we nooit per e-mail.",
        # Restating the quote; acknowledging; the customer's own plan.
        "The prices on the order form are unchanged from our quote.",
        "Las condiciones de pago siguen siendo las de nuestra propuesta.",
        "Obrigado, o pedido de compra chegou bem.",
        "We understand your team plans to issue the PO after the board meeting.",
        # A list under a request, a signature line, a document sent.
        "We still need:\n- the signed order form\n- the PO number",
        "Best regards,\nOrder Operations",
        "Anbei erhalten Sie das Bestellformular noch einmal zur Unterschrift.",
    ],
)
def test_a_deal_sentence_in_an_allowed_frame_passes(sentence: str) -> None:
    verdict = check_customer_draft(sentence)
    assert verdict.allowed, verdict.reasons


def test_the_reason_names_the_unframed_sentence() -> None:
    text = "Thanks for the PO. The discount line simply carries over to the renewal invoice."
    (reason,) = check_customer_draft(text).reasons
    assert reason.startswith(UNFRAMED) and "carries over" in reason
