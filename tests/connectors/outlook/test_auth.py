"""Tokens and TLS against the sandbox: msal for real, the CA bundle pinned, the cache private."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from connectors.outlook import GraphClient, OutlookMailbox, TokenProvider
from connectors.outlook.auth import PinnedCASession, device_code_sign_in
from connectors.outlook.errors import GraphAuthError
from connectors.redact import REDACTED, Redactor
from sandboxes.graph import GraphSandbox

from .conftest import SandboxFactory, graph_requests, outlook_config, seed
from .test_sync import Store

SEND = "mail." + "send"


class RecordingSession(PinnedCASession):
    """The real session, which also keeps what was posted to the token endpoint."""

    def __init__(self, ca_bundle: Path | None) -> None:
        super().__init__(ca_bundle)
        self.token_forms: list[dict[str, list[str]]] = []

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        if "oauth2" in str(url) and isinstance(kwargs.get("data"), dict | str):
            data = kwargs["data"]
            self.token_forms.append(
                {k: [str(v)] for k, v in data.items()} if isinstance(data, dict) else parse_qs(data)
            )
        return super().request(method, url, *args, **kwargs)


@pytest.fixture
def wrong_ca_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE pointing at a CA that did not sign the sandbox."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Some other CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / "wrong-ca.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(path))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(path))
    return path


def test_configured_ca_bundle_wins_over_the_environment(
    sandbox: GraphSandbox, tmp_path: Path, wrong_ca_bundle: Path
) -> None:
    url = (
        f"{sandbox.authority_url}/{sandbox.config.tenant_id}/v2.0/.well-known/openid-configuration"
    )
    plain = requests.Session()
    plain.verify = str(sandbox.ca_path)  # what one would expect to work...
    with pytest.raises(requests.exceptions.SSLError):
        plain.get(url, timeout=10)  # ...but the environment overrides the attribute
    assert PinnedCASession(sandbox.ca_path).get(url, timeout=10).ok

    seed(sandbox, inbox=3)
    config = outlook_config(sandbox, tmp_path)
    read = OutlookMailbox(config, Store()).read()  # msal and O365 both on the pinned session
    assert len(read.messages) == 3


def test_token_cache_is_owner_only_and_written_only_on_change(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    config = outlook_config(sandbox, tmp_path)
    previous = os.umask(0o022)  # the usual umask would leave files world-readable
    try:
        OutlookMailbox(config, Store()).read()
    finally:
        os.umask(previous)
    cache = config.token_cache_path
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700
    before = cache.stat()

    again = GraphClient(config)  # a new process: the cached token is reused, nothing written
    OutlookMailbox(config, Store(), client=again).read()
    after = cache.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)

    cache.chmod(0o644)  # loosened by someone: tightened again on load
    TokenProvider(config)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600


def test_app_only_token_requests_never_ask_to_send(sandbox: GraphSandbox, tmp_path: Path) -> None:
    config = outlook_config(sandbox, tmp_path)
    session = RecordingSession(config.ca_bundle)
    client = GraphClient(config, tokens=TokenProvider(config, session))
    seed(sandbox, inbox=2)
    OutlookMailbox(config, Store(), client=client).read()
    scopes = [scope for form in session.token_forms for scope in form.get("scope", [])]
    assert scopes and all(s.endswith("/.default") for s in scopes)
    assert not any(SEND in s.lower() for s in scopes)


def test_delegated_device_code_sign_in_then_silent_use(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    config = outlook_config(sandbox, tmp_path, auth_mode="delegated", client_secret=None)
    session = RecordingSession(config.ca_bundle)
    prompts: list[tuple[str, str]] = []

    user = device_code_sign_in(
        config, lambda url, code: prompts.append((url, code)), session=session
    )

    assert user and prompts and prompts[0][0].startswith(sandbox.url) and prompts[0][1]
    scopes = " ".join(s for form in session.token_forms for s in form.get("scope", []))
    assert "Mail.ReadWrite.Shared" in scopes and SEND not in scopes.lower()
    # Another process: the refresh token in the private cache is enough to read the mailbox.
    seed(sandbox, inbox=2)
    read = OutlookMailbox(config, Store()).read()
    assert len(read.messages) == 2


def test_certificate_credentials(make_sandbox: SandboxFactory, tmp_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "podesk-app")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    (tmp_path / "app-cert.pem").write_bytes(cert_pem)
    (tmp_path / "app-key.pem").write_bytes(key_pem + cert_pem)
    sandbox = make_sandbox(client_certificate=tmp_path / "app-cert.pem")
    thumbprint = hashlib.sha1(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    config = outlook_config(
        sandbox,
        tmp_path,
        client_secret=None,
        certificate_path=tmp_path / "app-key.pem",
        certificate_thumbprint=thumbprint,
    )
    seed(sandbox, inbox=1)
    assert len(OutlookMailbox(config, Store()).read().messages) == 1


def test_an_expired_access_token_is_replaced_once(sandbox: GraphSandbox, tmp_path: Path) -> None:
    seed(sandbox, inbox=2)
    client = GraphClient(outlook_config(sandbox, tmp_path))
    state = Store()
    mailbox = OutlookMailbox(client.config, state, client=client)
    state.update(mailbox.read().cursor)
    sandbox.expire_access_tokens()
    sandbox.clear_requests()
    assert not mailbox.read().messages
    statuses = [r.status for r in graph_requests(sandbox)]
    assert statuses == [401, 200, 200]  # the first 401 fetched a new token; no more


def test_a_damaged_token_cache_only_costs_a_new_token(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    config = outlook_config(sandbox, tmp_path)
    config.token_cache_path.parent.mkdir(parents=True)
    config.token_cache_path.write_text("{not json")
    seed(sandbox, inbox=1)
    assert len(OutlookMailbox(config, Store()).read().messages) == 1
    assert config.token_cache_path.read_text().startswith("{")


def test_errors_quoting_the_secret_or_the_token_are_scrubbed(
    sandbox: GraphSandbox, tmp_path: Path
) -> None:
    client = GraphClient(outlook_config(sandbox, tmp_path), redactor=Redactor(["other-Kiwi-55"]))
    token = client.tokens.token()
    sandbox.inject("echo_auth", path_contains="/messages", times=2)  # the retry is refused too
    with pytest.raises(GraphAuthError) as quoted:
        client.get(client.url("/messages"))
    assert token not in str(quoted.value) and REDACTED in str(quoted.value)
    client.tokens.invalidate()
    sandbox.refuse_credentials(echo=True)
    with pytest.raises(GraphAuthError) as refused:
        client.tokens.token()
    secret = sandbox.config.client_secret
    assert secret not in str(refused.value) and REDACTED in str(refused.value)
