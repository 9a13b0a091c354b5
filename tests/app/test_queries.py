"""Paged read models: the store cuts the page and filters in SQL, on an index."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.store import queries
from app.store.db import make_engine
from app.store.tables import ClassificationRow, DraftRow, PacketRow, ReviewRow, ThreadRow

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LABELS = ("routine_follow_up", "deal_exception", "not_po_related")


def _fill(engine: Engine, threads: int) -> None:
    """Threads first seen in reverse key order (so key order is not the answer); every third
    thread on cycle 2 with a superseded cycle-1 review; one thread not yet classified."""
    with Session(engine) as session:
        for i in range(threads):
            key, cycle = f"t{i:03d}", 2 if i % 3 == 0 else 1
            label = LABELS[i % 3] if i else None
            seen = T0 + timedelta(minutes=threads - i)
            session.add(
                ThreadRow(
                    thread_key=key, subject=f"s{i}", cycle=cycle, label=label, first_seen=seen
                )
            )
            for c in range(1, cycle + 1):
                status = "pending" if c == cycle else "superseded"
                session.add(
                    ReviewRow(
                        thread_key=key,
                        cycle=c,
                        graph_thread_id=f"{key}:{c}",
                        kind="exception",
                        status=status,
                    )
                )
                session.add(
                    ClassificationRow(
                        thread_key=key,
                        cycle=c,
                        label=label or "not_po_related",
                        reasons=[f"exception.cycle{c}"],
                    )
                )
                draft = "pending_review" if c == cycle else "superseded"
                session.add(DraftRow(thread_key=key, cycle=c, status=draft))
                owner = {"value": f"owner{i}.{c}@vendor.example", "source": "CRM"}
                packet = PacketRow(thread_key=key, cycle=c, data={"next_action_owner": owner})
                packet.next_action_owner = owner["value"].lower()  # as results.py stores it
                session.add(packet)
        session.commit()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    _fill(engine, 40)
    yield engine
    engine.dispose()


def test_queue_pages_are_slices_of_the_whole_queue_in_first_seen_order(engine: Engine) -> None:
    with Session(engine) as session:
        everything = queries.list_queue(session)
        pages = [queries.list_queue(session, limit=7, offset=o) for o in range(0, 42, 7)]
        assert queries.count_queue(session) == len(everything) == 39  # t000 is unclassified
    assert [len(p) for p in pages] == [7, 7, 7, 7, 7, 4]
    assert [i for p in pages for i in p] == everything
    assert [i.thread_key for i in everything[:3]] == ["t039", "t038", "t037"]


def test_queue_shows_each_threads_current_cycle(engine: Engine) -> None:
    with Session(engine) as session:
        item = next(i for i in queries.list_queue(session) if i.thread_key == "t003")
    assert (item.cycle, item.reasons, item.draft_status) == (
        2,
        ["exception.cycle2"],
        "pending_review",
    )
    assert item.review_status == "pending"
    assert item.next_action_owner == "owner3.2@vendor.example"  # read inside the packet JSON


def test_label_filter_pages_the_labelled_threads_only(engine: Engine) -> None:
    with Session(engine) as session:
        first = queries.list_queue(session, label="deal_exception", limit=5)
        rest = queries.list_queue(session, label="deal_exception", offset=5)
        assert queries.count_queue(session, label="deal_exception") == 13
    assert len(first) == 5 and len(rest) == 8
    assert all(i.label == "deal_exception" for i in first + rest)


def test_label_counts_agree_with_each_labels_count(engine: Engine) -> None:
    with Session(engine) as session:
        counts = queries.count_queue_by_label(session)
        each = {
            label: queries.count_queue(session, label=label)
            for label in ("routine_follow_up", "deal_exception", "not_po_related")
        }
    assert counts == {label: n for label, n in each.items() if n}
    assert sum(counts.values()) == 39 and counts["deal_exception"] == 13


def test_review_pages_by_status_in_id_order(engine: Engine) -> None:
    with Session(engine) as session:
        pending = queries.list_reviews(session)
        page = queries.list_reviews(session, limit=10, offset=10)
        superseded = queries.list_reviews(session, status="superseded", limit=100)
        every = queries.list_reviews(session, status=None)
        assert queries.count_reviews(session) == 40
        assert queries.count_reviews(session, status=None) == 54
    assert page == pending[10:20]
    assert [r.id for r in every] == sorted(r.id for r in every)
    assert len(superseded) == 14 and all(r.cycle == 1 for r in superseded)
    assert page[0].subject == "s10"  # the thread's subject, joined in the same query


def _statements(engine: Engine) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", record)
    return seen


def _plan(engine: Engine, statement: str, params: Any) -> str:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
    return " | ".join(str(r[-1]) for r in rows)


@pytest.mark.parametrize(
    ("call", "index"),
    [
        (lambda s: queries.list_queue(s, limit=5), "ix_threads_first_seen"),
        (lambda s: queries.list_queue(s, label="deal_exception", limit=5), "ix_threads_label_"),
        (lambda s: queries.list_reviews(s, limit=5), "ix_reviews_status_id"),
    ],
)
def test_the_first_page_is_cut_in_sql_on_an_index(engine: Engine, call: Any, index: str) -> None:
    seen = _statements(engine)
    with Session(engine) as session:
        assert len(call(session)) == 5
    statement, params = next(
        (s, p) for s, p in seen if "LIMIT" in s and ("FROM threads" in s or "FROM reviews" in s)
    )
    plan = _plan(engine, statement, params)
    assert index in plan, plan
    assert "TEMP B-TREE" not in plan, plan  # no sort of the whole table before the LIMIT


def test_queue_pages_on_postgresql(pg_url: str) -> None:
    engine = make_engine(pg_url)
    _fill(engine, 12)
    with Session(engine) as session:
        everything = queries.list_queue(session)
        pages = [queries.list_queue(session, limit=5, offset=o) for o in (0, 5, 10)]
        assert queries.count_reviews(session, status="superseded") == 4
        counts = queries.count_queue_by_label(session)
    assert [i for p in pages for i in p] == everything and len(everything) == 11
    assert sum(counts.values()) == 11
    assert everything[0].next_action_owner == "owner11.1@vendor.example"
    engine.dispose()
