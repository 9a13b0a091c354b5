"""Migration 0012 and the queue's owner and free-text lookups (app.store.queue_search): the
owner backfilled onto the thread and kept by the store, and every lookup answering exactly
what the plain conditions on the threads table answer, with SQLite's full-text index or
without it."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from agent.models import Label
from app.correct import correct
from app.store import queries, schema
from app.store.corrections import CorrectionKind
from app.store.db import make_engine
from app.store.queue_filter import QueueFilter, searched_text
from app.store.queue_search import MAX_OWNERS
from app.store.tables import PacketRow, ThreadRow
from app.wiring import open_app
from cli.demo_run import make_workspace
from tests.app.test_schema import _assert_models_match, _upgrade_to

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _thread(conn: Any, key: str, cycle: int, subject: str, opportunity: str | None) -> None:
    conn.execute(
        text(
            "INSERT INTO threads (thread_key, subject, cycle, status, label, opportunity_id, "
            "first_seen, updated_at) VALUES (:k, :s, :c, 'pending_review', "
            "'routine_follow_up', :o, :t, :t)"
        ),
        {"k": key, "s": subject, "c": cycle, "o": opportunity, "t": T0},
    )


def _packet(conn: Any, key: str, cycle: int, owner: str) -> None:
    """A packet as 0011's store kept it: the owner in the JSON and, lower-cased, a column."""
    data = {"next_action_owner": {"value": owner, "source": "CRM"}}
    conn.execute(
        text(
            "INSERT INTO packets (thread_key, cycle, data, internal_note, updated_at, "
            "next_action_owner) VALUES (:k, :c, :d, '', :t, :o)"
        ),
        {"k": key, "c": cycle, "d": json.dumps(data), "t": T0, "o": owner.lower()},
    )


def _filled_at_0011(engine: Engine) -> None:
    """t2's current cycle (2) has no packet yet: only its first cycle's owner is stored."""
    _upgrade_to(engine, "0011")
    with engine.begin() as conn:
        _thread(conn, "t1", 1, "PO 4711 for Q-2026-00042", "OPP-1001")
        _packet(conn, "t1", 1, "Rita.Ops@Vendor.example")
        _thread(conn, "t2", 2, "Renewal PO 4712", None)
        _packet(conn, "t2", 1, "ben@vendor.example")
        _thread(conn, "t3", 1, "Bestellung Größe 100% fertig", "OPP-2002")
        _packet(conn, "t3", 1, "ben@vendor.example")


def _keys(engine: Engine, narrow: QueueFilter) -> list[str]:
    with Session(engine) as session:
        found = [i.thread_key for i in queries.list_queue(session, narrow=narrow)]
        assert queries.count_queue(session, narrow=narrow) == len(found)
    return sorted(found)


def _check_upgraded(engine: Engine) -> None:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT thread_key, next_action_owner FROM threads"))
        stored = {key: owner for key, owner in rows}
    assert stored == {"t1": "rita.ops@vendor.example", "t2": None, "t3": "ben@vendor.example"}
    for narrow, keys in [
        (QueueFilter(owner="RITA.ops"), ["t1"]),
        (QueueFilter(owner="ben@"), ["t3"]),  # t2's owner was its finished cycle's
        (QueueFilter(owner="vendor.example"), ["t1", "t3"]),
        (QueueFilter(text="q-2026-00042"), ["t1"]),
        (QueueFilter(text="OPP-1001"), ["t1"]),  # the opportunity id, after the subject
        (QueueFilter(text="4711 FOR q"), ["t1"]),
        (QueueFilter(text="100%"), ["t3"]),  # a wildcard is a character, not a pattern
        (QueueFilter(text="po"), ["t1", "t2"]),  # under three characters: no trigram
        (QueueFilter(text="00042 opp-1001"), ["t1"]),  # across the subject's end
        (QueueFilter(text="no such words"), []),
    ]:
        assert _keys(engine, narrow) == keys, narrow


def test_sqlite_0011_store_gets_owners_and_its_text_index_backfilled(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'podesk.db'}", check_schema=False)
    _filled_at_0011(engine)
    schema.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT thread_key, text FROM search_thread_texts"))
        texts = {key: value for key, value in rows}
    assert texts["t1"] == "po 4711 for q-2026-00042 opp-1001" and len(texts) == 3
    _check_upgraded(engine)
    _assert_models_match(engine)  # the full-text tables are not a difference
    engine.dispose()


def test_postgresql_0011_store_gets_owners_backfilled(pg_owner_url: str) -> None:
    engine = make_engine(pg_owner_url, check_schema=False)
    _filled_at_0011(engine)
    schema.upgrade(engine)
    with engine.connect() as conn:
        options = conn.execute(
            text("SELECT reloptions FROM pg_class WHERE relname = 'ix_trgm_threads_text'")
        ).scalar()
    assert options == ["fastupdate=off"]
    _check_upgraded(engine)
    _assert_models_match(engine)
    engine.dispose()


WORDS = ("PO", "quote", "Q-2026-", "Größe", "ÉTÉ", "100%", "a_b", 'say "hi"', "o'neil", "Net 60")


def _random_store(engine: Engine, threads: int, owners: int) -> None:
    """Threads with subjects of mixed case, digits, accents, quotes and wildcards; some
    renamed, relinked or deleted afterwards (the full-text index follows each write)."""
    pick = random.Random(7)
    with Session(engine) as session:
        for i in range(threads):
            words = [pick.choice(WORDS) + str(pick.randrange(1000)) for _ in range(4)]
            owner = f"Owner{i % owners}@Vendor.example" if i % 9 else None
            session.add(
                ThreadRow(
                    thread_key=f"t{i:04d}",
                    subject=" ".join(words),
                    cycle=1,
                    label=Label.DEAL_EXCEPTION if i % 2 else Label.ROUTINE_FOLLOW_UP,
                    opportunity_id=f"OPP-{pick.randrange(100)}" if i % 4 else None,
                    first_seen=T0 + timedelta(minutes=pick.randrange(10_000)),
                    next_action_owner=owner.lower() if owner else None,
                )
            )
        session.commit()
        rows = session.exec(select(ThreadRow).order_by(col(ThreadRow.thread_key))).all()
        for row in rows[::5]:
            row.subject = f"Renamed {row.subject[::-1]} RE: {row.thread_key}"
        for row in rows[1::7]:
            row.opportunity_id = None if row.opportunity_id else "OPP-NEW"
        session.add_all(rows)
        session.commit()
        for row in rows[2::11]:
            session.delete(row)
        session.commit()


def _needles(engine: Engine) -> list[str]:
    """Pieces of the stored texts (any case, any length, across the subject's end), and a
    few that are nowhere."""
    pick = random.Random(11)
    with Session(engine) as session:
        texts = [f"{t.subject} {t.opportunity_id or ''}" for t in session.exec(select(ThreadRow))]
    found = []
    for whole in pick.sample(texts, 60):
        start = pick.randrange(len(whole))
        piece = whole[start : start + pick.randrange(1, 14)]
        found.append(piece.upper() if pick.random() < 0.3 else piece)
    return [*found, "zzzq", "größe1", "ÉTÉ", '"hi"', "%", "_", "quote", "op"]


def _plain(engine: Engine, needle: str) -> list[str]:
    """The queue's threads the plain condition on the threads table finds, by key."""
    with engine.connect() as conn:
        query = select(ThreadRow.thread_key).where(
            col(ThreadRow.label).is_not(None),
            searched_text().contains(needle.lower(), autoescape=True),
        )
        return sorted(conn.execute(query).scalars())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    _random_store(engine, 700, owners=40)
    yield engine
    engine.dispose()


def _statements(engine: Engine) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_free_text_through_the_full_text_index_finds_what_the_plain_test_finds(
    store: Engine,
) -> None:
    seen = _statements(store)
    for needle in _needles(store):
        assert _keys(store, QueueFilter(text=needle)) == _plain(store, needle), needle
    assert any("search_threads MATCH" in s for s in seen)  # the index was asked


def test_free_text_without_the_full_text_index_finds_the_same(store: Engine) -> None:
    """An SQLite without FTS5's trigram tokenizer has no search tables (migration 0012)."""
    with store.begin() as conn:
        for name in ("insert", "update", "delete"):
            conn.execute(text(f"DROP TRIGGER search_threads_{name}"))
        conn.execute(text("DROP TABLE search_threads"))
        conn.execute(text("DROP TABLE search_thread_texts"))
    for needle in _needles(store)[:20]:
        assert _keys(store, QueueFilter(text=needle)) == _plain(store, needle), needle


def test_owner_lookup_finds_what_a_substring_test_finds(tmp_path: Path) -> None:
    """More distinct owners than the loose index scan reads, and fewer."""
    for owners in (MAX_OWNERS + 20, 30):
        engine = make_engine(f"sqlite:///{tmp_path / f'{owners}.db'}")
        _random_store(engine, MAX_OWNERS + 60, owners=owners)
        with Session(engine) as session:
            rows = session.exec(select(ThreadRow).where(col(ThreadRow.label).is_not(None)))
            stored = {t.thread_key: t.next_action_owner or "" for t in rows}
        for needle in ("OWNER1", "owner12@", "@vendor.EXAMPLE", "owner7", "nobody", "_", "%"):
            wanted = sorted(k for k, owner in stored.items() if needle.lower() in owner)
            assert _keys(engine, QueueFilter(owner=needle)) == wanted, (owners, needle)
        engine.dispose()


def _listed(session: Session, narrow: QueueFilter) -> list[str]:
    return [i.thread_key for i in queries.list_queue(session, narrow=narrow)]


def test_the_owner_follows_the_packet_of_a_new_cycle(tmp_path: Path) -> None:
    """A relink opens a new cycle (no packet, no owner), whose packet names another owner."""
    settings = make_workspace(tmp_path / "ws")
    with open_app(settings) as app:
        app.runner.sync(app.mailbox, app.crm)
        with Session(app.engine) as session:
            threads = session.exec(select(ThreadRow).order_by(col(ThreadRow.thread_key))).all()
            cycles = {t.thread_key: t.cycle for t in threads}
            packets = {
                p.thread_key: p.next_action_owner
                for p in session.exec(select(PacketRow))
                if p.cycle == cycles[p.thread_key]
            }
        # Every thread carries its current cycle's packet's owner (the sync stored them).
        assert {t.thread_key: t.next_action_owner for t in threads} == {
            k: packets.get(k) for k in cycles
        }
        assert len([o for o in packets.values() if o]) > 20
        thread = next(t for t in threads if t.opportunity_id == "OPP-1006")
        other = next(t for t in threads if t.opportunity_id == "OPP-1009")
        assert thread.next_action_owner != other.next_action_owner
        done = correct(
            app.runner,
            thread_key=thread.thread_key,
            kind=CorrectionKind.RELINK,
            value="OPP-1009",
            reason="the PO names the Woodgrove deal",
            actor="rita@example.com",
        )
        with Session(app.engine) as session:
            now = session.get(ThreadRow, thread.thread_key)
            assert now is not None and now.cycle == done.cycle == thread.cycle + 1
            assert now.next_action_owner == other.next_action_owner
            moved = QueueFilter(owner=str(other.next_action_owner).upper())
            old = QueueFilter(owner=str(thread.next_action_owner))
            assert thread.thread_key in _listed(session, moved)
            assert thread.thread_key not in _listed(session, old)
        row = ThreadRow(thread_key="x", cycle=3, next_action_owner="ann@example.com")
        row.begin_cycle(4)
        assert (row.cycle, row.status, row.next_action_owner) == (4, "new", None)
