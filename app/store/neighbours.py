"""The reviews before and after one review in the console queue's order (first seen first,
then thread key), for the review page's previous/next links and its j/k shortcuts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from app.store.tables import ReviewRow, ThreadRow


def queue_neighbours(session: Session, *, review_id: int) -> tuple[int | None, int | None]:
    """(previous, next) review id: the nearest queued threads, either side, whose current
    cycle has a review. A review of an older cycle sits where its thread does."""
    review = session.get(ReviewRow, review_id)
    thread = session.get(ThreadRow, review.thread_key) if review else None
    if thread is None:
        return None, None
    first_seen, key = col(ThreadRow.first_seen), col(ThreadRow.thread_key)
    at, here = thread.first_seen, thread.thread_key
    before = or_(first_seen < at, and_(first_seen == at, key < here))
    after = or_(first_seen > at, and_(first_seen == at, key > here))
    return (
        _nearest(session, before, (first_seen.desc(), key.desc())),
        _nearest(session, after, (first_seen, key)),
    )


def _nearest(session: Session, side: Any, order: tuple[Any, ...]) -> int | None:
    query = (
        select(ReviewRow.id)
        .join(
            ThreadRow,
            (col(ThreadRow.thread_key) == col(ReviewRow.thread_key))
            & (col(ThreadRow.cycle) == col(ReviewRow.cycle)),
        )
        .where(col(ThreadRow.label).is_not(None), side)
        .order_by(*order)
        .limit(1)
    )
    return session.exec(query).first()
