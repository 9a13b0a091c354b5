"""Commands run together on one store: no error, no double effect (SQLite and PostgreSQL).

The report that led here: two first syncs at once crashed on the opportunity upsert, and
5 of 80 concurrent `review list` calls crashed on DDL run at start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, col, select

from app.store.db import make_engine
from app.store.tables import AuditRow, ClassificationRow, MessageRow, ReviewRow, ThreadRow
from cli.demo_run import make_workspace

pytestmark = pytest.mark.slow
_MIX = (
    ["sync", "--json"],
    ["queue", "--json"],
    ["sync", "--json"],
    ["review", "list", "--json"],
    ["sync", "--json"],
    ["queue", "--json"],
    ["review", "list", "--all", "--json"],
    ["sync", "--json"],
)


def _start(workspace: Path, database_url: str, args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cli",
            "--mailbox",
            str(workspace / "mailbox"),
            "--crm",
            str(workspace / "crm"),
            "--data-dir",
            str(workspace / "data"),
            "--database-url",
            database_url,
            *args,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run_mix(workspace: Path, database_url: str) -> None:
    procs = [_start(workspace, database_url, args) for args in _MIX]
    outcomes = [
        (args, *p.communicate(timeout=600), p.returncode)
        for args, p in zip(_MIX, procs, strict=True)
    ]
    failed = [(a, err[-2000:]) for a, _, err, code in outcomes if code != 0]
    assert failed == []
    for _args, out, _, _ in outcomes:
        json.loads(out)  # every command printed its whole answer


def _check_store(database_url: str, mailbox: Path) -> None:
    engine = make_engine(database_url)
    with Session(engine) as session:
        ids = session.exec(select(MessageRow.message_id)).all()
        inbound = [p for p in mailbox.rglob("*.eml") if "Drafts" not in p.parts]
        assert len(ids) == len(set(ids)) == len(inbound)  # no message lost or stored twice
        threads = session.exec(select(ThreadRow)).all()
        assert threads and all(t.cycle == 1 for t in threads)  # one cycle each, not two
        per_cycle = session.exec(
            select(ClassificationRow.thread_key, func.count())
            .group_by(col(ClassificationRow.thread_key), col(ClassificationRow.cycle))
            .having(func.count() > 1)
        ).all()
        assert per_cycle == []
        pending = session.exec(select(ReviewRow).where(ReviewRow.status == "pending")).all()
        assert len({r.thread_key for r in pending}) == len(pending)
        keys = session.exec(select(AuditRow.event_key)).all()
        assert len(keys) == len(set(keys))
    engine.dispose()


def test_mixed_commands_at_once_on_one_sqlite_store(tmp_path: Path) -> None:
    workspace = tmp_path
    make_workspace(workspace)
    url = f"sqlite:///{workspace / 'data' / 'podesk.db'}"
    _run_mix(workspace, url)
    _check_store(url, workspace / "mailbox")
    assert not (workspace / "data" / "locks").exists() or not any(
        (workspace / "data" / "locks").iterdir()
    )


def test_mixed_commands_at_once_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    make_workspace(tmp_path)
    _run_mix(tmp_path, pg_url)
    _check_store(pg_url, tmp_path / "mailbox")
