"""Plain data for mail as the connectors hand it to the domain.

These types are the contract between every mailbox adapter (.eml folder,
Maildir, Outlook) and ``agent/``. They carry no behaviour beyond small
derived views, so fakes and adapters stay trivial.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class Address(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str = ""
    email: str  # lower-cased, may be "" when a header had no usable address

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2] if "@" in self.email else ""


class Attachment(BaseModel):
    """Attachment metadata only: bytes never leave the parser."""

    model_config = ConfigDict(frozen=True)

    filename: str
    content_type: str
    size: int


class MailMessage(BaseModel):
    model_config = ConfigDict(frozen=True)

    message_id: str  # RFC 5322 Message-ID without angle brackets; synthesised if absent
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    subject: str = ""
    sender: Address
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date: datetime | None = None  # timezone-aware (UTC when the header had no zone)
    body_text: str = ""  # the whole readable body (HTML converted), quotes included
    new_text: str = ""  # what this message adds: quoted history and signature removed
    # Lines only another rendering carries (an HTML part's text missing from the plain part):
    # people see one rendering, an automated reader may see the other.
    hidden_text: str = ""
    attachments: tuple[Attachment, ...] = ()
    # Headers the classifier needs to spot machine mail, lower-cased names.
    auto_headers: dict[str, str] = Field(default_factory=dict)
    content_type: str = "text/plain"  # the top-level MIME type
    source: str = ""  # file name (or Graph id) the message came from
    folder: str = "inbox"  # inbox | sent | drafts
    conversation_id: str | None = None  # Outlook conversationId when known
    warnings: tuple[str, ...] = ()  # parse problems that did not stop ingestion


class MailThread(BaseModel):
    model_config = ConfigDict(frozen=True)

    thread_key: str  # stable id: conversationId, else a hash of the root Message-ID
    subject: str
    messages: tuple[MailMessage, ...]  # oldest first

    @property
    def latest(self) -> MailMessage:
        return self.messages[-1]

    @property
    def message_ids(self) -> list[str]:
        return [m.message_id for m in self.messages]

    @property
    def message_count(self) -> int:
        return len(self.messages)


class ThreadRef(BaseModel):
    """A thread by reference: its key, its subject and which stored messages it holds, never
    their text. A review cycle's state keeps this instead of the ``MailThread``, so its
    checkpoints stay the same size whatever the thread's length; the messages come back
    from wherever they are kept (the store: those under ``keys``, stored up to ``through``,
    except ``without``).
    """

    model_config = ConfigDict(frozen=True)

    thread_key: str
    subject: str
    message_count: int
    # The store's keys for the thread's messages: its own, then those of threads it took in.
    keys: tuple[str, ...] = ()
    # Stored by then: mail stored later (our next reply) is not in this thread.
    through: datetime | None = None
    # Stored under ``keys`` by then, yet not in the thread (a file deleted from the mailbox).
    without: tuple[str, ...] = ()

    @classmethod
    def of(cls, thread: MailThread) -> ThreadRef:
        """A reference to a thread held in memory (no store: its key finds it)."""
        return cls(
            thread_key=thread.thread_key,
            subject=thread.subject,
            message_count=thread.message_count,
            keys=(thread.thread_key,),
        )


class Quarantined(BaseModel):
    """A file that could not be read as a message, kept with the reason."""

    model_config = ConfigDict(frozen=True)

    source: str
    reason: str
    size: int = 0
