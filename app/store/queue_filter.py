"""The console queue's filters besides the label, as SQL conditions on the threads table
(app.store.queries.list_queue and count_queue apply them in the page query itself)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, exists, func, literal_column, tuple_
from sqlalchemy import select as sa_select
from sqlmodel import col

from app.store.tables import ClassificationRow, DraftRow, PacketRow, ThreadRow


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


def narrowed(narrow: QueueFilter) -> list[Any]:
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
        # The stored lower-case owner (migration 0011), not the packet's JSON read per thread:
        # the matching packets first (an index on PostgreSQL: trigram), then their threads.
        owner = col(PacketRow.next_action_owner)
        mine = sa_select(col(PacketRow.thread_key), col(PacketRow.cycle)).where(
            owner.contains(narrow.owner.lower(), autoescape=True)
        )
        found.append(tuple_(col(ThreadRow.thread_key), col(ThreadRow.cycle)).in_(mine))
    if narrow.text:
        found.append(searched_text().contains(narrow.text.lower(), autoescape=True))
    return found


def searched_text() -> Any:
    """What free text is matched in: subject and opportunity id, one lower-case text. Spelt
    with literals, not parameters, so that PostgreSQL finds it equal to the expression of
    migration 0011's trigram index (ix_trgm_threads_text) and uses that index."""
    opportunity = func.coalesce(col(ThreadRow.opportunity_id), literal_column("''"))
    return func.lower(col(ThreadRow.subject).concat(literal_column("' '")).concat(opportunity))
