"""classify(): routine follow-up, and harmless wording that must stay routine."""

from __future__ import annotations

import pytest

from agent.extract import extract
from agent.models import Reason
from tests.agent.test_classify import R, msg, run, thread

# --- negation and harmless look-alikes stay routine -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "PO 4500012345 attached. No changes to pricing.",
        "PO 4500012345 attached, pricing as quoted.",
        "PO attached; it reflects the agreed 10% discount from the quote.",
        "PO attached. We don't need a discount.",
        "Please cancel the duplicate PO, the correct one is attached.",
        "PO 4500012345 attached. No changes to the MSA.",
        "Please find our PO attached. Payment terms as per contract.",
        "Could you confirm receipt of the PO?",
        "PO attached. Our payment terms are net 30 as per the MSA.",
        "PO attached. Our COI shows general liability limits of $2M.",
        "PO attached. The quote was for 250 seats and the PO is for 250 seats.",
    ],
)
def test_harmless_wording_is_routine(text: str) -> None:
    result = run(thread(msg(text, files=("PO_4500012399.pdf",))))
    assert result.label == "routine_follow_up", result


def test_duplicate_cancel_is_po_submitted() -> None:
    text = "Please cancel the duplicate PO, the correct one is attached."
    result = run(thread(msg(text, files=("PO_4500012399.pdf",))))
    assert result.reasons[0] == R.PO_SUBMITTED


def test_our_sent_reply_does_not_raise_exception() -> None:
    t = thread(
        msg("Hi, what do you still need from us for the PO?"),
        msg("We cannot change payment terms or offer a discount.", folder="sent"),
        msg("Understood. PO 4500012345 attached."),
    )
    assert run(t).label == "routine_follow_up"


def test_older_inbound_exception_stays() -> None:
    t = thread(
        msg("We need net 90 on this order."),
        msg("Our deal desk will review.", folder="sent"),
        msg("Thanks! PO 4500012345 attached."),
    )
    result = run(t)
    assert result.label == "deal_exception"
    assert R.PAYMENT_TERMS_CHANGE in result.reasons


# --- routine follow-up -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "files", "reason"),
    [
        ("Please find attached our purchase order.", (), R.PO_SUBMITTED),
        ("See attached.", ("PO_4500012399.pdf",), R.PO_SUBMITTED),
        ("Anbei unsere Bestellung.", (), R.PO_SUBMITTED),
        ("Ci-joint notre bon de commande.", (), R.PO_SUBMITTED),
        ("Please invoice Acme Europe GmbH.", (), R.BILLING_DETAILS),
        ("What billing address should we use?", (), R.BILLING_DETAILS),
        ("Our VAT number is DE136695976.", (), R.TAX_DETAILS),
        ("Our EIN is 12-3456789.", (), R.TAX_DETAILS),
        ("We have completed the supplier registration.", (), R.SUPPLIER_REGISTRATION),
        ("Please complete registration in our supplier portal.", (), R.SUPPLIER_REGISTRATION),
        ("Attached is the signed order form.", (), R.SIGNATURE_PACKET),
        ("See attached.", ("OrderForm_countersigned.pdf",), R.SIGNATURE_PACKET),
        ("Could you please send your W-9?", (), R.DOCUMENT_REQUEST),
        ("What do you still need from us?", (), R.STATUS_INQUIRY),
        (
            "Before we issue the PO we need the following: a COI and your W-9.",
            (),
            R.DOCUMENT_REQUEST,
        ),
        ("Any update on the order status?", (), R.STATUS_INQUIRY),
        ("Have you received our PO?", (), R.STATUS_INQUIRY),
        ("Haben Sie unsere Bestellung erhalten?", (), R.STATUS_INQUIRY),
        ("Avez-vous bien reçu notre bon de commande ?", (), R.STATUS_INQUIRY),
        ("Könnten Sie uns Ihre USt-IdNr. mitteilen?", (), R.TAX_DETAILS),
        ("Merci de nous envoyer le formulaire W-9.", (), R.DOCUMENT_REQUEST),
    ],
)
def test_routine_reason(text: str, files: tuple[str, ...], reason: Reason) -> None:
    result = run(thread(msg(text, files=files)))
    assert result.label == "routine_follow_up", result
    assert reason in result.reasons


def test_routine_with_several_reasons_in_order_with_evidence() -> None:
    text = "PO 4500012345 attached. Bill to: Acme Europe GmbH. VAT DE136695976."
    result = run(thread(msg(text)))
    assert result.reasons[:3] == (R.PO_SUBMITTED, R.BILLING_DETAILS, R.TAX_DETAILS)
    assert "PO" in result.evidence[0] and "GmbH" in result.evidence[1]


def test_announced_po_is_not_a_submission() -> None:
    result = run(thread(msg("Registration is complete. A purchase order will be raised shortly.")))
    assert result.reasons == (R.SUPPLIER_REGISTRATION,)


def test_po_number_as_reference_is_not_a_submission() -> None:
    result = run(thread(msg("To complete your supplier record for PO 4500014410 send your W-9.")))
    assert R.PO_SUBMITTED not in result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Please bill the following entity:\n\nLamna Healthcare Company\n88 Meridian Plaza",
        "Merci d'adresser vos factures à l'entité suivante :\nLumière Logistique SAS\n14 rue",
    ],
)
def test_billing_entity_on_next_line(text: str) -> None:
    t = thread(msg(text))
    assert run(t).reasons == (R.BILLING_DETAILS,)
    assert extract(t).billing_entity in {"Lamna Healthcare Company", "Lumière Logistique SAS"}


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Sponsorship",
            "Our summit brings together 1,200 procurement leaders. Early pricing ends soon.",
        ),
        (
            "Friday team lunch order",
            "I'm placing the lunch order for Friday. Reply with your pick.",
        ),
    ],
)
def test_everyday_words_are_not_po_vocabulary(subject: str, text: str) -> None:
    result = run(thread(msg(text, subject=subject)))
    assert result.reasons == (R.UNRELATED,)


def test_newsletter_talking_about_net_90_is_newsletter() -> None:
    text = "Five ways to speed up PO approvals. Why Net 90 payment terms are spreading."
    t = thread(msg(text, headers={"list-unsubscribe": "<mailto:u@pulse.example>"}))
    assert run(t).reasons == (R.NEWSLETTER,)


def test_status_question_about_po_number_is_not_a_submission() -> None:
    result = run(thread(msg("What is the status of PO 4500012345?")))
    assert result.reasons == (R.STATUS_INQUIRY,)


def test_po_vocabulary_without_specific_reason_still_has_a_reason() -> None:
    result = run(thread(msg("Thanks, noted.", subject="Purchase order for Acme")))
    assert result.label == "routine_follow_up"
    assert result.reasons == (R.STATUS_INQUIRY,)
