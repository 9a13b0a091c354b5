"""`podesk users`: accounts for the console, against a real SQLite store."""

from __future__ import annotations

import io
import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session

from app import accounts
from app.store import audit
from app.store.db import make_engine
from tests.cli.conftest import Cli


def _sign_in(data: Path, email: str, password: str) -> accounts.SignedIn:
    engine = make_engine(f"sqlite:///{data / 'podesk.db'}")
    try:
        with Session(engine) as session:
            done = accounts.sign_in(
                session, email=email, password=password, client="t", lifetime=timedelta(hours=1)
            )
            session.commit()
            return done
    finally:
        engine.dispose()


def test_add_prints_a_generated_password_once_and_it_signs_in(tmp_path: Path, cli: Cli) -> None:
    data = tmp_path / "data"
    out = cli("--data-dir", str(data), "users", "add", "Rita@Example.com", "--role", "sales_ops")
    found = re.search(r"Password \(shown once\): (\S+)", out)
    assert found is not None and len(found.group(1)) >= 20
    assert _sign_in(data, "rita@example.com", found.group(1)).user.role == "sales_ops"
    listed = cli.json("--data-dir", str(data), "users", "list")
    assert [(u["email"], u["role"], u["disabled"]) for u in listed] == [
        ("rita@example.com", "sales_ops", False)
    ]
    assert found.group(1) not in json.dumps(listed)  # only the hash is stored
    engine = make_engine(f"sqlite:///{data / 'podesk.db'}")
    with Session(engine) as session:
        [event] = audit.page_events(session, action="user_add")
    engine.dispose()
    assert event.actor.startswith("cli") and event.subject == "rita@example.com"
    assert found.group(1) not in json.dumps(event.detail)  # audited, the password not


def test_password_stdin_disable_and_reset(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    out = cli(
        "--data-dir",
        str(data),
        "users",
        "add",
        "m@example.com",
        "--role",
        "manager",
        "--password-stdin",
    )
    assert "shown once" not in out
    _sign_in(data, "m@example.com", "a long enough password")
    cli("--data-dir", str(data), "users", "disable", "m@example.com")
    with pytest.raises(accounts.SignInRefused):
        _sign_in(data, "m@example.com", "a long enough password")
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    out = cli(
        "--data-dir",
        str(data),
        "users",
        "reset-password",
        "m@example.com",
        "--password-stdin",
        code=1,
    )
    assert "at least 12 characters" in out


def test_clear_one_line_errors(tmp_path: Path, cli: Cli) -> None:
    data = str(tmp_path / "data")
    cli("--data-dir", data, "users", "add", "a@example.com", "--role", "admin")
    assert "exists already" in cli(
        "--data-dir", data, "users", "add", "A@example.com", "--role", "admin", code=1
    )
    assert "must be one of" in cli(
        "--data-dir", data, "users", "add", "b@example.com", "--role", "boss", code=2
    )
    assert "no user nobody@example.com" in cli(
        "--data-dir", data, "users", "disable", "nobody@example.com", code=1
    )
