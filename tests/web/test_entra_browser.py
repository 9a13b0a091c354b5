"""Sign-in with Microsoft in a real browser: the console's button, the Graph sandbox's sign-in
page over HTTPS (the authority), back to the console signed in with the mapped role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.settings import Settings
from sandboxes.graph import GraphSandbox, SandboxConfig
from tests.web.test_browser import SHOTS
from tests.web.test_entra import entra_settings

NEWCOMER = "dana.desk@example.com"


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[GraphSandbox]:
    config = SandboxConfig(mailbox_address="orders@example.com", data_dir=tmp_path / "graph")
    with GraphSandbox(config) as running:
        yield running


@pytest.fixture
def settings(settings: Settings, sandbox: GraphSandbox) -> Settings:
    """The console's settings (tests/web/conftest.py) with Entra sign-in at the sandbox."""
    return entra_settings(settings, sandbox)


def test_sign_in_with_microsoft_lands_on_the_roles_home_page(
    browser: Any, server: str, sandbox: GraphSandbox
) -> None:
    sandbox.register_redirect_uri(f"{server}/auth/entra/callback")
    # The sandbox's certificate is its own CA's; the console verifies it (PODESK_CA_BUNDLE).
    context = browser.new_context(base_url=server, ignore_https_errors=True)
    page = context.new_page()
    page.goto("/login")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "login-entra.png")
    page.get_by_role("link", name="Sign in with Microsoft").click()
    page.wait_for_url(f"{sandbox.authority_url}/**/oauth2/v2.0/authorize?**")
    page.get_by_label("Account").fill(NEWCOMER)
    page.get_by_label("App roles (comma-separated)").fill("PODesk.DealDesk")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{server}/exceptions")
    assert page.get_by_role("heading", level=1).inner_text() == "Exceptions"
    assert f"{NEWCOMER} (deal_desk)" in page.locator("header").inner_text()
    page.screenshot(path=SHOTS / "entra-signed-in.png")
    # The session is the console's own: signing out ends it like a password sign-in.
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{server}/login?signed_out=1")
    page.goto("/exceptions")
    assert "/login" in page.url
    context.close()
