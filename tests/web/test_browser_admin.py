"""The admin's session in a real browser (chromium through Playwright, on uvicorn): sign in,
add a user and see the generated password once, disable a user, open Settings and find no
secret's value anywhere on the page (the server runs with an API key and an app secret)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import SecretStr

from app.settings import Settings
from app.store.users import Role
from tests.web.conftest import PASSWORD, email_of
from tests.web.test_browser import SHOTS, _page

API_KEY = "sk-browser-5e4d3c2b1a09"
APP_SECRET = "app-secret-0f1e2d3c4b5a"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The synced sample store, served with two secrets set."""
    secrets = {"llm_api_key": SecretStr(API_KEY), "client_secret": SecretStr(APP_SECRET)}
    return settings.model_copy(update=secrets)


def _users_row(page: Any, email: str) -> Any:
    return page.get_by_role("table", name="Users").get_by_role("row").filter(has_text=email)


def test_an_admin_adds_and_disables_users_and_reads_the_settings(
    browser: Any, server: str, settings: Settings
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    admin = _page(browser, server, Role.ADMIN)  # an admin starts on the users page
    admin.get_by_label("Email").fill("nina@example.com")
    admin.get_by_label("Role").select_option("deal_desk")
    admin.get_by_role("button", name="Add user").click()
    assert "Added nina@example.com (deal_desk)." in admin.get_by_role("status").inner_text()
    password = admin.locator("#issued-password").inner_text()
    assert len(password) >= 20
    admin.screenshot(path=SHOTS / "users.png", full_page=True)
    assert "active" in _users_row(admin, "nina@example.com").inner_text()

    admin.reload()  # shown once: a fresh page does not show it again
    assert password not in admin.content()
    assert admin.locator("#issued-password").count() == 0

    nina = browser.new_context(base_url=server).new_page()
    nina.goto("/login")
    nina.get_by_label("Email").fill("nina@example.com")
    nina.get_by_label("Password").fill(password)
    nina.get_by_role("button", name="Sign in").click()
    nina.wait_for_url("**/exceptions")  # the password handed over signs her in

    sales = email_of(Role.SALES_OPS)
    _users_row(admin, sales).get_by_role("button", name=f"Disable {sales}").click()
    assert "Account disabled" in admin.get_by_role("status").inner_text()
    assert "disabled" in _users_row(admin, sales).inner_text()
    refused = browser.new_context(base_url=server).new_page()
    refused.goto("/login")
    refused.get_by_label("Email").fill(sales)
    refused.get_by_label("Password").fill(PASSWORD)
    refused.get_by_role("button", name="Sign in").click()
    assert "wrong e-mail address or password" in refused.get_by_role("alert").inner_text()

    admin.get_by_role("link", name="Settings").click()
    admin.wait_for_url("**/admin/settings")
    table = admin.get_by_role("table", name="Settings")
    assert table.get_by_role("row").count() == len(Settings.model_fields) + 1  # and the head
    key_row = table.get_by_role("row").filter(has_text="llm_api_key")
    assert key_row.locator("strong").inner_text() == "set"  # not "not set", not the key
    html = admin.content()
    assert API_KEY not in html and APP_SECRET not in html
    admin.screenshot(path=SHOTS / "settings.png", full_page=True)
