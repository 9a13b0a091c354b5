"""What the console does with a deal exception: assign an owner, escalate to a manager,
resolve with a note. Each is PO Desk's own record (app/store/exceptions.py), never a change
to the CRM export, and an audit event with the person who did it as actor.

An action names the record version the person saw; a record changed since then is not
changed again (StaleException says who changed it and when), so two people acting at once
cannot both win, and a resubmitted form does nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import update
from sqlmodel import Session, col

from agent.errors import ConflictError, InputError, NotFoundError
from app.store.audit import record_event
from app.store.exception_list import ExceptionItem, find_exception
from app.store.exceptions import ExceptionRecordRow, RecordStatus
from app.store.tables import utcnow
from app.store.upsert import upsert
from app.store.users import Role, find_user

Verb = Literal["assign", "escalate", "resolve"]


class StaleException(ConflictError):
    """The exception changed since the person's page showed it."""


@dataclass(frozen=True)
class Change:
    verb: Verb
    owner: str | None = None  # assign: the new owner; escalate: the manager
    note: str = ""


def apply(session: Session, *, key: str, seen_version: int, actor: str, change: Change) -> None:
    """Record ``change`` by ``actor`` on the exception ``key``; the caller commits (the record
    and its audit event in one transaction) and checks who may act (web.roles)."""
    item = find_exception(session, key=key)
    if item is None:
        raise NotFoundError(f"no exception {key} (it may have left the CRM export)")
    _check(session, item, change)
    now = utcnow()
    values = _values(item, change, actor=actor, now=now)
    if not _write(session, item, seen_version, values):
        session.rollback()
        current = find_exception(session, key=key)
        raise StaleException(_stale_message(current or item))
    record_event(
        session,
        actor=actor,
        action=f"exception_{change.verb}",
        subject=item.ref,  # the thread key, or the CRM's exception id
        event_key=f"exception:{key}:v{seen_version + 1}",
        detail={
            "exception": key,
            "from_owner": item.owner,
            "owner": values["owner"],
            "status": values["status"],
            "note": change.note,
            "crm_unchanged": item.source == "crm",
        },
    )


def _check(session: Session, item: ExceptionItem, change: Change) -> None:
    if change.verb in ("escalate", "resolve") and not change.note.strip():
        raise InputError(f"write a note to {change.verb} an exception")
    if item.status == RecordStatus.RESOLVED:
        raise InputError(f"{item.key} is resolved already")
    if change.verb == "assign" and "@" not in (change.owner or ""):
        raise InputError("assign to an e-mail address")
    if change.verb == "escalate":
        manager = find_user(session, email=change.owner or "")
        if manager is None or manager.role != Role.MANAGER or manager.disabled:
            raise InputError("escalate to a manager with a console account")


def _values(item: ExceptionItem, change: Change, *, actor: str, now: datetime) -> dict[str, object]:
    owner = (change.owner or "").strip().lower() or None
    status = {
        "assign": item.status,
        "escalate": RecordStatus.ESCALATED,
        "resolve": RecordStatus.RESOLVED,
    }[change.verb]
    return {
        # An escalation hands the exception to the manager: it is theirs to settle now.
        "owner": owner if change.verb in ("assign", "escalate") else item.owner,
        "status": status,
        "escalated_to": owner if change.verb == "escalate" else item.escalated_to,
        "note": change.note.strip() or item.note,
        "updated_by": actor,
        "updated_at": now,
    }


def _write(session: Session, item: ExceptionItem, seen: int, values: dict[str, object]) -> bool:
    """Compare-and-set on the version: True when this write is the one that happened."""
    if item.version != seen:
        return False
    if seen == 0:  # the first record of this exception: the insert races any other first
        row = ExceptionRecordRow(
            crm_exception_id=item.ref if item.source == "crm" else None,
            review_id=item.review_id if item.source == "mail" else None,
            version=1,
            **values,  # type: ignore[arg-type]
        )
        key = "crm_exception_id" if item.source == "crm" else "review_id"
        return bool(upsert(session, [row], key=[key], returning=["id"]))
    rec = ExceptionRecordRow
    which = (
        col(rec.crm_exception_id) == item.ref
        if item.source == "crm"
        else col(rec.review_id) == item.review_id
    )
    done = session.execute(
        update(rec).where(which, col(rec.version) == seen).values(version=seen + 1, **values)
    )
    return bool(done.rowcount)  # type: ignore[attr-defined]


def _stale_message(item: ExceptionItem) -> str:
    when = f" at {item.updated_at:%Y-%m-%d %H:%M} UTC" if item.updated_at else ""
    return (
        f"{item.key} was changed by {item.updated_by or 'someone'}{when} "
        f"(now {item.status}, owner {item.owner or 'none'}); reload the page"
    )
