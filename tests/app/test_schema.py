"""Schema migrations: the scripts match the models, an old store upgrades without losing a
row, PostgreSQL refuses an old schema, the app's role cannot touch the audit log, and the
database refuses a status outside its enum."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import CheckConstraint, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, SQLModel

from app.store import schema
from app.store.audit import record_event
from app.store.corrections import CorrectionRow
from app.store.db import make_engine
from app.store.exceptions import CrmExceptionRow, ExceptionRecordRow
from app.store.tables import (
    ClassificationRow,
    DecisionRow,
    DraftRow,
    EnumText,
    OpportunityRow,
    ReviewRow,
    ThreadRow,
)
from app.store.users import UserRow
from cli import run

FIXTURES = Path(__file__).parents[1] / "fixtures" / "store"


def _columns(conn: Connection) -> dict[str, list[str]]:
    tables = sorted(set(inspect(conn).get_table_names()) & set(SQLModel.metadata.tables))
    return {name: [c["name"] for c in inspect(conn).get_columns(name)] for name in tables}


def _rows(
    conn: Connection, columns: dict[str, list[str]] | None = None
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every store table, in a stable order (JSON columns as text); with
    ``columns``, those tables and columns only (what a store had before an upgrade)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for name, names in (columns or _columns(conn)).items():
        rows = conn.execute(text(f"SELECT {', '.join(names)} FROM {name}")).all()
        found[name] = sorted(
            tuple(json.dumps(v, sort_keys=True, default=str) for v in r) for r in rows
        )
    return found


def _audit_guard_holds(engine: Engine) -> None:
    with Session(engine) as session:  # row triggers need a row to fire on
        record_event(session, actor="a", action="x", subject="t", event_key="guard-check")
        session.commit()
    with engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("UPDATE audit_log SET actor = 'mallory'"))
    with engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("DELETE FROM audit_log"))


def test_the_code_lists_exactly_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(Path(schema.__file__).with_name("migrations")))
    assert [s.revision for s in reversed(list(scripts.walk_revisions()))] == list(schema.REVISIONS)
    assert scripts.get_current_head() == schema.HEAD


def _assert_models_match(engine: Engine) -> None:
    from alembic.autogenerate import compare_metadata

    with engine.connect() as conn:
        assert schema.current_revision(conn) == schema.HEAD
        # A model changed without a migration shows up here as a difference.
        assert compare_metadata(_context(conn), SQLModel.metadata) == []


def _context(conn: Connection) -> Any:
    from alembic.migration import MigrationContext

    return MigrationContext.configure(conn, opts={"include_name": schema.is_ours})


def test_migrations_build_exactly_the_models_on_sqlite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")  # upgrades itself
    _assert_models_match(engine)
    _audit_guard_holds(engine)


def test_migrations_build_exactly_the_models_on_postgresql(pg_owner_url: str) -> None:
    assert run(["--database-url", pg_owner_url, "db", "upgrade"]) == 0
    engine = make_engine(pg_owner_url)
    _assert_models_match(engine)
    _audit_guard_holds(engine)  # the owner too: the trigger, not only the grants
    engine.dispose()


def test_a_release_0_1_sqlite_store_upgrades_itself_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "data" / "podesk.db"
    path.parent.mkdir()
    with sqlite3.connect(path) as conn:
        conn.executescript((FIXTURES / "release-0.1-sqlite.sql").read_text())
    engine = make_engine(f"sqlite:///{path}", check_schema=False)
    with engine.connect() as conn:
        assert schema.current_revision(conn) == "legacy"
        had, before = _columns(conn), _rows(conn)
    assert sum(map(len, before.values())) > 400
    out = _cli(tmp_path, "--data-dir", str(tmp_path / "data"), "queue", "--json")
    assert len(json.loads(out)) == 47  # an ordinary command upgraded the embedded store
    with engine.connect() as conn:
        assert schema.current_revision(conn) == schema.HEAD
        after, kept = _rows(conn), _rows(conn, had)
    assert kept == before
    assert not any(after[k] for k in set(after) - set(before))  # tables added since 0.1
    _audit_guard_holds(engine)


def test_a_release_0_1_postgresql_store_is_refused_then_upgraded(
    tmp_path: Path, pg_owner_url: str
) -> None:
    import psycopg

    with psycopg.connect(pg_owner_url, autocommit=True) as conn:
        conn.execute((FIXTURES / "release-0.1-postgres.sql").read_text())  # type: ignore[arg-type]
    engine = make_engine(pg_owner_url, check_schema=False)
    with engine.connect() as conn:
        had, before = _columns(conn), _rows(conn)
    refused = _run(tmp_path, "--database-url", pg_owner_url, "queue")
    assert refused.returncode == 2
    assert refused.stderr.strip().count("\n") == 0, refused.stderr  # one line, no traceback
    assert "podesk db upgrade" in refused.stderr
    assert run(["--database-url", pg_owner_url, "db", "upgrade"]) == 0
    with engine.connect() as conn:
        assert schema.current_revision(conn) == schema.HEAD
        after, kept = _rows(conn), _rows(conn, had)
    assert kept == before  # tables added since 0.1 start empty
    assert not any(after[k] for k in set(after) - set(before))
    out = _cli(tmp_path, "--database-url", pg_owner_url, "queue", "--json")
    assert len(json.loads(out)) == 47
    _audit_guard_holds(engine)
    engine.dispose()


def test_an_empty_postgresql_database_is_refused_in_one_line(pg_owner_url: str) -> None:
    with pytest.raises(schema.SchemaError, match=r"no PO Desk schema.*podesk db upgrade"):
        make_engine(pg_owner_url)


def test_the_app_role_can_only_add_and_read_audit_rows(pg_url: str) -> None:
    engine = make_engine(pg_url)
    with Session(engine) as session:
        assert record_event(session, actor="a", action="x", subject="t", event_key="k1")
        session.commit()
    for statement in (
        "UPDATE audit_log SET actor = 'mallory'",
        "DELETE FROM audit_log",
        "CREATE TABLE sneaky (id int)",
        "DROP TRIGGER audit_log_append_only ON audit_log",
    ):
        with engine.begin() as conn, pytest.raises(DBAPIError, match=r"permission denied|owner"):
            conn.execute(text(statement))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 1
    engine.dispose()


def test_readme_shows_the_grants_the_code_gives() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    assert schema.grants_sql("podesk_app") in readme


def test_commands_started_together_upgrade_a_new_sqlite_store_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "cli", "--data-dir", str(data), "queue", "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [(*p.communicate(timeout=120), p.returncode) for p in procs]
    assert all(code == 0 for _, _, code in results), results
    assert not list(data.glob("*.lock")) and not (data / "locks").exists()


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _cli(cwd: Path, *args: str) -> str:
    done = _run(cwd, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _upgrade_to(engine: Engine, revision: str) -> None:
    """Migrate to ``revision`` only, as the release that ended there would have."""
    from alembic import command

    with engine.begin() as conn:
        config = schema._config(conn)
        if schema.current_revision(conn) == "legacy":
            command.stamp(config, "0001")
        command.upgrade(config, revision)


def _status_columns() -> list[tuple[str, str, type[Any]]]:
    """(table, column, enum) of every status column the models declare."""
    return [
        (table.name, column.name, column.type.enum)
        for table in SQLModel.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, EnumText)
    ]


def _assert_constraints_match(engine: Engine) -> None:
    """The database has exactly the models' CHECK constraints (Alembic's comparison leaves
    them out); on SQLite, with the same text."""
    expected = {
        (table.name, c.name): str(c.sqltext)
        for table in SQLModel.metadata.sorted_tables
        for c in table.constraints
        if isinstance(c, CheckConstraint)
    }
    assert {(t, f"ck_{t}_{c}") for t, c, _ in _status_columns()} == set(expected)
    with engine.connect() as conn:
        found = {
            (table, c["name"]): c["sqltext"]
            for table in SQLModel.metadata.tables
            for c in inspect(conn).get_check_constraints(table)
        }
    assert set(found) == set(expected)
    if engine.dialect.name == "sqlite":
        assert found == expected


def _one_row_each(engine: Engine) -> None:
    with Session(engine) as session:
        session.add(
            OpportunityRow(
                opportunity_id="OPP-1",
                account_name="Contoso",
                stage="Closed Won",
                amount="100",
                currency="EUR",
                contract_status="signed",
                order_queue_status="not_submitted",
                source="opportunities.csv:2",
            )
        )
        session.add(ThreadRow(thread_key="t1", cycle=1))
        session.add(ClassificationRow(thread_key="t1", cycle=1, label="routine_follow_up"))
        session.add(DraftRow(thread_key="t1", cycle=1, status="pending_review"))
        review = ReviewRow(thread_key="t1", cycle=1, graph_thread_id="g1", kind="customer_draft")
        session.add(review)
        session.flush()
        assert review.id is not None
        session.add(DecisionRow(review_id=review.id, action="accept", reviewer="rita"))
        session.add(UserRow(email="rita@example.com", role="sales_ops", password_hash="x"))
        session.add(
            CrmExceptionRow(
                exception_id="EX-1",
                opportunity_id="OPP-1",
                kind="credit_review",
                owner="dana@example.com",
                status="open",
                opened_at=datetime(2026, 3, 1, tzinfo=UTC),
                source="exceptions.csv:2",
            )
        )
        session.add(ExceptionRecordRow(review_id=review.id, updated_by="max@example.com"))
        session.add(
            CorrectionRow(
                thread_key="t1",
                cycle=2,
                kind="relabel",
                before="routine_follow_up",
                after="deal_exception",
                reason="asks for net 60",
                actor="rita@example.com",
            )
        )
        session.commit()


def _statuses_are_checked(engine: Engine) -> None:
    """Every value of each status enum is taken, anything else refused, by the database."""
    _one_row_each(engine)
    for table, column, enum in _status_columns():
        for value in enum:
            with engine.begin() as conn:
                conn.execute(text(f"UPDATE {table} SET {column} = :v"), {"v": value.value})
        for bad in ("bogus", next(iter(enum)).value.upper(), ""):
            with (
                engine.begin() as conn,
                pytest.raises(IntegrityError, match=f"ck_{table}_{column}"),
            ):
                conn.execute(text(f"UPDATE {table} SET {column} = :v"), {"v": bad})
    with Session(engine) as session:  # through the models too: "accepted" is no draft status
        session.add(DraftRow(thread_key="t2", cycle=1, status="accepted"))
        with pytest.raises(IntegrityError, match="ck_drafts_status"):
            session.commit()


def test_sqlite_refuses_a_status_outside_its_enum(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'podesk.db'}")
    _assert_constraints_match(engine)
    _statuses_are_checked(engine)
    engine.dispose()


def test_postgresql_refuses_a_status_outside_its_enum(pg_url: str) -> None:
    engine = make_engine(pg_url)  # the least-privilege role
    _assert_constraints_match(engine)
    _statuses_are_checked(engine)
    engine.dispose()


def _pending_reviews_are_marked(conn: Connection) -> None:
    """0004: every review pending at the upgrade is re-read once by the next sync."""
    marks = conn.execute(text("SELECT status, resumed_at FROM reviews")).all()
    assert any(status == "pending" for status, _ in marks)
    assert all((mark is not None) == (status == "pending") for status, mark in marks)


def test_a_0002_sqlite_store_with_data_upgrades_to_head_and_keeps_every_row(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / "podesk.db"
    path.parent.mkdir()
    with sqlite3.connect(path) as conn:
        conn.executescript((FIXTURES / "release-0.1-sqlite.sql").read_text())
    engine = make_engine(f"sqlite:///{path}", check_schema=False)
    _upgrade_to(engine, "0002")
    with engine.connect() as conn:
        assert schema.current_revision(conn) == "0002"
        had, before = _columns(conn), _rows(conn)
    assert before["review_decisions"] and before["reviews"]  # reviews is copied under them
    upgraded = _cli(tmp_path, "--data-dir", str(path.parent), "db", "upgrade", "--json")
    assert json.loads(upgraded) == {"before": "0002", "after": schema.HEAD}
    current = _cli(tmp_path, "--data-dir", str(path.parent), "db", "current", "--json")
    assert json.loads(current) == {"current": schema.HEAD, "head": schema.HEAD}
    with engine.connect() as conn:
        assert _rows(conn, had) == before
        after = _rows(conn)
        assert not any(after[k] for k in set(after) - set(before))  # tables added since 0002
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        _pending_reviews_are_marked(conn)
    _assert_models_match(engine)
    _assert_constraints_match(engine)
    _audit_guard_holds(engine)
    engine.dispose()


def test_a_0002_postgresql_store_with_data_upgrades_to_head_and_keeps_every_row(
    tmp_path: Path, pg_owner_url: str
) -> None:
    import psycopg

    with psycopg.connect(pg_owner_url, autocommit=True) as conn:
        conn.execute((FIXTURES / "release-0.1-postgres.sql").read_text())  # type: ignore[arg-type]
    engine = make_engine(pg_owner_url, check_schema=False)
    _upgrade_to(engine, "0002")
    with engine.connect() as conn:
        had, before = _columns(conn), _rows(conn)
    refused = _run(tmp_path, "--database-url", pg_owner_url, "queue")
    needs = f"is at schema 0002, this PO Desk needs {schema.HEAD}"
    assert refused.returncode == 2 and needs in refused.stderr
    upgraded = _cli(tmp_path, "--database-url", pg_owner_url, "db", "upgrade")
    assert f"upgraded from 0002 to {schema.HEAD}" in upgraded
    current = _cli(tmp_path, "--database-url", pg_owner_url, "db", "current")
    assert f"schema {schema.HEAD}, this PO Desk needs {schema.HEAD}: up to date" in current
    with engine.connect() as conn:
        assert _rows(conn, had) == before
        after = _rows(conn)
        _pending_reviews_are_marked(conn)
    assert not any(after[k] for k in set(after) - set(before))  # tables added since 0002
    _assert_models_match(engine)
    _assert_constraints_match(engine)
    engine.dispose()
