"""Relabel and relink on /reviews/{id}: sales ops only, a reason required, CSRF checked; the
browser goes on to the thread's new review, and the old one answers 409."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.store import audit, queries
from app.store.corrections import CorrectionRow
from app.store.users import Role
from tests.web.conftest import csrf_of, email_of, sign_in


def _store(web: TestClient) -> Session:
    return Session(web.app.state.engine)  # type: ignore[attr-defined]


def _routine_review(web: TestClient) -> queries.ReviewDetail:
    with _store(web) as session:
        for review in queries.list_reviews(session, status="pending"):
            detail = queries.get_review(session, review_id=review.id)
            if detail.draft_status == "pending_review" and detail.opportunity_id:
                return detail
    raise AssertionError("the sample data has no pending routine draft")


def test_sales_ops_relabel_goes_to_the_new_review_and_the_old_one_answers_409(
    web: TestClient,
) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    old = _routine_review(web)
    page = web.get(f"/reviews/{old.id}").text
    assert f'action="/reviews/{old.id}/relabel"' in page and ">Relink</button>" in page
    seen = re.search(r'name="seen_draft" value="([^"]+)"', page)
    assert seen is not None
    form = {"csrf_token": csrf_of(web), "label": "deal_exception", "reason": "asks for net 60"}
    answer = web.post(f"/reviews/{old.id}/relabel", data=form, follow_redirects=False)
    assert answer.status_code == 303, answer.text[:300]
    new_id = int(re.fullmatch(r"/reviews/(\d+)\?done=relabel", answer.headers["location"])[1])  # type: ignore[index]
    assert new_id != old.id
    new_page = web.get(answer.headers["location"]).text
    assert "Relabelled" in new_page and "asks for net 60" in new_page  # the internal note
    assert "(corrected)" in web.get("/queue?label=deal_exception").text
    stale = {"csrf_token": csrf_of(web), "seen_draft": seen.group(1), "action": "accept"}
    refused = web.post(f"/reviews/{old.id}/decision", data=stale)
    assert refused.status_code == 409
    assert f"relabelled by {email_of(Role.SALES_OPS)}" in refused.text
    again = {"csrf_token": csrf_of(web), "label": "not_po_related", "reason": "stale page"}
    moved_on = web.post(f"/reviews/{old.id}/relabel", data=again)
    assert moved_on.status_code == 409 and "changed meanwhile" in moved_on.text
    with _store(web) as session:
        events = audit.page_events(session, action="relabelled")
        assert [(e.actor, e.subject) for e in events] == [
            (email_of(Role.SALES_OPS), old.thread_key)
        ]
        assert queries.get_review(session, review_id=old.id).status == "superseded"


def test_a_correction_needs_a_reason_a_known_deal_and_a_token(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review = _routine_review(web)
    token = csrf_of(web)
    url = f"/reviews/{review.id}"
    no_reason = web.post(f"{url}/relabel", data={"csrf_token": token, "label": "deal_exception"})
    assert no_reason.status_code == 422 and "needs a reason" in no_reason.text
    unknown = {"csrf_token": token, "opportunity": "OPP-9999", "reason": "theirs"}
    answer = web.post(f"{url}/relink", data=unknown)
    assert answer.status_code == 422 and "unknown opportunity" in answer.text
    same = {"csrf_token": token, "label": "routine_follow_up", "reason": "x"}
    assert web.post(f"{url}/relabel", data=same).status_code == 422
    forged = {"label": "deal_exception", "reason": "no token"}
    assert web.post(f"{url}/relabel", data=forged).status_code == 403
    with _store(web) as session:
        assert not session.exec(select(CorrectionRow)).all()
        assert queries.get_review(session, review_id=review.id).status == "pending"


def test_only_sales_ops_see_and_use_the_correction_forms(web: TestClient) -> None:
    assert sign_in(web, Role.DEAL_DESK) == 303
    review = _routine_review(web)
    page = web.get(f"/reviews/{review.id}").text
    assert "Relabel" not in page and "/relink" not in page
    form = {"csrf_token": csrf_of(web), "label": "deal_exception", "reason": "mine"}
    assert web.post(f"/reviews/{review.id}/relabel", data=form).status_code == 403
