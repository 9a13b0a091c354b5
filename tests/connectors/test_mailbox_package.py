"""The package's re-exports, and that importing it never turns circular."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import connectors.mailbox as mailbox

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", mailbox.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(mailbox, name) is not None


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = mailbox.send_mail


@pytest.mark.parametrize(
    "first_import",
    ["connectors.ports", "connectors.mailbox", "connectors.mailbox.folder"],
)
def test_any_import_order_works(first_import: str) -> None:
    # connectors.ports imports connectors.mailbox.model; a fresh interpreter shows cycles.
    code = (
        f"import {first_import}; from connectors.mailbox.folder import FolderMailbox, read_mailbox"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
