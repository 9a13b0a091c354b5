"""The console on an Outlook workspace, in a real browser: the real workflow against the
loopback Graph sandbox over HTTPS. Sales ops accepts a draft; deal desk finds it on the
Saved drafts page with an "Open in Outlook" link to the draft's webLink; once deal desk has
sent it in Outlook (the sandbox moves it to Sent Items) and a sync has looked, the page
says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from app import accounts
from app.settings import Settings
from app.store.users import Role
from app.wiring import open_app
from cli.demo_run import make_workspace
from sandboxes.graph import GraphSandbox, SandboxConfig
from tests.cli.test_outlook import ADDRESS, outlook_env
from tests.web.conftest import PASSWORD, email_of
from tests.web.test_browser import _page, _pending_draft


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[GraphSandbox]:
    with GraphSandbox(SandboxConfig(mailbox_address=ADDRESS, data_dir=tmp_path / "graph")) as sb:
        yield sb


@pytest.fixture
def settings(tmp_path: Path, sandbox: GraphSandbox, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A workspace whose mailbox is the sandbox's, synced once, one account per role."""
    local = make_workspace(tmp_path / "ws")
    sandbox.seed_from_folder(tmp_path / "ws" / "mailbox")
    for name, value in outlook_env(sandbox).items():
        monkeypatch.setenv(name, value)
    settings = Settings(crm_dir=local.crm_dir, data_dir=local.data_dir)
    sync(settings)
    with open_app(settings) as podesk, Session(podesk.engine) as session:
        for role in (Role.SALES_OPS, Role.DEAL_DESK):
            accounts.add_user(session, email=email_of(role), role=role, password=PASSWORD)
        session.commit()
    return settings


def sync(settings: Settings) -> None:
    with open_app(settings) as podesk:
        report = podesk.runner.sync(podesk.mailbox, podesk.crm)
        assert not report.failed and report.drafts_error is None


def test_deal_desk_opens_the_draft_in_outlook_and_sees_it_sent(
    browser: Any, server: str, settings: Settings, sandbox: GraphSandbox
) -> None:
    review = _pending_draft(settings)
    ops = _page(browser, server, Role.SALES_OPS)
    ops.goto(f"/reviews/{review.id}")
    ops.get_by_role("button", name="Accept").click()
    assert "Accepted." in ops.get_by_role("status").inner_text()
    [draft] = sandbox.drafts()

    desk = _page(browser, server, Role.DEAL_DESK)
    desk.goto("/drafts")
    table = desk.get_by_role("table", name="Saved drafts")
    link = table.get_by_role("link", name="Open in Outlook")
    assert link.get_attribute("href") == draft["webLink"]
    assert link.get_attribute("target") == "_blank"
    assert "noopener" in str(link.get_attribute("rel")).split()
    assert email_of(Role.SALES_OPS) in table.inner_text()

    sync(settings)
    desk.reload()
    assert "still a draft" in table.inner_text()

    sandbox.send_draft(draft["id"])  # deal desk sends it from Outlook
    sync(settings)
    desk.reload()
    row = table.get_by_role("row").filter(has=desk.get_by_role("link", name="Open in Outlook"))
    assert "sent by deal desk" in row.inner_text()
    assert not sandbox.drafts()
