"""Migration 0011: the packet's next-action owner stored (backfilled from a 0006 store's JSON)
and the queue's owner and text filters answered by it; on PostgreSQL trigram indexes when
pg_trgm can be created, and an upgrade that goes on without them when it cannot."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.store import queries, schema
from app.store.db import make_engine
from app.store.queue_filter import QueueFilter
from tests.app.test_schema import _assert_models_match, _upgrade_to
from tests.postgres import with_user

TRIGRAM = {"ix_trgm_packets_next_action_owner", "ix_trgm_threads_text"}


def _thread(conn: object, key: str, owner: str, subject: str) -> None:
    """A thread at 0006 (its packet has no owner column yet), as a sync left it."""
    execute = conn.execute  # type: ignore[attr-defined]
    execute(
        text(
            "INSERT INTO threads (thread_key, subject, cycle, status, label, first_seen, "
            "updated_at) VALUES (:k, :s, 1, 'pending_review', 'routine_follow_up', "
            "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ),
        {"k": key, "s": subject},
    )
    data = json.dumps({"next_action_owner": {"value": owner, "source": "CRM"}})
    execute(
        text(
            "INSERT INTO packets (thread_key, cycle, data, internal_note, updated_at) "
            "VALUES (:k, 1, :d, '', CURRENT_TIMESTAMP)"
        ),
        {"k": key, "d": data},
    )


def _filled_at_0006(engine: Engine) -> None:
    _upgrade_to(engine, "0006")
    with engine.begin() as conn:
        _thread(conn, "t1", "Rita.Ops@Vendor.example", "PO 4711 for Q-2026-00042")
        _thread(conn, "t2", "ben@vendor.example", "PO 4712")


def _check_filters(engine: Engine) -> None:
    with engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT thread_key, next_action_owner FROM packets")).all())
    assert stored == {"t1": "rita.ops@vendor.example", "t2": "ben@vendor.example"}
    with Session(engine) as session:
        for narrow, keys in [
            (QueueFilter(owner="RITA.ops"), ["t1"]),
            (QueueFilter(owner="vendor.example"), ["t1", "t2"]),
            (QueueFilter(owner="100%"), []),  # a wildcard is a character, not a pattern
            (QueueFilter(text="q-2026-00042"), ["t1"]),
        ]:
            found = queries.list_queue(session, narrow=narrow)
            assert [i.thread_key for i in found] == keys, narrow
            assert queries.count_queue(session, narrow=narrow) == len(keys)


def _indexes(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_trgm%'")
        )
        return {name for (name,) in rows}


def test_sqlite_0006_store_gets_the_owner_backfilled(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'podesk.db'}", check_schema=False)
    _filled_at_0006(engine)
    schema.upgrade(engine)
    _check_filters(engine)
    _assert_models_match(engine)
    engine.dispose()


def test_postgresql_0006_store_gets_the_owner_and_trigram_indexes(pg_owner_url: str) -> None:
    engine = make_engine(pg_owner_url, check_schema=False)
    _filled_at_0006(engine)
    schema.upgrade(engine)
    _check_filters(engine)
    assert _indexes(engine) >= TRIGRAM
    _assert_models_match(engine)  # the optional indexes are not a difference
    engine.dispose()


@pytest.fixture
def unprivileged_url(pg_owner_url: str) -> Iterator[str]:
    """The database, migrated by a role that may create tables but not extensions."""
    import psycopg

    role = f"podesk_mig_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_owner_url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN")  # type: ignore[arg-type]
        admin.execute(f"GRANT USAGE, CREATE ON SCHEMA public TO {role}")  # type: ignore[arg-type]
    yield with_user(pg_owner_url, role)
    with psycopg.connect(pg_owner_url, autocommit=True) as admin:
        admin.execute(f"DROP OWNED BY {role}")  # type: ignore[arg-type]
        admin.execute(f"DROP ROLE {role}")  # type: ignore[arg-type]


def test_postgresql_without_pg_trgm_upgrades_and_filters_alike(unprivileged_url: str) -> None:
    engine = make_engine(unprivileged_url, check_schema=False)
    _filled_at_0006(engine)
    schema.upgrade(engine)  # CREATE EXTENSION refused: the upgrade goes on without it
    with engine.connect() as conn:
        assert schema.current_revision(conn) == schema.HEAD
    assert _indexes(engine) == set()
    _check_filters(engine)
    engine.dispose()
