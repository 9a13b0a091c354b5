"""Database tables (SQLModel). One row family per thing sales ops can look at."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def _json() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class OpportunityRow(SQLModel, table=True):
    __tablename__ = "opportunities"

    opportunity_id: str = Field(primary_key=True)
    account_name: str
    stage: str
    amount: str
    currency: str
    contract_status: str
    order_queue_status: str
    source: str
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    imported_at: datetime = Field(default_factory=utcnow)


class ThreadRow(SQLModel, table=True):
    __tablename__ = "threads"
    # The queue pages in first-seen order, by label or not (app.store.queries.list_queue).
    __table_args__ = (
        Index("ix_threads_label_first_seen", "label", "first_seen", "thread_key"),
        Index("ix_threads_first_seen", "first_seen", "thread_key"),
    )

    thread_key: str = Field(primary_key=True)
    subject: str = ""
    cycle: int = 0  # review cycle: +1 for every sync that brings new inbound mail
    status: str = "new"  # new | pending_review | done
    label: str | None = None
    opportunity_id: str | None = Field(default=None, index=True)
    first_seen: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class MessageRow(SQLModel, table=True):
    __tablename__ = "messages"

    message_id: str = Field(primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int
    folder: str
    sender: str
    subject: str
    sent_at: datetime | None = None
    source: str
    conversation_id: str | None = Field(default=None, index=True)
    new_text: str = Field(default="", sa_column=Column(Text, nullable=False))
    body_chars: int = 0
    attachments: list[dict[str, Any]] = _json()
    warnings: list[str] = _json()
    # The whole parsed message, so an incremental sync can rebuild a thread around new mail.
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    ingested_at: datetime = Field(default_factory=utcnow)


class QuarantineRow(SQLModel, table=True):
    __tablename__ = "quarantine"
    __table_args__ = (UniqueConstraint("source", "reason"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str
    reason: str
    size: int = 0
    first_seen: datetime = Field(default_factory=utcnow)


class ClassificationRow(SQLModel, table=True):
    __tablename__ = "classifications"
    __table_args__ = (UniqueConstraint("thread_key", "cycle"),)

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int
    label: str = Field(index=True)
    reasons: list[str] = _json()
    evidence: list[str] = _json()
    classified_by: str = "rules"
    opportunity_id: str | None = None
    link_method: str = "none"
    link_confidence: float = 0.0
    extracted: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class PacketRow(SQLModel, table=True):
    __tablename__ = "packets"
    __table_args__ = (UniqueConstraint("thread_key", "cycle"),)

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int
    opportunity_id: str | None = Field(default=None, index=True)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    internal_note: str = Field(default="", sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)


class DraftRow(SQLModel, table=True):
    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("thread_key", "cycle"),)

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int
    status: str  # pending_review | suppressed | none | saved | ignored | superseded
    text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    suppression_reasons: list[str] = _json()
    written_by: str = "rules"
    idempotency_key: str | None = None
    location: str | None = None
    updated_at: datetime = Field(default_factory=utcnow)


class ReviewRow(SQLModel, table=True):
    __tablename__ = "reviews"
    # `review list` pages one status in id order.
    __table_args__ = (
        UniqueConstraint("thread_key", "cycle"),
        Index("ix_reviews_status_id", "status", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int
    graph_thread_id: str = Field(unique=True)
    kind: str  # customer_draft | exception
    status: str = "pending"  # pending | decided | superseded
    decision: str | None = None  # accept | edit | response | ignore (the last one)
    reviewer: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None


class DecisionRow(SQLModel, table=True):
    __tablename__ = "review_decisions"

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="reviews.id", index=True)
    action: str
    reviewer: str
    text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    decided_at: datetime = Field(default_factory=utcnow)


class LedgerRow(SQLModel, table=True):
    """Side effects outside the database, one row per idempotency key (DESIGN rule 4)."""

    __tablename__ = "side_effects"

    idempotency_key: str = Field(primary_key=True)
    kind: str
    thread_key: str = Field(index=True)
    location: str
    created_at: datetime = Field(default_factory=utcnow)


class AuditRow(SQLModel, table=True):
    """Append-only: triggers refuse UPDATE and DELETE (see db.py)."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str
    action: str = Field(index=True)
    subject: str = Field(index=True)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    event_key: str = Field(unique=True)  # dedupes replays after a crash


class SyncStateRow(SQLModel, table=True):
    __tablename__ = "sync_state"

    key: str = Field(primary_key=True)
    value: str
    updated_at: datetime = Field(default_factory=utcnow)


class MailboxFileRow(SQLModel, table=True):
    """The folder mailbox's index: what each file held when it was last read.

    A cache, never a second truth: an entry counts only while the store still holds the
    message it names (or the quarantine row with its reason), so a file indexed by a sync
    that died before its messages were committed is read again (app.store.mailbox_index)."""

    __tablename__ = "mailbox_files"

    root: str = Field(primary_key=True)  # the mailbox folder, resolved
    source: str = Field(primary_key=True)  # the file, relative to root
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    mtime_ns: int = Field(sa_column=Column(BigInteger, nullable=False))
    message_id: str | None = None  # the message the file held
    reason: str | None = None  # why the file was quarantined, when it was
