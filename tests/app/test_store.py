"""The store on real databases: a SQLite file, and PostgreSQL on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from app.store import queries
from app.store.audit import list_events, record_event
from app.store.db import make_engine
from app.store.tables import AuditRow, LedgerRow
from cli.demo_run import make_workspace
from cli.review_cmd import decide
from cli.sync_cmd import run_sync


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


def test_full_flow_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    settings = make_workspace(tmp_path).model_copy(update={"database_url": pg_url})
    assert settings.checkpoint_target.startswith("postgresql://")
    (tmp_path / "mailbox" / "scan.eml").write_bytes(b"\x00\x01 a scanner's binary, not mail")
    report = run_sync(settings, show_progress=False)
    assert report.cycles_run == report.threads > 30
    assert report.quarantined_new == 1  # and its audit event: ids the database assigns
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
    # The app's role holds no DELETE on the audit log (tests/app/test_schema.py: nor UPDATE).
    with engine.begin() as conn, pytest.raises(DBAPIError, match="permission denied"):
        conn.execute(text("DELETE FROM audit_log"))
    assert len(list((tmp_path / "mailbox" / "Drafts").glob("*.eml"))) == 1
    engine.dispose()


def test_one_writer_per_thread_on_postgresql(pg_url: str) -> None:
    from app.locks import PgThreadLocks, ThreadBusyError

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
