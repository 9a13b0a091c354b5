"""Engine creation. SQLite file by default, PostgreSQL by URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from agent.errors import ConfigurationError
from app.store import crm_history as _crm_history  # the CRM snapshots (0013)
from app.store import exceptions as _exceptions  # registers the exceptions page's (0006)
from app.store import tables as _tables  # registers the tables
from app.store import users as _users  # and the console's accounts (0005)
from app.store.schema import ensure_current


def make_engine(url: str, *, check_schema: bool = True) -> Engine:
    """Create the engine on a store at the current schema (app.store.schema).

    Raises ConfigurationError for a bad URL and SchemaError for a PostgreSQL database
    that ``podesk db upgrade`` has not migrated; never runs DDL there. ``podesk db``
    itself passes ``check_schema=False``: it is what brings the schema up to date."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        # Not echoed: an unparsable URL may still hold a password nobody can find in it.
        raise ConfigurationError(
            "PODESK_DATABASE_URL is not a database URL: write it as postgresql://user@host/db "
            "or sqlite:///path/to/podesk.db"
        ) from exc
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
    _ = _tables, _exceptions, _users, _crm_history
    if check_schema:
        ensure_current(engine)
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
