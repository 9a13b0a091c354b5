"""Checkpointer factory: SqliteSaver on a file by default, PostgresSaver by URL.

The serializer only revives our own state types: a tampered checkpoint cannot
make the process construct arbitrary objects.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from agent import feedback, models
from agent.assist import result as assist_result
from agent.errors import ConfigurationError
from connectors.mailbox import model as mail_model
from connectors.ports import SavedDraft
from graph.state import PoState

STATE_TYPES: tuple[type, ...] = (
    PoState,
    mail_model.ThreadRef,
    mail_model.MailThread,  # in checkpoints written before ThreadRef (graph/state.py)
    mail_model.MailMessage,
    mail_model.Address,
    mail_model.Attachment,
    models.LinkResult,
    models.Extraction,
    models.Money,
    models.Classification,
    models.Reason,
    models.Packet,
    models.PacketField,
    models.MessageBoundary,
    models.OpenException,
    models.CustomerDraft,
    models.BoundaryVerdict,
    models.ReviewDecision,
    SavedDraft,
    assist_result.AssistResult,
    assist_result.ExtractionHints,
    assist_result.Hint,
    feedback.ReviewerFeedback,
    feedback.FeedbackNote,
    feedback.DraftInstructions,
)


def serializer() -> JsonPlusSerializer:
    return JsonPlusSerializer(allowed_msgpack_modules=STATE_TYPES)


def memory_checkpointer() -> InMemorySaver:
    return InMemorySaver(serde=serializer())


def sqlite_checkpointer(path: Path) -> SqliteSaver:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    saver = SqliteSaver(conn, serde=serializer())
    saver.setup()
    return saver


@contextmanager
def open_checkpointer(target: str | Path) -> Iterator[BaseCheckpointSaver[Any]]:
    """A sqlite file path, or a postgresql:// URL (the `postgres` extra)."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        with _postgres(text) as pg_saver:
            yield pg_saver
        return
    saver = sqlite_checkpointer(Path(text))
    try:
        yield saver
    finally:
        saver.conn.close()


@contextmanager
def _postgres(url: str) -> Iterator[BaseCheckpointSaver[Any]]:
    saver_type = _postgres_saver()
    with saver_type.from_conn_string(url) as saver:
        saver.serde = serializer()
        _require_setup(saver)  # ordinary commands run no DDL on PostgreSQL
        yield saver


def setup_postgres(url: str) -> None:
    """Create or migrate LangGraph's checkpoint tables (``podesk db upgrade``)."""
    with _postgres_saver().from_conn_string(url) as saver:
        saver.setup()


def _postgres_saver() -> Any:
    try:
        from langgraph.checkpoint.postgres import PostgresSaver
    except ImportError as exc:
        raise ConfigurationError(
            "a PostgreSQL database needs the postgres extra: pip install 'podesk[postgres]'"
        ) from exc
    return PostgresSaver


def _require_setup(saver: Any) -> None:
    """LangGraph records its own migrations in checkpoint_migrations (one row per step)."""
    import psycopg

    needed = len(saver.MIGRATIONS) - 1
    try:
        with saver.conn.cursor() as cur:
            row = cur.execute("SELECT max(v) AS v FROM checkpoint_migrations").fetchone()
    except psycopg.errors.UndefinedTable:
        row = None
    found = row["v"] if row else None
    if found is None or found < needed:
        raise ConfigurationError(
            "the database has no up-to-date checkpoint tables: run `podesk db upgrade`"
        )
