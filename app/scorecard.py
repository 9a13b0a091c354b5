"""`podesk report`: the pilot's scorecard over a window, from the CRM's history and the board
(agent/scorecard.py has the formulas; README "The pilot's report")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session

from agent.scorecard import Window, deal_times, missing_field_resolution, order_readiness
from app.deals import board, histories
from app.settings import Settings
from app.store.db import make_engine


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
            rows = {
                r.opportunity_id: r for r in board(session, settings=settings, today=window.until)
            }
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
    }
    return Report(window, deals, metrics)


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
