"""The folder mailbox's index in the store (connectors.ports.MailboxIndex).

One source of truth: an entry is believed only while the store keeps what it names, the
message (by Message-ID) or the quarantine row (by file and reason). So the index may be
written before a sync commits its messages: if that sync dies, the entry names a message
the store does not hold, and the file is read again.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import Text, cast, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlmodel import col

from app.store.tables import MailboxFileRow, MessageRow, QuarantineRow
from connectors.mailbox.model import MailMessage, Quarantined
from connectors.ports import IndexedFile, KnownFile

# Rows per statement: far below SQLite's and PostgreSQL's bound-parameter limits.
_CHUNK = 500


class StoreMailboxIndex:
    def __init__(self, engine: Engine, root: Path) -> None:
        self.engine = engine
        self.root = str(root.resolve())

    def load(self) -> dict[str, KnownFile]:
        """Every entry of this mailbox, each with what the store keeps of its file."""
        f = MailboxFileRow
        query = (
            select(
                col(f.source),
                col(f.size),
                col(f.mtime_ns),
                col(f.message_id),
                col(f.reason),
                cast(col(MessageRow.data), Text),  # pydantic parses JSON text twice as fast
                col(QuarantineRow.id),
            )
            .outerjoin(MessageRow, col(MessageRow.message_id) == col(f.message_id))
            .outerjoin(
                QuarantineRow,
                (col(QuarantineRow.source) == col(f.source))
                & (col(QuarantineRow.reason) == col(f.reason)),
            )
            .where(col(f.root) == self.root)
        )
        parsed: dict[str, MailMessage | None] = {}
        found: dict[str, KnownFile] = {}
        with self.engine.connect() as conn:
            for source, size, mtime_ns, message_id, reason, data, quarantine_id in conn.execute(
                query
            ):
                entry = IndexedFile(source, size, mtime_ns, message_id, reason)
                kept: MailMessage | Quarantined | None = None
                if message_id is not None and data is not None:
                    if message_id not in parsed:
                        parsed[message_id] = _message(data)
                    kept = parsed[message_id]
                elif reason is not None and quarantine_id is not None:
                    kept = Quarantined(source=source, reason=reason, size=size)
                found[source] = KnownFile(entry, kept)
        return found

    def save(self, entries: Sequence[IndexedFile], gone: Sequence[str]) -> None:
        with self.engine.begin() as conn:
            for sources in _chunks(gone):
                conn.execute(
                    delete(MailboxFileRow).where(
                        col(MailboxFileRow.root) == self.root,
                        col(MailboxFileRow.source).in_(sources),
                    )
                )
            for files in _chunks(entries):
                _upsert(conn, [self._row(e) for e in files])

    def _row(self, entry: IndexedFile) -> dict[str, Any]:
        return {
            "root": self.root,
            "source": entry.source,
            "size": entry.size,
            "mtime_ns": entry.mtime_ns,
            "message_id": entry.message_id,
            "reason": entry.reason,
        }


def _message(data: str) -> MailMessage | None:
    try:
        return MailMessage.model_validate_json(data)
    except (ValidationError, ValueError):  # an old or empty row: parse the file instead
        return None


def _upsert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert or replace by (root, source): two syncs of one mailbox may race here."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(MailboxFileRow).values(rows)
    changed = {k: statement.excluded[k] for k in ("size", "mtime_ns", "message_id", "reason")}
    conn.execute(statement.on_conflict_do_update(index_elements=["root", "source"], set_=changed))


_T = TypeVar("_T")


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
