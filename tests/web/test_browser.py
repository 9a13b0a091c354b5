"""The console in a real browser (Debian's chromium through Playwright), on a uvicorn server
on loopback: a sales-ops session end to end, hostile mail, two reviewers racing, a manager and
deal desk working an exception, and axe-core's accessibility check of every page.

Screenshots of each page go to docs/screenshots/ (the README shows them). Without
/usr/bin/chromium these tests skip locally and fail in CI (CI=true): `.ci/run` installs it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlmodel import Session

from app.settings import Settings
from app.store import queries
from app.store.db import make_engine
from app.store.queue_filter import QueueFilter
from app.store.users import Role
from tests.web.conftest import PASSWORD, email_of
from web.roles import HOME

# The README's screenshots are rewritten only when asked (PODESK_SCREENSHOTS=1): an ordinary
# run would leave the work tree changed. Otherwise they go to a temporary folder.
DOCS_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SHOTS = (
    DOCS_SHOTS
    if os.environ.get("PODESK_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "podesk-screenshots"
)


def _page(browser: Any, base: str, role: Role, *, bypass_csp: bool = False) -> Any:
    """A signed-in page; ``bypass_csp`` only for the accessibility check, which injects axe."""
    context = browser.new_context(
        base_url=base, viewport={"width": 1400, "height": 1000}, bypass_csp=bypass_csp
    )
    page = context.new_page()
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


def test_sales_ops_relabels_a_thread_and_sees_it_in_the_queue_and_the_audit_log(
    browser: Any, server: str, settings: Settings
) -> None:
    review = _pending_draft(settings)
    page = _page(browser, server, Role.SALES_OPS)
    page.goto(f"/reviews/{review.id}")
    form = page.get_by_role("form", name="Relabel")
    form.get_by_label("Label").select_option("deal_exception")
    form.get_by_label("Reason").fill("the PO asks for net 60 payment terms")
    form.get_by_role("button", name="Relabel").click()
    page.wait_for_url("**?done=relabel")
    assert "Relabelled" in page.get_by_role("status").inner_text()
    note = page.get_by_role("region", name="Internal note").inner_text()
    assert "the PO asks for net 60 payment terms" in note
    page.screenshot(path=SHOTS / "relabelled.png", full_page=True)
    page.goto(f"/queue?q={review.opportunity_id}")
    row = page.get_by_role("row").filter(has_text=review.subject)
    assert "exception (corrected)" in " ".join(row.first.inner_text().split())
    manager = _page(browser, server, Role.MANAGER)
    manager.goto("/audit?action=relabelled")
    log = manager.get_by_role("table", name="Audit log").inner_text()
    assert email_of(Role.SALES_OPS) in log and "net 60" in log


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


def _exception_row(page: Any, text: str) -> Any:
    table = page.get_by_role("table", name="Exceptions")
    return table.get_by_role("row").filter(has_text=text)


def test_a_manager_and_deal_desk_work_an_exception(
    browser: Any, server: str, settings: Settings
) -> None:
    desk, boss = email_of(Role.DEAL_DESK), email_of(Role.MANAGER)
    manager = _page(browser, server, Role.MANAGER)  # a manager starts on the exceptions
    row = _exception_row(manager, "EXC-2001")
    assert "Overdue" in row.inner_text() and "credit_review" in row.inner_text()
    manager.screenshot(path=SHOTS / "exceptions.png", full_page=True)
    row.get_by_role("button", name="Release draft").click()
    assert "Draft released and saved." in manager.get_by_role("status").inner_text()
    row = _exception_row(manager, "EXC-2001")
    row.get_by_text("Act on EXC-2001").click()
    row.get_by_label("New owner").fill(desk)
    row.get_by_role("button", name="Assign").click()
    assert "Owner assigned." in manager.get_by_role("status").inner_text()

    deal_desk = _page(browser, server, Role.DEAL_DESK)
    deal_desk.get_by_role("link", name="Mine").click()
    rows = deal_desk.get_by_role("table", name="Exceptions").get_by_role("row")
    assert rows.count() == 2 and "EXC-2001" in rows.nth(1).inner_text()  # header + theirs
    rows.nth(1).get_by_text("Act on EXC-2001").click()
    rows.nth(1).get_by_label("Manager").select_option(boss)
    rows.nth(1).get_by_label("Escalation note").fill("Credit limit needs a manager")
    rows.nth(1).get_by_role("button", name="Escalate").click()
    assert "Escalated." in deal_desk.get_by_role("status").inner_text()

    manager.goto(f"/exceptions?owner={boss}")
    row = _exception_row(manager, "EXC-2001")
    assert "escalated" in row.inner_text()
    row.get_by_text("Act on EXC-2001").click()
    row.get_by_label("Resolution note").fill("Finance approved the credit line")
    row.get_by_role("button", name="Resolve").click()
    assert "Resolved." in manager.get_by_role("status").inner_text()
    assert _exception_row(manager, "EXC-2001").count() == 0  # off the open list

    manager.goto("/audit")
    log = manager.get_by_role("table", name="Audit log").inner_text()
    for action, actor in (
        ("exception_assign", boss),
        ("exception_escalate", desk),
        ("exception_resolve", boss),
        ("review_accept", boss),
    ):
        assert any(action in line and actor in line for line in log.splitlines()), action
    manager.goto("/drafts")
    saved = manager.get_by_role("table", name="Saved drafts").inner_text()
    assert boss in saved and ".eml" in saved
    manager.screenshot(path=SHOTS / "drafts.png", full_page=True)
    drafts = list((Path(str(settings.mailbox)) / "Drafts").iterdir())
    assert len(drafts) == 1


AXE = Path(__file__).with_name("vendor") / "axe-4.10.2.min.js"
AXE_SHA256 = "b511cd9dec01c76f4b2ad1723b66b6db37d4c2eb4ed199076e1829d9ee7b75e3"
# Every page, as the role that sees it: (role, path).
PAGES = (
    (None, "/login"),
    (Role.SALES_OPS, "/queue"),
    (Role.SALES_OPS, "/reviews/{draft}"),
    (Role.MANAGER, "/reviews/{held}"),
    (Role.MANAGER, "/exceptions"),
    (Role.DEAL_DESK, "/drafts"),
    (Role.MANAGER, "/audit"),
    (Role.ADMIN, "/admin/users"),
    (Role.ADMIN, "/admin/settings"),
    (Role.SALES_OPS, "/reviews/999999"),  # the error page
)


def _axe(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page, one line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => { const r = await axe.run(document); "
        "return {violations: r.violations, passes: r.passes.length}; }"
    )
    assert result["passes"] > 10  # axe ran its rules on this page
    found = result["violations"]
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in found
        if v["impact"] in ("serious", "critical")
    ]


def test_every_page_has_no_serious_accessibility_violation(
    browser: Any, server: str, settings: Settings
) -> None:
    import hashlib

    assert hashlib.sha256(AXE.read_bytes()).hexdigest() == AXE_SHA256  # the vendored file
    draft = _pending_draft(settings).id
    with _store(settings) as session:
        held = next(
            r.id
            for r in queries.list_reviews(session, status="pending")
            if queries.get_review(session, review_id=r.id).draft_status == "held"
        )
    found: dict[str, list[str]] = {}
    checked = 0
    for role, path in PAGES:
        url = path.format(draft=draft, held=held)
        if role is None:
            page = browser.new_context(base_url=server, bypass_csp=True).new_page()
        else:
            page = _page(browser, server, role, bypass_csp=True)
        page.goto(url)
        found[url] = _axe(page)
        checked += 1
        page.context.close()
    assert checked == len(PAGES)
    assert {url: v for url, v in found.items() if v} == {}
