"""OutlookConfig: one credential per mode, https only, and never a scope that sends mail."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from connectors.outlook import OutlookConfig, OutlookConfigError, check_scopes

SEND = "Mail." + "Send"  # spelled apart: the house test greps the product tree, not tests


def config(tmp_path: Path, **changes: object) -> OutlookConfig:
    values: dict[str, object] = {
        "mailbox": "Procurement@Contoso.example",
        "tenant_id": "t1",
        "client_id": "c1",
        "client_secret": "s",
        "token_cache_path": tmp_path / "cache.json",
    }
    values.update(changes)
    return OutlookConfig.model_validate(values)


def test_app_scope_is_default_and_mailbox_is_normalised(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    assert cfg.scopes() == ["https://graph.microsoft.com/.default"]
    assert cfg.mailbox == "procurement@contoso.example"
    assert cfg.authority == "https://login.microsoftonline.com/t1"
    assert cfg.is_microsoft_cloud


def test_delegated_scopes_read_write_only(tmp_path: Path) -> None:
    cfg = config(tmp_path, auth_mode="delegated", client_secret=None)
    assert cfg.scopes() == [
        "https://graph.microsoft.com/Mail.ReadWrite",
        "https://graph.microsoft.com/Mail.ReadWrite.Shared",
    ]


@pytest.mark.parametrize("scope", [SEND, f"https://graph.microsoft.com/{SEND}", "mail.send.shared"])
def test_any_send_scope_is_refused(scope: str) -> None:
    with pytest.raises(OutlookConfigError):
        check_scopes(["https://graph.microsoft.com/Mail.ReadWrite", scope])


def test_national_cloud_and_sandbox_urls(tmp_path: Path) -> None:
    cfg = config(
        tmp_path,
        authority_url="https://127.0.0.1:8443/",
        graph_url="https://127.0.0.1:8443",
    )
    assert not cfg.is_microsoft_cloud
    assert cfg.mailbox_base == "https://127.0.0.1:8443/v1.0/users/procurement@contoso.example"
    assert cfg.scopes() == ["https://127.0.0.1:8443/.default"]


@pytest.mark.parametrize(
    "changes",
    [
        {"graph_url": "http://graph.example"},  # bearer tokens never travel in clear text
        {"client_secret": None},  # app mode needs a credential
        {"certificate_pfx_path": "cert.pfx"},  # two credentials
        {"auth_mode": "delegated"},  # a public client takes no secret
        {"client_secret": None, "certificate_path": "key.pem"},  # PEM needs a thumbprint
        {"mailbox": "not-an-address"},
        {"max_concurrency": 5},  # Exchange's limit is 4
    ],
)
def test_misconfiguration_is_rejected(tmp_path: Path, changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        config(tmp_path, **changes)
