"""`podesk report`: the pilot's scorecard over a window, from the CRM's history and the board
(agent/scorecard.py has the formulas; README "The pilot's report")."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlmodel import Session, col, select

from agent.deal_history import FactChange, events
from agent.models import Label, ReviewKind, ReviewStatus
from agent.scorecard import (
    DecidedReview,
    RaisedException,
    Window,
    deal_times,
    escalations,
    missing_field_resolution,
    order_readiness,
    reviewer_corrections,
    suppression,
)
from app.deals import board, histories
from app.settings import Settings
from app.store.corrections import CorrectionRow
from app.store.db import make_engine
from app.store.exceptions import CrmExceptionRow, ExceptionRecordRow, RecordStatus
from app.store.tables import ClassificationRow, DecisionRow, DraftRow, ReviewRow
from connectors.crm.model import ExceptionStatus


@dataclass(frozen=True)
class Report:
    window: Window
    deals: list[dict[str, Any]]
    metrics: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        window = {"since": self.window.since.isoformat(), "until": self.window.until.isoformat()}
        return {"window": window, "deals": self.deals, "metrics": self.metrics}


def default_window(since: date | None, until: date | None) -> Window:
    """The window asked for; by default the 30 days up to today (UTC)."""
    end = until or datetime.now(UTC).date()
    return Window(since or end - timedelta(days=30), end)


def report(settings: Settings, window: Window) -> Report:
    engine = make_engine(settings.resolved_database_url)
    try:
        with Session(engine) as session:
            every = histories(session)
            on_board = board(session, settings=settings, today=window.until, every=every)
            rows = {r.opportunity_id: r for r in on_board}
            decided, corrections = _decided_reviews(session), _corrections(session)
            drafts = _po_cycles(session, window)
            raised = _raised(session, every)
    finally:
        engine.dispose()
    path = settings.order_path
    times = [
        t
        for opp, history in every.items()
        if (t := deal_times(opp, history, window.until)) and path in (None, t.order_path)
    ]
    scoped = {t.opportunity_id: every[t.opportunity_id] for t in times}
    deals = [
        {
            "opportunity_id": t.opportunity_id,
            "closed_won": t.closed_won.isoformat(),
            "ready_at": t.ready_at.isoformat() if t.ready_at else None,
            "booked_at": t.booked_at.isoformat() if t.booked_at else None,
            **_board(rows.get(t.opportunity_id)),
        }
        for t in sorted(times, key=lambda t: (t.closed_won, t.opportunity_id))
    ]
    metrics = {
        "stalled_handoffs": sum(1 for r in rows.values() if r.stalled),
        "missing_field_resolution": missing_field_resolution(scoped, window),
        "order_readiness_days": order_readiness(times),
        "reviewer_corrections": reviewer_corrections(decided, corrections, window),
        "suppression": suppression(drafts),
        "escalations": escalations(
            raised, window, sla=timedelta(hours=settings.exception_sla_hours)
        ),
    }
    return Report(window, deals, metrics)


def _decided_reviews(session: Session) -> list[DecidedReview]:
    """Every decided customer-draft review with its decisions, oldest first: one query."""
    query = (
        select(DecisionRow.review_id, DecisionRow.action, DecisionRow.decided_at)
        .join(ReviewRow, col(ReviewRow.id) == col(DecisionRow.review_id))
        .where(
            col(ReviewRow.kind) == ReviewKind.CUSTOMER_DRAFT,
            col(ReviewRow.status) == ReviewStatus.DECIDED,
        )
        .order_by(col(DecisionRow.review_id), col(DecisionRow.id))
    )
    found: dict[int, list[tuple[str, datetime]]] = defaultdict(list)
    for review_id, action, when in session.exec(query):
        found[review_id].append((str(action), when))
    return [DecidedReview(rid, tuple(decisions)) for rid, decisions in found.items()]


def _po_cycles(session: Session, window: Window) -> list[tuple[str, list[str]]]:
    """(draft status, reasons) of each PO-related cycle classified in the window."""
    start = datetime.combine(window.since, time.min, tzinfo=UTC)
    end = datetime.combine(window.until + timedelta(days=1), time.min, tzinfo=UTC)
    query = (
        select(DraftRow.status, DraftRow.suppression_reasons)
        .join(
            ClassificationRow,
            (col(ClassificationRow.thread_key) == col(DraftRow.thread_key))
            & (col(ClassificationRow.cycle) == col(DraftRow.cycle)),
        )
        .where(col(ClassificationRow.label) != Label.NOT_PO_RELATED)
        .where(col(ClassificationRow.created_at) >= start, col(ClassificationRow.created_at) < end)
    )
    return [(str(status), list(reasons)) for status, reasons in session.exec(query)]


def _raised(session: Session, every: dict[str, list[FactChange]]) -> list[RaisedException]:
    """Every exception the CRM export listed and every one found in mail, with what the
    console and later exports did with it."""
    records = {
        (r.crm_exception_id or f"review:{r.review_id}"): r
        for r in session.exec(select(ExceptionRecordRow))
    }
    crm_resolved = {
        e.subject: e.at
        for opp, history in every.items()
        for e in events(opp, history)
        if e.kind == "exception_resolved"
    }
    found = [
        _item(f"crm:{row.exception_id}", "crm", row.opened_at, records.get(row.exception_id),
              crm_resolved.get(row.exception_id), row.status == ExceptionStatus.RESOLVED)
        for row in session.exec(select(CrmExceptionRow))
    ]  # fmt: skip
    mail = select(ReviewRow).where(  # a thread's later cycles are the same exception again
        col(ReviewRow.kind) == ReviewKind.EXCEPTION,
        col(ReviewRow.status) != ReviewStatus.SUPERSEDED,
    )
    for review in session.exec(mail):
        key = f"review:{review.id}"
        found.append(_item(key, "mail", review.created_at, records.get(key), None, False))
    return found


def _item(
    key: str,
    source: str,
    raised: datetime,
    record: ExceptionRecordRow | None,
    exported: datetime | None,
    resolved_in_export: bool,
) -> RaisedException:
    console = record is not None and record.status == RecordStatus.RESOLVED
    dates = [d for d in (exported, record.updated_at if console and record else None) if d]
    return RaisedException(
        key=key,
        source=source,
        raised=_utc(raised),
        escalated=record is not None and record.escalated_to is not None,
        resolved_at=min(_utc(d) for d in dates) if dates else None,
        resolved=console or resolved_in_export or exported is not None,
    )


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _corrections(session: Session) -> list[tuple[str, datetime]]:
    query = select(CorrectionRow.kind, CorrectionRow.at)
    return [(str(kind), at) for kind, at in session.exec(query)]


def _board(row: Any) -> dict[str, Any]:
    """The deal's board columns as of the window's end (None once booked: off the board)."""
    if row is None:
        return {
            "missing_fields": [],
            "stalled": False,
            "stalled_business_days": 0,
            "next_owner": None,
        }
    return {
        "missing_fields": [f.field for f in row.fields if f.status == "missing"],
        "stalled": row.stalled,
        "stalled_business_days": row.stalled_business_days,
        "next_owner": row.next_owner,
    }
