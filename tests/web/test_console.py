"""The pages and decisions on the synced sample store, through the real runner."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.settings import Settings
from app.store import audit, queries
from app.store.queue_filter import QueueFilter
from app.store.users import Role
from tests.web.conftest import Markup, csrf_of, email_of, sign_in


def _store(web: TestClient) -> Session:
    return Session(web.app.state.engine)  # type: ignore[attr-defined]


def _review(web: TestClient, draft_status: str, kind: str = "customer_draft") -> int:
    with _store(web) as session:
        for review in queries.list_reviews(session, status="pending"):
            detail = queries.get_review(session, review_id=review.id)
            if detail.kind == kind and detail.draft_status == draft_status:
                return review.id
    raise AssertionError(f"no pending {kind} with a {draft_status} draft")


def _hostile(web: TestClient) -> queries.QueueItemPublic:
    with _store(web) as session:
        (item,) = queries.list_queue(session, narrow=QueueFilter(text="<script>"))
    return item


def _decide(web: TestClient, review_id: int, action: str, **form: str) -> tuple[int, str]:
    page = web.get(f"/reviews/{review_id}").text
    seen = re.search(r'name="seen_draft" value="([^"]+)"', page)
    assert seen is not None, "the page offers no decision"
    data = {"csrf_token": csrf_of(web), "seen_draft": seen.group(1), "action": action, **form}
    answer = web.post(f"/reviews/{review_id}/decision", data=data, follow_redirects=False)
    return answer.status_code, answer.text


def test_the_queue_filters_and_counts_in_the_store(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    page = web.get("/queue").text
    assert "<caption>Classification queue</caption>" in page
    with _store(web) as session:
        total = queries.count_queue(session)
        exceptions = queries.count_queue(session, label="deal_exception")
        held = queries.count_queue(session, narrow=QueueFilter(status="held"))
    assert f"of {total}" in page and f"exception: {exceptions}" in page
    only = web.get("/queue?label=deal_exception").text
    assert f"1–{exceptions} of {exceptions}" in only and "routine</td>" not in only
    assert f"of {held}<" in web.get("/queue?status=held").text and held >= 1
    found = web.get("/queue?q=4500012871&owner=northwindcloud").text
    assert "Purchase Order 4500012871" in found
    assert "Nothing matches these filters." in web.get("/queue?q=no-such-thing-at-all").text
    partial = web.get("/queue?label=routine_follow_up", headers={"HX-Request": "true"}).text
    assert partial.startswith('<div id="queue-table"') and "<html" not in partial


def test_the_csv_export_is_the_filtered_queue_without_formulas(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    answer = web.get("/queue.csv?label=deal_exception")
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    with _store(web) as session:
        assert len(rows) == queries.count_queue(session, label="deal_exception")
    assert {r["label"] for r in rows} == {"deal_exception"}
    assert all(not r["subject"].startswith(("=", "+", "-", "@")) for r in rows)


def test_a_review_shows_packet_sources_conversation_and_note(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review_id = _review(web, "pending_review")
    page = web.get(f"/reviews/{review_id}").text
    for anchor, region in (
        ("packet", "Packet"),
        ("conversation", "Conversation"),
        ("note", "Internal note"),
    ):
        assert f'<section aria-labelledby="{anchor}-h">' in page
        assert f'<h2 id="{anchor}-h">{region}</h2>' in page
    assert "opportunities.csv:" in page  # each packet field names its source
    assert '<label for="draft_text">Customer draft</label>' in page
    for button in ("Accept", "Save edit", "Ignore", "Send back"):
        assert f">{button}</button>" in page
    assert '<label for="feedback">Feedback</label>' in page


def test_mail_is_shown_as_text_never_as_markup(web: TestClient) -> None:
    assert sign_in(web, Role.MANAGER) == 303
    item = _hostile(web)
    assert item.review_id is not None
    for path in ("/queue", f"/reviews/{item.review_id}"):
        html = web.get(path).text
        assert Markup(html).unsafe() == [], path
        assert "&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;" in html
    review = web.get(f"/reviews/{item.review_id}").text
    assert "&lt;img src=x onerror=alert(&#39;file&#39;)&gt;.pdf" in review  # attachment name
    assert "javascript:alert(&#39;link&#39;)" in review  # as text, in no href


def test_accept_saves_the_draft_once_and_a_second_decision_is_told_who_won(
    web: TestClient, settings: Settings
) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review_id = _review(web, "pending_review")
    page = web.get(f"/reviews/{review_id}").text
    stale = re.search(r'name="seen_draft" value="([^"]+)"', page)
    assert stale is not None
    code, _ = _decide(web, review_id, "accept")
    assert code == 303
    with _store(web) as session:
        detail = queries.get_review(session, review_id=review_id)
        events = audit.page_events(session, actor=email_of(Role.SALES_OPS))
    assert detail.status == "decided" and detail.reviewer == email_of(Role.SALES_OPS)
    saved = Path(detail.saved_location or "")
    assert saved.parent == Path(str(settings.mailbox)) / "Drafts" and saved.is_file()
    assert sorted(e.action for e in events) == ["draft_saved", "review_accept"]
    done = web.get(f"/reviews/{review_id}?done=accept").text
    assert "Accepted." in done and saved.name in done
    again = {"csrf_token": csrf_of(web), "seen_draft": stale.group(1), "action": "ignore"}
    answer = web.post(f"/reviews/{review_id}/decision", data=again)
    assert answer.status_code == 409
    assert f"accept by {email_of(Role.SALES_OPS)} at" in answer.text
    assert len(list(saved.parent.iterdir())) == 1  # nothing saved twice


def test_a_held_draft_is_not_sales_ops_to_decide(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review_id = _review(web, "held")
    page = web.get(f"/reviews/{review_id}").text
    assert "released by its exception's owner or a manager" in page
    assert ">Accept</button>" not in page
    data = {"csrf_token": csrf_of(web), "seen_draft": "x", "action": "accept"}
    assert web.post(f"/reviews/{review_id}/decision", data=data).status_code == 403


def test_deal_desk_who_owns_no_exception_is_refused_by_the_runner(web: TestClient) -> None:
    assert sign_in(web, Role.DEAL_DESK) == 303
    review_id = _review(web, "held")
    code, text = _decide(web, review_id, "accept")
    assert code == 422 and "may" in text  # the runner's refusal, shown; still pending
    with _store(web) as session:
        assert queries.get_review(session, review_id=review_id).status == "pending"


def test_a_manager_releases_a_held_draft(web: TestClient) -> None:
    assert sign_in(web, Role.MANAGER) == 303
    review_id = _review(web, "held")
    assert _decide(web, review_id, "accept")[0] == 303
    with _store(web) as session:
        detail = queries.get_review(session, review_id=review_id)
    assert detail.status == "decided" and detail.draft_status == "saved"


def test_an_edit_the_boundary_refuses_changes_nothing(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review_id = _review(web, "pending_review")
    promise = "Thanks. We will activate your subscription on Monday and ship the order tomorrow."
    code, text = _decide(web, review_id, "edit", draft_text=promise)
    assert code == 422 and "activate" in text  # the offending sentence, kept in the textbox
    with _store(web) as session:
        detail = queries.get_review(session, review_id=review_id)
    assert detail.status == "pending" and detail.draft_text != promise


def test_send_back_needs_feedback_and_regenerates_the_draft(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    review_id = _review(web, "pending_review")
    assert _decide(web, review_id, "response", feedback="  ")[0] == 422
    assert _decide(web, review_id, "response", feedback="more formal")[0] == 303
    with _store(web) as session:
        detail = queries.get_review(session, review_id=review_id)
        events = audit.page_events(session, action="review_response")
    assert detail.status == "pending" and "more formal" in detail.internal_note
    assert [e.actor for e in events] == [email_of(Role.SALES_OPS)]


def test_the_audit_log_filters_by_actor_and_action(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    assert _decide(web, _review(web, "pending_review"), "ignore")[0] == 303
    web.cookies.clear()
    assert sign_in(web, Role.MANAGER) == 303
    page = web.get("/audit", params={"actor": email_of(Role.SALES_OPS)}).text
    assert "<caption>Audit log</caption>" in page and "review_ignore" in page
    assert "Nothing recorded for this filter." in web.get("/audit?actor=nobody").text
    rows = web.get("/audit?action=cycle_failed").text.split("<tbody>")[1]
    assert "review_ignore" not in rows


def test_the_audit_log_filters_by_thread(web: TestClient) -> None:
    """One thread's history: only its events, every row linking to its own thread's."""
    assert sign_in(web, Role.MANAGER) == 303
    with _store(web) as session:
        review = queries.get_review(session, review_id=_review(web, "pending_review"))
        everything = audit.page_events(session, limit=10_000)
    key = review.thread_key
    ours = [e for e in everything if e.subject == key]
    assert ours and len(ours) < len(everything)  # the filter has something to leave out
    rows = web.get("/audit", params={"thread": key}).text.split("<tbody>")[1]
    assert rows.count("<tr>") == len(ours)
    assert rows.count(f'href="/audit?thread={key}"') == len(ours)
    assert "Nothing recorded for this filter." in web.get("/audit?thread=no-such").text


def test_the_queue_filters_by_reason_code_in_the_store(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    with _store(web) as session:
        every = queries.list_queue(session)
        by_reason = QueueFilter(reason="exception.price_change")
        narrowed = queries.list_queue(session, narrow=by_reason)
        counted = queries.count_queue(session, narrow=by_reason)
    expected = [i.thread_key for i in every if "exception.price_change" in i.reasons]
    assert [i.thread_key for i in narrowed] == expected and counted == len(expected) >= 1
    page = web.get("/queue?reason=exception.price_change").text
    assert f"1–{len(expected)} of {len(expected)}" in page
    # A code that is a prefix of another is not matched by it (the code in quotes).
    with _store(web) as session:
        assert queries.count_queue(session, narrow=QueueFilter(reason="exception.price")) == 0
    # A value that is no reason code narrows nothing, as for the other filters.
    assert f"of {len(every)}<" in web.get("/queue?reason=not-a-reason").text
