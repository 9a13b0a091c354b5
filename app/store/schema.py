"""Which schema revision a store is at, and bringing it to the one this code needs.

Ordinary commands never run DDL on PostgreSQL: they read ``alembic_version`` and refuse,
in one line, a database that is not at :data:`HEAD` (``podesk db upgrade`` migrates it).
The embedded SQLite default has one user, so it upgrades itself on start, under a file
lock so that two commands started together do not migrate twice.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from agent.errors import ConfigurationError

if TYPE_CHECKING:
    from alembic.config import Config

# Every revision under migrations/versions, oldest first. Reading the version table is all a
# command does at start; loading Alembic's script directory would cost every command ~0.1 s.
# tests/app/test_schema.py keeps this equal to the scripts.
REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
)
HEAD = REVISIONS[-1]
# What a store made before migrations existed holds (it equals revision 0001).
_LEGACY_TABLE = "threads"
_UPGRADE_HINT = "run `podesk db upgrade`"


# PostgreSQL's trigram indexes (0011): made only where pg_trgm could be, so not in the model.
OPTIONAL_INDEX_PREFIX = "ix_trgm_"
# Tables the models leave out: LangGraph's checkpoints, and SQLite's full-text index of the
# threads (0012: FTS5's tables, made only where FTS5 has the trigram tokenizer, and its keys).
UNMODELLED_TABLE_PREFIXES = ("checkpoint", "search_")


def is_ours(name: str | None, type_: str, _parents: object = None) -> bool:
    """Alembic's include_name: LangGraph owns its checkpoint tables and migrates them; the
    optional trigram and full-text indexes are compared with nothing."""
    if name is None:
        return True
    if type_ == "index" and name.startswith(OPTIONAL_INDEX_PREFIX):
        return False
    return not (type_ == "table" and name.startswith(UNMODELLED_TABLE_PREFIXES))


class SchemaError(ConfigurationError):
    """The database is not at the schema this PO Desk needs."""


def current_revision(conn: Connection) -> str | None:
    """The store's revision; "legacy" for a store made before migrations; None when empty."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" in tables:
        found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(found) if found is not None else None
    return "legacy" if _LEGACY_TABLE in tables else None


def ensure_current(engine: Engine) -> None:
    """Refuse (PostgreSQL) or upgrade (SQLite) a store that is not at HEAD."""
    with engine.connect() as conn:
        found = current_revision(conn)
    if found == HEAD:
        return
    if found is not None and found != "legacy" and found not in REVISIONS:
        raise SchemaError(
            f"the database schema ({found}) is newer than this PO Desk knows ({HEAD}): "
            "upgrade podesk"
        )
    if engine.dialect.name != "sqlite":
        state = {None: "has no PO Desk schema", "legacy": "was made before migrations"}.get(
            found, f"is at schema {found}"
        )
        raise SchemaError(f"the database {state}, this PO Desk needs {HEAD}: {_UPGRADE_HINT}")
    upgrade(engine)


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Migrate to HEAD; returns (revision before, revision after). Idempotent."""
    from alembic import command

    with _sqlite_upgrade_lock(engine), engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # two upgrades at once: the second waits
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('podesk schema'))"))
        before = current_revision(conn)
        if before == HEAD:
            return before, HEAD
        config = _config(conn)
        if before == "legacy":
            command.stamp(config, "0001")  # the tables are there; record what they are
        command.upgrade(config, "head")
    return before, HEAD


def _config(conn: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["connection"] = conn
    return config


@contextmanager
def _sqlite_upgrade_lock(engine: Engine) -> Iterator[None]:
    """One migrator at a time: flock on the SQLite file itself. SQLite takes POSIX record
    locks, which flock does not touch, and no lock file is left behind."""
    database = engine.url.database or ""
    if engine.dialect.name != "sqlite" or database in ("", ":memory:"):
        yield  # PostgreSQL: Alembic's transaction and the version row serialise upgrades
        return
    fd = os.open(database, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


# LangGraph's checkpoint tables, created by ``podesk db upgrade`` on PostgreSQL.
CHECKPOINT_TABLES = ("checkpoints", "checkpoint_blobs", "checkpoint_writes")
_ROLE = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def grants_sql(role: str) -> str:
    """The least-privilege grants for the role PO Desk runs as (README: PostgreSQL).

    Run by the database owner after ``podesk db upgrade``, and again after each upgrade
    that adds a table. The role cannot create or alter anything, and on the audit log it
    can only add and read rows."""
    if not _ROLE.fullmatch(role):
        raise ConfigurationError(f"not a plain PostgreSQL role name: {role!r}")
    from sqlmodel import SQLModel

    from app.store import corrections, crm_history, exceptions, tables, users

    _ = corrections, crm_history, exceptions, tables, users
    ours = sorted(t for t in SQLModel.metadata.tables if t != "audit_log")
    return "\n".join(
        [
            f"GRANT USAGE ON SCHEMA public TO {role};",
            f"GRANT SELECT, INSERT, UPDATE ON {', '.join(ours)} TO {role};",
            f"GRANT SELECT, INSERT ON audit_log TO {role};",
            # The folder mailbox's index forgets files that left the mailbox.
            f"GRANT DELETE ON mailbox_files TO {role};",
            f"GRANT SELECT ON alembic_version, checkpoint_migrations TO {role};",
            # LangGraph's own tables: a cycle that is over keeps only its latest checkpoint
            # (graph/checkpointer.py, keep_latest).
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(CHECKPOINT_TABLES)} TO {role};",
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};",
        ]
    )
