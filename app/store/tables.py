"""Database tables (SQLModel). One row family per thing sales ops can look at."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    Dialect,
    Index,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlmodel import Field, Session, SQLModel, col, select

from agent.models import CycleStatus, DraftStatus, Label, ReviewAction, ReviewKind, ReviewStatus
from app.store.factories import empty_dict, empty_list
from app.store.factories import utcnow as utcnow  # imported from here by the store modules
from connectors.crm.model import ContractStatus, OrderQueueStatus
from connectors.ports import DraftFate


def _json() -> Any:
    return Field(default_factory=empty_list, sa_column=Column(JSON, nullable=False))


def _json_object() -> Any:
    return Field(default_factory=empty_dict, sa_column=Column(JSON, nullable=False))


class EnumText(TypeDecorator[StrEnum]):
    """A status column: a plain VARCHAR holding the enum's value, read back as the enum.

    Values are not checked here: the table's CHECK constraint (:func:`one_of`) refuses a
    value outside the enum, whoever writes it."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[StrEnum]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum(value)


def _enum(enum: type[StrEnum], **kwargs: Any) -> Any:
    return Field(sa_type=EnumText(enum), **kwargs)


def one_of(table: str, column: str, enum: type[StrEnum]) -> CheckConstraint:
    """``ck_<table>_<column>``: the column holds one of the enum's values (or NULL).

    Migrations own the constraints (0003 added these); tests/app/test_schema.py keeps the
    database's equal to these, so a value added to an enum needs a migration too."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=f"ck_{table}_{column}")


class OpportunityRow(SQLModel, table=True):
    __tablename__ = "opportunities"
    __table_args__ = (
        one_of("opportunities", "contract_status", ContractStatus),
        one_of("opportunities", "order_queue_status", OrderQueueStatus),
    )

    opportunity_id: str = Field(primary_key=True)
    account_name: str
    stage: str
    amount: str
    currency: str
    contract_status: ContractStatus = _enum(ContractStatus)
    order_queue_status: OrderQueueStatus = _enum(OrderQueueStatus)
    source: str
    data: dict[str, Any] = _json_object()
    imported_at: datetime = Field(default_factory=utcnow)


class ThreadRow(SQLModel, table=True):
    __tablename__ = "threads"
    # The queue pages in first-seen order, by label or not (app.store.queries.list_queue).
    __table_args__ = (
        Index("ix_threads_label_first_seen", "label", "first_seen", "thread_key"),
        Index("ix_threads_first_seen", "first_seen", "thread_key"),
        # The owner filter: one seek per distinct owner finds the owners that match, then
        # each one's threads in first-seen order, their labels counted on the index (0012).
        Index(
            "ix_threads_owner_first_seen", "next_action_owner", "first_seen", "thread_key", "label"
        ),
        one_of("threads", "status", CycleStatus),
        one_of("threads", "label", Label),
    )

    thread_key: str = Field(primary_key=True)
    subject: str = ""
    cycle: int = 0  # review cycle: +1 for every sync that brings new inbound mail
    status: CycleStatus = _enum(CycleStatus, default=CycleStatus.NEW)  # of the current cycle
    label: Label | None = _enum(Label, default=None)
    opportunity_id: str | None = Field(default=None, index=True)
    first_seen: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # The current cycle's packets.next_action_owner (lower case; None until its packet is
    # stored), kept here so that the queue filters by owner on this table's index (0012).
    next_action_owner: str | None = None

    def begin_cycle(self, cycle: int) -> None:
        """A new review cycle: nothing has run for it yet, so it has no packet or owner."""
        self.cycle, self.status, self.next_action_owner = cycle, CycleStatus.NEW, None


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
    data: dict[str, Any] = _json_object()
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
    __table_args__ = (
        UniqueConstraint("thread_key", "cycle"),
        one_of("classifications", "label", Label),
    )

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int
    label: Label = _enum(Label, index=True)
    reasons: list[str] = _json()
    evidence: list[str] = _json()
    classified_by: str = "rules"
    opportunity_id: str | None = None
    link_method: str = "none"
    link_confidence: float = 0.0
    extracted: dict[str, Any] = _json_object()
    created_at: datetime = Field(default_factory=utcnow)


class PacketRow(SQLModel, table=True):
    __tablename__ = "packets"
    __table_args__ = (UniqueConstraint("thread_key", "cycle"),)

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int
    opportunity_id: str | None = Field(default=None, index=True)
    data: dict[str, Any] = _json_object()
    internal_note: str = Field(default="", sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)
    # data's next-action owner in lower case, stored: the queue filters by it (migration 0011)
    next_action_owner: str | None = Field(default=None, index=True)


class DraftRow(SQLModel, table=True):
    __tablename__ = "drafts"
    # The saved-drafts page pages one status, newest first.
    __table_args__ = (
        UniqueConstraint("thread_key", "cycle"),
        Index("ix_drafts_status_updated_at", "status", "updated_at"),
        # Each sync looks again at the saved drafts still believed drafts, longest unseen first.
        Index("ix_drafts_fate_checked_at", "fate", "fate_checked_at"),
        one_of("drafts", "status", DraftStatus),
        one_of("drafts", "fate", DraftFate),
    )

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int
    status: DraftStatus = _enum(DraftStatus)
    text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # What the workflow (rules or model) last wrote this cycle; a reviewer's edit leaves it.
    generated_text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    suppression_reasons: list[str] = _json()
    written_by: str = "rules"
    idempotency_key: str | None = None
    location: str | None = None
    web_link: str | None = None  # Outlook's link to the saved draft, as Graph gave it
    # What later syncs saw become of the saved draft (None: not looked at yet), since when
    # (fate_at), and when it was last looked at (fate_checked_at).
    fate: DraftFate | None = _enum(DraftFate, default=None)
    fate_at: datetime | None = None
    fate_checked_at: datetime | None = None
    updated_at: datetime = Field(default_factory=utcnow)


class ReviewRow(SQLModel, table=True):
    __tablename__ = "reviews"
    # `review list` pages one status in id order; the exceptions page one kind by age.
    __table_args__ = (
        UniqueConstraint("thread_key", "cycle"),
        Index("ix_reviews_status_id", "status", "id"),
        Index("ix_reviews_kind_created_at", "kind", "created_at"),
        one_of("reviews", "kind", ReviewKind),
        one_of("reviews", "status", ReviewStatus),
        one_of("reviews", "decision", ReviewAction),
    )

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int
    graph_thread_id: str = Field(unique=True)
    kind: ReviewKind = _enum(ReviewKind)
    status: ReviewStatus = _enum(ReviewStatus, default=ReviewStatus.PENDING)
    decision: ReviewAction | None = _enum(ReviewAction, default=None)  # the last one
    reviewer: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None
    # Set before a decision or a hold re-check resumes the graph, cleared by the store write
    # after it: a sync re-reads the checkpoints of these reviews only (app/store/recovery.py).
    resumed_at: datetime | None = None


class DecisionRow(SQLModel, table=True):
    __tablename__ = "review_decisions"
    __table_args__ = (one_of("review_decisions", "action", ReviewAction),)

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="reviews.id", index=True)
    action: ReviewAction = _enum(ReviewAction)
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
    web_link: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class AuditRow(SQLModel, table=True):
    """Append-only: triggers refuse UPDATE and DELETE (see db.py)."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str
    action: str = Field(index=True)
    subject: str = Field(index=True)
    detail: dict[str, Any] = _json_object()
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


_CycleRowT = TypeVar("_CycleRowT", ClassificationRow, PacketRow, DraftRow, ReviewRow)


def cycle_row(
    session: Session, model: type[_CycleRowT], *, thread_key: str, cycle: int
) -> _CycleRowT | None:
    """The one row of ``model`` for a thread's review cycle (each is unique on the pair)."""
    query = select(model).where(col(model.thread_key) == thread_key, col(model.cycle) == cycle)
    return session.exec(query).first()
