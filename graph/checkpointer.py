"""Checkpointer factory: SqliteSaver on a file by default, PostgresSaver by URL.

The serializer only revives our own state types: a tampered checkpoint cannot
make the process construct arbitrary objects. It deflates what is large, and a cycle that
is over keeps its latest checkpoint only (``keep_latest``): with a state of ids and derived
facts (graph/state.py), a cycle's checkpoints stay small whatever the thread's length.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from agent import correction, feedback, models
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
    models.Label,
    models.Reason,
    models.Packet,
    models.PacketField,
    models.MessageBoundary,
    models.OpenException,
    models.CustomerDraft,
    models.DraftStatus,
    models.BoundaryVerdict,
    models.ReviewDecision,
    models.ReviewAction,
    correction.Correction,
    SavedDraft,
    assist_result.AssistResult,
    assist_result.ExtractionHints,
    assist_result.Hint,
    feedback.ReviewerFeedback,
    feedback.FeedbackNote,
    feedback.DraftInstructions,
)


_DEFLATED = "msgpack+zlib"
_DEFLATE_FROM = 512  # bytes of msgpack: smaller values gain little
_MAX_INFLATED = 64 * 1024 * 1024  # a tampered checkpoint cannot inflate past this


class StateSerializer(JsonPlusSerializer):
    """LangGraph's msgpack of our state types, deflated when large. Every step writes a
    checkpoint, and most of one is LangGraph's bookkeeping (channel versions, 51 characters
    each), which deflates to a fraction. Checkpoints written plain still read."""

    def dumps_typed(self, obj: Any) -> tuple[str, bytes]:
        type_, data = super().dumps_typed(obj)
        if type_ == "msgpack" and len(data) >= _DEFLATE_FROM:
            return _DEFLATED, zlib.compress(data)
        return type_, data

    def loads_typed(self, data: tuple[str, bytes]) -> Any:
        type_, payload = data
        if type_ == _DEFLATED:
            return super().loads_typed(("msgpack", _inflate(payload)))
        return super().loads_typed(data)


def _inflate(payload: bytes) -> bytes:
    """ValueError, like any other undecodable checkpoint (graph/progress.py), when damaged."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(payload, _MAX_INFLATED)
    except zlib.error as exc:
        raise ValueError(f"damaged checkpoint: {exc}") from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("damaged checkpoint: truncated, or larger than any state")
    return data


def serializer() -> JsonPlusSerializer:
    return StateSerializer(allowed_msgpack_modules=STATE_TYPES)


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


def keep_latest(saver: BaseCheckpointSaver[Any], thread_id: str) -> None:
    """Delete a LangGraph thread's superseded checkpoints and their writes (and blobs), and
    keep its latest checkpoint with its pending writes: all that reading its state, resuming
    it or settling it after a crash reads (graph/progress.py). Only for a cycle that is over:
    nothing goes back to an earlier step of it."""
    if isinstance(saver, SqliteSaver):
        _sqlite_keep_latest(saver, thread_id)
    elif type(saver).prune is not BaseCheckpointSaver.prune:  # PostgresSaver
        saver.prune([thread_id], strategy="keep_latest")
    # An in-memory saver (triage) keeps nothing past the process: nothing to prune there.


_OTHERS = "thread_id = :t AND NOT (checkpoint_ns = '' AND checkpoint_id = :k)"
_SQLITE_PRUNE = (
    f"DELETE FROM writes WHERE {_OTHERS}",
    f"DELETE FROM checkpoints WHERE {_OTHERS}",
    # As PostgresSaver.prune leaves it: the kept checkpoint names no deleted parent.
    "UPDATE checkpoints SET parent_checkpoint_id = NULL WHERE thread_id = :t",
)


def _sqlite_keep_latest(saver: SqliteSaver, thread_id: str) -> None:
    with saver.lock, saver.conn:  # one transaction, under the saver's own lock
        (latest,) = saver.conn.execute(  # the one SqliteSaver.get_tuple reads
            "SELECT max(checkpoint_id) FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = ''",
            (thread_id,),
        ).fetchone()
        if latest is not None:
            for sql in _SQLITE_PRUNE:
                saver.conn.execute(sql, {"t": thread_id, "k": latest})


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
