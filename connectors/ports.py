"""The small ports every outside system is reached through.

Each port has a real adapter and an in-process fake. Note what is *not*
here: there is no way to send mail. A draft sink can only store drafts.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from connectors.mailbox.model import Address, MailMessage, Quarantined


class MailboxRead(BaseModel):
    """One pass over a mailbox: every file ends up in exactly one of the two lists."""

    model_config = ConfigDict(frozen=True)

    messages: tuple[MailMessage, ...] = ()
    quarantined: tuple[Quarantined, ...] = ()
    # Incremental sources (Outlook delta) report ids that left the mailbox since last time.
    removed: tuple[str, ...] = ()
    # True when this read is everything the mailbox holds (a folder, an initial or a
    # stale-token resync), False when it is only what changed since the previous read.
    complete: bool = True
    # New positions (e.g. delta links by folder). The caller stores them in the same
    # transaction as the messages, so a crash can never skip mail: nothing is acknowledged
    # before it is kept.
    cursor: dict[str, str] = Field(default_factory=dict)


class MailSource(Protocol):
    def read(self) -> MailboxRead:
        """Read the mailbox: everything, or (incremental adapters) what changed."""
        ...


class SyncState(Protocol):
    """Where an incremental adapter resumes: the cursor the caller stored last time."""

    def get(self, key: str) -> str | None: ...


class ThreadLabeler(Protocol):
    """Shows PO Desk's state where people work (Outlook categories). Idempotent."""

    def label_thread(
        self, messages: tuple[MailMessage, ...], categories: tuple[str, ...]
    ) -> None: ...


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
