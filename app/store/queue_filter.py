"""The console queue's filters besides the label, as SQL conditions on the threads table
(app.store.queries.list_queue and count_queue apply them in the page query itself)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists
from sqlmodel import col

from app.store.tables import DraftRow, PacketRow, ThreadRow


@dataclass(frozen=True)
class QueueFilter:
    """What the console's queue narrows by besides the label; empty fields narrow nothing.
    ``status`` is the customer draft's; ``owner`` and ``text`` match case-insensitively
    anywhere in the next-action owner, and in the subject or opportunity id."""

    status: str | None = None
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
    if narrow.owner:
        owner = col(PacketRow.data)["next_action_owner"]["value"].as_string()
        found.append(
            exists().where(_same_cycle(PacketRow), owner.icontains(narrow.owner, autoescape=True))
        )
    if narrow.text:
        found.append(
            col(ThreadRow.subject).icontains(narrow.text, autoescape=True)
            | col(ThreadRow.opportunity_id).icontains(narrow.text, autoescape=True)
        )
    return found
