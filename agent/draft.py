"""Write the internal note and, for linked routine follow-ups, the customer reply.

The customer reply is assembled only from the packet's message boundary: it can
acknowledge fields that arrived and ask for fields still missing. It never
quotes the customer's text back, so nothing in an e-mail can steer what we say.
"""

from __future__ import annotations

from agent.models import (
    FIELD_LABELS,
    Classification,
    CustomerDraft,
    LinkResult,
    Packet,
)
from connectors.mailbox.model import MailThread

_SIGN_OFF = "Best regards,\nOrder Operations"


def _first_name(packet: Packet) -> str:
    value = packet.procurement_contact.value
    if not isinstance(value, str) or not value:
        return "there"
    name = value.split("<", 1)[0].strip()
    if not name or "@" in name:
        return "there"
    return name.split()[0]


def customer_reply_text(packet: Packet, *, feedback: str | None = None) -> str:
    boundary = packet.message_boundary
    lines = [f"Hello {_first_name(packet)},", ""]
    acknowledged = [FIELD_LABELS.get(f, f) for f in boundary.may_acknowledge]
    if acknowledged:
        lines.append("Thank you for sending the " + _join(acknowledged) + ".")
    else:
        lines.append("Thank you for your message.")
    requested = [FIELD_LABELS.get(f, f) for f in boundary.may_request]
    if requested:
        lines += ["", "To complete our records for this order we still need:"]
        lines += [f"- the {item}" for item in requested]
        lines += ["", "Could you send these when you have them?"]
    else:
        lines += [
            "",
            "We have what we need from you for now and will be in touch if anything else comes up.",
        ]
    if feedback and feedback.strip():
        lines += ["", feedback.strip()]
    lines += ["", _SIGN_OFF]
    return "\n".join(lines)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def draft_customer_reply(packet: Packet, *, feedback: str | None = None) -> CustomerDraft:
    boundary = packet.message_boundary
    if not boundary.customer_reply_allowed:
        status = "none" if boundary.why_no_reply == ("not PO-related",) else "suppressed"
        return CustomerDraft(status=status, suppression_reasons=boundary.why_no_reply)
    return CustomerDraft(
        status="pending_review",
        text=customer_reply_text(packet, feedback=feedback),
        written_by="reviewer" if feedback else "rules",
    )


def internal_note(
    thread: MailThread, link: LinkResult, classification: Classification, packet: Packet
) -> str:
    """A short note for sales ops / deal desk. Quotes mail text only as labelled evidence."""
    lines = [f"Thread: {thread.subject or '(no subject)'} ({len(thread.messages)} message(s))"]
    lines.append(f"Classification: {classification.label}")
    for i, reason in enumerate(classification.reasons):
        evidence = classification.evidence[i] if i < len(classification.evidence) else ""
        lines.append(f"  - {reason.value}" + (f': "{evidence}"' if evidence else ""))
    if link.opportunity_id:
        lines.append(
            f"Opportunity: {link.opportunity_id} ({packet.account_name.value}), linked by "
            f"{link.method} ({link.confidence:.2f})"
        )
    else:
        lines.append("Opportunity: not linked" + _candidates(link))
    lines.append(f"Contract status: {packet.contract_status.value or 'n/a'}")
    lines.append(f"Order queue status: {packet.order_queue_status.value or 'n/a'}")
    missing = packet.missing_fields.value or ()
    lines.append("Missing PO fields: " + (", ".join(missing) if missing else "none"))
    if packet.exception_owner.value:
        lines.append(f"Exception owner: {packet.exception_owner.value}")
    lines.append(f"Next action owner: {packet.next_action_owner.value or 'unassigned'}")
    lines.append(f"Message boundary: {packet.message_boundary.describe()}")
    return "\n".join(lines)


def _candidates(link: LinkResult) -> str:
    if not link.candidates:
        return ""
    return f" (candidates: {', '.join(link.candidates)}; evidence {link.evidence})"
