"""The store's side of watching saved drafts: which to look at next, and what was seen.

A saved draft is looked at until a sync sees it sent or deleted; after that its fate does
not change. Each look takes the drafts longest unseen first (ix_drafts_fate_checked_at),
at most a fixed number per sync, so a mailbox with thousands of saved drafts costs each
sync the same few requests and every draft still comes round.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlmodel import Session, col, or_, select

from agent.models import DraftStatus
from app.store.audit import record_event
from app.store.tables import DraftRow, utcnow
from connectors.ports import DraftFate, SavedDraft

_OPEN = (DraftFate.DRAFT,)


def drafts_to_check(session: Session, *, limit: int) -> list[SavedDraft]:
    """Saved drafts still believed to be drafts, longest unseen (never seen) first."""
    query = (
        select(DraftRow)
        .where(
            col(DraftRow.status) == DraftStatus.SAVED,
            col(DraftRow.location).is_not(None),
            col(DraftRow.idempotency_key).is_not(None),
            or_(col(DraftRow.fate).is_(None), col(DraftRow.fate).in_(_OPEN)),
        )
        .order_by(col(DraftRow.fate_checked_at).asc().nulls_first(), col(DraftRow.id))
        .limit(limit)
    )
    return [
        SavedDraft(
            idempotency_key=str(row.idempotency_key),
            location=str(row.location),
            created=False,
            web_link=row.web_link,
        )
        for row in session.exec(query)
    ]


def record_fates(
    session: Session,
    *,
    looked_at: Sequence[str],
    fates: Mapping[str, DraftFate],
    now: datetime | None = None,
) -> int:
    """Store what a look saw (by idempotency key); audit each draft that became sent or
    deleted, once. Returns how many changed fate. The caller commits."""
    when = now or utcnow()
    if not looked_at:
        return 0
    rows = session.exec(select(DraftRow).where(col(DraftRow.idempotency_key).in_(looked_at)))
    changed = 0
    for row in rows:
        row.fate_checked_at = when  # looked at, even when the look settled nothing
        fate = fates.get(str(row.idempotency_key))
        if fate is not None and fate != row.fate:
            changed += _change(session, row, fate, when)
        session.add(row)
    return changed


def _change(session: Session, row: DraftRow, fate: DraftFate, when: datetime) -> int:
    before = row.fate
    row.fate, row.fate_at = fate, when
    if fate == DraftFate.DRAFT:
        return 0  # first seen still a draft: what it was saved as, nothing to tell
    # The event key makes a replayed or concurrent sync audit the change once.
    record_event(
        session,
        actor="podesk",
        action=f"draft_{fate.value}",
        subject=row.thread_key,
        event_key=f"draft_fate:{row.id}:{fate.value}",
        detail={"cycle": row.cycle, "location": row.location, "was": before or "draft"},
    )
    return 1
