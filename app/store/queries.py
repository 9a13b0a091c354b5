"""Read models for the CLI and web: what sales ops, deal desk and managers look at."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from agent.errors import NotFoundError
from agent.models import Label
from app.store.queue_filter import NO_FILTER, QueueFilter, narrowed
from app.store.tables import (
    ClassificationRow,
    DraftRow,
    PacketRow,
    QuarantineRow,
    ReviewRow,
    ThreadRow,
    cycle_row,
)


class QueueItemPublic(BaseModel):
    thread_key: str
    cycle: int
    subject: str
    label: str | None
    reasons: list[str]
    opportunity_id: str | None
    link_method: str
    link_confidence: float
    draft_status: str | None
    review_id: int | None
    review_status: str | None
    next_action_owner: str | None
    queued_at: datetime | None = None  # when the current cycle was classified
    classified_by: str = "rules"  # "reviewer": a person set the label (app/correct.py)


class ReviewPublic(BaseModel):
    id: int
    thread_key: str
    cycle: int
    kind: str
    status: str
    decision: str | None
    reviewer: str | None
    subject: str
    label: str | None
    opportunity_id: str | None
    created_at: datetime


class ReviewDetail(ReviewPublic):
    draft_status: str | None
    draft_text: str | None
    generated_text: str | None  # what the workflow wrote this cycle, before any edit
    suppression_reasons: list[str]
    saved_location: str | None
    internal_note: str
    packet: dict[str, Any]


class QuarantinePublic(BaseModel):
    id: int
    source: str
    reason: str
    size: int
    first_seen: datetime


def list_queue(
    session: Session,
    *,
    label: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    narrow: QueueFilter = NO_FILTER,
) -> list[QueueItemPublic]:
    """The current cycle of classified threads, first seen first; ``limit`` None is all.

    A page is cut in SQL on ix_threads_label_first_seen (or ix_threads_first_seen), then its
    rows' classification, draft, review and packet are looked up by thread key, a query per
    table, so the first page costs the same at any queue size; --all joins each table
    instead. ``narrow`` filters in the same query (app.store.queue_filter)."""
    conn = session.connection()
    return _page(conn, label, limit, offset, narrowed(conn, narrow))


def queue_page(
    session: Session, *, label: str | None, limit: int, offset: int, narrow: QueueFilter
) -> tuple[list[QueueItemPublic], dict[str, int]]:
    """list_queue's page and count_queue_by_label's counts, the filter looked up once."""
    conn = session.connection()
    where = narrowed(conn, narrow)
    return _page(conn, label, limit, offset, where), _by_label(conn, where)


def _page(
    conn: Connection, label: str | None, limit: int | None, offset: int, where: list[Any]
) -> list[QueueItemPublic]:
    query = (
        sa_select(*_THREAD)
        .where(_in_queue(label), *where)
        .order_by(col(ThreadRow.first_seen), col(ThreadRow.thread_key))
        .offset(offset)
        .limit(limit)
    )
    threads = conn.execute(query).all()
    keys = None if limit is None else [t.thread_key for t in threads]
    c = _current(conn, ClassificationRow, _CLASSIFICATION, keys, label)
    d = _current(conn, DraftRow, (col(DraftRow.status),), keys, label)
    r = _current(conn, ReviewRow, (col(ReviewRow.id), col(ReviewRow.status)), keys, label)
    p = _current(conn, PacketRow, (_OWNER,), keys, label)
    return [
        _queue_item(t, c.get(_key(t)), d.get(_key(t)), r.get(_key(t)), p.get(_key(t)))
        for t in threads
    ]


_THREAD = tuple(
    col(c)
    for c in (
        ThreadRow.thread_key,
        ThreadRow.cycle,
        ThreadRow.subject,
        ThreadRow.label,
        ThreadRow.opportunity_id,
    )
)
_CLASSIFICATION = tuple(
    col(c)
    for c in (
        ClassificationRow.reasons,
        ClassificationRow.link_method,
        ClassificationRow.link_confidence,
        ClassificationRow.created_at,
        ClassificationRow.classified_by,
    )
)


# Only the packet's next-action owner, read inside the JSON: a packet is a few KB.
_OWNER = col(PacketRow.data)["next_action_owner"]["value"].as_string().label("owner")


def count_queue(
    session: Session, *, label: str | None = None, narrow: QueueFilter = NO_FILTER
) -> int:
    where = narrowed(session.connection(), narrow)
    query = select(func.count()).select_from(ThreadRow).where(_in_queue(label), *where)
    return int(session.exec(query).one())


def count_queue_by_label(session: Session, *, narrow: QueueFilter = NO_FILTER) -> dict[str, int]:
    conn = session.connection()
    return _by_label(conn, narrowed(conn, narrow))


def _by_label(conn: Connection, where: list[Any]) -> dict[str, int]:
    """How many queued threads each label has, under the same filter. Unfiltered, one
    count per label: each an index-only range of the label index, where a GROUP BY reads
    the whole table (PostgreSQL at 100,000 threads: ~13 ms against ~22 ms)."""
    if not where:
        counts = [
            sa_select(func.count()).where(col(ThreadRow.label) == label.value).scalar_subquery()
            for label in Label
        ]
        row = conn.execute(sa_select(*counts)).one()
        return {label.value: int(n) for label, n in zip(Label, row, strict=True) if n}
    query = (
        sa_select(col(ThreadRow.label), func.count())
        .where(_in_queue(None), *where)
        .group_by(col(ThreadRow.label))
    )
    return {str(label): int(n) for label, n in conn.execute(query)}


def _in_queue(label: str | None) -> Any:
    if label is None:
        return col(ThreadRow.label).is_not(None)
    return col(ThreadRow.label) == label


def _key(row: Any) -> tuple[str, int]:
    return (row.thread_key, row.cycle)


# Bound parameters per IN list: far below SQLite's and PostgreSQL's limits.
_CHUNK = 500


def _current(
    conn: Connection,
    model: Any,
    columns: tuple[Any, ...],
    keys: Sequence[str] | None,
    label: str | None,
) -> dict[tuple[str, int], Any]:
    """``columns`` of ``model`` for the threads' current cycles, by (thread_key, cycle): of
    the threads ``keys`` (a page), or of the whole queue (None)."""
    joined = sa_select(col(model.thread_key), col(model.cycle), *columns).join(
        ThreadRow,
        (col(ThreadRow.thread_key) == col(model.thread_key))
        & (col(ThreadRow.cycle) == col(model.cycle)),
    )
    if keys is None:
        return {_key(row): row for row in conn.execute(joined.where(_in_queue(label)))}
    found: dict[tuple[str, int], Any] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = joined.where(col(model.thread_key).in_(keys[start : start + _CHUNK]))
        found.update((_key(row), row) for row in conn.execute(chunk))
    return found


def _queue_item(thread: Any, c: Any, d: Any, r: Any, p: Any) -> QueueItemPublic:
    """One row of the queue from the columns read (None: the table has no row for it)."""
    owner = p.owner if p else None
    return QueueItemPublic(
        thread_key=thread.thread_key,
        cycle=thread.cycle,
        subject=thread.subject,
        label=thread.label,
        reasons=c.reasons if c else [],
        opportunity_id=thread.opportunity_id,
        link_method=c.link_method if c else "none",
        link_confidence=c.link_confidence if c else 0.0,
        draft_status=d.status if d else None,
        review_id=r.id if r else None,
        review_status=r.status if r else None,
        next_action_owner=owner,
        queued_at=c.created_at if c else None,
        classified_by=c.classified_by if c else "rules",
    )


def list_quarantine(
    session: Session, *, limit: int | None = None, offset: int = 0
) -> list[QuarantinePublic]:
    query = select(QuarantineRow).order_by(col(QuarantineRow.id)).offset(offset).limit(limit)
    rows = session.exec(query).all()
    return [QuarantinePublic.model_validate(r, from_attributes=True) for r in rows]


def count_quarantine(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(QuarantineRow)).one())


def list_reviews(
    session: Session, *, status: str | None = "pending", limit: int | None = None, offset: int = 0
) -> list[ReviewPublic]:
    """Reviews in id order, of one status (None: every status); paged on ix_reviews_status_id."""
    query = select(ReviewRow, ThreadRow).outerjoin(
        ThreadRow, col(ThreadRow.thread_key) == col(ReviewRow.thread_key)
    )
    if status is not None:
        query = query.where(ReviewRow.status == status)
    page = query.order_by(col(ReviewRow.id)).offset(offset).limit(limit)
    return [_review_public(r, t) for r, t in session.exec(page).all()]


def count_reviews(session: Session, *, status: str | None = "pending") -> int:
    query = select(func.count()).select_from(ReviewRow)
    if status is not None:
        query = query.where(ReviewRow.status == status)
    return int(session.exec(query).one())


def _review_public(review: ReviewRow, thread: ThreadRow | None) -> ReviewPublic:
    assert review.id is not None
    return ReviewPublic(
        id=review.id,
        thread_key=review.thread_key,
        cycle=review.cycle,
        kind=review.kind,
        status=review.status,
        decision=review.decision,
        reviewer=review.reviewer,
        subject=thread.subject if thread else "",
        label=thread.label if thread else None,
        opportunity_id=thread.opportunity_id if thread else None,
        created_at=review.created_at,
    )


def get_review(session: Session, *, review_id: int) -> ReviewDetail:
    review = session.get(ReviewRow, review_id)
    if review is None:
        raise NotFoundError(f"no review with id {review_id} (see `podesk review list`)")
    key, cycle = review.thread_key, review.cycle
    draft = cycle_row(session, DraftRow, thread_key=key, cycle=cycle)
    packet = cycle_row(session, PacketRow, thread_key=key, cycle=cycle)
    return ReviewDetail(
        **_review_public(review, session.get(ThreadRow, review.thread_key)).model_dump(),
        draft_status=draft.status if draft else None,
        draft_text=draft.text if draft else None,
        generated_text=draft.generated_text if draft else None,
        suppression_reasons=draft.suppression_reasons if draft else [],
        saved_location=draft.location if draft else None,
        internal_note=packet.internal_note if packet else "",
        packet=packet.data if packet else {},
    )


def packets_for_opportunity(session: Session, *, opportunity_id: str) -> Sequence[PacketRow]:
    rows = session.exec(
        select(PacketRow)
        .where(col(PacketRow.opportunity_id).ilike(opportunity_id))
        .order_by(col(PacketRow.updated_at))
    ).all()
    return rows
