"""After crashes and a clean sync: is every thread settled, every draft single, every message kept?

Shared by benchmarks/crash_sync.py and tests/app/test_crash_recovery.py. Read-only: it
opens the store and the checkpointer the way `podesk` does and compares the two.
* stuck: a thread whose current cycle is not at the review interrupt nor at the end of the
  graph, whose store status disagrees with its checkpoint, or whose state cannot be read;
* duplicates: more than one draft for a cycle, a draft file the ledger does not know, a
  ledger row without its saved draft;
* lost: a file of the mailbox that is neither a stored message nor quarantined.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email import message_from_bytes
from pathlib import Path

from sqlmodel import Session, select

from app.progress import cycle_stage
from app.settings import Settings
from app.store.db import make_engine
from app.store.tables import DraftRow, LedgerRow, MessageRow, QuarantineRow, ReviewRow, ThreadRow
from connectors.mailbox.drafts import DRAFTS_DIR
from connectors.mailbox.folder import read_mailbox
from graph.builder import Workflow, build_graph, run_config
from graph.checkpointer import open_checkpointer
from graph.state import PoState

# The store status each checkpoint stage goes with, once a sync has settled the thread.
_STATUS_FOR = {"at_review": "pending_review", "finished": "done"}


@dataclass
class Findings:
    threads: int = 0
    stuck: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)


def check(settings: Settings) -> Findings:
    assert settings.mailbox_path is not None
    findings = Findings()
    engine = make_engine(settings.resolved_database_url)
    try:
        with open_checkpointer(settings.checkpoint_target) as saver, Session(engine) as session:
            workflow = build_graph(saver)
            threads = session.exec(select(ThreadRow)).all()
            findings.threads = len(threads)
            for thread in threads:
                problem = _unsettled(session, workflow, thread)
                if problem:
                    findings.stuck.append(f"{thread.thread_key}:{thread.cycle}: {problem}")
            findings.duplicates = _duplicates(session, settings.mailbox_path / DRAFTS_DIR)
            findings.lost = _lost(session, settings.mailbox_path)
    finally:
        engine.dispose()
    return findings


def _unsettled(session: Session, workflow: Workflow, thread: ThreadRow) -> str | None:
    try:
        snapshot = workflow.get_state(run_config(thread.thread_key, thread.cycle))
        stage = cycle_stage(snapshot)
        if stage not in _STATUS_FOR:
            return f"checkpoint {stage}, store {thread.status}"
        PoState(**snapshot.values).result(finished=stage == "finished")  # readable
    except Exception as exc:
        return f"unreadable: {type(exc).__name__}: {exc}"
    if thread.status != _STATUS_FOR[stage]:
        return f"checkpoint {stage}, store {thread.status}"
    review = session.exec(
        select(ReviewRow).where(
            ReviewRow.thread_key == thread.thread_key, ReviewRow.cycle == thread.cycle
        )
    ).first()
    if review is None:
        return None if thread.label == "not_po_related" else "no review"
    if stage == "at_review" and review.status != "pending":
        return f"at the review, review {review.status}"
    if stage == "finished" and (review.status != "decided" or review.decision is None):
        return f"finished, review {review.status} with decision {review.decision}"
    return None


def _duplicates(session: Session, drafts_dir: Path) -> list[str]:
    found: list[str] = []
    ledger = {r.idempotency_key for r in session.exec(select(LedgerRow)).all()}
    saved = session.exec(select(DraftRow).where(DraftRow.status == "saved")).all()
    saved_keys = {r.idempotency_key for r in saved}
    files: dict[str, list[str]] = {}  # thread key -> draft files' idempotency keys
    for path in sorted(drafts_dir.glob("*.eml")) if drafts_dir.is_dir() else []:
        headers = message_from_bytes(path.read_bytes())
        key = str(headers["X-PODesk-Idempotency-Key"])
        files.setdefault(str(headers["X-PODesk-Thread"]), []).append(key)
        if key not in ledger:
            found.append(f"draft file {path.name} not in the ledger")
    for key in sorted(ledger - saved_keys):
        found.append(f"ledger row {key} without a saved draft")
    per_thread = {t: sum(1 for r in saved if r.thread_key == t) for t in files}
    for thread_key, keys in files.items():
        if len(keys) > per_thread[thread_key]:
            found.append(f"{thread_key}: {len(keys)} draft files for {per_thread[thread_key]}")
    return found


def _lost(session: Session, mailbox: Path) -> list[str]:
    read = read_mailbox(mailbox)
    stored = set(session.exec(select(MessageRow.message_id)).all())
    quarantined = set(session.exec(select(QuarantineRow.source)).all())
    lost = [f"<{m.message_id}> ({m.source})" for m in read.messages if m.message_id not in stored]
    return lost + [
        f"{q.source} ({q.reason})" for q in read.quarantined if q.source not in quarantined
    ]
