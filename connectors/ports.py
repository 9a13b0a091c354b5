"""The small ports every outside system is reached through.

Each port has a real adapter and an in-process fake. Note what is *not*
here: there is no way to send mail. A draft sink can only store drafts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
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


@dataclass(frozen=True, slots=True)
class IndexedFile:
    """What one file of a folder mailbox held when it was last read: its index entry."""

    source: str  # path relative to the mailbox folder
    size: int
    mtime_ns: int
    message_id: str | None = None  # the message it held
    reason: str | None = None  # or why it was quarantined


@dataclass(frozen=True, slots=True)
class KnownFile:
    entry: IndexedFile
    # What the caller's store keeps of the file: the stored message or the quarantine row.
    # None when the store does not hold it (a sync died before committing it): read again.
    kept: MailMessage | Quarantined | None


class MailboxIndex(Protocol):
    """Where a folder mailbox remembers its files, so unchanged ones are not parsed again.

    An entry is only as good as what the store still keeps for it (``KnownFile.kept``), so
    the index can be written before the messages are committed without losing any."""

    def load(self) -> Mapping[str, KnownFile]: ...

    def save(self, entries: Sequence[IndexedFile], gone: Sequence[str]) -> None: ...


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
    """The saved draft: what an approved customer draft became in the mailbox."""

    model_config = ConfigDict(frozen=True)

    idempotency_key: str
    location: str  # file path of the .eml, or the Graph message id
    created: bool  # False when a draft with this key already existed
    # Outlook's link to open the draft (Graph's webLink), as the server gave it: whoever
    # shows it as a link checks it first (web/drafts.py). None for an .eml draft.
    web_link: str | None = None


class DraftFate(StrEnum):
    """What became of a saved draft, as a later look at the mailbox sees it."""

    DRAFT = "draft"  # still an unsent draft
    SENT = "sent"  # a person (deal desk) sent it
    DELETED = "deleted"  # gone from the mailbox, or in Deleted Items


class DraftSink(Protocol):
    """Saves approved customer drafts as drafts in the mailbox (the saved draft), replying to
    the customer's message. Idempotent: one saved draft per idempotency key, ever."""

    def find_draft(self, idempotency_key: str) -> SavedDraft | None: ...

    def save_draft(self, request: DraftRequest) -> SavedDraft: ...

    def draft_fates(self, drafts: Sequence[SavedDraft]) -> dict[str, DraftFate]:
        """The fate of each draft by idempotency key. A draft this look could not settle
        (a transient failure) is left out: the caller asks again next time."""
        ...
