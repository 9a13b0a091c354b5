"""The admin's console pages on the synced sample store: add a user (a generated password,
shown once, that signs in), disable, reset a password (audited, as `podesk users` is), and the
read-only Settings page, which never shows a secret's value."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import Session

from app.settings import Settings
from app.store import audit
from app.store.users import Role, find_user
from tests.web.conftest import csrf_of, email_of, sign_in
from web.app import create_app

SECRETS = {"llm_api_key": "sk-test-9f8e7d6c5b4a", "client_secret": "client-secret-1a2b3c4d"}
PASSWORD_SHOWN = re.compile(r'<code id="issued-password">([^<]+)</code>')


def _admin(web: TestClient) -> str:
    assert sign_in(web, Role.ADMIN) == 303
    return csrf_of(web, "/admin/users")


def _post(web: TestClient, path: str, **form: str) -> tuple[int, str]:
    data = {"csrf_token": csrf_of(web, "/admin/users"), **form}
    answer = web.post(path, data=data, follow_redirects=False)
    return answer.status_code, answer.text


def _events(web: TestClient, action: str) -> list[audit.AuditRow]:
    with Session(web.app.state.engine) as session:  # type: ignore[attr-defined]
        return list(audit.page_events(session, action=action))


def test_add_shows_a_generated_password_once_and_it_signs_in(web: TestClient) -> None:
    _admin(web)
    code, page = _post(web, "/admin/users/add", email="New.Person@Example.com", role="deal_desk")
    assert code == 200 and "Added new.person@example.com (deal_desk)" in page
    shown = PASSWORD_SHOWN.search(page)
    assert shown is not None and len(shown.group(1)) >= 20
    assert shown.group(1) not in web.get("/admin/users").text  # once: not on the next page
    [event] = _events(web, "user_add")
    assert event.actor == email_of(Role.ADMIN) and event.subject == "new.person@example.com"
    assert shown.group(1) not in str(event.detail)  # the audit log never holds the password
    other = TestClient(web.app)
    assert sign_in(other, Role.DEAL_DESK, shown.group(1), email="new.person@example.com") == 303


def test_add_refuses_what_the_cli_refuses(web: TestClient) -> None:
    _admin(web)
    code, page = _post(web, "/admin/users/add", email=email_of(Role.MANAGER), role="admin")
    assert code == 409 and "exists already" in page
    code, page = _post(web, "/admin/users/add", email="no-at-sign", role="admin")
    assert code == 422 and "not an e-mail address" in page
    code, _ = _post(web, "/admin/users/add", email="x@example.com", role="boss")
    assert code == 422
    assert _events(web, "user_add") == []


def test_disable_ends_the_users_sessions_and_is_audited(web: TestClient) -> None:
    other = TestClient(web.app)
    assert sign_in(other, Role.SALES_OPS) == 303
    assert other.get("/queue").status_code == 200
    _admin(web)
    code, _ = _post(web, "/admin/users/disable", email=email_of(Role.SALES_OPS))
    assert code == 303
    assert "disabled" in web.get("/admin/users?done=disable").text
    assert other.get("/queue", follow_redirects=False).status_code == 303  # signed out
    assert sign_in(other, Role.SALES_OPS) == 401
    assert [e.subject for e in _events(web, "user_disable")] == [email_of(Role.SALES_OPS)]


def test_reset_password_shows_the_new_one_once(web: TestClient) -> None:
    _admin(web)
    code, page = _post(web, "/admin/users/reset-password", email=email_of(Role.MANAGER))
    shown = PASSWORD_SHOWN.search(page)
    assert code == 200 and shown is not None
    other = TestClient(web.app)
    assert sign_in(other, Role.MANAGER) == 401  # the old password no longer signs in
    assert sign_in(other, Role.MANAGER, shown.group(1)) == 303
    assert len(_events(web, "user_reset_password")) == 1


def test_an_admin_cannot_disable_or_reset_their_own_account_here(web: TestClient) -> None:
    _admin(web)
    for path in ("/admin/users/disable", "/admin/users/reset-password"):
        code, page = _post(web, path, email=email_of(Role.ADMIN))
        assert code == 422 and "podesk users" in page
    code, _ = _post(web, "/admin/users/disable", email="nobody@example.com")
    assert code == 404
    with Session(web.app.state.engine) as session:  # type: ignore[attr-defined]
        me = find_user(session, email=email_of(Role.ADMIN))
        assert me is not None and not me.disabled


@pytest.fixture
def secret_web(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("PODESK_EXCEPTION_SLA_HOURS", "36")
    with_env = Settings(**{k: getattr(settings, k) for k in settings.given})
    secret = {k: SecretStr(v) for k, v in SECRETS.items()}
    app = create_app(with_env.model_copy(update=secret | {"reviewer": SECRETS["llm_api_key"]}))
    with TestClient(app) as client:
        yield client
    app.state.engine.dispose()


def test_settings_page_shows_every_setting_and_no_secret(secret_web: TestClient) -> None:
    _admin(secret_web)
    page = secret_web.get("/admin/settings")
    assert page.status_code == 200
    text = page.text
    assert "<caption>Settings</caption>" in text
    for name in Settings.model_fields:
        assert f'<th scope="row">{name}</th>' in text
    for value in SECRETS.values():
        assert value not in text  # not even pasted into another setting (reviewer)
    row = re.search(r"<th scope=\"row\">llm_api_key</th>(.*?)</tr>", text, re.S)
    assert row is not None and "<strong>set</strong>" in row.group(1)
    assert "default" not in row.group(1)  # given by the fixture's copy, not defaulted
    sla = re.search(r"<th scope=\"row\">exception_sla_hours</th>(.*?)</tr>", text, re.S)
    assert sla is not None and "36.0" in sla.group(1)
    assert "environment (PODESK_EXCEPTION_SLA_HOURS)" in sla.group(1)
    graph = re.search(r"<th scope=\"row\">graph_url</th>(.*?)</tr>", text, re.S)
    assert graph is not None and "default" in graph.group(1)
    assert "command-line option" in text  # the fixture's data dir, given to Settings


def test_settings_and_users_are_the_admins_only(web: TestClient) -> None:
    assert sign_in(web, Role.MANAGER) == 303
    assert web.get("/admin/settings").status_code == 403
    assert web.post("/admin/users/add", data={"csrf_token": csrf_of(web)}).status_code == 403
