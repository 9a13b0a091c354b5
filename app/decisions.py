"""A reviewer's decision from the console: the CLI's path (wiring -> Runner.decide), made safe
for several people looking at the same review.

A person decides on what they saw. Under the thread's lock (the one the runner takes, so
the check and the decision are one step) the review must still be pending and its customer
draft still the one they read; otherwise nothing happens and they learn who decided and when.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from agent.errors import ConflictError, NotFoundError, ReviewStateError
from app.settings import Settings
from app.store.corrections import superseded_note
from app.store.tables import DecisionRow, DraftRow, ReviewRow, cycle_row
from app.wiring import open_app


class AlreadyDecided(ConflictError):
    """Someone else decided this review (or sent its draft back) since the reviewer opened it."""

    def __init__(self, message: str, *, reviewer: str | None, at: datetime | None) -> None:
        super().__init__(message)
        self.reviewer, self.at = reviewer, at


def draft_fingerprint(text: str | None) -> str:
    """What the review page sends back with a decision: the draft the reviewer read."""
    return hashlib.sha256((text or "").encode()).hexdigest()[:16]


def decide_review(
    settings: Settings,
    *,
    review_id: int,
    answer: dict[str, Any],
    reviewer: str,
    seen_draft: str,
    manager: bool = False,
) -> ReviewRow:
    """Apply ``answer`` as ``reviewer``; ``manager`` counts them among PODESK_MANAGERS (who may
    release a held draft). Raises AlreadyDecided, or ReviewStateError as the CLI does."""
    if manager:
        settings = settings.model_copy(
            update={"managers": (*settings.managers, reviewer.strip().lower())}
        )
    with open_app(settings) as podesk:
        key = _thread_key(podesk.engine, review_id)
        with podesk.runner.context.thread_lock(key):
            _still_as_seen(podesk.engine, review_id, seen_draft)
            try:
                return podesk.runner.decide(review_id, {**answer, "reviewer": reviewer})
            except ReviewStateError:
                _still_as_seen(podesk.engine, review_id, seen_draft)  # decided meanwhile?
                raise


def _thread_key(engine: Engine, review_id: int) -> str:
    with Session(engine) as session:
        review = session.get(ReviewRow, review_id)
        if review is None:
            raise NotFoundError(f"no review with id {review_id}")
        return review.thread_key


def _still_as_seen(engine: Engine, review_id: int, seen_draft: str) -> None:
    with Session(engine) as session:
        review = session.get(ReviewRow, review_id)
        assert review is not None
        draft = cycle_row(session, DraftRow, thread_key=review.thread_key, cycle=review.cycle)
        current = draft_fingerprint(draft.text if draft else None)
        if review.status == "pending" and current == seen_draft:
            return
        last = session.exec(
            select(DecisionRow)
            .where(DecisionRow.review_id == review_id)
            .order_by(col(DecisionRow.id).desc())
        ).first()
        note = superseded_note(session, review=review)
    if note is not None:  # a person's correction opened the thread's next cycle
        raise AlreadyDecided(
            f"review {review_id} is superseded: {note}; open the thread's new review",
            reviewer=None,
            at=None,
        )
    who = last.reviewer if last else review.reviewer
    at = last.decided_at if last else review.decided_at
    what = f"is {review.status}" if review.status != "pending" else "has a new customer draft"
    raise AlreadyDecided(
        f"review {review_id} {what}: {last.action if last else 'decided'} by {who or 'someone'}"
        f"{f' at {at:%Y-%m-%d %H:%M} UTC' if at else ''}; reload it to see where it stands",
        reviewer=who,
        at=at,
    )
