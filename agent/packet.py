"""Build the PO follow-up packet.

Commercial facts (contract status, order queue status, exceptions, owners) are
read from CRM rows only. The thread may tell us which PO fields arrived, but it
can never change a status, an owner or the boundary (DESIGN rule 3).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from agent.hold import MailException, hold_reasons, mail_exceptions, open_exceptions
from agent.language import customer_language
from agent.models import (
    Classification,
    Extraction,
    Label,
    LinkResult,
    MessageBoundary,
    OpenException,
    Packet,
    PacketField,
)
from connectors.crm.model import PO_FIELDS, Contact, CrmException, Opportunity, PoRequirement
from connectors.mailbox.model import MailThread

_EMPTY = PacketField()
REQUIREMENTS_FILE = "po_requirements.csv"


def supplied_fields(thread: MailThread, extraction: Extraction) -> dict[str, str]:
    """PO fields the thread itself supplies, each with the message that supplied it."""
    supplied: dict[str, str] = {}
    if extraction.po_number:
        supplied["po_number"] = _msg(extraction.po_number_source)
    if extraction.entity:
        supplied["billing_entity"] = _msg(extraction.entity[1])
    if extraction.tax:
        supplied["tax_detail"] = _msg(extraction.tax[1])
    inbound = [m for m in thread.messages if m.folder == "inbox"]
    if extraction.supplier_registration_complete and inbound:
        supplied["supplier_registration"] = _msg(inbound[-1].message_id)
    if extraction.signature_packet_attached and inbound:
        supplied["signature_packet"] = _msg(inbound[-1].message_id)
    if extraction.procurement_contact_named and inbound:
        supplied["procurement_contact"] = _msg(inbound[-1].message_id)
    if extraction.delivery_prerequisite_given and inbound:
        supplied["delivery_prerequisite"] = _msg(inbound[-1].message_id)
    return supplied


def _msg(source: str | None) -> str:
    if source is None:
        return "thread"
    return source if source.startswith(("attachment:", "message:")) else f"message:{source}"


def procurement_contact(contacts: Sequence[Contact], thread: MailThread) -> PacketField:
    for role in ("procurement", "accounts_payable"):
        for contact in contacts:
            if contact.role == role:
                return PacketField(
                    value=f"{contact.name} <{contact.email}>", source=str(contact.source)
                )
    inbound = [m for m in thread.messages if m.folder == "inbox" and m.sender.email]
    if inbound:
        sender = inbound[-1].sender
        label = f"{sender.name} <{sender.email}>" if sender.name else sender.email
        return PacketField(value=label, source=f"message:{inbound[-1].message_id}")
    return _EMPTY


def missing_fields(
    requirements: Sequence[PoRequirement], supplied: dict[str, str]
) -> tuple[PacketField, PacketField]:
    """(still missing, received in thread): the CRM's missing rows minus what the thread gave."""
    missing = [r for r in requirements if r.status == "missing" and r.field not in supplied]
    missing.sort(key=lambda r: PO_FIELDS.index(r.field))
    received = sorted(
        (f for f in supplied if any(r.field == f and r.status == "missing" for r in requirements)),
        key=PO_FIELDS.index,
    )
    still = PacketField(
        value=tuple(r.field for r in missing),
        source=", ".join(str(r.source) for r in missing) or "po_requirements.csv",
    )
    got = PacketField(value=tuple(received), source=", ".join(supplied[f] for f in received))
    return still, got


def boundary_for(
    classification: Classification,
    link: LinkResult,
    still: tuple[str, ...],
    got: tuple[str, ...],
    held_by: tuple[str, ...] = (),
) -> MessageBoundary:
    why: list[str] = []
    if classification.label == "deal_exception":
        why.append("deal exception: deal desk decides, no customer reply is drafted")
    elif classification.label == "not_po_related":
        why.append("not PO-related")
    if link.opportunity_id is None and classification.label != "not_po_related":
        why.append("not linked to a closed-won opportunity")
    if why:
        return MessageBoundary(customer_reply_allowed=False, why_no_reply=tuple(why))
    return MessageBoundary(
        customer_reply_allowed=True, may_acknowledge=got, may_request=still, held_by=held_by
    )


def readiness(
    still: tuple[str, ...], missing_files: Collection[str], opportunity: Opportunity | None
) -> PacketField:
    """ready / missing / unknown: unknown when the export cannot say what is required."""
    if opportunity is None:
        return _EMPTY
    if missing_files:
        lacking = ", ".join(missing_files)
        return PacketField(value="unknown", source=f"CRM export has no {lacking}")
    return PacketField(value="missing" if still else "ready", source="po_requirements.csv")


def language_field(thread: MailThread) -> PacketField:
    language, message_id = customer_language(thread)
    return PacketField(value=language, source=f"message:{message_id}" if message_id else "default")


def build_packet(
    thread: MailThread,
    link: LinkResult,
    extraction: Extraction,
    classification: Classification,
    *,
    opportunity: Opportunity | None,
    contacts: Sequence[Contact] = (),
    requirements: Sequence[PoRequirement] = (),
    open_exceptions: Sequence[CrmException] = (),
    missing_files: Collection[str] = (),
) -> Packet:
    """``open_exceptions`` and ``missing_files`` are context: they can hold a customer
    draft, never change the label."""
    opp_src = str(opportunity.source) if opportunity else ""
    supplied = supplied_fields(thread, extraction) if opportunity else {}
    still, got = missing_fields(requirements, supplied) if opportunity else (_EMPTY, _EMPTY)
    unknown = tuple(missing_files) if opportunity else ()
    if REQUIREMENTS_FILE in unknown:  # nobody can say what is still missing
        still = PacketField(
            value=None, source=f"unknown: the CRM export has no {REQUIREMENTS_FILE}"
        )
    exception_owner = _exception_owner(opportunity, open_exceptions, classification.label)
    listed = _listed(opportunity, open_exceptions, thread)
    held_by = hold_reasons(listed, unknown)
    return Packet(
        thread_key=thread.thread_key,
        opportunity_id=PacketField(value=link.opportunity_id, source=opp_src or "unlinked"),
        account_name=PacketField(value=opportunity.account_name, source=opp_src)
        if opportunity
        else _EMPTY,
        procurement_contact=procurement_contact(contacts, thread) if opportunity else _EMPTY,
        missing_fields=still,
        received_in_thread=got,
        contract_status=_crm(opportunity, "contract_status"),
        order_queue_status=_crm(opportunity, "order_queue_status"),
        exception_owner=exception_owner,
        message_boundary=boundary_for(
            classification, link, _tuple(still.value), _tuple(got.value), held_by
        ),
        reviewer_decision=PacketField(value="pending", source="workflow"),
        next_action_owner=_next_action_owner(opportunity, classification.label, exception_owner),
        open_exceptions=listed,
        readiness=readiness(_tuple(still.value), unknown, opportunity),
        customer_language=language_field(thread),
    )


def _listed(
    opportunity: Opportunity | None, rows: Sequence[CrmException], thread: MailThread
) -> tuple[OpenException, ...]:
    return exception_list(rows, thread) if opportunity is not None else ()


def exception_list(
    rows: Sequence[CrmException], thread: MailThread, found: Sequence[MailException] = ()
) -> tuple[OpenException, ...]:
    """The deal's open CRM exceptions, then those other threads found in its mail, each aged
    as of the customer's latest message."""
    as_of = customer_as_of(thread)
    return open_exceptions(rows, as_of=as_of) + mail_exceptions(found, as_of=as_of)


def customer_as_of(thread: MailThread) -> datetime | None:
    """When the customer last wrote: the date exceptions are aged at."""
    dates = [m.date for m in thread.messages if m.folder == "inbox" and m.date is not None]
    return max(dates) if dates else None


def _tuple(value: str | tuple[str, ...] | None) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else ()


def _crm(opportunity: Opportunity | None, attr: str) -> PacketField:
    if opportunity is None:
        return _EMPTY
    return PacketField(value=str(getattr(opportunity, attr)), source=str(opportunity.source))


def _exception_owner(
    opportunity: Opportunity | None, open_exceptions: Sequence[CrmException], label: Label
) -> PacketField:
    if opportunity is None:
        return _EMPTY
    if open_exceptions:
        first = min(open_exceptions, key=lambda e: str(e.opened_at))
        return PacketField(value=str(first.owner), source=str(first.source))
    if label == "deal_exception":
        return PacketField(value=str(opportunity.deal_desk_owner), source=str(opportunity.source))
    return _EMPTY


def _next_action_owner(
    opportunity: Opportunity | None, label: Label, exception_owner: PacketField
) -> PacketField:
    if opportunity is None or label == "not_po_related":
        return _EMPTY
    if label == "deal_exception":
        return exception_owner
    return PacketField(value=str(opportunity.sales_ops_owner), source=str(opportunity.source))


def with_crm(
    packet: Packet,
    *,
    opportunity: Opportunity | None,
    open_exceptions: Sequence[CrmException],
    label: Label,
) -> Packet:
    """The packet with its deal's contract and order-queue status and its owners as the CRM
    export has them now (a later import may have changed them); the same object back when
    nothing changed. What the mail said stays as the cycle found it."""
    if opportunity is None:
        return packet
    exception_owner = _exception_owner(opportunity, open_exceptions, label)
    now = {
        "contract_status": _crm(opportunity, "contract_status"),
        "order_queue_status": _crm(opportunity, "order_queue_status"),
        "exception_owner": exception_owner,
        "next_action_owner": _next_action_owner(opportunity, label, exception_owner),
    }
    if all(getattr(packet, name) == value for name, value in now.items()):
        return packet
    return packet.model_copy(update=now)


def with_decision(packet: Packet, decision: str, reviewer: str) -> Packet:
    return packet.model_copy(
        update={"reviewer_decision": PacketField(value=decision, source=f"reviewer:{reviewer}")}
    )
