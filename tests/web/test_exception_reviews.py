"""Deal desk acknowledging the exception reviews they own (issue 10): the owner may accept
(acknowledge) one, not ignore it; deal desk who do not own it, and sales ops, may not; a
manager may decide any. The owner is the exception's (web.roles.may_decide, one place)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session

from agent.models import ReviewKind
from app.decisions import draft_fingerprint
from app.store import queries
from app.store.exception_list import find_exception
from app.store.users import Role
from tests.web.conftest import csrf_of, email_of, sign_in

DESK = email_of(Role.DEAL_DESK)


def _exception_review(web: TestClient) -> queries.ReviewDetail:
    """A pending exception review about a deal exception, with the console's record unset."""
    with Session(web.app.state.engine) as session:  # type: ignore[attr-defined]
        for review in queries.list_reviews(session, status="pending"):
            detail = queries.get_review(session, review_id=review.id)
            item = find_exception(session, key=f"review:{review.id}")
            if detail.kind == ReviewKind.EXCEPTION and item is not None and item.version == 0:
                assert (item.owner or "").lower() != DESK  # nobody signs in as its owner yet
                return detail
    raise AssertionError("the sample data has no pending exception review")


def _assign(web: TestClient, review_id: int, owner: str) -> None:
    """A manager makes ``owner`` the exception's owner, as /exceptions does."""
    manager = TestClient(web.app)
    assert sign_in(manager, Role.MANAGER) == 303
    data = {"csrf_token": csrf_of(manager), "key": f"review:{review_id}", "version": "0"}
    answer = manager.post("/exceptions/assign", data=data | {"owner": owner})
    assert answer.status_code == 200 and "Owner assigned" in answer.text


def _decide(web: TestClient, review: queries.ReviewDetail, action: str) -> int:
    data = {
        "csrf_token": csrf_of(web),
        "action": action,
        "seen_draft": draft_fingerprint(review.draft_text),
    }
    answer = web.post(f"/reviews/{review.id}/decision", data=data, follow_redirects=False)
    return answer.status_code


def _status(web: TestClient, review_id: int) -> str:
    with Session(web.app.state.engine) as session:  # type: ignore[attr-defined]
        return queries.get_review(session, review_id=review_id).status


def test_deal_desk_acknowledges_an_exception_review_they_own(web: TestClient) -> None:
    review = _exception_review(web)
    _assign(web, review.id, DESK)
    assert sign_in(web, Role.DEAL_DESK) == 303
    page = web.get(f"/reviews/{review.id}").text
    assert 'value="accept"' in page and 'value="ignore"' not in page  # acknowledge only
    assert _decide(web, review, "ignore") == 403
    assert _status(web, review.id) == "pending"
    assert _decide(web, review, "accept") == 303
    with Session(web.app.state.engine) as session:  # type: ignore[attr-defined]
        decided = queries.get_review(session, review_id=review.id)
    assert decided.status != "pending" and decided.reviewer == DESK


def test_deal_desk_who_do_not_own_it_may_not(web: TestClient) -> None:
    review = _exception_review(web)
    _assign(web, review.id, "someone.else@example.com")
    assert sign_in(web, Role.DEAL_DESK) == 303
    page = web.get(f"/reviews/{review.id}").text
    assert 'value="accept"' not in page and "acknowledged by its owner" in page
    assert _decide(web, review, "accept") == 403
    assert _status(web, review.id) == "pending"


def test_sales_ops_may_not_and_a_manager_may(web: TestClient) -> None:
    review = _exception_review(web)
    _assign(web, review.id, email_of(Role.SALES_OPS))  # owning it is no deal-desk role
    assert sign_in(web, Role.SALES_OPS) == 303
    assert _decide(web, review, "accept") == 403
    assert _status(web, review.id) == "pending"
    manager = TestClient(web.app)
    assert sign_in(manager, Role.MANAGER) == 303
    assert _decide(manager, review, "ignore") == 303  # a manager decides any, any way
    assert _status(web, review.id) != "pending"
