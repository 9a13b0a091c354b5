"""The sandbox's authorization code flow, spoken to directly over HTTPS: what /authorize
refuses, the one-time code, PKCE, and an id token that verifies against the published JWKS."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import jwt
import pytest
import requests

from sandboxes.graph import GraphSandbox

REDIRECT = "http://127.0.0.1:9/auth/entra/callback"
VERIFIER = "v" * 50


def _challenge(verifier: str) -> str:
    return (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )


@pytest.fixture
def sandbox(make_sandbox: Callable[..., GraphSandbox]) -> GraphSandbox:
    running = make_sandbox(seeded=False)
    running.register_redirect_uri(REDIRECT)
    return running


def _base(sandbox: GraphSandbox) -> str:
    return f"{sandbox.authority_url}/{sandbox.config.tenant_id}"


def _authorize(sandbox: GraphSandbox, **changes: str) -> requests.Response:
    query = {
        "client_id": sandbox.config.client_id,
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "scope": "openid profile offline_access",
        "code_challenge": _challenge(VERIFIER),
        "code_challenge_method": "S256",
        "state": "s1",
        "nonce": "n1",
        "sandbox_user": "Ana.Ops@Example.com",
        "sandbox_roles": "PODesk.SalesOps",
        **changes,
    }
    url = f"{_base(sandbox)}/oauth2/v2.0/authorize?{urlencode(query)}"
    return requests.get(url, verify=str(sandbox.ca_path), allow_redirects=False, timeout=10)


def _redeem(sandbox: GraphSandbox, code: str, verifier: str = VERIFIER) -> requests.Response:
    form = {
        "grant_type": "authorization_code",
        "client_id": sandbox.config.client_id,
        "client_secret": sandbox.config.client_secret,
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }
    url = f"{_base(sandbox)}/oauth2/v2.0/token"
    return requests.post(url, data=form, verify=str(sandbox.ca_path), timeout=10)


def _answer(response: requests.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(REDIRECT + "?")
    return dict(parse_qsl(urlsplit(location).query))


def test_without_an_account_the_sign_in_page_is_shown(sandbox: GraphSandbox) -> None:
    page = _authorize(sandbox, sandbox_user="")
    assert page.status_code == 200 and 'name="sandbox_user"' in page.text
    assert 'name="state" value="s1"' in page.text  # the request rides along in the form


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"client_id": "someone-else"}, "AADSTS700016"),
        ({"redirect_uri": "https://evil.example/cb"}, "AADSTS50011"),
    ],
)
def test_an_unknown_client_or_redirect_gets_an_error_page_not_a_redirect(
    sandbox: GraphSandbox, change: dict[str, str], error: str
) -> None:
    page = _authorize(sandbox, **change)
    assert page.status_code == 400 and error in page.text and "location" not in page.headers


@pytest.mark.parametrize(
    "change",
    [
        {"code_challenge": ""},
        {"code_challenge_method": "plain"},
        {"state": ""},
        {"nonce": ""},
        {"scope": "profile"},
        {"response_type": "token"},
    ],
)
def test_a_request_missing_pkce_state_nonce_or_openid_is_sent_back_with_an_error(
    sandbox: GraphSandbox, change: dict[str, str]
) -> None:
    answer = _answer(_authorize(sandbox, **change))
    assert answer["error"] == "invalid_request" and "code" not in answer


def test_a_code_is_redeemed_once_for_an_id_token_signed_with_the_published_key(
    sandbox: GraphSandbox,
) -> None:
    answer = _answer(_authorize(sandbox))
    assert answer["state"] == "s1"
    tokens = _redeem(sandbox, answer["code"])
    assert tokens.status_code == 200, tokens.text
    id_token = tokens.json()["id_token"]
    metadata_url = f"{_base(sandbox)}/v2.0/.well-known/openid-configuration"
    metadata = requests.get(metadata_url, verify=str(sandbox.ca_path), timeout=10).json()
    keys = requests.get(metadata["jwks_uri"], verify=str(sandbox.ca_path), timeout=10).json()
    (key,) = jwt.PyJWKSet.from_dict(keys).keys
    claims: dict[str, Any] = jwt.decode(
        id_token, key.key, algorithms=["RS256"], audience=sandbox.config.client_id
    )
    assert claims["iss"] == metadata["issuer"] and claims["nonce"] == "n1"
    assert claims["preferred_username"] == "ana.ops@example.com"
    assert claims["roles"] == ["PODesk.SalesOps"]
    again = _redeem(sandbox, answer["code"])
    assert again.status_code == 400 and "AADSTS54005" in again.json()["error_description"]


def test_a_wrong_verifier_is_refused_and_burns_the_code(sandbox: GraphSandbox) -> None:
    code = _answer(_authorize(sandbox))["code"]
    wrong = _redeem(sandbox, code, verifier="w" * 50)
    assert wrong.status_code == 400 and "AADSTS501481" in wrong.json()["error_description"]
    assert "AADSTS54005" in _redeem(sandbox, code).json()["error_description"]


def test_no_roles_means_no_roles_claim(sandbox: GraphSandbox) -> None:
    code = _answer(_authorize(sandbox, sandbox_roles=""))["code"]
    id_token = _redeem(sandbox, code).json()["id_token"]
    assert "roles" not in jwt.decode(id_token, options={"verify_signature": False})
