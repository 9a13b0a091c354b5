"""Write the internal note and, for linked routine follow-ups, the customer draft.

The customer draft is assembled only from the packet's message boundary, in the
customer's language, out of the reviewed template sentences (agent/templates): it can
acknowledge fields that arrived and ask for fields still missing. It never quotes the
customer's text back, nor a reviewer's feedback (agent/feedback.py), so nothing in an
e-mail or a review comment can become what we say. It says that nothing is missing only
when the CRM export can tell (readiness "ready").
"""

from __future__ import annotations

import re

from agent.feedback import DraftInstructions, ReviewerFeedback, apply
from agent.hold import MAIL_SOURCE
from agent.models import (
    Classification,
    CustomerDraft,
    DraftStatus,
    LinkResult,
    Packet,
)
from agent.templates import ReplyPlan, render
from connectors.mailbox.model import MailThread, ThreadRef

_NAME_WORD = re.compile(r"^[^\W\d_][\w'.-]*$")


def _names(packet: Packet) -> tuple[str | None, str | None]:
    """(first name, full name) for the greeting. A sender's display name is mail text, so it
    gives one name-like word at most; the full name comes from a CRM contact only."""
    contact = packet.procurement_contact
    value = contact.value if isinstance(contact.value, str) else ""
    words = value.split("<", 1)[0].split()
    if not words or "@" in words[0] or not _NAME_WORD.match(words[0]):
        return None, None
    from_crm = bool(contact.source) and not contact.source.startswith("message:")
    whole = from_crm and len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)
    return words[0], " ".join(words) if whole else None


def reply_plan(packet: Packet, instructions: DraftInstructions | None = None) -> ReplyPlan:
    """What the customer draft says: the packet's boundary (CRM), the reviewer's instructions."""
    boundary, rules = packet.message_boundary, instructions or DraftInstructions()
    acknowledge, request = apply(rules, boundary.may_acknowledge, boundary.may_request)
    first, full = _names(packet)
    return ReplyPlan(
        language=packet.language,
        first_name=first,
        full_name=full,
        acknowledge=acknowledge,
        request=request,
        nothing_missing_known=packet.readiness.value == "ready",
        short=rules.short,
        formal=rules.formal,
    )


def customer_draft_text(packet: Packet, instructions: DraftInstructions | None = None) -> str:
    """Only template sentences of the customer's language (agent/templates), filled with
    field names and a greeting name: no text of any mail or any feedback reaches it."""
    return render(reply_plan(packet, instructions)).text


def write_customer_draft(
    packet: Packet, *, instructions: DraftInstructions | None = None
) -> CustomerDraft:
    boundary = packet.message_boundary
    if not boundary.customer_reply_allowed:
        not_po = boundary.why_no_reply == ("not PO-related",)
        status = DraftStatus.NONE if not_po else DraftStatus.SUPPRESSED
        return CustomerDraft(status=status, suppression_reasons=boundary.why_no_reply)
    return CustomerDraft(
        status=DraftStatus.HELD if boundary.held_by else DraftStatus.PENDING_REVIEW,
        text=customer_draft_text(packet, instructions),
        suppression_reasons=boundary.held_by,
    )


def internal_note(
    thread: MailThread | ThreadRef,
    link: LinkResult,
    classification: Classification,
    packet: Packet,
) -> str:
    """A short note for sales ops / deal desk. Quotes mail text only as labelled evidence."""
    lines = [f"Thread: {thread.subject or '(no subject)'} ({thread.message_count} message(s))"]
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
    lines.append("Missing PO fields: " + _missing(packet))
    if packet.readiness.value == "unknown":
        lines.append(f"Readiness: unknown ({packet.readiness.source})")
    for exc in packet.open_exceptions:
        mail = exc.source.startswith(MAIL_SOURCE)
        what = "Open exception found in mail" if mail else "Open CRM exception"
        lines.append(f"{what}: {exc.describe()} {exc.source if mail else ''}".rstrip())
    if packet.exception_owner.value:
        lines.append(f"Exception owner: {packet.exception_owner.value}")
    lines.append(f"Next action owner: {packet.next_action_owner.value or 'unassigned'}")
    if link.opportunity_id:
        lines.append(f"Customer language: {packet.language}")
    lines.append(f"Message boundary: {packet.message_boundary.describe()}")
    return "\n".join(lines)


def _missing(packet: Packet) -> str:
    missing = packet.missing_fields.value
    if missing is None and packet.readiness.value == "unknown":
        return "unknown"
    return ", ".join(missing) if isinstance(missing, tuple) and missing else "none"


def feedback_note(feedback: ReviewerFeedback | None) -> str | None:
    """The reviewer's feedback for the internal note: kept for people, never sent."""
    if feedback is None or not feedback.notes:
        return None
    lines = ["Reviewer feedback (internal, never in the customer draft):"]
    for note in feedback.notes:
        done = "; ".join(note.applied) or "not understood by the rules drafter (recorded only)"
        lines.append(f'  - {note.reviewer}: "{note.text}" -> {done}')
    if feedback.model_outcome:
        lines.append(f"  Model redraft: {feedback.model_outcome}")
    return "\n".join(lines)


def _candidates(link: LinkResult) -> str:
    if not link.candidates:
        return ""
    return f" (candidates: {', '.join(link.candidates)}; evidence {link.evidence})"
