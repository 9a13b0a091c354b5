"""Engine creation. SQLite file by default, PostgreSQL by URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from agent.errors import ConfigurationError
from agent.store import tables as _tables  # registers the tables

_SQLITE_GUARDS = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
_PG_GUARDS = (
    "CREATE OR REPLACE FUNCTION podesk_audit_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql",
    "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION podesk_audit_append_only()",
)


def make_engine(url: str) -> Engine:
    """Create the engine and the schema. Raises ConfigurationError for a bad URL."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigurationError(f"PODESK_DATABASE_URL is not a database URL: {url!r}") from exc
    kwargs: dict[str, Any] = {}
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, the postgres extra
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            kwargs = {"connect_args": {"check_same_thread": False}, "poolclass": StaticPool}
        else:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            kwargs = {"connect_args": {"check_same_thread": False, "timeout": 30}}
    engine = create_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    _ = _tables
    SQLModel.metadata.create_all(engine)
    _install_guards(engine)
    return engine


def open_session(url: str) -> Session:
    """A session on the store at ``url`` (what the read-only CLI commands use)."""
    return Session(make_engine(url))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets the CLI read while a sync writes; foreign keys are off by default in SQLite.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _install_guards(engine: Engine) -> None:
    guards = _SQLITE_GUARDS if engine.dialect.name == "sqlite" else _PG_GUARDS
    if engine.dialect.name not in ("sqlite", "postgresql"):
        return
    with engine.begin() as conn:
        for statement in guards:
            conn.execute(text(statement))
