"""The store on real databases: a SQLite file, and PostgreSQL on loopback."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from agent.cli.demo_run import make_workspace
from agent.cli.review_cmd import decide
from agent.cli.sync_cmd import run_sync
from agent.store import queries
from agent.store.audit import list_events, record_event
from agent.store.db import make_engine
from agent.store.tables import AuditRow, LedgerRow

PG_ADMIN_URL = os.environ.get(
    "PODESK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)


def test_audit_log_is_append_only_on_sqlite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    with Session(engine) as session:
        assert record_event(session, actor="a", action="x", subject="t", event_key="k1")
        assert not record_event(session, actor="a", action="x", subject="t", event_key="k1")
        session.commit()
        assert [e.event_key for e in list_events(session)] == ["k1"]
    with engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("UPDATE audit_log SET actor = 'mallory'"))
    with engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("DELETE FROM audit_log"))


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh database per test on the loopback PostgreSQL; dropped afterwards."""
    import psycopg

    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI"):
            raise  # CI has PostgreSQL on 127.0.0.1:5432: a missing server is a failure there
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    name = f"podesk_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_full_flow_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    settings = make_workspace(tmp_path).model_copy(update={"database_url": pg_url})
    assert settings.checkpoint_target.startswith("postgresql://")
    report = run_sync(settings, show_progress=False)
    assert report.cycles_run == report.threads > 30
    engine = make_engine(pg_url)
    with Session(engine) as session:
        review = next(r for r in queries.list_reviews(session) if r.kind == "customer_draft")
    decide(settings, review.id, {"type": "accept", "args": None}, "pg-reviewer")
    again = run_sync(settings, show_progress=False)
    assert again.cycles_run == 0
    with Session(engine) as session:
        assert len(session.exec(select(LedgerRow)).all()) == 1
        saved = session.exec(select(AuditRow).where(AuditRow.action == "draft_saved")).all()
        assert len(saved) == 1 and saved[0].actor == "pg-reviewer"
        assert queries.get_review(session, review_id=review.id).draft_status == "saved"
    with engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("DELETE FROM audit_log"))
    assert len(list((tmp_path / "mailbox" / "Drafts").glob("*.eml"))) == 1
    engine.dispose()


def test_one_writer_per_thread_on_postgresql(pg_url: str) -> None:
    from agent.locks import PgThreadLocks, ThreadBusyError

    engine = make_engine(pg_url)
    holder, other = PgThreadLocks(engine), PgThreadLocks(engine, wait=False)
    with holder("thread-a"):
        with holder("thread-a"):  # re-entrant for its holder
            pass
        with pytest.raises(ThreadBusyError), other("thread-a"):
            pass
        with other("thread-b"):  # other threads are free
            pass
    with other("thread-a"):  # released
        pass
    engine.dispose()


def test_one_writer_per_thread_on_one_machine(tmp_path: Path) -> None:
    from agent.locks import ThreadBusyError, ThreadLocks

    holder, other = ThreadLocks(tmp_path), ThreadLocks(tmp_path, wait=False)
    with holder("thread-a"), pytest.raises(ThreadBusyError), other("thread-a"):
        pass
    with other("thread-a"):
        pass
