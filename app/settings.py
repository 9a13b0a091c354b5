"""Settings, built once at the entry point and passed down (never read at import)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal
from urllib.parse import parse_qs, unquote, urlsplit

from platformdirs import user_data_dir
from pydantic import AliasChoices, Field, PrivateAttr, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from connectors.redact import Redactor

# Entra app role values (the id token's ``roles`` claim) -> PO Desk roles (app.store.users.Role)
DEFAULT_ENTRA_ROLES = (
    ("PODesk.SalesOps", "sales_ops"),
    ("PODesk.DealDesk", "deal_desk"),
    ("PODesk.Manager", "manager"),
    ("PODesk.Admin", "admin"),
)


def default_data_dir() -> Path:
    return Path(user_data_dir("podesk", appauthor=False))


class Settings(BaseSettings):
    """Everything PO Desk can be told. Env prefix PODESK_, `.env` in the working dir."""

    model_config = SettingsConfigDict(
        env_prefix="PODESK_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        # A wrong setting is reported by name, never by value: the value may be a secret.
        hide_input_in_errors=True,
    )

    mailbox: str | None = Field(
        default=None, description="Folder of .eml files or a Maildir (later: outlook:<address>)."
    )
    crm_dir: Path | None = Field(default=None, description="Folder of CRM CSV exports.")
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Checkpoints, local state and caches.",
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default sqlite file in the data dir."
    )
    reviewer: str | None = Field(default=None, description="Who is recorded on review decisions.")
    managers: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(),
        description="Comma-separated addresses that may accept any held customer draft.",
    )
    # Outlook (PODESK_MAILBOX=outlook:<address>)
    tenant_id: str | None = Field(default=None, description="Entra ID tenant (directory) id.")
    client_id: str | None = Field(default=None, description="App registration's client id.")
    client_secret: SecretStr | None = Field(default=None, description="App secret (app-only).")
    certificate_path: Path | None = Field(
        default=None, description="PEM with the app's private key and certificate (app-only)."
    )
    certificate_thumbprint: str | None = Field(default=None, description="SHA-1 thumbprint.")
    auth_mode: Literal["app", "delegated"] = Field(
        default="app", description="app: client credentials; delegated: device-code sign-in."
    )
    authority_url: str = Field(default="https://login.microsoftonline.com")
    graph_url: str = Field(default="https://graph.microsoft.com")
    ca_bundle: Path | None = Field(
        default=None, description="CA bundle for Graph and login; wins over REQUESTS_CA_BUNDLE."
    )
    reply_all: bool = Field(default=False, description="Draft reply-all instead of reply.")
    # Model (any OpenAI-compatible Chat Completions endpoint); unset: rules only
    llm_base_url: str | None = Field(default=None, description="e.g. http://localhost:11434/v1")
    llm_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("PODESK_LLM_API_KEY", "OPENAI_API_KEY", "llm_api_key"),
    )
    llm_model: str | None = Field(default=None, description="Model name; unset = no model.")
    llm_timeout: float = Field(default=30.0, gt=0)
    llm_max_retries: int = Field(default=2, ge=0, le=10)

    sync_jobs: int | None = Field(
        default=None,
        ge=1,
        le=64,
        description="Processes a large sync runs its review cycles in; unset: the CPUs, up to 4.",
    )

    # The pilot's scorecard
    order_path: Literal["enterprise_po", "renewal_po", "signed_contract"] | None = Field(
        default=None, description="Limit the deals board to one order path; unset: all."
    )
    stall_days: int = Field(
        default=5, ge=1, le=365, description="Business days without news before a deal stalls."
    )
    holiday_country: str | None = Field(
        default=None, description="ISO country whose public holidays are not business days."
    )

    # Web console (podesk serve)
    session_hours: float = Field(
        default=12.0, gt=0, le=24 * 30, description="How long a console sign-in lasts."
    )
    # Console sign-in with Microsoft Entra ID (app/entra.py): on when the client id, tenant id
    # and secret are all set; /login then offers "Sign in with Microsoft".
    entra_client_id: str | None = Field(default=None, description="Console app's client id.")
    entra_tenant_id: str | None = Field(default=None, description="Its tenant (directory) id.")
    entra_client_secret: SecretStr | None = Field(default=None, description="Its client secret.")
    entra_authority: str | None = Field(
        default=None, description="Sign-in host; unset: PODESK_AUTHORITY_URL (national clouds)."
    )
    entra_redirect_uri: str | None = Field(
        default=None,
        description="Registered redirect URI; unset: <console URL>/auth/entra/callback.",
    )
    entra_roles: Annotated[dict[str, str], NoDecode] = Field(
        default_factory=lambda: dict(DEFAULT_ENTRA_ROLES),
        description="App role value=PO Desk role, comma-separated.",
    )
    exception_sla_hours: float = Field(
        default=24.0, gt=0, description="Hours an exception may stay open before it is overdue."
    )

    # The settings given to the constructor (command-line options, the demo's own): the admin
    # Settings page tells them apart from the environment's (app/settings_view.py).
    _given: frozenset[str] = PrivateAttr(default=frozenset())

    if not TYPE_CHECKING:  # mypy keeps checking Settings(...) against the fields

        def __init__(self, **values: Any) -> None:
            super().__init__(**values)
            self._given = frozenset(values)

    @property
    def given(self) -> frozenset[str]:
        return self._given

    @field_validator("managers", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if isinstance(value, str):  # PODESK_MANAGERS="ana@example.com, ben@example.com"
            return tuple(v.strip().lower() for v in value.split(",") if v.strip())
        return value

    @field_validator("entra_roles", mode="before")
    @classmethod
    def _pairs(cls, value: Any) -> Any:
        if isinstance(value, str):  # PODESK_ENTRA_ROLES="PODesk.Manager=manager, Ops=sales_ops"
            pairs = [p.partition("=") for p in value.split(",") if p.strip()]
            return {k.strip(): v.strip() for k, _, v in pairs}
        return value

    @field_validator("data_dir", "crm_dir", "certificate_path", "ca_bundle", mode="after")
    @classmethod
    def _expand(cls, value: Path | None) -> Path | None:
        return value.expanduser() if value is not None else None

    def secrets(self) -> tuple[str, ...]:
        """Every secret-bearing setting's value: what must never be stored, logged or printed."""
        found = [
            self.llm_api_key.get_secret_value() if self.llm_api_key else None,
            self.client_secret.get_secret_value() if self.client_secret else None,
            self.entra_client_secret.get_secret_value() if self.entra_client_secret else None,
            *_url_passwords(self.database_url),
        ]
        return tuple(value for value in found if value)

    def redactor(self) -> Redactor:
        """What the seams and the CLI scrub outside text with. A method, not a cached
        property: ``model_copy(update=...)`` would carry a stale one over."""
        return Redactor(self.secrets())

    @property
    def jobs(self) -> int:
        """Processes for a sync's cycles: the setting, else the CPUs this process may use
        (a container's limit, not the host's), at most 4 — past that the database's writes
        are the bottleneck."""
        if self.sync_jobs is not None:
            return self.sync_jobs
        return max(1, min(4, _usable_cpus()))

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'podesk.db'}"

    @property
    def checkpoint_target(self) -> str:
        """Checkpoints follow the store: PostgreSQL when the store is, else a SQLite file."""
        url = self.resolved_database_url
        if url.startswith(("postgresql", "postgres:")):
            rest = url.partition("://")[2]
            return f"postgresql://{rest}"  # libpq form: drop SQLAlchemy's "+driver"
        return str(self.data_dir / "checkpoints.sqlite")

    @property
    def outlook_address(self) -> str | None:
        if self.mailbox is None or not self.mailbox.startswith("outlook:"):
            return None
        return self.mailbox.removeprefix("outlook:").strip() or None

    @property
    def mailbox_path(self) -> Path | None:
        if self.mailbox is None or self.mailbox.startswith("outlook:"):
            return None
        return Path(self.mailbox).expanduser()


def _usable_cpus() -> int:
    affinity = getattr(os, "sched_getaffinity", None)  # Linux; elsewhere every CPU counts
    return len(affinity(0)) if affinity else os.cpu_count() or 1


def _url_passwords(url: str | None) -> tuple[str, ...]:
    """The password of a database URL, as written and decoded, and a libpq ?password=."""
    if not url:
        return ()
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # not a URL at all: nothing in it can be told to be the password
        return ()
    found = [password, unquote(password)] if password else []
    found += parse_qs(parts.query).get("password", [])
    return tuple(found)
