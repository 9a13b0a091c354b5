"""Nothing stuck after a crash: a sync or a decision killed at any point is settled by the next
sync — every thread at the review interrupt or at the end, one draft per cycle, no mail lost.

Real parts only: the sample mailbox, the CRM export, the store and the checkpointer on SQLite
files (and on PostgreSQL), one OS process per run, killed with os._exit at a chosen point
(tests/app/crash_sync_child.py).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from app.settings import Settings
from app.store.db import make_engine
from app.store.results import persist_cycle
from app.store.tables import AuditRow, DraftRow, LedgerRow, ReviewRow, ThreadRow
from benchmarks.crash_check import Findings, check
from cli.demo_run import make_workspace
from graph.builder import build_graph, graph_thread_id, run_config
from graph.checkpointer import open_checkpointer
from graph.state import PoState
from tests.app.crash_worker import CRASH_CODE
from tests.cli.test_held import resolve

ROOT = Path(__file__).resolve().parents[2]
SYNC_POINTS = [
    "ingest",
    "before-cycle",
    "checkpoint:1",  # the input is saved, nothing has run
    "checkpoint:5",  # between two nodes
    "step:link",  # a node's writes saved, its step's checkpoint not
    "step:hold",  # the last step before the review: used to read as "finished"
    "step:review",  # the interrupt saved, the store not yet written
]
DECIDE_POINTS = ["save", "ledger", "step:save_draft", "recorded", "step:record"]


def run(root: Path, mode: str, *options: str, db: str | None = None) -> int:
    args = [sys.executable, "-m", "tests.app.crash_sync_child", str(root), mode, *options]
    proc = subprocess.run(
        [*args, *(["--db", db] if db else [])],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode in (0, CRASH_CODE), proc.stderr
    if proc.returncode == 0 and mode == "sync":
        assert json.loads(proc.stdout.splitlines()[-1])["failed"] == [], proc.stdout
    return proc.returncode


def settings(root: Path, db: str | None = None) -> Settings:
    return Settings(
        mailbox=str(root / "mailbox"), crm_dir=root / "crm", data_dir=root / "data", database_url=db
    )


def assert_settled(root: Path, db: str | None = None) -> Findings:
    findings = check(settings(root, db))
    assert findings.threads >= 6
    assert (findings.stuck, findings.duplicates, findings.lost) == ([], [], [])
    return findings


@pytest.fixture
def mailbox(tmp_path: Path) -> Path:
    """The sample workspace cut to its first days: routine threads with our replies in Sent,
    deal exceptions, a bounce (not PO related) — enough of each, and quick to run."""
    make_workspace(tmp_path)
    for path in (tmp_path / "mailbox").rglob("*.eml"):
        if path.name > "20260402-0915":
            path.unlink()
    return tmp_path


@pytest.mark.parametrize("point", SYNC_POINTS)
def test_a_sync_killed_anywhere_is_settled_by_the_next(mailbox: Path, point: str) -> None:
    assert run(mailbox, f"sync@{point}") == CRASH_CODE
    assert run(mailbox, "sync") == 0
    assert_settled(mailbox)


def test_the_half_saved_step_before_the_review_is_not_taken_for_the_end(mailbox: Path) -> None:
    """The reported bug: killed right after `hold` saved its writes, the thread read as
    finished — its review closed undecided, skipped by every later sync."""
    assert run(mailbox, "sync@step:hold") == CRASH_CODE
    key = first_thread(mailbox)
    assert run(mailbox, "sync") == 0
    with Session(make_engine(settings(mailbox).resolved_database_url)) as session:
        thread = session.get(ThreadRow, key)
        review = session.exec(select(ReviewRow).where(ReviewRow.thread_key == key)).one()
    assert thread is not None and thread.status == "pending_review"
    assert review.status == "pending" and review.decision is None


def test_a_store_closed_early_by_an_earlier_version_is_reopened(mailbox: Path) -> None:
    """What the old runner wrote after that crash: the cycle recorded as finished."""
    assert run(mailbox, "sync@step:hold") == CRASH_CODE
    key = first_thread(mailbox)
    engine = make_engine(settings(mailbox).resolved_database_url)
    with open_checkpointer(settings(mailbox).checkpoint_target) as saver:
        values = build_graph(saver).get_state(run_config(key, 1)).values
    with Session(engine) as session:
        result = PoState(**values).result(finished=True)
        persist_cycle(session, result=result, graph_thread_id=graph_thread_id(key, 1))
        session.commit()
        assert session.get(ThreadRow, key).status == "done"  # type: ignore[union-attr]
    assert run(mailbox, "sync") == 0
    assert_settled(mailbox)


def test_a_checkpoint_that_cannot_be_read_is_started_over(mailbox: Path) -> None:
    """Damaged (or written by another version): a cycle short of the review begins anew."""
    assert run(mailbox, "sync@step:link") == CRASH_CODE
    key = first_thread(mailbox)
    with sqlite3.connect(mailbox / "data" / "checkpoints.sqlite") as db:
        damaged = db.execute(
            "UPDATE checkpoints SET checkpoint = X'C1' WHERE thread_id = ?",
            (graph_thread_id(key, 1),),
        ).rowcount
    assert damaged > 0
    assert run(mailbox, "sync") == 0
    assert_settled(mailbox)
    with Session(make_engine(settings(mailbox).resolved_database_url)) as session:
        restarts = session.exec(select(AuditRow).where(AuditRow.action == "cycle_restarted"))
        assert [e.subject for e in restarts.all()] == [key]


def test_mail_ingested_before_a_crash_is_run_though_never_read_again(mailbox: Path) -> None:
    """An incremental mailbox returns only new mail: the stored threads must still run."""
    assert run(mailbox, "sync@before-cycle", "--incremental") == CRASH_CODE
    assert run(mailbox, "sync", "--incremental") == 0
    assert_settled(mailbox)


def test_a_killed_assist_step_is_resumed_from_its_saved_writes(mailbox: Path) -> None:
    assert run(mailbox, "sync@step:assist", "--model") == CRASH_CODE
    key = first_thread(mailbox)
    assert run(mailbox, "sync", "--model") == 0
    assert_settled(mailbox)
    with open_checkpointer(settings(mailbox).checkpoint_target) as saver:
        state = PoState(**build_graph(saver).get_state(run_config(key, 1)).values)
    assert state.assist is not None and state.assist.calls == 1


@pytest.mark.parametrize("point", DECIDE_POINTS)
def test_a_decision_killed_while_saving_is_finished_by_the_next_sync(
    mailbox: Path, point: str
) -> None:
    assert run(mailbox, "sync") == 0
    review_id = routine_review(mailbox)
    assert run(mailbox, f"decide@{point}", "--review", str(review_id)) == CRASH_CODE
    assert run(mailbox, "sync") == 0
    assert_one_saved_draft(mailbox, review_id)


def test_on_postgresql_a_killed_sync_and_decision_are_settled(mailbox: Path, pg_url: str) -> None:
    assert run(mailbox, "sync@step:hold", db=pg_url) == CRASH_CODE
    assert run(mailbox, "sync", db=pg_url) == 0
    assert_settled(mailbox, pg_url)
    review_id = routine_review(mailbox, pg_url)
    assert (
        run(mailbox, "decide@step:save_draft", "--review", str(review_id), db=pg_url) == CRASH_CODE
    )
    assert run(mailbox, "sync", db=pg_url) == 0
    assert_one_saved_draft(mailbox, review_id, pg_url)


@pytest.mark.parametrize("point", ["hold:before-store", "hold:after-store"])
def test_a_release_killed_around_its_store_write_is_audited_once(
    tmp_path: Path, point: str
) -> None:
    """A CRM import resolved the exception holding a draft; the sync releasing it dies just
    before or just after writing the store. The next sync leaves the draft released with
    one audit event of it: the event commits with the status, and what was released is
    what the store showed (the checkpoint may be ahead of it)."""
    make_workspace(tmp_path)
    assert run(tmp_path, "sync") == 0
    resolve(tmp_path, "EXC-2001")
    assert run(tmp_path, f"sync@{point}") == CRASH_CODE
    assert run(tmp_path, "sync") == 0
    with Session(make_engine(settings(tmp_path).resolved_database_url)) as session:
        (event,) = session.exec(select(AuditRow).where(AuditRow.action == "draft_released"))
        draft = session.exec(select(DraftRow).where(DraftRow.thread_key == event.subject)).one()
    assert event.detail["was_held_by"] == ["open_exception:EXC-2001"]
    assert (event.detail["from"], event.detail["to"]) == ("held", "pending_review")
    assert draft.status == "pending_review" and draft.suppression_reasons == []


def first_thread(root: Path) -> str:
    """The thread the crashed run was working on: the only one with a checkpoint."""
    with Session(make_engine(settings(root).resolved_database_url)) as session:
        keys = [t.thread_key for t in session.exec(select(ThreadRow)).all()]
    with open_checkpointer(settings(root).checkpoint_target) as saver:
        workflow = build_graph(saver)
        (key,) = [k for k in keys if workflow.get_state(run_config(k, 1)).values]
    return key


def routine_review(root: Path, db: str | None = None) -> int:
    with Session(make_engine(settings(root, db).resolved_database_url)) as session:
        row = session.exec(
            select(ReviewRow)
            .join(DraftRow, col(DraftRow.thread_key) == col(ReviewRow.thread_key))
            .where(DraftRow.status == "pending_review", ReviewRow.status == "pending")
        ).first()
    assert row is not None and row.id is not None
    return row.id


def assert_one_saved_draft(root: Path, review_id: int, db: str | None = None) -> None:
    assert_settled(root, db)
    assert len(list((root / "mailbox" / "Drafts").glob("*.eml"))) == 1
    with Session(make_engine(settings(root, db).resolved_database_url)) as session:
        assert len(session.exec(select(LedgerRow)).all()) == 1
        saved = session.exec(select(AuditRow).where(AuditRow.action == "draft_saved")).all()
        assert len(saved) == 1
        review = session.get(ReviewRow, review_id)
        assert review is not None and (review.status, review.decision) == ("decided", "accept")
