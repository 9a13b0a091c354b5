"""Entra sign-in settings: all three or none, the role map, the authority."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from agent.errors import ConfigurationError
from app.entra import entra_config
from app.settings import Settings
from app.store.users import Role

ENTRA = {
    "entra_client_id": "console-app",
    "entra_tenant_id": "contoso.example",
    "entra_client_secret": SecretStr("s3cret-value"),
}


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.chdir(str(tmp_path))  # no .env of the developer's
    for name in ("PODESK_ENTRA_ROLES", "PODESK_AUTHORITY_URL", "PODESK_ENTRA_AUTHORITY"):
        monkeypatch.delenv(name, raising=False)


def test_off_unless_configured_and_a_half_configuration_is_an_error() -> None:
    assert entra_config(Settings()) is None
    with pytest.raises(ConfigurationError, match="PODESK_ENTRA_CLIENT_SECRET"):
        entra_config(Settings(entra_client_id="a", entra_tenant_id="b"))


def test_defaults_the_authority_and_the_documented_role_map() -> None:
    config = entra_config(Settings(**ENTRA))
    assert config is not None
    assert config.authority == "https://login.microsoftonline.com/contoso.example"
    assert config.roles == {
        "PODesk.SalesOps": Role.SALES_OPS,
        "PODesk.DealDesk": Role.DEAL_DESK,
        "PODesk.Manager": Role.MANAGER,
        "PODesk.Admin": Role.ADMIN,
    }
    assert "s3cret-value" in Settings(**ENTRA).secrets()  # redacted wherever PO Desk writes


def test_the_role_map_and_authority_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PODESK_ENTRA_ROLES", "Ops.Team = sales_ops, Bosses=manager")
    monkeypatch.setenv("PODESK_ENTRA_AUTHORITY", "https://login.microsoftonline.us/")
    config = entra_config(Settings(**ENTRA))
    assert config is not None
    assert config.roles == {"Ops.Team": Role.SALES_OPS, "Bosses": Role.MANAGER}
    assert config.authority == "https://login.microsoftonline.us/contoso.example"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"entra_roles": {"PODesk.Boss": "boss"}}, "PODESK_ENTRA_ROLES"),
        ({"entra_authority": "http://login.example"}, "https://"),
    ],
)
def test_a_wrong_role_or_plain_http_authority_is_refused(
    extra: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        entra_config(Settings(**ENTRA, **extra))
