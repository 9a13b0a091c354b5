"""Entra side of the sandbox, driven by msal itself: discovery, client credentials (secret
and certificate), device code, refresh; and Graph's answers to missing or bad tokens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msal
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from sandboxes.graph import GraphSandbox
from tests.sandboxes.graph.conftest import GRAPH_SCOPE, MAILBOX, Client, session_for


def confidential(
    sandbox: GraphSandbox, credential: object, **kwargs: object
) -> msal.ClientApplication:
    config = sandbox.config
    return msal.ConfidentialClientApplication(
        config.client_id,
        client_credential=credential,
        authority=f"{sandbox.authority_url}/{config.tenant_id}",
        http_client=session_for(sandbox),
        **{"instance_discovery": False, **kwargs},
    )


def public(sandbox: GraphSandbox) -> msal.PublicClientApplication:
    config = sandbox.config
    return msal.PublicClientApplication(
        config.client_id,
        authority=f"{sandbox.authority_url}/{config.tenant_id}",
        instance_discovery=False,
        http_client=session_for(sandbox),
    )


def test_openid_configuration_points_at_the_sandbox(sandbox: GraphSandbox) -> None:
    tenant = sandbox.config.tenant_id
    response = session_for(sandbox).get(
        f"{sandbox.authority_url}/{tenant}/v2.0/.well-known/openid-configuration"
    )
    document = response.json()
    assert response.status_code == 200
    for key in ("token_endpoint", "authorization_endpoint", "device_authorization_endpoint"):
        assert document[key].startswith(f"{sandbox.authority_url}/{tenant}/oauth2/v2.0/")
    assert document["issuer"].startswith(sandbox.authority_url)


def test_unknown_tenant_is_refused_like_entra(sandbox: GraphSandbox) -> None:
    url = f"{sandbox.authority_url}/contoso/v2.0/.well-known/openid-configuration"
    body = session_for(sandbox).get(url).json()
    assert body["error"] == "invalid_tenant"
    assert body["error_codes"] == [90002]


def test_client_credentials_with_msal_reach_graph(sandbox: GraphSandbox) -> None:
    result = confidential(sandbox, sandbox.config.client_secret).acquire_token_for_client(
        scopes=[GRAPH_SCOPE]
    )
    assert result["token_type"] == "Bearer"
    assert result["expires_in"] > 3000
    response = Client(sandbox, token=result["access_token"]).get("mailFolders/inbox/messages")
    assert response.status_code == 200


def test_msal_instance_discovery_against_the_sandbox(sandbox: GraphSandbox) -> None:
    discovery = f"{sandbox.authority_url}/common/discovery/instance"
    app = confidential(sandbox, sandbox.config.client_secret, instance_discovery=discovery)
    assert "access_token" in app.acquire_token_for_client(scopes=[GRAPH_SCOPE])


def test_wrong_secret_and_wrong_scope_fail_like_entra(sandbox: GraphSandbox) -> None:
    wrong = confidential(sandbox, "not-the-secret").acquire_token_for_client(scopes=[GRAPH_SCOPE])
    assert wrong["error"] == "invalid_client"
    assert wrong["error_codes"] == [7000215]
    app = confidential(sandbox, sandbox.config.client_secret)
    scoped = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/Mail.ReadWrite"])
    assert scoped["error"] == "invalid_scope"
    assert scoped["error_description"].startswith("AADSTS1002012")


def _certificate(tmp_path: Path, name: str) -> tuple[str, str, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=1))
        .not_valid_after(now + timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    path = tmp_path / f"{name}.pem"
    path.write_text(cert_pem)
    return key_pem, cert_pem, path


def test_certificate_credential_is_verified(
    make_sandbox: Callable[..., GraphSandbox], tmp_path: Path
) -> None:
    key_pem, cert_pem, registered = _certificate(tmp_path, "registered")
    other_key, other_cert, _ = _certificate(tmp_path, "stranger")
    sandbox = make_sandbox(seeded=False, client_certificate=registered)
    good = {"private_key": key_pem, "public_certificate": cert_pem}
    assert "access_token" in confidential(sandbox, good).acquire_token_for_client([GRAPH_SCOPE])
    bad = {"private_key": other_key, "public_certificate": other_cert}
    refused = confidential(sandbox, bad).acquire_token_for_client([GRAPH_SCOPE])
    assert refused["error"] == "invalid_client"


def test_device_code_sign_in_caches_an_account_and_refreshes(sandbox: GraphSandbox) -> None:
    app = public(sandbox)
    flow = app.initiate_device_flow(scopes=["Mail.ReadWrite.Shared", "MailboxSettings.ReadWrite"])
    assert flow["user_code"] and flow["verification_uri"].startswith(sandbox.url)
    result = app.acquire_token_by_device_flow(flow)  # pending once, then signed in
    assert result["id_token_claims"]["preferred_username"] == MAILBOX
    assert "refresh_token" in result
    me = Client(sandbox, token=result["access_token"]).get(
        f"{sandbox.url}/v1.0/me/mailFolders/inbox/messages"
    )
    assert me.status_code == 200
    [account] = app.get_accounts()
    sandbox.expire_access_tokens()
    silent = app.acquire_token_silent(
        ["Mail.ReadWrite.Shared"], account=account, force_refresh=True
    )
    assert silent is not None and "access_token" in silent
    assert Client(sandbox, token=silent["access_token"]).get("mailFolders").status_code == 200
    polls = [r for r in sandbox.requests if r.path.endswith("/oauth2/v2.0/token")]
    assert all(r.body is None for r in polls)  # token requests carry secrets: never recorded


def test_device_code_refuses_a_permission_to_transmit_mail(sandbox: GraphSandbox) -> None:
    flow = public(sandbox).initiate_device_flow(scopes=["Mail.ReadWrite", "Mail.Send"])
    assert "user_code" not in flow
    assert flow["error"] == "invalid_scope"
    assert flow["error_description"].startswith("AADSTS70011")


def test_graph_rejects_missing_bad_and_expired_tokens(sandbox: GraphSandbox) -> None:
    for token, message in (("", "empty"), ("garbage", "validation failure")):
        response = Client(sandbox, token=token).get("messages")
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "InvalidAuthenticationToken"
        assert message in response.json()["error"]["message"]
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    client = Client(sandbox)
    sandbox.expire_access_tokens()
    expired = client.get("messages").json()["error"]
    assert expired["code"] == "InvalidAuthenticationToken"
    assert "expired" in expired["message"]
    assert set(expired["innerError"]) == {"date", "request-id", "client-request-id"}


def test_me_needs_a_delegated_token(client: Client) -> None:
    response = client.get(f"{client.root}/me/messages")
    assert response.status_code == 400
    assert "/me request is only valid" in response.json()["error"]["message"]


def test_least_privilege_app_cannot_read_master_categories(
    make_sandbox: Callable[..., GraphSandbox],
) -> None:
    client = Client(make_sandbox(seeded=False, app_roles=("Mail.ReadWrite",)))
    assert client.get("outlook/masterCategories").status_code == 403
    assert client.get("messages").status_code == 200
