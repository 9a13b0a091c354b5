"""Routers: pure functions of state, returning the next node's name."""

from __future__ import annotations

from typing import Literal

from graph.state import PoState


def after_hold(state: PoState) -> Literal["review", "save_draft", "record"]:
    assert state.classification is not None and state.customer_draft is not None
    if state.classification.label == "not_po_related":
        return "record"
    decision = state.decision
    if decision is not None and decision.action == "edit" and state.review_error is None:
        # An edit that passes goes straight to saving; a refused or held one back to review.
        return "save_draft" if state.customer_draft.status == "pending_review" else "review"
    return "review"


def after_review(
    state: PoState,
) -> Literal["review", "draft", "check_boundary", "save_draft", "record"]:
    if state.review_error is not None:
        return "review"  # the answer was refused: ask again, showing why
    decision = state.decision
    assert decision is not None and state.customer_draft is not None
    if decision.action == "response":
        return "draft"
    if decision.action == "edit":
        return "check_boundary"
    if decision.action == "accept" and state.customer_draft.status in ("pending_review", "held"):
        return "save_draft"  # held: the review node let only its owner or a manager accept
    return "record"  # ignore, or acknowledging a packet that has no customer draft


def after_save(state: PoState) -> Literal["record", "review"]:
    return "record" if state.saved is not None else "review"
