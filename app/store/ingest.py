"""Ingest: messages, quarantine and CRM rows into the database, without duplicates.

A thread gets a new review cycle when a sync brings it new inbound mail (or when a person
relabels or relinks it, app/correct.py); the previous cycle's pending review is superseded,
never silently decided.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from agent.models import CycleStatus, DraftStatus, ReviewStatus
from app.store.audit import audit_event, record_event, record_events
from app.store.exceptions import upsert_crm_exceptions
from app.store.tables import (
    AuditRow,
    DraftRow,
    MessageRow,
    OpportunityRow,
    QuarantineRow,
    ReviewRow,
    SyncStateRow,
    ThreadRow,
    utcnow,
)
from app.store.upsert import columns_except, upsert
from connectors.crm.model import CrmSnapshot
from connectors.mailbox.model import MailMessage, MailThread, Quarantined


@dataclass(frozen=True)
class CycleWork:
    thread: MailThread  # with the stored (stable) thread key
    cycle: int
    new_messages: int


def upsert_opportunities(session: Session, *, snapshot: CrmSnapshot) -> int:
    """Store the export's deals, and its exceptions for the console's exceptions page."""
    rows = [
        OpportunityRow(
            opportunity_id=opp.opportunity_id,
            account_name=opp.account_name,
            stage=opp.stage,
            amount=str(opp.amount),
            currency=opp.currency,
            contract_status=opp.contract_status,
            order_queue_status=opp.order_queue_status,
            source=str(opp.source),
            data=opp.model_dump(mode="json", exclude={"source"}),
        )
        for opp in snapshot.opportunities
    ]
    key = ["opportunity_id"]
    upsert(session, rows, key=key, update=columns_except(OpportunityRow, key))
    upsert_crm_exceptions(session, snapshot=snapshot)
    return len(rows)


def record_quarantine(session: Session, *, items: Iterable[Quarantined]) -> int:
    """Store quarantined files; returns how many are new (re-syncs don't duplicate)."""
    unique = {(i.source, i.reason): i for i in items}.values()
    rows = [QuarantineRow(source=i.source, reason=i.reason, size=i.size) for i in unique]
    fresh = upsert(session, rows, key=["source", "reason"], returning=["source", "reason", "size"])
    for source, reason, size in fresh:
        record_event(
            session,
            actor="podesk",
            action="quarantined",
            subject=source,
            event_key=f"quarantine:{source}:{reason}",
            detail={"reason": reason, "size": size},
        )
    return len(fresh)


def plan_cycles(session: Session, *, threads: Sequence[MailThread]) -> list[CycleWork]:
    """Store new messages; return every thread whose current cycle has not run to the gate.

    That includes cycles a crashed sync stored but never ran (status still "new").
    """
    stored = dict(session.exec(select(MessageRow.message_id, MessageRow.thread_key)).all())
    rows = {r.thread_key: r for r in session.exec(select(ThreadRow)).all()}
    work: list[CycleWork] = []
    audit: list[AuditRow] = []  # one "ingested" event per stored message, written together
    for thread in threads:
        keys = [stored[m.message_id] for m in thread.messages if m.message_id in stored]
        if keys:  # keep the key the thread was first stored under, even if its root changed
            thread = thread.model_copy(update={"thread_key": keys[0]})
        new = [m for m in thread.messages if m.message_id not in stored]
        row = rows.get(thread.thread_key)
        if new and (row is None or any(m.folder == "inbox" for m in new)):
            if row is not None:
                supersede(session, thread_key=thread.thread_key, cycle=row.cycle)
            row = _store_thread(session, thread, row, (row.cycle if row else 0) + 1, new, audit)
            rows[thread.thread_key] = row
        elif new and row is not None:  # only our own sent mail: same cycle
            row = _store_thread(session, thread, row, row.cycle, new, audit)
        for m in new:
            stored[m.message_id] = thread.thread_key
        if row is not None and row.status == CycleStatus.NEW:
            work.append(CycleWork(thread=thread, cycle=row.cycle, new_messages=len(new)))
    record_events(session, audit)
    return work


def _store_thread(
    session: Session,
    thread: MailThread,
    row: ThreadRow | None,
    cycle: int,
    new: Sequence[MailMessage],
    audit: list[AuditRow],
) -> ThreadRow:
    row = row or ThreadRow(thread_key=thread.thread_key)
    if cycle != row.cycle:
        row.begin_cycle(cycle)
    row.subject, row.updated_at = thread.subject, utcnow()
    session.add(row)
    for m in new:
        session.add(
            MessageRow(
                message_id=m.message_id,
                thread_key=thread.thread_key,
                cycle=cycle,
                folder=m.folder,
                sender=m.sender.email,
                subject=m.subject,
                sent_at=m.date,
                source=m.source,
                conversation_id=m.conversation_id,
                new_text=m.new_text,
                body_chars=len(m.body_text),
                data=m.model_dump(mode="json"),
                attachments=[a.model_dump() for a in m.attachments],
                warnings=list(m.warnings),
            )
        )
        audit.append(
            audit_event(
                actor="podesk",
                action="ingested",
                subject=thread.thread_key,
                event_key=f"ingest:{m.message_id}",
                detail={
                    "message_id": m.message_id,
                    "source": m.source,
                    "cycle": cycle,
                    "warnings": list(m.warnings),
                },
            )
        )
    return row


_Open = TypeVar("_Open", ReviewRow, DraftRow)


def supersede(session: Session, *, thread_key: str, cycle: int) -> None:
    """The previous cycle's open review and draft give way to the new cycle's (opened by new
    mail, or by a person's correction: app/correct.py)."""
    review = _row(session, ReviewRow, thread_key, cycle)
    if review is not None and review.status == ReviewStatus.PENDING:
        review.status = ReviewStatus.SUPERSEDED
        session.add(review)
    draft = _row(session, DraftRow, thread_key, cycle)
    if draft is not None and draft.status in (DraftStatus.PENDING_REVIEW, DraftStatus.HELD):
        draft.status = DraftStatus.SUPERSEDED
        session.add(draft)


def _row(session: Session, model: type[_Open], thread_key: str, cycle: int) -> _Open | None:
    return session.exec(
        select(model).where(col(model.thread_key) == thread_key, col(model.cycle) == cycle)
    ).first()


def related_messages(session: Session, *, messages: Sequence[MailMessage]) -> list[MailMessage]:
    """Stored messages of the threads that new mail belongs to (for incremental reads).

    A thread is found through the new mail's Outlook conversation, or through the
    Message-IDs it replies to; then every stored message of those threads comes back.
    """
    conversations = {m.conversation_id for m in messages if m.conversation_id}
    referenced = {r for m in messages for r in (m.in_reply_to, *m.references) if r}
    keys: set[str] = set()
    if conversations:
        keys |= set(
            session.exec(
                select(MessageRow.thread_key).where(
                    col(MessageRow.conversation_id).in_(conversations)
                )
            ).all()
        )
    if referenced:
        keys |= set(
            session.exec(
                select(MessageRow.thread_key).where(col(MessageRow.message_id).in_(referenced))
            ).all()
        )
    if not keys:
        return []
    rows = session.exec(select(MessageRow).where(col(MessageRow.thread_key).in_(keys))).all()
    return [MailMessage.model_validate(r.data) for r in rows if r.data]


def store_cursor(session: Session, *, cursor: dict[str, str]) -> None:
    """Saved in the caller's transaction, together with the messages read up to it."""
    rows = [SyncStateRow(key=k, value=v) for k, v in cursor.items()]
    upsert(session, rows, key=["key"], update=["value", "updated_at"])


def record_removed(session: Session, *, graph_ids: Sequence[str]) -> None:
    """Mail deleted or moved out of the mailbox: kept here, and the removal audited."""
    for graph_id in graph_ids:
        record_event(
            session,
            actor="mailbox",
            action="removed_from_mailbox",
            subject=graph_id,
            event_key=f"removed:{graph_id}",
            detail={"source": graph_id},
        )


class StoreSyncState:
    """connectors.ports.SyncState on the database: where an incremental read resumes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, key: str) -> str | None:
        with Session(self.engine) as session:
            row = session.get(SyncStateRow, key)
            return row.value if row else None
