"""Sign-in with Microsoft Entra ID against the loopback Graph sandbox's authority over HTTPS:
the real msal auth-code flow with PKCE, the sandbox's /authorize page and token endpoint,
id tokens signed with the key its JWKS publishes, the real store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
import requests
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import text
from sqlmodel import Session

from app.entra_accounts import NO_PASSWORD
from app.settings import Settings
from app.store import users
from app.store.users import Role
from sandboxes.graph import GraphSandbox, SandboxConfig
from tests.web.conftest import email_of, sign_in
from web.app import create_app

CALLBACK = "http://testserver/auth/entra/callback"
NEWCOMER = "nina.newcomer@example.com"


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[GraphSandbox]:
    config = SandboxConfig(mailbox_address="orders@example.com", data_dir=tmp_path / "graph")
    with GraphSandbox(config) as running:
        running.register_redirect_uri(CALLBACK)
        yield running


def entra_settings(settings: Settings, sandbox: GraphSandbox) -> Settings:
    config = sandbox.config
    return settings.model_copy(
        update={
            "entra_client_id": config.client_id,
            "entra_tenant_id": config.tenant_id,
            "entra_client_secret": SecretStr(config.client_secret),
            "entra_authority": sandbox.authority_url,
            "ca_bundle": sandbox.ca_path,
        }
    )


@pytest.fixture
def entra_web(settings: Settings, sandbox: GraphSandbox) -> Iterator[TestClient]:
    app = create_app(entra_settings(settings, sandbox))
    with TestClient(app) as client:
        yield client
    app.state.engine.dispose()


def authorize(sandbox: GraphSandbox, auth_uri: str, user: str, roles: str) -> str:
    """The sandbox's sign-in page, answered as ``user`` with ``roles``: the callback URL."""
    query = urlencode({"sandbox_user": user, "sandbox_roles": roles})
    answer = requests.get(
        f"{auth_uri}&{query}", verify=str(sandbox.ca_path), allow_redirects=False, timeout=10
    )
    assert answer.status_code == 302, answer.text
    return answer.headers["location"]


def start(client: TestClient) -> str:
    answer = client.get("/login/entra", follow_redirects=False)
    assert answer.status_code == 303, answer.text[:300]
    return answer.headers["location"]


def entra_sign_in(
    client: TestClient, sandbox: GraphSandbox, user: str, roles: str
) -> httpx.Response:
    callback = authorize(sandbox, start(client), user, roles)
    return client.get(callback, follow_redirects=False)


def account(settings: Settings, email: str) -> users.UserRow | None:
    from app.store.db import make_engine

    engine = make_engine(settings.resolved_database_url)
    with Session(engine) as session:
        row = users.find_user(session, email=email)
    engine.dispose()
    return row


def test_the_button_shows_only_when_entra_is_configured(
    web: TestClient, entra_web: TestClient
) -> None:
    assert "Sign in with Microsoft" not in web.get("/login").text
    assert web.get("/login/entra").status_code == 404
    assert web.get("/auth/entra/callback").status_code == 404
    page = entra_web.get("/login?next=/drafts").text
    assert 'href="/login/entra?next=/drafts">Sign in with Microsoft</a>' in page


def test_a_new_person_is_signed_in_with_the_mapped_role(
    entra_web: TestClient, sandbox: GraphSandbox, settings: Settings
) -> None:
    auth_uri = start(entra_web)
    sent = dict(parse_qsl(urlsplit(auth_uri).query))
    assert sent["code_challenge_method"] == "S256" and sent["state"] and sent["nonce"]
    callback = authorize(sandbox, auth_uri, NEWCOMER, "Other.Role,PODesk.Manager")
    done = entra_web.get(callback, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/exceptions"
    assert entra_web.get("/", follow_redirects=False).headers["location"] == "/exceptions"
    row = account(settings, NEWCOMER)
    assert row is not None and row.role == Role.MANAGER and row.password_hash == NO_PASSWORD
    assert row.entra_id and ":" in row.entra_id
    # Provisioned without a password: the password form never signs it in.
    assert sign_in(TestClient(entra_web.app), Role.MANAGER, NO_PASSWORD, email=NEWCOMER) == 401


def test_a_local_account_is_adopted_and_follows_the_entra_role(
    entra_web: TestClient, sandbox: GraphSandbox, settings: Settings
) -> None:
    email = email_of(Role.SALES_OPS)
    done = entra_sign_in(entra_web, sandbox, email, "PODesk.DealDesk")
    assert done.status_code == 303 and done.headers["location"] == "/exceptions"
    row = account(settings, email)
    assert row is not None and row.role == Role.DEAL_DESK and row.entra_id


def test_no_role_claim_is_refused_with_a_clear_page(
    entra_web: TestClient, sandbox: GraphSandbox, settings: Settings
) -> None:
    done = entra_sign_in(entra_web, sandbox, NEWCOMER, "")
    assert done.status_code == 403
    assert "has no PO Desk app role in Microsoft Entra ID" in done.text
    assert account(settings, NEWCOMER) is None
    assert entra_web.get("/", follow_redirects=False).headers["location"].startswith("/login")


def test_two_different_roles_are_refused(entra_web: TestClient, sandbox: GraphSandbox) -> None:
    done = entra_sign_in(entra_web, sandbox, NEWCOMER, "PODesk.Admin,PODesk.SalesOps")
    assert done.status_code == 403 and "several PO Desk roles" in done.text


def test_a_disabled_account_is_refused(
    entra_web: TestClient, sandbox: GraphSandbox, settings: Settings
) -> None:
    from app.store.db import make_engine

    engine = make_engine(settings.resolved_database_url)
    with Session(engine) as session:
        users.update_user(session, email=email_of(Role.MANAGER), disabled=True)
        session.commit()
    engine.dispose()
    done = entra_sign_in(entra_web, sandbox, email_of(Role.MANAGER), "PODesk.Manager")
    assert done.status_code == 403 and "is disabled" in done.text
    assert entra_web.get("/", follow_redirects=False).headers["location"].startswith("/login")


def test_a_wrong_state_is_refused(entra_web: TestClient, sandbox: GraphSandbox) -> None:
    callback = authorize(sandbox, start(entra_web), NEWCOMER, "PODesk.Manager")
    forged = callback.replace("state=", "state=forged")
    done = entra_web.get(forged, follow_redirects=False)
    assert done.status_code == 401 and "state mismatch" in done.text
    assert entra_web.get("/", follow_redirects=False).headers["location"].startswith("/login")


def test_a_callback_is_used_once_and_a_code_is_redeemed_once(
    entra_web: TestClient, sandbox: GraphSandbox
) -> None:
    callback = authorize(sandbox, start(entra_web), NEWCOMER, "PODesk.Manager")
    assert entra_web.get(callback, follow_redirects=False).status_code == 303
    # The same callback again: the browser's flow is used up (and its cookie gone).
    again = entra_web.get(callback, follow_redirects=False)
    assert again.status_code == 400 and "expired or was already used" in again.text
    # The old code under a fresh flow (its own state): Entra will not redeem it twice.
    state = dict(parse_qsl(urlsplit(start(entra_web)).query))["state"]
    code = dict(parse_qsl(urlsplit(callback).query))["code"]
    replay = entra_web.get(f"{CALLBACK}?{urlencode({'code': code, 'state': state})}")
    assert replay.status_code == 401 and "AADSTS54005" in replay.text


def test_a_wrong_pkce_verifier_is_refused(
    entra_web: TestClient, sandbox: GraphSandbox, settings: Settings
) -> None:
    callback = authorize(sandbox, start(entra_web), NEWCOMER, "PODesk.Manager")
    from app.store.db import make_engine

    # The stored flow's verifier no longer matches the challenge Entra was given.
    engine = make_engine(settings.resolved_database_url)
    with engine.begin() as conn:
        (flow_id, flow) = conn.execute(text("SELECT id, flow FROM entra_flows")).one()
        changed = json.loads(flow) | {"code_verifier": "x" * 43}
        conn.execute(
            text("UPDATE entra_flows SET flow = :f WHERE id = :i"),
            {"f": json.dumps(changed), "i": flow_id},
        )
    engine.dispose()
    done = entra_web.get(callback, follow_redirects=False)
    assert done.status_code == 401 and "AADSTS501481" in done.text
    assert account(settings, NEWCOMER) is None


def test_entra_saying_no_is_shown_and_nothing_signs_in(entra_web: TestClient) -> None:
    state = dict(parse_qsl(urlsplit(start(entra_web)).query))["state"]
    said = {"error": "access_denied", "error_description": "The user cancelled", "state": state}
    done = entra_web.get(f"{CALLBACK}?{urlencode(said)}", follow_redirects=False)
    assert done.status_code == 401 and "The user cancelled" in done.text


def test_a_callback_without_a_flow_cookie_is_refused(entra_web: TestClient) -> None:
    done = entra_web.get(f"{CALLBACK}?code=abc&state=def", follow_redirects=False)
    assert done.status_code == 400 and "start again" in done.text


def test_the_configured_ca_bundle_wins_over_requests_ca_bundle(
    entra_web: TestClient, sandbox: GraphSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    import certifi

    # certifi's public roots cannot verify the sandbox: only PODESK_CA_BUNDLE can.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", certifi.where())
    monkeypatch.setenv("CURL_CA_BUNDLE", certifi.where())
    done = entra_sign_in(entra_web, sandbox, NEWCOMER, "PODesk.SalesOps")
    assert done.status_code == 303 and done.headers["location"] == "/queue"


def test_an_unreachable_authority_is_said_on_the_sign_in_page(
    entra_web: TestClient, sandbox: GraphSandbox
) -> None:
    sandbox.stop()
    answer = entra_web.get("/login/entra", follow_redirects=False)
    assert answer.status_code == 502 and "cannot reach Microsoft sign-in" in answer.text
    assert sandbox.config.client_secret not in answer.text
