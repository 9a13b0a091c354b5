"""Which pending customer drafts a newer CRM import may hold or release (see agent/hold.py),
and which waiting reviews' packets it changed (owners, contract and order-queue status)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlmodel import Session, col, select

from agent.hold import OPEN_EXCEPTION, hold_source
from agent.models import CustomerDraft, DraftStatus, Label, Packet, ReviewStatus
from app.store.audit import record_event
from app.store.tables import ClassificationRow, DraftRow, PacketRow, ReviewRow


def stale_holds(
    session: Session, *, open_exceptions: Callable[[str], frozenset[str]]
) -> list[tuple[int, str, int]]:
    """(review id, thread key, cycle) of pending reviews whose draft's exception hold differs
    from ``open_exceptions(opportunity_id)``: the ids of the deal's open CRM exceptions now.
    One query; the runner then reworks only these cycles."""
    rows = session.exec(
        select(ReviewRow, DraftRow, ClassificationRow.opportunity_id)
        .join(
            DraftRow,
            (col(DraftRow.thread_key) == col(ReviewRow.thread_key))
            & (col(DraftRow.cycle) == col(ReviewRow.cycle)),
        )
        .join(
            ClassificationRow,
            (col(ClassificationRow.thread_key) == col(ReviewRow.thread_key))
            & (col(ClassificationRow.cycle) == col(ReviewRow.cycle)),
        )
        .where(ReviewRow.status == ReviewStatus.PENDING)
        .where(col(DraftRow.status).in_((DraftStatus.HELD, DraftStatus.PENDING_REVIEW)))
    ).all()
    stale = []
    for review, draft, opportunity_id in rows:
        if opportunity_id is None or review.id is None:
            continue
        holding = {
            r.removeprefix(OPEN_EXCEPTION)
            for r in draft.suppression_reasons
            if draft.status == DraftStatus.HELD and r.startswith(OPEN_EXCEPTION)
        }
        if holding != open_exceptions(opportunity_id):
            stale.append((review.id, review.thread_key, review.cycle))
    return stale


def stale_packets(
    session: Session,
    *,
    refreshed: Callable[[Packet, str, Label], Packet],
    review_id: int | None = None,
) -> list[tuple[int, str, int]]:
    """(review id, thread key, cycle) of pending reviews (or the one given) whose packet
    ``refreshed(packet, opportunity id, label)`` changes: the CRM now says other owners or
    statuses. One query."""
    query = select(ReviewRow, PacketRow, ClassificationRow)
    if review_id is not None:
        query = query.where(col(ReviewRow.id) == review_id)
    rows = session.exec(
        query.join(
            PacketRow,
            (col(PacketRow.thread_key) == col(ReviewRow.thread_key))
            & (col(PacketRow.cycle) == col(ReviewRow.cycle)),
        )
        .join(
            ClassificationRow,
            (col(ClassificationRow.thread_key) == col(ReviewRow.thread_key))
            & (col(ClassificationRow.cycle) == col(ReviewRow.cycle)),
        )
        .where(col(ReviewRow.status) == ReviewStatus.PENDING)
        .where(col(ClassificationRow.opportunity_id).is_not(None))
    ).all()
    stale = []
    for review, packet_row, classification in rows:
        packet, opportunity_id = (
            Packet.model_validate(packet_row.data),
            classification.opportunity_id,
        )
        if review.id is None or opportunity_id is None:
            continue
        if refreshed(packet, opportunity_id, classification.label) is not packet:
            stale.append((review.id, review.thread_key, review.cycle))
    return stale


def record_hold_change(
    session: Session,
    *,
    thread_key: str,
    cycle: int,
    before: DraftRow,
    after: CustomerDraft,
    checkpoint: str,
) -> bool:
    """Audit a draft the CRM held or released, in the caller's transaction: the one that
    writes the new status, so a crash keeps both or neither. ``before`` is what the store
    showed (the checkpoint may already be ahead of it after a crash). One event per state
    change (checkpoint); False when the status did not change."""
    if before.status == after.status:
        return False
    released = after.status == DraftStatus.PENDING_REVIEW
    record_event(
        session,
        actor=_hold_actor(before.suppression_reasons, after.suppression_reasons),
        action="draft_released" if released else "draft_held",
        subject=thread_key,
        event_key=f"hold:{thread_key}:{cycle}:{checkpoint}",
        detail={
            "cycle": cycle,
            "from": before.status,
            "to": after.status,
            "was_held_by": list(before.suppression_reasons),
            "held_by": list(after.suppression_reasons),
        },
    )
    return True


def _hold_actor(before: Sequence[str], after: Sequence[str]) -> str:
    """Who moved the hold: "crm" (exceptions.csv, an incomplete export), "mail" (an open
    exception another thread of the deal found), or "crm+mail" when both changed."""
    sources = {hold_source(r) for r in set(before) ^ set(after)}
    return "+".join(sorted(sources)) or "crm"


_CRM_FACTS = ("contract_status", "order_queue_status", "exception_owner", "next_action_owner")


def record_packet_refresh(
    session: Session, *, thread_key: str, cycle: int, before: Packet, after: Packet, checkpoint: str
) -> bool:
    """Audit a waiting packet a later CRM import changed (owners, statuses), in the
    transaction that stores it; False when none of those facts changed."""
    moved = {
        name: [getattr(before, name).value, getattr(after, name).value]
        for name in _CRM_FACTS
        if getattr(before, name).value != getattr(after, name).value
    }
    if not moved:
        return False
    record_event(
        session,
        actor="crm",
        action="packet_refreshed",
        subject=thread_key,
        event_key=f"packet:{thread_key}:{cycle}:{checkpoint}",
        detail={"cycle": cycle, **moved},
    )
    return True
