"""Exactly once: a process killed right after saving the draft, then resumed, leaves one draft.

Real parts only: SqliteSaver on a file, the SQLite store, the .eml Drafts folder, and
a separate OS process per step, killed with os._exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, select

from app.store.db import make_engine
from app.store.tables import AuditRow, LedgerRow, ReviewRow
from connectors.crm import fake as crm
from tests.app.crash_worker import CRASH_CODE

ROOT = Path(__file__).resolve().parents[2]
EML = """\
From: Pat Buyer <buyer@acme.example>
To: orders@vendor.example
Subject: Purchase order for the Acme subscription
Message-ID: <po-1@acme.example>
Date: Mon, 02 Mar 2026 09:00:00 +0000

Hello, please find our PO 4500012345 for the subscription.
Regards, Pat
"""


def worker(mode: str, root: Path, review_id: int = 0) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.app.crash_worker", mode, str(root), str(review_id)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode in (0, CRASH_CODE), proc.stderr
    return proc.returncode


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "mailbox").mkdir()
    (tmp_path / "mailbox" / "po-1.eml").write_text(EML, encoding="utf-8")
    crm.write_export(
        crm.snapshot(
            opportunities=[crm.opportunity("OPP-1001")],
            contacts=[crm.contact("OPP-1001", "buyer@acme.example", name="Pat Buyer")],
            requirements=[
                crm.requirement("OPP-1001", "po_number"),
                crm.requirement("OPP-1001", "billing_entity"),
            ],
        ),
        tmp_path / "crm",
    )
    assert worker("sync", tmp_path) == 0
    return tmp_path


def review_id(root: Path) -> int:
    with Session(make_engine(f"sqlite:///{root / 'data' / 'podesk.db'}")) as session:
        (review,) = session.exec(select(ReviewRow)).all()
        assert review.id is not None
        return review.id


@pytest.mark.parametrize("mode", ["die-after-save", "die-after-ledger"])
def test_killed_after_save_then_resumed_leaves_exactly_one_draft(
    workspace: Path, mode: str
) -> None:
    rid = review_id(workspace)
    assert worker(mode, workspace, rid) == CRASH_CODE
    drafts = list((workspace / "mailbox" / "Drafts").glob("*.eml"))
    assert len(drafts) == 1  # the save happened before the crash
    assert worker("decide", workspace, rid) == 0  # the reviewer runs accept again
    assert len(list((workspace / "mailbox" / "Drafts").glob("*.eml"))) == 1
    with Session(make_engine(f"sqlite:///{workspace / 'data' / 'podesk.db'}")) as session:
        assert len(session.exec(select(LedgerRow)).all()) == 1
        saved_events = session.exec(select(AuditRow).where(AuditRow.action == "draft_saved")).all()
        assert len(saved_events) == 1
        review = session.get(ReviewRow, rid)
        assert review is not None and review.status == "decided" and review.decision == "accept"


def test_deciding_twice_is_refused(workspace: Path) -> None:
    rid = review_id(workspace)
    assert worker("decide", workspace, rid) == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.app.crash_worker", "decide", str(workspace), str(rid)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0 and "not pending" in proc.stderr
    assert len(list((workspace / "mailbox" / "Drafts").glob("*.eml"))) == 1
