"""The review page's live boundary check (POST /reviews/{id}/check), its diff against the
generated draft, the conversation's collapsed history and the previous/next links."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.store import queries
from app.store.conversation import thread_messages
from app.store.neighbours import queue_neighbours
from app.store.users import Role
from tests.web.conftest import Markup, csrf_of, sign_in

PROMISE = "We will ship the order tomorrow."


def _store(web: TestClient) -> Session:
    return Session(web.app.state.engine)  # type: ignore[attr-defined]


def _draft(web: TestClient, draft_status: str = "pending_review") -> queries.ReviewDetail:
    with _store(web) as session:
        for review in queries.list_reviews(session, status="pending"):
            detail = queries.get_review(session, review_id=review.id)
            if detail.kind == "customer_draft" and detail.draft_status == draft_status:
                return detail
    raise AssertionError(f"no pending customer draft that is {draft_status}")


def _check(web: TestClient, review_id: int, text: str, csrf: str | None = None) -> tuple[int, str]:
    headers = {"X-CSRF-Token": csrf_of(web) if csrf is None else csrf, "HX-Request": "true"}
    answer = web.post(f"/reviews/{review_id}/check", data={"draft_text": text}, headers=headers)
    return answer.status_code, answer.text


def test_a_refused_sentence_is_named_with_its_reason(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review = _draft(web)
    code, fragment = _check(web, review.id, f"Thank you for your order. {PROMISE}")
    assert code == 200 and "<html" not in fragment
    assert f'<q class="offending">{PROMISE}</q>' in fragment
    assert "promises delivery, shipment" in fragment  # the grammar's reason, as the CLI says it
    assert "No problems found" not in fragment
    assert 'id="draft-diff" hx-swap-oob="true"' in fragment  # the diff comes along


def test_allowed_text_has_no_problems_and_its_diff_marks_the_inserted_word(
    web: TestClient,
) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review = _draft(web)
    assert review.draft_text and review.generated_text == review.draft_text
    code, fragment = _check(web, review.id, review.draft_text + " Zebra")
    assert code == 200 and "No problems found." in fragment
    assert re.search(r"<ins>\s*Zebra</ins>", fragment)
    unchanged = _check(web, review.id, review.draft_text)[1]
    assert "No changes from the generated draft." in unchanged and "<ins>" not in unchanged


def test_the_diff_is_escaped_text(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review = _draft(web)
    fragment = _check(web, review.id, "<b onclick=x>Hi</b>")[1]
    assert "&lt;b onclick=x&gt;" in fragment
    assert Markup(fragment).unsafe() == []


def test_the_check_is_refused_to_a_role_that_may_not_decide(web: TestClient) -> None:
    review = _draft(web)
    assert sign_in(web, Role.DEAL_DESK) == 303  # a draft that is not held: sales ops decide
    assert _check(web, review.id, "Hello.")[0] == 403
    web.cookies.clear()
    assert sign_in(web, Role.ADMIN) == 303
    assert _check(web, review.id, "Hello.")[0] == 403


def test_the_check_needs_the_csrf_token(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review = _draft(web)
    assert _check(web, review.id, "Hello.", csrf="forged")[0] == 403
    answer = web.post(f"/reviews/{review.id}/check", data={"draft_text": "Hello."})
    assert answer.status_code == 403 and "security token" in answer.text


def test_the_page_checks_and_diffs_a_saved_edit_against_the_generated_draft(
    web: TestClient,
) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review = _draft(web)
    assert review.draft_text
    page = web.get(f"/reviews/{review.id}").text
    seen = re.search(r'name="seen_draft" value="([^"]+)"', page)
    assert seen and 'role="status"' in page and "No problems found." in page
    edited = review.draft_text + " Kind regards, Rita"
    data = {"csrf_token": csrf_of(web), "seen_draft": seen.group(1), "action": "edit"}
    answer = web.post(f"/reviews/{review.id}/decision", data=data | {"draft_text": edited})
    assert answer.status_code == 200  # followed to the page
    with _store(web) as session:
        saved = queries.get_review(session, review_id=review.id)
    assert saved.draft_text == edited and saved.generated_text == review.draft_text
    assert re.search(r"<ins>.*Rita\s*</ins>", answer.text)  # the edit stays marked


def test_quoted_history_is_collapsed_and_neighbours_are_plain_links(web: TestClient) -> None:
    assert sign_in(web, Role.MANAGER) == 303
    with _store(web) as session:
        for review in queries.list_reviews(session, status=None):
            messages = thread_messages(session, thread_key=review.thread_key)
            quoted = next((m for m in messages if m.quoted), None)
            if quoted is not None:
                break
        else:
            raise AssertionError("no stored message quotes history")
        previous, following = queue_neighbours(session, review_id=review.id)
    assert quoted.quoted not in quoted.new_text
    page = web.get(f"/reviews/{review.id}").text
    assert '<details class="quoted"><summary>Quoted history</summary>' in page
    assert previous or following
    for rel, target in (("prev", previous), ("next", following)):
        if target is not None:
            assert f'rel="{rel}" href="/reviews/{target}"' in page


def test_previous_and_next_follow_the_queue_order(web: TestClient) -> None:
    with _store(web) as session:
        ordered = [i.review_id for i in queries.list_queue(session) if i.review_id is not None]
        middle = ordered[len(ordered) // 2]
        at = ordered.index(middle)
        assert queue_neighbours(session, review_id=middle) == (ordered[at - 1], ordered[at + 1])
        assert queue_neighbours(session, review_id=ordered[0])[0] is None
        assert queue_neighbours(session, review_id=ordered[-1])[1] is None


def test_the_page_has_a_plain_title_and_one_help_dialog(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review = _draft(web)
    page = web.get(f"/reviews/{review.id}").text
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title == f"Review {review.id} · PO Desk"
    assert page.count('id="shortcuts"') == 1
    assert page.count('src="/static/review.js"') == 1
