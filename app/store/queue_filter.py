"""The console queue's filters besides the label, as SQL conditions on the threads table
(app.store.queries.list_queue and count_queue apply them in the page query itself; the
owner and free text are looked up first, app.store.queue_search)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, exists, func, literal_column
from sqlalchemy.engine import Connection
from sqlmodel import col

from app.store.queue_search import owner_condition, text_condition
from app.store.tables import ClassificationRow, DraftRow, ThreadRow


@dataclass(frozen=True)
class QueueFilter:
    """What the console's queue narrows by besides the label; empty fields narrow nothing.
    ``status`` is the customer draft's; ``owner`` and ``text`` match case-insensitively
    anywhere in the next-action owner, and in the subject or opportunity id; ``reason`` is
    one of the classification's reason codes (agent.models.Reason)."""

    status: str | None = None
    reason: str | None = None
    owner: str | None = None
    text: str | None = None


NO_FILTER = QueueFilter()


def _same_cycle(model: Any) -> Any:
    return (col(model.thread_key) == col(ThreadRow.thread_key)) & (
        col(model.cycle) == col(ThreadRow.cycle)
    )


def narrowed(conn: Connection, narrow: QueueFilter) -> list[Any]:
    found: list[Any] = []
    if narrow.status:
        found.append(exists().where(_same_cycle(DraftRow), col(DraftRow.status) == narrow.status))
    if narrow.reason:
        # The reasons are a JSON list of codes ([a-z._]: nothing JSON escapes), so the code
        # in quotes is found in its text alike on SQLite and PostgreSQL.
        reasons = cast(col(ClassificationRow.reasons), String)
        quoted = f'"{narrow.reason}"'
        found.append(
            exists().where(
                _same_cycle(ClassificationRow), reasons.contains(quoted, autoescape=True)
            )
        )
    if narrow.owner:
        # The current cycle's owner as stored on the thread (0012), lower case.
        found.append(owner_condition(conn, narrow.owner))
    if narrow.text:
        needle = narrow.text.lower()
        found.append(
            text_condition(conn, needle, searched_text().contains(needle, autoescape=True))
        )
    return found


def searched_text() -> Any:
    """What free text is matched in: subject and opportunity id, one lower-case text. Spelt
    with literals, not parameters, so that PostgreSQL finds it equal to the expression of
    migration 0011's trigram index (ix_trgm_threads_text) and uses that index."""
    opportunity = func.coalesce(col(ThreadRow.opportunity_id), literal_column("''"))
    return func.lower(col(ThreadRow.subject).concat(literal_column("' '")).concat(opportunity))
