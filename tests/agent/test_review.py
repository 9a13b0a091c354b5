"""Reading reviewer answers: only a well-formed, allowed answer becomes a decision."""

from __future__ import annotations

from typing import Any

import pytest

from agent.errors import ReviewStateError
from agent.review import idempotency_key, parse_response

ALL = {"allow_accept": True, "allow_edit": True, "allow_respond": True, "allow_ignore": True}
NO_EDIT = {**ALL, "allow_edit": False, "allow_respond": False}


@pytest.mark.parametrize(
    ("answer", "action", "text"),
    [
        ({"type": "accept"}, "accept", None),
        ([{"type": "ignore", "args": None}], "ignore", None),
        ({"type": "edit", "args": "New text"}, "edit", "New text"),
        ({"type": "edit", "args": {"action": "x", "args": {"draft": "New"}}}, "edit", "New"),
        ({"type": "response", "args": "Ask for the W-9"}, "response", "Ask for the W-9"),
    ],
)
def test_valid_answers(answer: Any, action: str, text: str | None) -> None:
    decision = parse_response(answer, default_reviewer="rita", config=ALL)
    assert (decision.action, decision.text, decision.reviewer) == (action, text, "rita")


@pytest.mark.parametrize(
    "answer",
    [
        None,
        "accept",
        {"type": "approve"},
        {"type": "edit"},
        {"type": "edit", "args": "  "},
        {"type": "response", "args": None},
        [{"type": "accept"}, {"type": "accept"}],
    ],
)
def test_malformed_answers_are_refused(answer: Any) -> None:
    with pytest.raises(ReviewStateError):
        parse_response(answer, default_reviewer="rita", config=ALL)


def test_an_answer_the_review_does_not_allow_is_refused() -> None:
    with pytest.raises(ReviewStateError, match="not allowed"):
        parse_response({"type": "edit", "args": "x"}, default_reviewer="r", config=NO_EDIT)


def test_reviewer_named_in_the_answer_wins() -> None:
    decision = parse_response(
        {"type": "accept", "reviewer": "sam"}, default_reviewer="r", config=ALL
    )
    assert decision.reviewer == "sam"


def test_idempotency_key_is_stable_and_depends_on_thread_cycle_and_text() -> None:
    key = idempotency_key("t1", 1, "Hello")
    assert key == idempotency_key("t1", 1, "Hello")
    assert (
        len(
            {
                key,
                idempotency_key("t1", 2, "Hello"),
                idempotency_key("t2", 1, "Hello"),
                idempotency_key("t1", 1, "Hello!"),
            }
        )
        == 4
    )
