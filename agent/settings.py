"""Settings, built once at the entry point and passed down (never read at import)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(user_data_dir("podesk", appauthor=False))


class Settings(BaseSettings):
    """Everything PO Desk can be told. Env prefix PODESK_, `.env` in the working dir."""

    model_config = SettingsConfigDict(
        env_prefix="PODESK_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
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

    @field_validator("data_dir", "crm_dir", mode="after")
    @classmethod
    def _expand(cls, value: Path | None) -> Path | None:
        return value.expanduser() if value is not None else None

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
    def mailbox_path(self) -> Path | None:
        if self.mailbox is None or self.mailbox.startswith("outlook:"):
            return None
        return Path(self.mailbox).expanduser()
