"""What a LangGraph thread's checkpoints weigh, read off the checkpoint tables themselves.

* written: every row inserted or replaced for the thread, every column, counted by triggers
  as it is written — rows deleted later (pruned, replaced) included;
* kept: the rows the thread has now, every column.
The meter is installed by a benchmark or a test on the real database, never by PO Desk:
on SQLite (tables checkpoints and writes) on the saver's own connection; on PostgreSQL
(checkpoints, checkpoint_blobs, checkpoint_writes) by the tables' owner, and it counts what
any role writes. Bytes are the columns' stored values (text as UTF-8), not pages or indexes.
"""

from __future__ import annotations

import sqlite3
from typing import Any

SQLITE_TABLES: dict[str, tuple[str, ...]] = {
    "checkpoints": (
        "thread_id",
        "checkpoint_ns",
        "checkpoint_id",
        "parent_checkpoint_id",
        "type",
        "checkpoint",
        "metadata",
    ),
    "writes": (
        "thread_id",
        "checkpoint_ns",
        "checkpoint_id",
        "task_id",
        "task_path",
        "idx",
        "channel",
        "type",
        "value",
    ),
}
POSTGRES_TABLES = ("checkpoints", "checkpoint_blobs", "checkpoint_writes")


def _sqlite_size(table: str, row: str) -> str:
    return " + ".join(f"coalesce(length(CAST({row}.{c} AS BLOB)), 0)" for c in SQLITE_TABLES[table])


def install_sqlite_meter(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS checkpoint_meter (thread_id TEXT, bytes INTEGER)")
    for table in SQLITE_TABLES:
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS checkpoint_meter_{table} AFTER INSERT ON {table} "
            "BEGIN INSERT INTO checkpoint_meter VALUES "
            f"(NEW.thread_id, {_sqlite_size(table, 'NEW')}); END"
        )
    conn.commit()


def sqlite_written(conn: sqlite3.Connection, thread_id: str) -> int:
    query = "SELECT coalesce(sum(bytes), 0) FROM checkpoint_meter WHERE thread_id = ?"
    return int(conn.execute(query, (thread_id,)).fetchone()[0])


def sqlite_kept(conn: sqlite3.Connection, thread_id: str) -> int:
    return sum(
        int(
            conn.execute(
                f"SELECT coalesce(sum({_sqlite_size(t, t)}), 0) FROM {t} WHERE thread_id = ?",
                (thread_id,),
            ).fetchone()[0]
        )
        for t in SQLITE_TABLES
    )


def install_postgres_meter(owner: Any) -> None:
    """``owner``: a psycopg connection of the checkpoint tables' owner, in autocommit."""
    owner.execute("CREATE TABLE IF NOT EXISTS checkpoint_meter (thread_id text, bytes bigint)")
    owner.execute(
        "CREATE OR REPLACE FUNCTION checkpoint_meter_count() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path = public AS $$ BEGIN "
        "INSERT INTO checkpoint_meter VALUES (NEW.thread_id, pg_column_size(NEW)); "
        "RETURN NULL; END $$"
    )
    for table in POSTGRES_TABLES:
        owner.execute(
            f"CREATE OR REPLACE TRIGGER checkpoint_meter AFTER INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION checkpoint_meter_count()"
        )


def postgres_written(conn: Any, thread_id: str) -> int:
    query = "SELECT coalesce(sum(bytes), 0) FROM checkpoint_meter WHERE thread_id = %s"
    return int(_first(conn.execute(query, (thread_id,)).fetchone()))


def postgres_kept(conn: Any, thread_id: str) -> int:
    return sum(
        int(
            _first(
                conn.execute(
                    f"SELECT coalesce(sum(pg_column_size(t.*)), 0) FROM {table} t "
                    "WHERE thread_id = %s",
                    (thread_id,),
                ).fetchone()
            )
        )
        for table in POSTGRES_TABLES
    )


def _first(row: Any) -> Any:
    """The one value of a row, whatever the connection's row factory (tuple or dict)."""
    return next(iter(row.values())) if isinstance(row, dict) else row[0]
