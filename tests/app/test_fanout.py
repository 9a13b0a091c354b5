"""A large sync's cycles in worker processes (app/fanout.py): real SQLite files, a real
folder mailbox (a tuning corpus set), spawned workers. The outcome is the one a single
process gives, thread by thread."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlmodel import Session, select

from app.fanout import MIN_CYCLES
from app.settings import Settings
from app.store.tables import (
    AuditRow,
    ClassificationRow,
    DraftRow,
    PacketRow,
    ReviewRow,
    ThreadRow,
)
from app.wiring import open_app
from connectors.llm.port import ModelConfigError
from sandboxes.model import ModelSandbox
from tests.app import fanout_child

_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:\+00:00)?")
_REVIEW = re.compile(r"review:(\d+)")
ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "corpus" / "tuning" / "threads-a"


def _settings(root: Path, jobs: int) -> Settings:
    shutil.copytree(SET / "mailbox", root / "mailbox")
    return fanout_child.settings(root, SET, jobs)


def _outcome(session: Session) -> dict[str, str]:
    """Per thread: status, label, reasons, link, packet facts, note and customer draft, as
    JSON in which times and review ids (which differ from run to run) are replaced: a time
    by "<time>", a review by its thread's key."""
    found: dict[str, Any] = {}
    for thread in session.exec(select(ThreadRow)).all():
        key = thread.thread_key
        rows = (
            session.exec(select(ClassificationRow).where(ClassificationRow.thread_key == key)),
            session.exec(select(PacketRow).where(PacketRow.thread_key == key)),
            session.exec(select(DraftRow).where(DraftRow.thread_key == key)),
        )
        classification, packet, draft = (r.one_or_none() for r in rows)
        assert classification and packet, key
        found[key] = {
            "thread": (thread.status, thread.label, thread.next_action_owner),
            "classification": (classification.reasons, classification.opportunity_id),
            "packet": (packet.data, packet.internal_note),
            "draft": draft and (draft.status, draft.text, draft.suppression_reasons),
        }
    reviews = {str(r.id): r.thread_key for r in session.exec(select(ReviewRow)).all()}
    return {key: _stable(json.dumps(value, default=str), reviews) for key, value in found.items()}


def _stable(text: str, reviews: dict[str, str]) -> str:
    text = _TIME.sub("<time>", text)
    return _REVIEW.sub(lambda m: f"review:{reviews[m[1]]}", text)


def _sync(root: Path, jobs: int) -> tuple[dict[str, str], set[int], int]:
    with open_app(_settings(root, jobs)) as app:
        if app.runner.fanout:  # the set has 90 threads; workers pay off from MIN_CYCLES
            app.runner.fanout.min_cycles = 1
        report = app.runner.sync(app.mailbox, app.crm)
        assert not report.failed and report.cycles_run == report.threads
        workers = app.runner.fanout.workers if app.runner.fanout else set()
        with Session(app.engine) as session:
            audited = len(session.exec(select(AuditRow)).all())
            return _outcome(session), workers, audited


def test_workers_give_the_outcome_one_process_gives(tmp_path: Path) -> None:
    alone, no_workers, audited_alone = _sync(tmp_path / "one", jobs=1)
    assert len(alone) > 50 and not no_workers
    shared, workers, audited_shared = _sync(tmp_path / "two", jobs=2)
    # Both workers ran cycles, and neither was this process.
    assert len(workers) == 2 and os.getpid() not in workers
    assert shared.keys() == alone.keys()
    different = [key for key in alone if shared[key] != alone[key]]
    assert not different, [(alone[k], shared[k]) for k in different[:1]]
    assert audited_shared == audited_alone


def test_a_key_refused_in_a_worker_stops_the_sync(tmp_path: Path) -> None:
    """Every cycle would fail alike: the sync stops, as it does in one process, instead of
    failing each thread in turn; the threads stay queued for the next sync."""
    with ModelSandbox() as model:
        model.fail_next(401, times=1000, message="Incorrect API key provided")
        settings = _settings(tmp_path, jobs=2).model_copy(
            update={
                "llm_model": "sandbox-model",
                "llm_base_url": model.base_url,
                "llm_api_key": SecretStr("sk-fanout-test"),
                "llm_max_retries": 0,
            }
        )
        with open_app(settings) as app:
            assert app.runner.fanout is not None
            app.runner.fanout.min_cycles = 1
            with pytest.raises(ModelConfigError, match="refused the credentials"):
                app.runner.sync(app.mailbox, app.crm)
            with Session(app.engine) as session:
                threads = session.exec(select(ThreadRow)).all()
                reviews = session.exec(select(ReviewRow)).all()
        # The workers were given a few cycles ahead, never the whole mailbox.
        assert 2 <= len(model.requests) <= 12
        # No review was opened; what ran to its end needed no model (not PO-related mail).
        assert not reviews and len(threads) > 50
        done = [t for t in threads if t.status != "new"]
        assert all(t.status == "done" and t.label == "not_po_related" for t in done), done


def test_workers_end_with_a_killed_sync(tmp_path: Path) -> None:
    """SIGKILL the sync while its workers run cycles: they end too (an orphan would wait for
    work forever and keep the sync's stderr open), and the next sync finishes every thread."""
    shutil.copytree(SET / "mailbox", tmp_path / "mailbox")
    sync = subprocess.Popen(
        [sys.executable, "-m", "tests.app.fanout_child", str(tmp_path), str(SET)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stderr=subprocess.PIPE,
    )
    workers = _wait_for_workers(sync.pid, tmp_path / "data" / "podesk.db")
    sync.kill()
    sync.communicate(timeout=30)  # returns: nobody holds its stderr any more
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]
    with open_app(fanout_child.settings(tmp_path, SET, jobs=1)) as app:
        report = app.runner.sync(app.mailbox, app.crm)
        assert not report.failed
        with Session(app.engine) as session:
            statuses = {t.status for t in session.exec(select(ThreadRow)).all()}
    assert "new" not in statuses and len(statuses) >= 1


def _wait_for_workers(parent: int, store: Path) -> list[int]:
    """The sync's worker pids, once they have finished a few cycles between them."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = [p for p in _children(parent) if b"spawn_main" in _cmdline(p)]
        if len(workers) == 2 and _reviews(store) >= 3:
            return workers
        time.sleep(0.1)
    raise AssertionError("the sync's workers never ran a cycle")


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                status = (entry / "status").read_text()
                if f"\nPPid:\t{parent}\n" in status:
                    found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def _reviews(store: Path) -> int:
    if not store.exists():
        return 0
    with (
        contextlib.closing(sqlite3.connect(store, timeout=30)) as conn,
        contextlib.suppress(sqlite3.OperationalError),  # before the tables exist
    ):
        return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
    return 0


def test_a_small_sync_runs_in_this_process(tmp_path: Path) -> None:
    settings = _settings(tmp_path, jobs=2)
    with open_app(settings) as app:
        fanout = app.runner.fanout
        assert fanout is not None and fanout.jobs == 2
        assert not fanout.wanted(MIN_CYCLES - 1) and fanout.wanted(MIN_CYCLES)


def test_one_job_means_no_workers(tmp_path: Path) -> None:
    with open_app(_settings(tmp_path, jobs=1)) as app:
        assert app.runner.fanout is None
