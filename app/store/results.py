"""Persist what a review cycle produced, idempotently (re-running is harmless)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any, TypeAlias

from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent.models import (
    CycleResult,
    CycleStatus,
    DraftStatus,
    Label,
    ReviewAction,
    ReviewKind,
    ReviewStatus,
)
from app.store.audit import audit_event, record_event, record_events
from app.store.tables import (
    ClassificationRow,
    DecisionRow,
    DraftRow,
    LedgerRow,
    PacketRow,
    ReviewRow,
    ThreadRow,
    cycle_row,
    utcnow,
)
from connectors.ports import SavedDraft

# More store writes that must commit with a cycle's result (or not at all).
AlsoInTransaction: TypeAlias = "Callable[[Session, CycleResult], None]"


def persist_cycle(session: Session, *, result: CycleResult, graph_thread_id: str) -> None:
    # No row written here is read back here (a new review's id comes from its own flush):
    # the writes go out together at the next flush, not one flush per statement.
    with session.no_autoflush:
        _persist(session, result, graph_thread_id)


def _persist(session: Session, result: CycleResult, graph_thread_id: str) -> None:
    key, cycle = result.thread_key, result.cycle
    _upsert_classification(session, result)
    owner = _upsert_packet(session, result)
    _upsert_draft(session, result)
    review = _upsert_review(session, result, graph_thread_id)
    thread = session.get(ThreadRow, key)
    if thread is not None:
        if thread.cycle == cycle:  # the queue's owner filter reads the current cycle's (0012)
            thread.next_action_owner = owner
        thread.label = result.classification.label
        thread.opportunity_id = result.link.opportunity_id
        thread.status = CycleStatus.DONE if result.finished else CycleStatus.PENDING_REVIEW
        thread.updated_at = utcnow()
        session.add(thread)
    classified = audit_event(
        actor="podesk",
        action="classified",
        subject=key,
        event_key=f"classified:{key}:{cycle}",
        detail={
            "cycle": cycle,
            "label": result.classification.label,
            "reasons": [r.value for r in result.classification.reasons],
            "opportunity_id": result.link.opportunity_id,
        },
    )
    drafted = audit_event(
        actor="podesk",
        action="drafted",
        subject=key,
        # One event per distinct draft: a regenerated draft (reviewer feedback) is audited too.
        event_key=f"drafted:{key}:{cycle}:{hash_text(result.customer_draft.text)}",
        detail={
            "cycle": cycle,
            "status": result.customer_draft.status,
            "suppression_reasons": list(result.customer_draft.suppression_reasons),
            "written_by": result.customer_draft.written_by,
            "model": {
                "calls": result.model_calls,
                "prompt_tokens": result.model_prompt_tokens,
                "completion_tokens": result.model_completion_tokens,
                "latency_ms": round(result.model_latency_ms, 1),
                "fallback": result.model_fallback,
            },
        },
    )
    record_events(session, [classified, drafted])  # in this order, in one statement
    if result.decision is not None and review is not None:
        _record_decision(session, result, review)
    if result.saved_location is not None:
        record_event(
            session,
            actor=result.decision.reviewer if result.decision else "podesk",
            action="draft_saved",
            subject=key,
            event_key=f"saved:{result.saved_key}",
            detail={
                "cycle": cycle,
                "location": result.saved_location,
                "idempotency_key": result.saved_key,
            },
        )


def _one(session: Session, model: Any, result: CycleResult) -> Any:
    return cycle_row(session, model, thread_key=result.thread_key, cycle=result.cycle)


def _upsert_classification(session: Session, result: CycleResult) -> None:
    row = _one(session, ClassificationRow, result) or ClassificationRow(
        thread_key=result.thread_key, cycle=result.cycle, label=result.classification.label
    )
    c, link = result.classification, result.link
    row.label, row.reasons = c.label, [r.value for r in c.reasons]
    row.evidence, row.classified_by = list(c.evidence), c.classified_by
    row.opportunity_id, row.link_method = link.opportunity_id, link.method
    row.link_confidence = link.confidence
    row.extracted = result.extraction.model_dump(mode="json")
    session.add(row)


def _upsert_packet(session: Session, result: CycleResult) -> str | None:
    """Store the cycle's packet; returns its next-action owner as stored (lower case)."""
    row = _one(session, PacketRow, result) or PacketRow(
        thread_key=result.thread_key, cycle=result.cycle
    )
    row.opportunity_id = result.link.opportunity_id
    row.data = result.packet.model_dump(mode="json")
    owner = result.packet.next_action_owner.value  # stored for the queue's filter (0011)
    owner = ", ".join(owner) if isinstance(owner, tuple) else owner
    row.next_action_owner = owner.lower() if owner else None
    row.internal_note = result.internal_note
    row.updated_at = utcnow()
    session.add(row)
    return row.next_action_owner


def _upsert_draft(session: Session, result: CycleResult) -> None:
    row = _one(session, DraftRow, result) or DraftRow(
        thread_key=result.thread_key, cycle=result.cycle, status=DraftStatus.NONE
    )
    draft = result.customer_draft
    row.status = draft.status
    if result.saved_location is not None:
        row.status = DraftStatus.SAVED
    elif result.decision is not None and result.decision.action == ReviewAction.IGNORE:
        row.status = DraftStatus.IGNORED
    row.text, row.written_by = draft.text, draft.written_by
    if draft.written_by != "reviewer":  # the reviewer's diff is against this (console)
        row.generated_text = draft.text
    row.suppression_reasons = list(draft.suppression_reasons)
    row.location, row.idempotency_key = result.saved_location, result.saved_key
    row.web_link = result.saved_web_link
    row.updated_at = utcnow()
    session.add(row)


def _upsert_review(session: Session, result: CycleResult, graph_thread_id: str) -> ReviewRow | None:
    if result.classification.label == Label.NOT_PO_RELATED:
        return None
    row: ReviewRow | None = _one(session, ReviewRow, result)
    if row is None:
        kind = (
            ReviewKind.CUSTOMER_DRAFT
            if result.packet.message_boundary.customer_reply_allowed
            else ReviewKind.EXCEPTION
        )
        row = ReviewRow(
            thread_key=result.thread_key,
            cycle=result.cycle,
            graph_thread_id=graph_thread_id,
            kind=kind,
        )
        session.add(row)
        session.flush()
    if result.finished and row.status == ReviewStatus.PENDING:
        row.status = ReviewStatus.DECIDED
        row.decided_at = utcnow()
    elif not result.finished and row.status == ReviewStatus.DECIDED:
        # The graph waits at the review again: a crash had this review closed too early
        # (app/store/recovery.py). Superseded reviews stay closed.
        row.status, row.decided_at = ReviewStatus.PENDING, None
    if result.decision is not None and result.review_error is None:
        row.decision, row.reviewer = result.decision.action, result.decision.reviewer
    session.add(row)
    return row


def _record_decision(session: Session, result: CycleResult, review: ReviewRow) -> None:
    decision = result.decision
    assert decision is not None and review.id is not None
    refused = result.review_error is not None  # e.g. an edit the boundary refused
    detail: dict[str, Any] = {"cycle": result.cycle, "review_id": review.id, "text": decision.text}
    if refused:
        detail["refused"] = result.review_error
    fresh = record_event(
        session,
        actor=decision.reviewer,
        action=f"review_{decision.action}" + ("_refused" if refused else ""),
        subject=result.thread_key,
        event_key=f"decision:{review.id}:{decision.action}:{refused}:{hash_text(decision.text)}",
        detail=detail,
    )
    if fresh and not refused:
        session.add(
            DecisionRow(
                review_id=review.id,
                action=decision.action,
                reviewer=decision.reviewer,
                text=decision.text,
            )
        )


def record_failure(
    engine: Engine, *, thread_key: str, cycle: int, error: str, action: str = "cycle_failed"
) -> None:
    """Audit a cycle that failed (or was restarted); ``error`` is scrubbed already."""
    with Session(engine) as session:
        record_event(
            session,
            actor="podesk",
            action=action,
            subject=thread_key,
            event_key=f"{action.removeprefix('cycle_')}:{thread_key}:{cycle}:{hash_text(error)}",
            detail={"cycle": cycle, "error": error},
        )
        session.commit()


def hash_text(text: str | None) -> str:
    return hashlib.sha256((text or "").encode()).hexdigest()[:16]


class StoreLedger:
    """The side-effect ledger on the database; each call commits on its own."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, idempotency_key: str) -> SavedDraft | None:
        with Session(self.engine) as session:
            row = session.get(LedgerRow, idempotency_key)
            if row is None:
                return None
            return SavedDraft(
                idempotency_key=row.idempotency_key,
                location=row.location,
                created=False,
                web_link=row.web_link,
            )

    def record(self, saved: SavedDraft, *, thread_key: str, kind: str) -> None:
        with Session(self.engine) as session:
            if session.get(LedgerRow, saved.idempotency_key) is None:
                session.add(
                    LedgerRow(
                        idempotency_key=saved.idempotency_key,
                        kind=kind,
                        thread_key=thread_key,
                        location=saved.location,
                        web_link=saved.web_link,
                    )
                )
                session.commit()


class StoreRecorder:
    def __init__(self, engine: Engine, graph_thread_id: str) -> None:
        self.engine = engine
        self.graph_thread_id = graph_thread_id

    def record_outcome(self, result: CycleResult) -> None:
        with Session(self.engine) as session:
            persist_cycle(session, result=result, graph_thread_id=self.graph_thread_id)
            session.commit()
