"""Every setting as the admin console's Settings page shows it: its effective value and where
it came from, secrets only as "set" / "not set".

A secret is never shown, not even in part: SecretStr settings say only whether they are set,
the database URL is shown with its password masked, and every value shown is run through
the settings' redactor as well, so a secret pasted into another setting is scrubbed too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import AliasChoices, SecretStr

from app.settings import Settings

PREFIX = "PODESK_"


@dataclass(frozen=True)
class SettingShown:
    name: str
    env_names: tuple[str, ...]  # the variables that set it, first wins
    value: str
    source: str
    secret: bool


def env_names(name: str) -> tuple[str, ...]:
    """The environment variables of a setting: its aliases when it has some, else PODESK_*."""
    alias = Settings.model_fields[name].validation_alias
    if isinstance(alias, AliasChoices):
        found = [a for a in alias.choices if isinstance(a, str) and a.isupper()]
        if found:
            return tuple(found)
    return (f"{PREFIX}{name.upper()}",)


def _is_secret(name: str) -> bool:
    return "SecretStr" in str(Settings.model_fields[name].annotation)


def _source(
    settings: Settings, name: str, environ: Mapping[str, str], dotenv: Mapping[str, str | None]
) -> str:
    """The first that gives a value, in pydantic-settings' order: the constructor (options
    on the command line), the environment, the .env file; else the default."""
    if name in settings.given:
        return "command-line option"
    upper_env = {k.upper() for k in environ}
    upper_dotenv = {k.upper() for k, v in dotenv.items() if v is not None}
    for var in env_names(name):
        if var in upper_env:
            return f"environment ({var})"
        if var in upper_dotenv:
            return f".env file ({var})"
    # Set after the start by the program itself (a copy with changes, as podesk demo makes).
    return "set by PO Desk" if name in settings.model_fields_set else "default"


def _shown(settings: Settings, name: str) -> str:
    value = getattr(settings, name)
    if isinstance(value, SecretStr) or (value is None and _is_secret(name)):
        return "set" if value is not None and value.get_secret_value() else "not set"
    if name == "database_url":
        return _masked_url(settings.resolved_database_url) + ("" if value else " (derived)")
    if value is None:
        return "not set"
    if isinstance(value, tuple):
        return ", ".join(map(str, value)) or "none"
    if isinstance(value, Path):
        return str(value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def _masked_url(url: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # not a URL: it may be anything, a secret included
        return "set (not shown: not a URL)"


def describe(
    settings: Settings, *, environ: Mapping[str, str], dotenv: Mapping[str, str | None]
) -> list[SettingShown]:
    """Every setting, in the order Settings declares them."""
    scrub = settings.redactor()
    return [
        SettingShown(
            name=name,
            env_names=env_names(name),
            value=scrub(_shown(settings, name)),
            source=_source(settings, name, environ, dotenv),
            secret=_is_secret(name),
        )
        for name in Settings.model_fields
    ]
