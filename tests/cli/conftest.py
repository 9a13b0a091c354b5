from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cli import run
from cli.demo_run import make_workspace


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Settings are read from the environment and .env: keep the developer's own out of tests.
    for name in (
        "PODESK_MAILBOX",
        "PODESK_CRM_DIR",
        "PODESK_DATABASE_URL",
        "PODESK_DATA_DIR",
        "PODESK_REVIEWER",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    settings = make_workspace(root)
    monkeypatch.setenv("PODESK_MAILBOX", str(settings.mailbox))
    monkeypatch.setenv("PODESK_CRM_DIR", str(settings.crm_dir))
    monkeypatch.setenv("PODESK_DATA_DIR", str(settings.data_dir))
    return root


class Cli:
    """Runs the real entry point in-process; output captured by pytest."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys
        self.stdout = ""  # of the last command, without its warnings (stderr)

    def __call__(self, *args: str, code: int = 0) -> str:
        self.capsys.readouterr()
        exit_code = run(list(args))
        captured = self.capsys.readouterr()
        output = captured.out + captured.err
        self.stdout = captured.out
        assert exit_code == code, output
        return output

    def json(self, *args: str) -> Any:
        self(*args, "--json")
        return json.loads(self.stdout)  # JSON goes to stdout alone, warnings to stderr


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys)
