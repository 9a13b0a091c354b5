"""Checks every command runs before it starts: cheap, so they import nothing heavy."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from agent.errors import ConfigurationError
from cli.output import warn_once

if TYPE_CHECKING:
    from app.settings import Settings
    from connectors.crm.model import CrmSnapshot


_WHAT_IS_UNKNOWN = {
    "po_requirements.csv": "which PO fields a deal still needs",
    "contacts.csv": "who the customer's contacts are",
}


def warn_incomplete_crm(folder: Path, missing: Sequence[str]) -> None:
    """Once per command and file: a draft must never tell a customer nothing is missing."""
    for name in missing:
        warn_once(
            f"crm-incomplete:{folder.resolve()}/{name}",
            f"the CRM export {folder} has no {name}: nobody can tell "
            f"{_WHAT_IS_UNKNOWN.get(name, 'what it holds')}, so readiness is unknown and "
            f"customer drafts are held (crm_incomplete:{name})",
        )


def warn_crm_loaded(settings: Settings, snapshot: CrmSnapshot) -> None:
    """The same warning for the export a command loaded (app.wiring.require_crm)."""
    if settings.crm_dir is not None:
        warn_incomplete_crm(settings.crm_dir, snapshot.missing_files)


def check_crm_folder(settings: Settings) -> None:
    """The same warning for commands that do not load the CRM (queue, review list, ...)."""
    folder = settings.crm_dir
    if folder is not None and folder.is_dir() and (folder / "opportunities.csv").is_file():
        from connectors.crm.load import COMPLETENESS_FILES

        warn_incomplete_crm(folder, [n for n in COMPLETENESS_FILES if not (folder / n).is_file()])


def reviewer_name(settings: Settings, override: str | None = None) -> str:
    """Who decides: --reviewer, else PODESK_REVIEWER. Never the OS account: on a shared
    machine or in a container that is "root", and the audit log would name nobody."""
    name = (override or settings.reviewer or "").strip()
    if not name:
        raise ConfigurationError(
            "who is deciding? pass --reviewer NAME (or set PODESK_REVIEWER); "
            "the audit log records every decision by name"
        )
    return name
