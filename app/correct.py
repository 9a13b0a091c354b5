"""Relabel and relink a thread: a person's correction, with its reason, opens a new cycle.

The CLI (``podesk review relabel|relink``) and the console (/reviews/{id}) both come here.
Under the thread's lock (the runner's and a decision's), in one transaction: the current
cycle's pending review and draft are superseded, exactly as new mail supersedes them (deciding
that review is then refused as "changed meanwhile"), the correction is stored and audited, and
the thread's next cycle is opened. Then that cycle runs through the runner like any other: the
workflow applies the thread's standing correction (agent/correction.py) and rebuilds packet,
note, draft, boundary check and hold from it. A crash before the run leaves the cycle "new",
which the next sync runs (app/store/recovery.py), with the same correction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from agent.errors import ConflictError, InputError, NotFoundError, ReviewStateError
from agent.models import LABELS, CycleStatus, Label
from app.runner import Runner
from app.settings import Settings
from app.store.corrections import CorrectionKind, record_correction
from app.store.ingest import CycleWork, supersede
from app.store.tables import MessageRow, ReviewRow, ThreadRow, cycle_row, utcnow
from app.store.threads import stored_thread
from app.wiring import open_app

NO_DEAL = "none"  # relink to no opportunity at all


class ThreadChanged(ConflictError):
    """The thread moved on (new mail, another correction) since the person's page showed it."""


@dataclass(frozen=True)
class Corrected:
    thread_key: str
    cycle: int  # the cycle the correction opened
    kind: CorrectionKind
    before: str | None
    after: str | None
    review_id: int | None  # the new cycle's review (None when its run failed: next sync)
    error: str | None = None  # why the new cycle did not run now


def correct_thread(
    settings: Settings,
    *,
    thread_key: str,
    kind: CorrectionKind,
    value: str,
    reason: str,
    actor: str,
    seen_cycle: int | None = None,
) -> Corrected:
    """Open the app and correct: ``value`` is a label (relabel) or an opportunity id or
    "none" (relink). InputError for a bad value or an empty reason, ReviewStateError for a
    thread that cannot be corrected now; nothing changes then."""
    with open_app(settings) as podesk:
        return correct(
            podesk.runner,
            thread_key=thread_key,
            kind=kind,
            value=value,
            reason=reason,
            actor=actor,
            seen_cycle=seen_cycle,
        )


def correct(
    runner: Runner,
    *,
    thread_key: str,
    kind: CorrectionKind,
    value: str,
    reason: str,
    actor: str,
    seen_cycle: int | None = None,
) -> Corrected:
    """``seen_cycle``: the cycle the person's page showed (the console); a thread that has
    moved on since is refused with ThreadChanged, as a decision on a changed review is."""
    reason = " ".join(reason.split())
    if not reason:
        raise InputError("a correction needs a reason: say why the rules got it wrong")
    after = _label(value) if kind == CorrectionKind.RELABEL else _deal(runner, value)
    with runner.context.thread_lock(thread_key):
        with Session(runner.engine) as session:
            thread = _correctable(session, thread_key)
            if seen_cycle is not None and seen_cycle != thread.cycle:
                raise ThreadChanged(
                    f"thread {thread_key} changed meanwhile (it is at review cycle "
                    f"{thread.cycle}, the page showed {seen_cycle}); open its current review"
                )
            was = thread.label if kind == CorrectionKind.RELABEL else thread.opportunity_id
            before = None if was is None else str(was)
            if (before or None) == after:
                shown = after or "unlinked"
                raise InputError(f"thread {thread_key} is already {shown}: nothing to correct")
            supersede(session, thread_key=thread_key, cycle=thread.cycle)
            thread.begin_cycle(thread.cycle + 1)
            thread.updated_at = utcnow()
            session.add(thread)
            cycle, subject = thread.cycle, thread.subject
            record_correction(
                session,
                thread_key=thread_key,
                cycle=cycle,
                kind=kind,
                before=before,
                after=after,
                reason=reason,
                actor=actor,
                messages_seen=_message_count(session, thread_key),
            )
            session.commit()
        mail = stored_thread(runner.engine, thread_key=thread_key, subject=subject)
        outcome = runner.run_one(CycleWork(thread=mail, cycle=cycle, new_messages=0))
    with Session(runner.engine) as session:
        review = cycle_row(session, ReviewRow, thread_key=thread_key, cycle=cycle)
    error = outcome if isinstance(outcome, str) else None
    review_id = review.id if review is not None else None
    return Corrected(thread_key, cycle, kind, before, after, review_id, error)


def _message_count(session: Session, thread_key: str) -> int:
    """The mail the person read: a downgrade stands until more arrives (agent.correction)."""
    query = (
        select(func.count()).select_from(MessageRow).where(col(MessageRow.thread_key) == thread_key)
    )
    return int(session.exec(query).one())


def _label(value: str) -> str:
    word = value.strip().lower()
    if word not in LABELS:
        raise InputError(f"{value!r} is not a label: use one of {', '.join(LABELS)}")
    return Label(word).value


def _deal(runner: Runner, value: str) -> str | None:
    """A closed-won opportunity of the CRM as loaded now, or None for "none"."""
    wanted = value.strip()
    if wanted.lower() == NO_DEAL:
        return None
    opportunity = runner.context.crm.opportunity(wanted) if wanted else None
    if opportunity is None:
        raise InputError(f"unknown opportunity {wanted!r}: the CRM export has no such deal")
    if not opportunity.closed_won:
        raise InputError(
            f"opportunity {wanted} is {opportunity.stage}, not closed-won: PO Desk links "
            "threads to closed-won deals only"
        )
    return opportunity.opportunity_id


def _correctable(session: Session, thread_key: str) -> ThreadRow:
    thread = session.get(ThreadRow, thread_key)
    if thread is None:
        raise NotFoundError(f"no thread {thread_key!r}")
    if thread.status == CycleStatus.NEW:
        raise ReviewStateError(
            f"thread {thread_key}: cycle {thread.cycle} has not reached the review yet; "
            "run podesk sync, then correct it"
        )
    review = cycle_row(session, ReviewRow, thread_key=thread_key, cycle=thread.cycle)
    if review is not None and review.resumed_at is not None:
        raise ReviewStateError(
            f"thread {thread_key}: review {review.id} is being decided right now; "
            "reload it and correct the thread after"
        )
    return thread
