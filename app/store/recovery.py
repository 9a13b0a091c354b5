"""What the store knows about cycles a crash may have cut short.

The store is written after the checkpoint, never before (app/runner.py), so a status
can lag behind the graph but should not run ahead of it. These facts find every cycle that
a sync must look at again:
* a thread whose status is still "new" never had its cycle recorded at the review gate;
* a review a decision or a hold re-check resumed (``resumed_at`` set before the graph
  moves, cleared by the store write after it) may be anywhere between the review and the
  end of the graph; a review pending without that mark is waiting at the gate, as the
  store says, and its checkpoint is not read (a sync stays quick with thousands waiting);
* a thread "pending_review" without a review pending and unmarked is looked at too.
One more shape was left by earlier versions, which took a half-saved step for the end of
the graph: a review "decided" with no decision. No finished cycle looks like that (a
review is only left through a decision), so it is reopened too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from agent.models import CycleStatus, ReviewStatus
from app.store.ingest import related_messages
from app.store.tables import MessageRow, ReviewRow, ThreadRow, cycle_row, utcnow
from connectors.mailbox.model import MailMessage
from connectors.ports import MailboxRead


@dataclass(frozen=True)
class OpenCycle:
    thread_key: str
    cycle: int
    closed_early: bool  # the store shows it decided, but no decision was ever taken
    resumed: bool = False  # a run resumed its review (the mark is cleared once settled)


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
    """The current cycle of every thread past the gate that may have moved since the store
    last wrote it: resumed, closed early, or pending without a review waiting."""
    current = (col(ReviewRow.thread_key) == col(ThreadRow.thread_key)) & (
        col(ReviewRow.cycle) == col(ThreadRow.cycle)
    )
    rows = session.exec(
        select(ThreadRow.thread_key, ThreadRow.cycle, ThreadRow.status, ReviewRow)
        .join(ReviewRow, current, isouter=True)
        .where(
            (col(ThreadRow.status) == CycleStatus.PENDING_REVIEW)
            | (col(ReviewRow.status).in_((ReviewStatus.PENDING, ReviewStatus.DECIDED)))
        )
        .where(
            col(ReviewRow.id).is_(None)
            | col(ReviewRow.resumed_at).is_not(None)
            | (col(ReviewRow.status) != ReviewStatus.PENDING)
        )
    ).all()
    found = []
    for key, cycle, status, review in rows:
        early = review is not None and review.status == ReviewStatus.DECIDED
        if early and review.decision is not None and status != CycleStatus.PENDING_REVIEW:
            continue  # decided and recorded: the cycle is over
        resumed = review is not None and review.resumed_at is not None
        found.append(OpenCycle(key, cycle, early and review.decision is None, resumed))
    return found


def mark_resumed(session: Session, *, thread_key: str, cycle: int) -> None:
    """Note, before a run resumes the review of this cycle, that its checkpoint may move."""
    review = cycle_row(session, ReviewRow, thread_key=thread_key, cycle=cycle)
    if review is not None:
        review.resumed_at = utcnow()
        session.add(review)


def clear_resumed(session: Session, *, thread_key: str, cycle: int) -> None:
    """The checkpoint is at the review again, as the store shows it: nothing to re-read."""
    review = cycle_row(session, ReviewRow, thread_key=thread_key, cycle=cycle)
    if review is not None and review.resumed_at is not None:
        review.resumed_at = None
        session.add(review)
