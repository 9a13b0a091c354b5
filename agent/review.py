"""The human gate: what a reviewer is shown and how their answer is read.

The request follows the Agent Inbox shape (action_request, config, description)
so any Agent Inbox compatible UI can drive it; answers are validated here, so a
malformed resume value is an error, never a silent accept.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from agent.boundary import check_customer_draft
from agent.errors import ReviewStateError
from agent.models import (
    BoundaryVerdict,
    Classification,
    CustomerDraft,
    DraftStatus,
    Packet,
    ReviewAction,
    ReviewDecision,
)

_ACTIONS = tuple(a.value for a in ReviewAction)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def review_request(
    *,
    thread_key: str,
    cycle: int,
    subject: str,
    classification: Classification,
    packet: Packet,
    draft: CustomerDraft,
    internal_note: str,
    refused: str | None = None,
) -> dict[str, Any]:
    has_draft = draft.status in ("pending_review", "held") and draft.text is not None
    if has_draft:
        action, description = "save_customer_draft", "Approve the customer draft"
    else:
        action, description = "acknowledge_packet", "Acknowledge the packet (no customer draft)"
    if draft.status == "held":
        description += (
            " — HELD (" + "; ".join(draft.suppression_reasons) + "): only the exception's owner "
            "or a manager may accept it; edit, respond and ignore keep it held"
        )
    elif draft.suppression_reasons:
        description += " — customer draft suppressed: " + "; ".join(draft.suppression_reasons)
    if refused:
        description += f" — previous answer refused: {refused}"
    return {
        "action_request": {
            "action": action,
            "args": {
                "thread_key": thread_key,
                "cycle": cycle,
                "subject": subject,
                "label": classification.label,
                "reasons": [r.value for r in classification.reasons],
                "draft": draft.text if has_draft else None,
                "draft_status": draft.status,
                "hold_reasons": list(draft.suppression_reasons) if draft.status == "held" else [],
                "open_exceptions": [e.model_dump() for e in packet.open_exceptions],
                "internal_note": internal_note,
                "next_action_owner": packet.next_action_owner.value,
            },
        },
        "config": {
            "allow_accept": True,
            "allow_edit": has_draft
            or bool(draft.suppression_reasons and packet.message_boundary.customer_reply_allowed),
            "allow_respond": packet.message_boundary.customer_reply_allowed,
            "allow_ignore": True,
        },
        "description": description,
    }


def parse_response(
    value: Any, *, default_reviewer: str, config: Mapping[str, bool]
) -> ReviewDecision:
    """Read an Agent Inbox HumanResponse ({type, args}), or a list holding one."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, Mapping):
        raise ReviewStateError(f"review answer must be a mapping, got {type(value).__name__}")
    action = value.get("type")
    if action not in _ACTIONS:
        raise ReviewStateError(f"review answer type must be one of {_ACTIONS}, got {action!r}")
    allowed = {
        "accept": "allow_accept",
        "edit": "allow_edit",
        "response": "allow_respond",
        "ignore": "allow_ignore",
    }[action]
    if not config.get(allowed, False):
        raise ReviewStateError(f"'{action}' is not allowed for this review")
    reviewer = str(value.get("reviewer") or default_reviewer)
    text = _answer_text(action, value.get("args"))
    return ReviewDecision(action=action, reviewer=reviewer, text=text)


def _answer_text(action: str, args: Any) -> str | None:
    if action == "response":
        if not isinstance(args, str) or not args.strip():
            raise ReviewStateError("a response needs feedback text")
        return args
    if action == "edit":
        # Agent Inbox sends {"action": ..., "args": {...}}; we also take a bare string.
        if isinstance(args, Mapping):
            inner = args.get("args", args)
            args = inner.get("draft") if isinstance(inner, Mapping) else inner
        if not isinstance(args, str) or not args.strip():
            raise ReviewStateError("an edit needs the edited draft text")
        return args
    return None


def check_edit(
    current: CustomerDraft, text: str, *, allowed_link_domains: Collection[str] = ()
) -> tuple[CustomerDraft | None, str | None, BoundaryVerdict]:
    """(the edited draft, or None and why the edit is refused; the verdict). A refused edit
    changes nothing: the previous draft stays pending. An edit of a held draft stays held."""
    verdict, findings = boundary_findings(text, allowed_link_domains=allowed_link_domains)
    if not verdict.allowed:
        return None, edit_refusal(findings), verdict
    held = current.status == DraftStatus.HELD
    edited = CustomerDraft(
        status=DraftStatus.HELD if held else DraftStatus.PENDING_REVIEW,
        text=text,
        suppression_reasons=current.suppression_reasons if held else (),
        written_by="reviewer",
    )
    return edited, None, verdict


@dataclass(frozen=True)
class Finding:
    """One reason a text may not go to a customer: the offending sentence (None when only the
    whole text breaks a rule, a pattern across sentences) and its boundary reasons."""

    sentence: str | None
    reasons: tuple[str, ...]


def boundary_findings(
    text: str, *, allowed_link_domains: Collection[str] = ()
) -> tuple[BoundaryVerdict, list[Finding]]:
    """The boundary verdict on ``text`` and, when refused, each offending sentence with its
    reasons: what a refused edit names, and what the console shows as the reviewer types."""
    verdict = check_customer_draft(text, allowed_link_domains=allowed_link_domains)
    if verdict.allowed:
        return verdict, []

    def sentence_reasons(sentence: str) -> Sequence[str]:
        return check_customer_draft(sentence, allowed_link_domains=allowed_link_domains).reasons

    return verdict, offending_sentences(text, verdict.reasons, sentence_reasons)


def offending_sentences(
    text: str, reasons: Sequence[str], check: Callable[[str], Sequence[str]]
) -> list[Finding]:
    """Each sentence of a refused ``text`` that ``check`` (one sentence's boundary reasons,
    empty when it passes) refuses; the whole text's ``reasons`` when no sentence alone does."""
    found = []
    for sentence in _SENTENCE.split(text):
        why = tuple(check(sentence.strip())) if sentence.strip() else ()
        if why:
            found.append(Finding(sentence.strip(), why))
    return found or [Finding(None, tuple(reasons))]


def edit_refusal(findings: Sequence[Finding]) -> str:
    """Why an edit was refused, naming each offending sentence with its reasons."""
    offending = [
        (f"'{f.sentence}': " if f.sentence is not None else "") + "; ".join(f.reasons)
        for f in findings
    ]
    return (
        "edit refused by the boundary check; the previous draft stays pending, unchanged. "
        + " | ".join(offending)
    )


def idempotency_key(thread_key: str, cycle: int, text: str) -> str:
    """Derived only from checkpointed state, so a replay after a crash computes the same key."""
    digest = hashlib.sha256(f"{thread_key}\x00{cycle}\x00{text}".encode()).hexdigest()
    return f"podesk-{digest[:40]}"
