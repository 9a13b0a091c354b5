"""Mail text for a prompt: only as fenced data, sanitised, masked and within a budget.

A fence is ``<<<BEGIN MAIL n=1 nonce=...>>>`` ... ``<<<END MAIL nonce=...>>>``. Runs
of angle brackets are collapsed in the text first, so nothing inside can write
``<<<`` and close the fence early or open a fake one. Characters that hide text
from a person but not from a model (zero-width, bidi overrides, tag characters)
are removed. Only each inbound message's own new text goes in (quoted history
is trimmed by the parser), newest first until the budget is spent.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from agent.assist.mask import Masker
from connectors.mailbox.model import MailMessage

CHARS_PER_TOKEN = 4
_HIDDEN = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\U000e0000-\U000e007f]"
)
_BRACKETS = re.compile(r"[<>\uff1c\uff1e\u2039\u203a\u27e8\u27e9\u3008\u3009]{2,}")
_TRUNCATED = "\n[... truncated for length]"


@dataclass(frozen=True)
class FencedMail:
    text: str  # every fenced message, oldest first
    included: int
    omitted: int  # older messages left out by the budget
    truncated: bool  # the oldest included message was cut


def hidden_characters(text: str) -> list[str]:
    return _HIDDEN.findall(text)


def sanitize(text: str) -> str:
    """No hidden characters and no angle-bracket runs; newlines normalised."""
    text = _HIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _BRACKETS.sub(lambda m: m.group()[0], text)


def nonce_for(messages: Sequence[MailMessage]) -> str:
    """Deterministic per set of messages, so prompts (and token counts) are reproducible."""
    seed = "\n".join(m.message_id for m in messages).encode()
    return hashlib.sha256(seed).hexdigest()[:10]


def fence_messages(
    messages: Sequence[MailMessage], *, budget_tokens: int, masker: Masker
) -> FencedMail:
    nonce, budget = nonce_for(messages), budget_tokens * CHARS_PER_TOKEN
    masker.learn(f"{render(m)}\n{m.body_text}" for m in messages)  # masked wherever they recur
    blocks: list[str] = []
    truncated = False
    for n, message in enumerate(reversed(messages), start=1):
        body = masker.mask(sanitize(render(message)))
        if len(body) > budget:
            if budget < 200 and blocks:
                break  # not worth a fragment: the newer messages matter more
            body, truncated = body[:budget] + _TRUNCATED, True
        blocks.append(f"<<<BEGIN MAIL n={n} nonce={nonce}>>>\n{body}\n<<<END MAIL nonce={nonce}>>>")
        budget -= len(body)
        if truncated:
            break
    return FencedMail(
        text="\n\n".join(reversed(blocks)),
        included=len(blocks),
        omitted=len(messages) - len(blocks),
        truncated=truncated,
    )


def render(message: MailMessage) -> str:
    """The parts of a message a sender controls, as one block of untrusted text."""
    sender = message.sender
    lines = [
        f"From: {sender.name} <{sender.email}>" if sender.name else f"From: {sender.email}",
        f"Subject: {message.subject}",
    ]
    if message.date is not None:
        lines.append(f"Date: {message.date:%Y-%m-%d %H:%M %Z}")
    if message.attachments:
        lines.append("Attachments: " + ", ".join(a.filename for a in message.attachments))
    return "\n".join([*lines, "", message.new_text.strip()])
