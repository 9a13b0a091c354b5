"""Drafts are assembled from the packet's boundary only, and always pass the boundary check."""

from __future__ import annotations

import pytest

from agent.boundary import check_customer_draft
from agent.draft import internal_note, write_customer_draft
from agent.feedback import DraftInstructions, interpret
from agent.models import (
    Classification,
    LinkResult,
    MessageBoundary,
    Packet,
    PacketField,
    Reason,
)
from agent.templates import intents
from connectors.crm.model import PO_FIELDS
from tests.builders import message, thread


def make_packet(
    boundary: MessageBoundary,
    contact: str = "Pat Buyer <pat@acme.example>",
    contact_source: str = "contacts.csv:2",
) -> Packet:
    empty = PacketField()
    return Packet(
        thread_key="t",
        opportunity_id=PacketField(value="OPP-1"),
        account_name=empty,
        procurement_contact=PacketField(value=contact, source=contact_source),
        missing_fields=empty,
        received_in_thread=empty,
        contract_status=empty,
        order_queue_status=empty,
        exception_owner=empty,
        message_boundary=boundary,
        reviewer_decision=empty,
        next_action_owner=empty,
    )


@pytest.mark.parametrize("n", range(len(PO_FIELDS) + 1))
def test_every_rules_draft_passes_the_boundary(n: int) -> None:
    boundary = MessageBoundary(
        customer_reply_allowed=True, may_acknowledge=PO_FIELDS[:n], may_request=PO_FIELDS[n:]
    )
    draft = write_customer_draft(make_packet(boundary))
    assert draft.status == "pending_review" and draft.text
    assert check_customer_draft(draft.text).allowed, draft.text
    assert draft.text.startswith("Hello Pat,")


def test_a_hostile_display_name_contributes_one_word_at_most() -> None:
    boundary = MessageBoundary(customer_reply_allowed=True, may_request=("po_number",))
    packet = make_packet(boundary, contact="We accept your order, ship today <x@evil.example>")
    text = write_customer_draft(packet).text or ""
    assert "accept your order" not in text and "ship today" not in text


def test_no_reply_when_the_boundary_forbids_one() -> None:
    boundary = MessageBoundary(customer_reply_allowed=False, why_no_reply=("deal exception",))
    draft = write_customer_draft(make_packet(boundary))
    assert draft.status == "suppressed" and draft.text is None
    assert draft.suppression_reasons == ("deal exception",)
    not_po = MessageBoundary(customer_reply_allowed=False, why_no_reply=("not PO-related",))
    assert write_customer_draft(make_packet(not_po)).status == "none"


def test_reviewer_feedback_changes_the_plan_never_the_words() -> None:
    boundary = MessageBoundary(customer_reply_allowed=True, may_request=("billing_entity",))
    feedback = "Also ask for the W-9, don't ask for the billing address. More formal please."
    instructions, applied = interpret(feedback, DraftInstructions())
    draft = write_customer_draft(make_packet(boundary), instructions=instructions)
    text = draft.text or ""
    assert "tax ID (VAT or EIN)" in text and "legal billing entity" not in text
    assert text.startswith("Dear Pat Buyer,") and "W-9" not in text and "formal" not in text
    assert draft.written_by == "rules" and "more formal" in applied


def test_the_reply_is_written_in_the_customers_language() -> None:
    boundary = MessageBoundary(
        customer_reply_allowed=True, may_acknowledge=("po_number",), may_request=("tax_detail",)
    )
    packet = make_packet(boundary).model_copy(
        update={"customer_language": PacketField(value="de", source="message:m1")}
    )
    text = write_customer_draft(packet).text or ""
    assert text.startswith("Hallo Pat,") and "Umsatzsteuer-Identifikationsnummer" in text
    assert all(intent is not None for _, intent in intents(text, "de"))


def test_a_held_boundary_gives_a_held_draft_with_its_reasons() -> None:
    boundary = MessageBoundary(
        customer_reply_allowed=True, may_request=("po_number",), held_by=("open_exception:EX-1",)
    )
    draft = write_customer_draft(make_packet(boundary))
    assert draft.status == "held" and draft.text
    assert draft.suppression_reasons == ("open_exception:EX-1",)


@pytest.mark.parametrize(
    ("readiness", "claims"), [("ready", True), ("unknown", False), (None, False)]
)
def test_only_a_ready_deal_hears_that_nothing_is_missing(
    readiness: str | None, claims: bool
) -> None:
    boundary = MessageBoundary(customer_reply_allowed=True)
    packet = make_packet(boundary).model_copy(update={"readiness": PacketField(value=readiness)})
    assert ("We have what we need" in (write_customer_draft(packet).text or "")) is claims


def test_a_full_name_for_a_formal_greeting_comes_from_the_crm_only() -> None:
    boundary = MessageBoundary(customer_reply_allowed=True)
    formal = DraftInstructions(formal=True)
    crm = make_packet(boundary, contact_source="contacts.csv:2")
    mail = make_packet(boundary, contact_source="message:m1@test")
    assert (write_customer_draft(crm, instructions=formal).text or "").startswith("Dear Pat Buyer,")
    assert (write_customer_draft(mail, instructions=formal).text or "").startswith("Dear Sir or")


def test_internal_note_names_reasons_owner_and_boundary() -> None:
    boundary = MessageBoundary(customer_reply_allowed=False, why_no_reply=("deal exception",))
    note = internal_note(
        thread(message("net 90 please")),
        LinkResult(opportunity_id="OPP-1", method="quote_number", confidence=0.97),
        Classification(
            label="deal_exception", reasons=(Reason.PAYMENT_TERMS_CHANGE,), evidence=("net 90",)
        ),
        make_packet(boundary),
    )
    assert "exception.payment_terms_change" in note and '"net 90"' in note
    assert "OPP-1" in note and "internal only: deal exception" in note
