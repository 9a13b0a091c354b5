"""The append-only audit log: who did what, when, to which thread."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from app.store.tables import AuditRow
from app.store.upsert import upsert


def record_event(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str,
    event_key: str,
    detail: dict[str, Any] | None = None,
) -> bool:
    """Append one event; False when an event with this key exists (a replay after a crash,
    or a concurrent writer that got there first). One statement: INSERT … ON CONFLICT DO
    NOTHING, which needs no more than the INSERT the app's role has on the audit log."""
    row = audit_event(
        actor=actor, action=action, subject=subject, event_key=event_key, detail=detail
    )
    return record_events(session, [row]) == 1


def audit_event(
    *, actor: str, action: str, subject: str, event_key: str, detail: dict[str, Any] | None = None
) -> AuditRow:
    """One event, for ``record_events``."""
    return AuditRow(
        actor=actor, action=action, subject=subject, event_key=event_key, detail=detail or {}
    )


def record_events(session: Session, rows: Sequence[AuditRow]) -> int:
    """Append events in order, a few hundred per statement (an initial sync audits every
    message it stores); returns how many were new (the others' keys existed)."""
    return len(upsert(session, rows, key=["event_key"], returning=["id"]))


def list_events(
    session: Session, *, subject: str | None = None, limit: int = 200
) -> Sequence[AuditRow]:
    query = select(AuditRow).order_by(col(AuditRow.id))
    if subject is not None:
        query = query.where(AuditRow.subject == subject)
    return session.exec(query.limit(limit)).all()


def page_events(
    session: Session,
    *,
    actor: str | None = None,
    action: str | None = None,
    subject: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Sequence[AuditRow]:
    """Newest first, narrowed by exact actor, action and subject (the thread); paged in SQL."""
    query = select(AuditRow).order_by(col(AuditRow.id).desc())
    if actor:
        query = query.where(AuditRow.actor == actor)
    if action:
        query = query.where(AuditRow.action == action)
    if subject:
        query = query.where(AuditRow.subject == subject)
    return session.exec(query.offset(offset).limit(limit)).all()


def audit_actions(session: Session) -> list[str]:
    """The actions the log holds, for the console's filter (ix_audit_log_action)."""
    query = select(AuditRow.action).distinct().order_by(col(AuditRow.action))
    return list(session.exec(query).all())
