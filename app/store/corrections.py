"""People's corrections of a thread (migration 0008): relabel and relink, each with a reason.

A correction opens the thread's next review cycle (app/correct.py), so a thread has at most
one per cycle. The rule for later cycles: a correction stands until a person corrects the
thread again. New mail opens a new cycle as always, and that cycle runs with the thread's
standing correction (the latest relabel and the latest relink, ``standing_correction``): a
sync never undoes what a person set, and never silently either (the internal note says so).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, col, select

from agent.correction import Correction
from agent.models import Label, ReviewStatus
from app.store.audit import record_event
from app.store.tables import EnumText, ReviewRow, one_of, utcnow


class CorrectionKind(StrEnum):
    RELABEL = "relabel"
    RELINK = "relink"


class CorrectionRow(SQLModel, table=True):
    __tablename__ = "thread_corrections"
    __table_args__ = (
        UniqueConstraint("thread_key", "cycle"),
        one_of("thread_corrections", "kind", CorrectionKind),
    )

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True)
    cycle: int  # the review cycle this correction opened
    kind: CorrectionKind = Field(sa_type=EnumText(CorrectionKind))
    before: str | None = None  # label, or opportunity id (None: unlinked)
    after: str | None = None
    reason: str = Field(sa_column=Column(Text, nullable=False))
    actor: str
    messages_seen: int = 0  # the thread's messages when corrected (later mail: agent.correction)
    at: datetime = Field(default_factory=utcnow)


def record_correction(
    session: Session,
    *,
    thread_key: str,
    cycle: int,
    kind: CorrectionKind,
    before: str | None,
    after: str | None,
    reason: str,
    actor: str,
    messages_seen: int = 0,
) -> CorrectionRow:
    """Store it and audit it, in the caller's transaction (with the cycle it opens)."""
    row = CorrectionRow(
        thread_key=thread_key,
        cycle=cycle,
        kind=kind,
        before=before,
        after=after,
        reason=reason,
        actor=actor,
        messages_seen=messages_seen,
    )
    session.add(row)
    session.flush()
    record_event(
        session,
        actor=actor,
        action="relabelled" if kind == CorrectionKind.RELABEL else "relinked",
        subject=thread_key,
        event_key=f"correction:{thread_key}:{cycle}",
        detail={"cycle": cycle, "from": before, "to": after, "reason": reason},
    )
    return row


def standing_correction(session: Session, *, thread_key: str) -> Correction | None:
    """The thread's latest relabel and latest relink, as one Correction (None: neither)."""
    label = _latest(session, thread_key, CorrectionKind.RELABEL)
    link = _latest(session, thread_key, CorrectionKind.RELINK)
    if label is None and link is None:
        return None
    return Correction(
        label=Label(label.after) if label is not None and label.after else None,
        label_by=label.actor if label is not None else "",
        label_reason=label.reason if label is not None else "",
        label_messages=label.messages_seen if label is not None else 0,
        relinked=link is not None,
        opportunity_id=link.after if link is not None else None,
        link_by=link.actor if link is not None else "",
        link_reason=link.reason if link is not None else "",
    )


def _latest(session: Session, thread_key: str, kind: CorrectionKind) -> CorrectionRow | None:
    query = (
        select(CorrectionRow)
        .where(col(CorrectionRow.thread_key) == thread_key, col(CorrectionRow.kind) == kind)
        .order_by(col(CorrectionRow.cycle).desc())
    )
    return session.exec(query).first()


def opened_cycle(session: Session, *, thread_key: str, cycle: int) -> CorrectionRow | None:
    """The correction that opened ``cycle`` of the thread, if a correction did."""
    query = select(CorrectionRow).where(
        col(CorrectionRow.thread_key) == thread_key, col(CorrectionRow.cycle) == cycle
    )
    return session.exec(query).first()


def superseded_note(session: Session, *, review: ReviewRow | None) -> str | None:
    """Why ``review`` is superseded, when a person's correction did it: who, and when."""
    if review is None or review.status != ReviewStatus.SUPERSEDED:
        return None
    row = opened_cycle(session, thread_key=review.thread_key, cycle=review.cycle + 1)
    if row is None:
        return None
    verb = "relabelled" if row.kind == CorrectionKind.RELABEL else "relinked"
    return f"the thread was {verb} by {row.actor} at {row.at:%Y-%m-%d %H:%M} UTC"
