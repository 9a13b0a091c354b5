"""What the store knows about cycles a crash may have cut short.

The store is written after the checkpoint, never before (app/runner.py), so a status
can lag behind the graph but should not run ahead of it. Two facts find every cycle that
a sync must look at again:
* a thread whose status is still "new" never had its cycle recorded at the review gate;
* a thread "pending_review" (or its review "pending") may be waiting at the review, or
  may be anywhere between a decision and the end of the graph.
One more shape was left by earlier versions, which took a half-saved step for the end of
the graph: a review "decided" with no decision. No finished cycle looks like that (a
review is only left through a decision), so it is reopened too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from agent.models import CycleStatus, ReviewStatus
from app.store.ingest import related_messages
from app.store.tables import MessageRow, ReviewRow, ThreadRow
from connectors.mailbox.model import MailMessage
from connectors.ports import MailboxRead


@dataclass(frozen=True)
class OpenCycle:
    thread_key: str
    cycle: int
    closed_early: bool  # the store shows it decided, but no decision was ever taken


def with_history(session: Session, read: MailboxRead) -> list[MailMessage]:
    """Add stored mail to what was read: the rest of the threads an incremental read
    touched, and every thread a crash left short of the review gate (its mail may not
    be read again: an incremental read returns only what is new)."""
    fresh = {m.message_id: m for m in read.messages}
    stored = unfinished_messages(session)
    if not read.complete:
        stored += related_messages(session, messages=read.messages)
    older = {m.message_id: m for m in stored if m.message_id not in fresh}
    return [*older.values(), *fresh.values()]


def unfinished_messages(session: Session) -> list[MailMessage]:
    """Stored messages of every thread whose current cycle never reached the review gate.

    A sync adds them to what it read, so such a thread is run again even when the mailbox
    no longer returns its mail (an incremental read, or a file moved away)."""
    new = select(ThreadRow.thread_key).where(ThreadRow.status == CycleStatus.NEW)
    rows = session.exec(select(MessageRow).where(col(MessageRow.thread_key).in_(new))).all()
    return [MailMessage.model_validate(r.data) for r in rows if r.data]


def open_cycles(session: Session) -> list[OpenCycle]:
    """The current cycle of every thread past the gate but not known to be finished."""
    found: dict[tuple[str, int], OpenCycle] = {}
    pending = ThreadRow.status == CycleStatus.PENDING_REVIEW
    waiting = session.exec(select(ThreadRow).where(pending)).all()
    for thread in waiting:
        found[(thread.thread_key, thread.cycle)] = OpenCycle(thread.thread_key, thread.cycle, False)
    reviews = session.exec(
        select(ReviewRow)
        .join(ThreadRow, col(ThreadRow.thread_key) == col(ReviewRow.thread_key))
        .where(col(ThreadRow.cycle) == col(ReviewRow.cycle))
        .where(
            (col(ReviewRow.status) == ReviewStatus.PENDING)
            | ((col(ReviewRow.status) == ReviewStatus.DECIDED) & col(ReviewRow.decision).is_(None))
        )
    ).all()
    for review in reviews:
        early = review.status == ReviewStatus.DECIDED
        found[(review.thread_key, review.cycle)] = OpenCycle(review.thread_key, review.cycle, early)
    return list(found.values())
