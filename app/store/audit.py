"""The append-only audit log: who did what, when, to which thread."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.store.tables import AuditRow


def record_event(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str,
    event_key: str,
    detail: dict[str, Any] | None = None,
) -> bool:
    """Append one event; False when an event with this key exists (a replay after a crash)."""
    if session.exec(select(AuditRow.id).where(AuditRow.event_key == event_key)).first():
        return False
    row = AuditRow(
        actor=actor, action=action, subject=subject, event_key=event_key, detail=detail or {}
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:  # a concurrent writer got there first: same event, keep one
        return False
    return True


def list_events(
    session: Session, *, subject: str | None = None, limit: int = 200
) -> Sequence[AuditRow]:
    query = select(AuditRow).order_by(col(AuditRow.id))
    if subject is not None:
        query = query.where(AuditRow.subject == subject)
    return session.exec(query.limit(limit)).all()
