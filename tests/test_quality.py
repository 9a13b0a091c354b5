"""The house rules, checked with every test run: ruff (lint + format) and mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],  # packages and strictness come from pyproject.toml
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_tool_is_clean(command: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_nothing_can_send_mail() -> None:
    """DESIGN rule 1: no code path reaches a send API (Graph /send, /sendMail, SMTP)."""
    offenders = []
    for path in [
        *ROOT.glob("agent/**/*.py"),
        *ROOT.glob("connectors/**/*.py"),
        *ROOT.glob("graph/**/*.py"),
        *ROOT.glob("sandboxes/**/*.py"),
    ]:
        text = path.read_text(encoding="utf-8")
        for needle in ("sendMail", "/send", "smtplib", ".send_message(", "Mail.Send"):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert not offenders


def test_readme_documents_every_reason_code_and_policy_row() -> None:
    """The README's reason-code list and decision table are the ones the code uses."""
    from agent.models import Reason
    from agent.policy import POLICY

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [r.value for r in Reason if f"| `{r.value}` |" not in readme] == []
    assert [row.when for row in POLICY if f"| `{row.label}` | {row.when} |" not in readme] == []
