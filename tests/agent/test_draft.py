"""Drafts are assembled from the packet's boundary only, and always pass the boundary check."""

from __future__ import annotations

import pytest

from agent.boundary import check_customer_draft
from agent.draft import draft_customer_reply, internal_note
from agent.models import (
    Classification,
    LinkResult,
    MessageBoundary,
    Packet,
    PacketField,
    Reason,
)
from connectors.crm.model import PO_FIELDS
from tests.builders import message, thread


def make_packet(boundary: MessageBoundary, contact: str = "Pat Buyer <pat@acme.example>") -> Packet:
    empty = PacketField()
    return Packet(
        thread_key="t",
        opportunity_id=PacketField(value="OPP-1"),
        account_name=empty,
        procurement_contact=PacketField(value=contact),
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
    draft = draft_customer_reply(make_packet(boundary))
    assert draft.status == "pending_review" and draft.text
    assert check_customer_draft(draft.text).allowed, draft.text
    assert draft.text.startswith("Hello Pat,")


def test_a_hostile_display_name_contributes_one_word_at_most() -> None:
    boundary = MessageBoundary(customer_reply_allowed=True, may_request=("po_number",))
    packet = make_packet(boundary, contact="We accept your order, ship today <x@evil.example>")
    text = draft_customer_reply(packet).text or ""
    assert "accept your order" not in text and "ship today" not in text


def test_no_reply_when_the_boundary_forbids_one() -> None:
    boundary = MessageBoundary(customer_reply_allowed=False, why_no_reply=("deal exception",))
    draft = draft_customer_reply(make_packet(boundary))
    assert draft.status == "suppressed" and draft.text is None
    assert draft.suppression_reasons == ("deal exception",)
    not_po = MessageBoundary(customer_reply_allowed=False, why_no_reply=("not PO-related",))
    assert draft_customer_reply(make_packet(not_po)).status == "none"


def test_reviewer_feedback_is_added_to_the_regenerated_draft() -> None:
    boundary = MessageBoundary(customer_reply_allowed=True, may_request=("tax_detail",))
    draft = draft_customer_reply(make_packet(boundary), feedback="Please also send the W-9.")
    assert "Please also send the W-9." in (draft.text or "") and draft.written_by == "reviewer"


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
