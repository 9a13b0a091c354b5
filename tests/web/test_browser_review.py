"""The review page in a real browser: the live boundary check and diff as one types, the
keyboard shortcuts (static review.js under the strict CSP) and the collapsed quoted history.
The server and browser are tests/web/conftest.py's fixtures."""

from __future__ import annotations

import re
from typing import Any

from app.settings import Settings
from app.store.conversation import thread_messages
from app.store.neighbours import queue_neighbours
from app.store.queries import list_reviews
from app.store.users import Role
from tests.web import test_browser as tb

PROMISE = "We will ship the order tomorrow."


def _review_page(browser: Any, server: str, settings: Settings) -> tuple[Any, int]:
    review = tb._pending_draft(settings)
    page = tb._page(browser, server, Role.SALES_OPS)
    page.goto(f"/reviews/{review.id}")
    return page, review.id


def test_typing_shows_the_offending_sentence_and_the_inserted_word_live(
    browser: Any, server: str, settings: Settings
) -> None:
    page, _ = _review_page(browser, server, settings)
    status = page.get_by_role("status").filter(has_text="No problems found.")
    assert status.is_visible()  # the check of the generated draft, before any typing
    box = page.get_by_role("textbox", name="Customer draft")
    box.press("Control+End")
    box.press_sequentially(" Zebra")
    page.locator("#draft-diff ins", has_text="Zebra").wait_for()
    box.fill(box.input_value() + "\n" + PROMISE)
    offending = page.get_by_role("status").locator("q.offending", has_text=PROMISE)
    offending.wait_for()
    assert "promises delivery" in page.get_by_role("status").inner_text()
    page.screenshot(path=tb.SHOTS / "review-check.png", full_page=True)


def test_question_mark_shows_help_and_j_goes_to_the_next_review(
    browser: Any, server: str, settings: Settings
) -> None:
    page, review_id = _review_page(browser, server, settings)
    with tb._store(settings) as session:
        following = queue_neighbours(session, review_id=review_id)[1]
    assert following is not None
    help_dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    assert not help_dialog.is_visible()
    page.get_by_role("textbox", name="Customer draft").press("?")  # typing: not a shortcut
    assert not help_dialog.is_visible()
    page.locator("h1").click()
    page.keyboard.press("?")
    assert help_dialog.is_visible() and "accept" in help_dialog.inner_text()
    page.keyboard.press("Escape")
    assert not help_dialog.is_visible()
    page.keyboard.press("j")
    page.wait_for_url(re.compile(rf"/reviews/{following}$"))


def test_quoted_history_is_collapsed_by_default(
    browser: Any, server: str, settings: Settings
) -> None:
    with tb._store(settings) as session:
        review_id = next(
            r.id
            for r in list_reviews(session, status=None)
            if any(m.quoted for m in thread_messages(session, thread_key=r.thread_key))
        )
    page = tb._page(browser, server, Role.MANAGER)
    page.goto(f"/reviews/{review_id}")
    history = page.get_by_role("region", name="Conversation").locator("details.quoted").first
    assert history.get_by_text("Quoted history").is_visible()
    assert not history.locator("pre").is_visible()  # collapsed
    history.get_by_text("Quoted history").click()
    assert history.locator("pre").is_visible()
