"""The console in a real browser (Debian's chromium through Playwright), on a uvicorn server
on loopback: a sales-ops session end to end, hostile mail, and two reviewers racing.

Screenshots of each page go to docs/screenshots/ (the README shows them). Without
/usr/bin/chromium these tests skip locally and fail in CI (CI=true): `.ci/run` installs it.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import uvicorn
from sqlmodel import Session

from app.settings import Settings
from app.store import queries
from app.store.db import make_engine
from app.store.queue_filter import QueueFilter
from app.store.users import Role
from tests.web.conftest import PASSWORD, email_of
from web.app import create_app
from web.roles import HOME

CHROMIUM = Path("/usr/bin/chromium")
# The README's screenshots are rewritten only when asked (PODESK_SCREENSHOTS=1): an ordinary
# run would leave the work tree changed. Otherwise they go to a temporary folder.
DOCS_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SHOTS = (
    DOCS_SHOTS
    if os.environ.get("PODESK_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "podesk-screenshots"
)


@pytest.fixture
def server(settings: Settings) -> Iterator[str]:
    """`podesk serve` as the command runs it (create_app on uvicorn), on a free port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(settings)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    served = uvicorn.Server(config)
    thread = threading.Thread(target=served.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not served.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    served.should_exit = True
    thread.join(timeout=10)
    app.state.engine.dispose()


@pytest.fixture
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True
        )
        yield launched
        launched.close()


def _page(browser: Any, base: str, role: Role) -> Any:
    page = browser.new_context(base_url=base, viewport={"width": 1400, "height": 1000}).new_page()
    page.goto("/login")
    page.get_by_label("Email").fill(email_of(role))
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{HOME[role]}")
    return page


def _store(settings: Settings) -> Session:
    return Session(make_engine(settings.resolved_database_url))


def _pending_draft(settings: Settings) -> queries.ReviewDetail:
    with _store(settings) as session:
        for review in queries.list_reviews(session, status="pending"):
            detail = queries.get_review(session, review_id=review.id)
            if detail.draft_status == "pending_review":
                return detail
    raise AssertionError("no pending customer draft in the sample data")


def test_sales_ops_accepts_a_draft_and_sees_it_saved(
    browser: Any, server: str, settings: Settings
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    login = browser.new_page(base_url=server)
    login.goto("/login")
    login.screenshot(path=SHOTS / "login.png")
    page = _page(browser, server, Role.SALES_OPS)
    queue = page.get_by_role("table", name="Classification queue")
    assert queue.get_by_role("row").count() > 40
    page.screenshot(path=SHOTS / "queue.png", full_page=True)
    review = _pending_draft(settings)
    page.get_by_role("link", name=f"#{review.id}", exact=True).click()
    for region in ("Packet", "Conversation", "Internal note"):
        assert page.get_by_role("region", name=region).is_visible()
    assert page.get_by_role("textbox", name="Customer draft").input_value() == review.draft_text
    page.screenshot(path=SHOTS / "review.png", full_page=True)
    page.get_by_role("button", name="Accept").click()
    assert "Accepted." in page.get_by_role("status").inner_text()
    page.goto(f"/queue?q={review.opportunity_id}")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=f"#{review.id}"))
    assert "saved (decided)" in row.inner_text()
    drafts = list((Path(str(settings.mailbox)) / "Drafts").iterdir())
    assert len(drafts) == 1 and drafts[0].suffix == ".eml"
    manager = _page(browser, server, Role.MANAGER)
    manager.goto(f"/audit?actor={email_of(Role.SALES_OPS)}")
    log = manager.get_by_role("table", name="Audit log")
    assert "review_accept" in log.inner_text()
    manager.screenshot(path=SHOTS / "audit.png", full_page=True)


def test_hostile_mail_stays_text(browser: Any, server: str, settings: Settings) -> None:
    with _store(settings) as session:
        (item,) = queries.list_queue(session, narrow=QueueFilter(text="<script>"))
    page = _page(browser, server, Role.MANAGER)
    dialogs: list[str] = []
    foreign: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    origin = urlsplit(server).netloc
    page.on(
        "request", lambda r: None if urlsplit(r.url).netloc == origin else foreign.append(r.url)
    )
    page.goto("/queue?q=%3Cscript%3E")
    page.get_by_role("link", name=f"#{item.review_id}", exact=True).click()
    heading = page.get_by_role("heading", level=1).inner_text()
    assert "<script>alert('subject')</script>" in heading
    conversation = page.get_by_role("region", name="Conversation").inner_text()
    assert "<a href=\"javascript:alert('link')\">Open the portal</a>" in conversation
    assert "<img src=x onerror=alert('file')>.pdf" in conversation
    assert page.locator("main img, main iframe, main script, main a[href^=javascript]").count() == 0
    page.screenshot(path=SHOTS / "hostile-review.png", full_page=True)
    page.wait_for_timeout(500)  # time for anything that would fire late
    assert dialogs == [] and foreign == []


def test_two_reviewers_one_wins_the_other_is_told(
    browser: Any, server: str, settings: Settings
) -> None:
    review = _pending_draft(settings)
    first = _page(browser, server, Role.SALES_OPS)
    second = _page(browser, server, Role.SALES_OPS)
    for page in (first, second):
        page.goto(f"/reviews/{review.id}")
    first.get_by_role("button", name="Accept").click()
    assert "Accepted." in first.get_by_role("status").inner_text()
    with second.expect_response(f"**/reviews/{review.id}/decision") as answer:
        second.get_by_role("button", name="Ignore").click()
    assert answer.value.status == 409
    alert = second.get_by_role("alert").inner_text()
    assert f"accept by {email_of(Role.SALES_OPS)} at" in alert
    second.screenshot(path=SHOTS / "conflict.png", full_page=True)
    with _store(settings) as session:
        assert queries.get_review(session, review_id=review.id).decision == "accept"
