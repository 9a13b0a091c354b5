"""A store holding T classified threads, for timing `queue` and `review list` pages.

Rows are inserted in bulk with what `podesk sync` would have written for each thread: a
thread, its classification, draft, packet and review (two in three pending).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from app.store import queries
from app.store.db import make_engine
from app.store.tables import ClassificationRow, DraftRow, PacketRow, ReviewRow, ThreadRow

LABELS = ("routine_follow_up", "deal_exception", "not_po_related")
_BATCH = 10_000
T0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def fill(path: Path, threads: int) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    fill_engine(engine, threads)
    return engine


def fill_engine(engine: Engine, threads: int) -> None:
    """The same rows into any migrated store (benchmarks/console_latency.py: PostgreSQL)."""
    for start in range(0, threads, _BATCH):
        keys = range(start, min(threads, start + _BATCH))
        with engine.begin() as conn:
            for model, row in _ROWS:
                conn.execute(insert(_table(model)), [row(k) for k in keys])


def _table(model: type[SQLModel]) -> Any:
    return model.__table__  # type: ignore[attr-defined]


def _thread(k: int) -> dict[str, Any]:
    return {
        "thread_key": f"t{k:08d}",
        "subject": f"PO 45{k:08d} for quote Q-2026-{k % 500:05d}",
        "cycle": 1,
        "status": "pending_review",
        "label": LABELS[k % 3],
        "opportunity_id": f"OPP-{10000 + k % 500}",
        "first_seen": T0 + timedelta(seconds=k),
        "updated_at": T0 + timedelta(seconds=k),
        "next_action_owner": f"owner{k % 20}@vendor.example",  # its packet's, as results.py
    }


def _classification(k: int) -> dict[str, Any]:
    reasons = ["routine.po_submitted"] if k % 3 == 0 else ["exception.payment_terms_change"]
    return {
        "thread_key": f"t{k:08d}",
        "cycle": 1,
        "label": LABELS[k % 3],
        "reasons": reasons,
        "evidence": ["please find attached our purchase order"],
        "classified_by": "rules",
        "opportunity_id": f"OPP-{10000 + k % 500}",
        "link_method": "domain",
        "link_confidence": 0.8,
        "extracted": {"po_number": f"45{k:08d}"},
        "created_at": T0 + timedelta(seconds=k),
    }


def _draft(k: int) -> dict[str, Any]:
    status = "pending_review" if k % 3 == 0 else "suppressed"
    return {
        "thread_key": f"t{k:08d}",
        "cycle": 1,
        "status": status,
        "text": "Thank you.",
        "suppression_reasons": [],
        "written_by": "rules",
        "updated_at": T0,
    }


def _packet(k: int) -> dict[str, Any]:
    owner = {"value": f"owner{k % 20}@vendor.example", "source": "CRM"}
    return {
        "thread_key": f"t{k:08d}",
        "cycle": 1,
        "opportunity_id": f"OPP-{10000 + k % 500}",
        "data": {"next_action_owner": owner},
        "next_action_owner": owner["value"],  # lower case already, as results.py stores it
        "internal_note": "note",
        "updated_at": T0,
    }


def _review(k: int) -> dict[str, Any]:
    return {
        "thread_key": f"t{k:08d}",
        "cycle": 1,
        "graph_thread_id": f"podesk:t{k:08d}:1",
        "kind": "exception",
        "status": "pending" if k % 3 else "decided",
        "created_at": T0 + timedelta(seconds=k),
    }


_ROWS: tuple[tuple[type[SQLModel], Callable[[int], dict[str, Any]]], ...] = (
    (ThreadRow, _thread),
    (ClassificationRow, _classification),
    (DraftRow, _draft),
    (PacketRow, _packet),
    (ReviewRow, _review),
)


def timings(engine: Engine, repeats: int) -> dict[str, float]:
    """Median milliseconds of each read, a fresh session each time, as a command opens one."""

    def median_ms(read: Callable[[Session], object]) -> float:
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            with Session(engine) as session:
                read(session)
            runs.append((time.perf_counter() - start) * 1000)
        return statistics.median(runs)

    return {
        # A page as `queue` shows it: 50 rows, then the count for "Showing 1-50 of N".
        "queue_page": median_ms(
            lambda s: (queries.list_queue(s, limit=50), queries.count_queue(s))
        ),
        "queue_exceptions_page": median_ms(
            lambda s: (
                queries.list_queue(s, label="deal_exception", limit=50),
                queries.count_queue(s, label="deal_exception"),
            )
        ),
        "queue_page_at_offset_50000": median_ms(
            lambda s: queries.list_queue(s, limit=50, offset=50_000)
        ),
        "review_page": median_ms(
            lambda s: (queries.list_reviews(s, limit=50), queries.count_reviews(s))
        ),
        "queue_all": median_ms(lambda s: queries.list_queue(s)),  # what `queue` printed before
    }
