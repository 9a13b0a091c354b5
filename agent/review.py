"""The human gate: what a reviewer is shown and how their answer is read.

The request follows the Agent Inbox shape (action_request, config, description)
so any Agent Inbox compatible UI can drive it; answers are validated here, so a
malformed resume value is an error, never a silent accept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from agent.errors import ReviewStateError
from agent.models import Classification, CustomerDraft, Packet, ReviewDecision

_ACTIONS = ("accept", "edit", "response", "ignore")


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
    has_draft = draft.status == "pending_review" and draft.text is not None
    if has_draft:
        action, description = "save_customer_draft", "Approve the customer reply draft"
    else:
        action, description = "acknowledge_packet", "Acknowledge the packet (no customer reply)"
    if draft.suppression_reasons:
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


def idempotency_key(thread_key: str, cycle: int, text: str) -> str:
    """Derived only from checkpointed state, so a replay after a crash computes the same key."""
    digest = hashlib.sha256(f"{thread_key}\x00{cycle}\x00{text}".encode()).hexdigest()
    return f"podesk-{digest[:40]}"
