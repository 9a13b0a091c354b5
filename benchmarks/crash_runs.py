"""The crash benchmark's processes: the real `podesk` CLI, SIGKILLed after a random delay."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from app.settings import Settings
from app.store.db import make_engine
from app.store.tables import DraftRow, LedgerRow, MessageRow, ReviewRow, ThreadRow

ROOT = Path(__file__).resolve().parents[1]
REVIEWER = "crash-bench"


@dataclass
class Runs:
    settings: Settings
    cwd: Path
    rng: random.Random
    sync_kills: int = 0
    syncs_completed: int = 0
    decide_kills: int = 0
    decides_completed: int = 0
    errors: list[str] = field(default_factory=list)
    # Where the kills landed, told from the store before and after (see _landed).
    landed: dict[str, int] = field(default_factory=dict)
    # How long the last sync and decision that ran to the end took: kill delays are drawn
    # from them. The first sync has every thread to do; its estimate starts high.
    sync_seconds: float = 30.0
    decide_seconds: float | None = None
    killed_in_a_row: int = 0

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PODESK_", "OPENAI_"))}
        s = self.settings
        env |= {
            "PYTHONPATH": str(ROOT),
            "PODESK_MAILBOX": str(s.mailbox),
            "PODESK_CRM_DIR": str(s.crm_dir),
            "PODESK_DATA_DIR": str(s.data_dir),
            "PODESK_REVIEWER": REVIEWER,
        }
        if s.database_url:
            env["PODESK_DATABASE_URL"] = s.database_url
        return env

    def _run(self, args: list[str], kill_after: float | None) -> tuple[bool, float, str]:
        """(killed, seconds, stderr): killed only when the process was still running."""
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "cli", *args],
            cwd=self.cwd,
            env=self._env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _, err = proc.communicate(timeout=kill_after)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            return True, time.monotonic() - start, ""
        if proc.returncode != 0:
            self.errors.append(f"podesk {' '.join(args)} exited {proc.returncode}: {err[-500:]}")
        return False, time.monotonic() - start, err

    def sync_killed_at_random(self) -> None:
        """One `podesk sync`, killed at a random point of its expected run. After three kills
        in a row one runs to the end, so new mail and cut-short decisions get through."""
        let_run = self.killed_in_a_row >= 3
        # Starting the interpreter and reading the mailbox take the first part of every run:
        # drawn from 0.3-1.1 of the expected run, kills land over ingest, cycles and holds too.
        delay = None if let_run else self.rng.uniform(0.3, 1.1) * self.sync_seconds
        before = self._counts()
        killed, seconds, _ = self._run(["sync", "--json"], delay)
        if not killed:
            self.syncs_completed += 1
            self.killed_in_a_row, self.sync_seconds = 0, max(1.0, seconds)
            print(f"  sync completed in {seconds:5.2f} s", flush=True)
            return
        self.sync_kills += 1
        self.killed_in_a_row += 1
        where = _landed(before, self._counts())
        self.landed[where] = self.landed.get(where, 0) + 1
        print(f"  sync killed after {seconds:5.2f} s: {where} ({self.sync_kills})", flush=True)

    def accept_some(self, count: int) -> None:
        """A reviewer accepts pending drafts. The first runs to the end (it times a decision);
        later ones are killed late in their run, where the draft is saved, or finish."""
        for review_id in self._reviewable()[:count]:
            expected = self.decide_seconds
            delay = None if expected is None else self.rng.uniform(0.7, 1.3) * expected
            killed, seconds, _ = self._run(["review", "accept", str(review_id)], delay)
            self.decide_kills += killed
            self.decides_completed += not killed
            if not killed:
                self.decide_seconds = seconds

    def _counts(self) -> tuple[int, int, int]:
        """Stored messages, threads short of the review gate, ledger rows."""
        engine = make_engine(self.settings.resolved_database_url)
        try:
            with Session(engine) as session:
                return (
                    len(session.exec(select(MessageRow.message_id)).all()),
                    len(session.exec(select(ThreadRow).where(ThreadRow.status == "new")).all()),
                    len(session.exec(select(LedgerRow.idempotency_key)).all()),
                )
        finally:
            engine.dispose()

    def _reviewable(self) -> list[int]:
        engine = make_engine(self.settings.resolved_database_url)
        try:
            with Session(engine) as session:
                rows = session.exec(
                    select(ReviewRow.id)
                    .join(
                        DraftRow,
                        (col(DraftRow.thread_key) == col(ReviewRow.thread_key))
                        & (col(DraftRow.cycle) == col(ReviewRow.cycle)),
                    )
                    .where(ReviewRow.status == "pending", DraftRow.status == "pending_review")
                ).all()
        finally:
            engine.dispose()
        ids = [r for r in rows if r is not None]
        self.rng.shuffle(ids)
        return ids

    def clean_sync(self) -> str:
        start = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "cli", "sync", "--json"],
            cwd=self.cwd,
            env=self._env(),
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.monotonic() - start
        if proc.returncode != 0:
            self.errors.append(f"clean sync exited {proc.returncode}: {proc.stderr[-500:]}")
            return f"clean sync: exit {proc.returncode} in {seconds:.1f} s"
        report = json.loads(proc.stdout)
        return (
            f"clean sync: resumed {report['resumed']} open cycle(s), ran {report['cycles_run']}, "
            f"failed {len(report['failed'])}, in {seconds:.1f} s"
        )

    def summary(self, rounds: int, followups: int) -> str:
        engine = make_engine(self.settings.resolved_database_url)
        try:
            with Session(engine) as session:
                ledger = len(session.exec(select(LedgerRow)).all())
        finally:
            engine.dispose()
        landed = ", ".join(f"{n} {where}" for where, n in sorted(self.landed.items()))
        lines = [
            f"rounds={rounds} follow-ups={followups} syncs: killed {self.sync_kills}, "
            f"completed {self.syncs_completed}; decisions: killed {self.decide_kills}, "
            f"completed {self.decides_completed}; drafts saved (ledger rows) {ledger}",
            f"sync kills landed: {landed}",
            *(f"  error: {e}" for e in self.errors),
        ]
        return "\n".join(lines)


def _landed(before: tuple[int, int, int], after: tuple[int, int, int]) -> str:
    """Where a kill landed, from the store: every round brings new mail, so the stored
    messages grow once the ingest has committed."""
    if after[2] > before[2]:
        return "after finishing a cut-short draft save"
    if after[0] == before[0]:
        return "before the ingest committed"
    return "while cycles were left to run" if after[1] else "after the last cycle"
