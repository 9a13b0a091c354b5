"""Deal exceptions found in mail, as the hold on a routine customer draft reads them.

A thread is one while its current cycle is labelled ``deal_exception`` and the console has
not resolved its exception review (``exception_records``); a relabel to routine or a new
cycle that reads routine ends it too. The exceptions page lists the same threads
(app.store.exception_list); here only what a hold needs: the deal, the key, the owner.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from agent.hold import REVIEW_KEY, MailException
from agent.models import Label, ReviewKind
from app.store.exceptions import ExceptionRecordRow, RecordStatus
from app.store.tables import ClassificationRow, PacketRow, ReviewRow, ThreadRow


def _open_threads(*columns: Any) -> Any:
    t, r, rec = ThreadRow, ReviewRow, ExceptionRecordRow
    return (
        select(*columns)
        .join(r, (col(r.thread_key) == col(t.thread_key)) & (col(r.cycle) == col(t.cycle)))
        .outerjoin(rec, col(rec.review_id) == col(r.id))
        .where(col(t.label) == Label.DEAL_EXCEPTION, col(r.kind) == ReviewKind.EXCEPTION)
        .where(col(t.opportunity_id).is_not(None))
        .where(col(rec.status).is_(None) | (col(rec.status) != RecordStatus.RESOLVED))
    )


def open_mail_exception_keys(session: Session) -> dict[str, frozenset[str]]:
    """Every deal's open mail exceptions by key ("review:<id>"), in one query."""
    rows = session.exec(_open_threads(ThreadRow.opportunity_id, ReviewRow.id)).all()
    found: defaultdict[str, set[str]] = defaultdict(set)
    for opportunity_id, review_id in rows:
        found[opportunity_id].add(f"{REVIEW_KEY}{review_id}")
    return {opp: frozenset(keys) for opp, keys in found.items()}


def open_mail_exceptions(session: Session, *, opportunity_id: str) -> list[MailException]:
    """The deal's open mail exceptions, each with its owner: the console's assignment, else
    the one its packet named."""
    return every_open_mail_exception(session, opportunity_id=opportunity_id).get(opportunity_id, [])


def every_open_mail_exception(
    session: Session, *, opportunity_id: str | None = None
) -> dict[str, list[MailException]]:
    """Open mail exceptions by deal (one deal's, or every deal's), in one query."""
    t, r, c, p, rec = ThreadRow, ReviewRow, ClassificationRow, PacketRow, ExceptionRecordRow
    query = (
        _open_threads(
            t.opportunity_id, t.thread_key, r.id, r.created_at, c.reasons, p.data, rec.owner
        )
        .outerjoin(c, (col(c.thread_key) == col(t.thread_key)) & (col(c.cycle) == col(t.cycle)))
        .outerjoin(p, (col(p.thread_key) == col(t.thread_key)) & (col(p.cycle) == col(t.cycle)))
    )
    if opportunity_id is not None:
        query = query.where(col(t.opportunity_id) == opportunity_id)
    found: defaultdict[str, list[MailException]] = defaultdict(list)
    for opp, thread_key, review_id, since, reasons, data, assigned in session.exec(query).all():
        found[opp].append(
            MailException(
                key=f"{REVIEW_KEY}{review_id}",
                thread_key=thread_key,
                kind=", ".join(reasons or ()) or Label.DEAL_EXCEPTION.value,
                owner=assigned or _packet_owner(data),
                since=since,
            )
        )
    return dict(found)


def _packet_owner(data: dict[str, Any] | None) -> str:
    owner = ((data or {}).get("exception_owner") or {}).get("value")
    return str(owner) if owner else "unassigned"


class StoreDealExceptions:
    """The graph's port (graph.context.DealExceptions) on the store."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def open_for(self, opportunity_id: str, *, besides: str) -> tuple[MailException, ...]:
        with Session(self.engine) as session:
            found = open_mail_exceptions(session, opportunity_id=opportunity_id)
        return tuple(m for m in found if m.thread_key != besides)
