"""The small ports every outside system is reached through.

Each port has a real adapter and an in-process fake. Note what is *not*
here: there is no way to send mail. A draft sink can only store drafts.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict

from connectors.mailbox.model import Address, MailMessage, Quarantined


class MailboxRead(BaseModel):
    """One pass over a mailbox: every file ends up in exactly one of the two lists."""

    model_config = ConfigDict(frozen=True)

    messages: tuple[MailMessage, ...] = ()
    quarantined: tuple[Quarantined, ...] = ()


class MailSource(Protocol):
    def read(self) -> MailboxRead:
        """Read every message the mailbox holds (adapters may read incrementally)."""
        ...


class DraftRequest(BaseModel):
    model_config = ConfigDict(frozen=True)

    idempotency_key: str  # derived from checkpointed state; the sink dedupes on it
    thread_key: str
    reply_to: MailMessage  # the customer message being answered
    to: tuple[Address, ...]
    cc: tuple[Address, ...] = ()
    subject: str
    body_text: str  # plain text, already boundary-checked


class SavedDraft(BaseModel):
    model_config = ConfigDict(frozen=True)

    idempotency_key: str
    location: str  # file path of the .eml, or the Graph message id
    created: bool  # False when a draft with this key already existed


class DraftSink(Protocol):
    """Stores reply drafts. Idempotent: one draft per idempotency key, ever."""

    def find_draft(self, idempotency_key: str) -> SavedDraft | None: ...

    def save_reply_draft(self, request: DraftRequest) -> SavedDraft: ...
