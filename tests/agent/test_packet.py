"""The packet: CRM facts with their sources, missing fields minus what the thread supplied."""

from __future__ import annotations

from agent.models import Classification, Extraction, LinkResult, Reason
from agent.packet import build_packet
from connectors.crm import fake as crm
from connectors.crm.model import SourceRef
from tests.builders import message, thread

OPP = crm.opportunity("OPP-1001", source=SourceRef(file="opportunities.csv", line=4))
LINK = LinkResult(opportunity_id="OPP-1001", method="quote_number", confidence=0.97)
ROUTINE = Classification(label="routine_follow_up", reasons=(Reason.PO_SUBMITTED,))
EXCEPTION = Classification(label="deal_exception", reasons=(Reason.PAYMENT_TERMS_CHANGE,))
REQS = [
    crm.requirement("OPP-1001", f, source=SourceRef(file="po_requirements.csv", line=n))
    for n, f in enumerate(("po_number", "billing_entity", "tax_detail"), 2)
] + [crm.requirement("OPP-1001", "signature_packet", status="received")]


def packet(classification: Classification = ROUTINE, **kw: object):  # type: ignore[no-untyped-def]
    t = thread(message("PO attached", n=1, message_id="m1@test"))
    ex = Extraction(po_number="4500012345", po_number_source="m1@test")
    args = {"opportunity": OPP, "requirements": REQS, **kw}
    return build_packet(t, LINK, ex, classification, **args)  # type: ignore[arg-type]


def test_missing_fields_are_crm_missing_rows_minus_what_the_thread_supplied() -> None:
    p = packet()
    assert p.missing_fields.value == ("billing_entity", "tax_detail")
    assert p.missing_fields.source == "po_requirements.csv:3, po_requirements.csv:4"
    assert p.received_in_thread.value == ("po_number",)
    assert p.received_in_thread.source == "message:m1@test"


def test_commercial_facts_come_from_the_crm_row() -> None:
    p = packet()
    assert p.contract_status.value == "signed"
    assert p.contract_status.source == p.order_queue_status.source == "opportunities.csv:4"
    assert p.opportunity_id.value == "OPP-1001"


def test_routine_next_action_is_sales_ops_and_the_reply_may_ask_for_missing_fields() -> None:
    p = packet()
    assert p.next_action_owner.value == OPP.sales_ops_owner
    assert p.message_boundary.customer_reply_allowed
    assert p.message_boundary.may_request == ("billing_entity", "tax_detail")
    assert p.exception_owner.value is None


def test_exception_owner_is_the_open_crm_exception_owner_else_deal_desk() -> None:
    open_ex = crm.crm_exception(
        "EX-9",
        "OPP-1001",
        owner="manager@vendor.example",
        source=SourceRef(file="exceptions.csv", line=7),
    )
    with_crm = packet(EXCEPTION, open_exceptions=[open_ex])
    assert with_crm.exception_owner.value == "manager@vendor.example"
    assert with_crm.exception_owner.source == "exceptions.csv:7"
    assert with_crm.next_action_owner.value == "manager@vendor.example"
    without = packet(EXCEPTION)
    assert without.next_action_owner.value == OPP.deal_desk_owner
    assert not without.message_boundary.customer_reply_allowed


def test_unlinked_thread_has_no_crm_facts_and_no_reply() -> None:
    t = thread(message("PO attached"))
    p = build_packet(t, LinkResult(), Extraction(), ROUTINE, opportunity=None)
    assert p.opportunity_id.value is None and p.contract_status.value is None
    assert p.next_action_owner.value is None
    assert not p.message_boundary.customer_reply_allowed
    assert "not linked" in p.message_boundary.describe()


def test_procurement_contact_prefers_the_crm_contact() -> None:
    contact = crm.contact(
        "OPP-1001",
        "pat@acme.example",
        name="Pat Buyer",
        source=SourceRef(file="contacts.csv", line=2),
    )
    p = packet(contacts=[contact])
    assert p.procurement_contact.value == "Pat Buyer <pat@acme.example>"
    assert p.procurement_contact.source == "contacts.csv:2"
    fallback = packet()
    assert fallback.procurement_contact.source == "message:m1@test"


def test_weaker_facts_supply_fields_too() -> None:
    """A legal name in a signature, a tax ID in a footer, a new buyer, an administrator named."""
    reqs = [
        crm.requirement("OPP-1001", f)
        for f in ("billing_entity", "tax_detail", "procurement_contact", "delivery_prerequisite")
    ]
    t = thread(message("Details below", n=1, message_id="m1@test"))
    ex = Extraction(
        named_entity="Acme Europe GmbH",
        named_entity_source="m1@test",
        footer_tax_id="DE136695976",
        footer_tax_id_source="m1@test",
        procurement_contact_named=True,
        delivery_prerequisite_given=True,
    )
    p = build_packet(t, LINK, ex, ROUTINE, opportunity=OPP, requirements=reqs)
    assert p.missing_fields.value == ()
    assert p.received_in_thread.value == (
        "billing_entity",
        "procurement_contact",
        "tax_detail",
        "delivery_prerequisite",
    )


def test_without_weaker_facts_the_fields_stay_missing() -> None:
    reqs = [
        crm.requirement("OPP-1001", f) for f in ("procurement_contact", "delivery_prerequisite")
    ]
    t = thread(message("Thanks", n=1, message_id="m1@test"))
    p = build_packet(t, LINK, Extraction(), ROUTINE, opportunity=OPP, requirements=reqs)
    assert p.missing_fields.value == ("procurement_contact", "delivery_prerequisite")
