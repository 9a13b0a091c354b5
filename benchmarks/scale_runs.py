"""The measurements of benchmarks/mailbox_scale.py, one per subprocess (`--child NAME ...`),
so each one's time and peak RSS are its own. Each prints one JSON line.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from agent.crm_index import CrmIndex
from app.fanout import Fanout
from app.locks import thread_locks
from app.runner import Runner
from app.store.db import make_engine
from app.store.mailbox_index import StoreMailboxIndex
from app.store.tables import ReviewRow
from benchmarks import checkpoint_bytes, queue_store, synthetic
from benchmarks.floor import floor_workflow
from benchmarks.graph_mailbox import US, synthetic_mail
from connectors.mailbox import build_threads
from connectors.mailbox.drafts import LocalDraftFolder
from connectors.mailbox.fake import InMemoryMailbox
from connectors.mailbox.folder import FolderMailbox
from connectors.mailbox.model import Address, MailMessage, ThreadRef
from connectors.ports import MailSource
from graph.builder import build_graph, graph_thread_id
from graph.checkpointer import sqlite_checkpointer
from graph.context import Context, NullLabeler
from graph.state import PoState

# link, extract, classify, build_packet, assist, draft, check_boundary, hold, review


@contextmanager
def runner(work: Path) -> Iterator[Runner]:
    """What `podesk sync` builds (app.wiring.open_app): the store and a SqliteSaver
    file under work/data, the synthetic CRM, local drafts; a new one is a new process's."""
    data = work / "data"
    engine = make_engine(f"sqlite:///{data / 'podesk.db'}")
    saver = sqlite_checkpointer(data / "checkpoints.sqlite")
    context = Context(
        crm=CrmIndex.from_snapshot(synthetic.snapshot()),
        drafts=LocalDraftFolder(work / "mailbox"),
        labeler=NullLabeler(),
        thread_lock=thread_locks(engine, data),
        default_reviewer="bench",
    )
    try:
        yield Runner(workflow=build_graph(saver), engine=engine, context=context)
    finally:
        saver.conn.close()
        engine.dispose()


@dataclass(frozen=True)
class BenchRunner:
    """A sync worker's Runner (app/fanout.py): the same parts as ``runner``."""

    work: Path

    def __call__(self) -> AbstractContextManager[Runner]:
        return runner(self.work)


def sync(work: Path, indexed: bool, jobs: int = 1) -> dict[str, Any]:
    """One `podesk sync` of work/mailbox (Runner.sync: its recover(), the read, the cycles),
    timed whole, its cycles in ``jobs`` processes (the workers' start counts); the CRM
    snapshot is built before, as `podesk sync` loads it before."""
    root = work / "mailbox"
    crm = synthetic.snapshot()
    with runner(work) as run:
        if jobs > 1:
            run.fanout = Fanout(BenchRunner(work), jobs)
        index = StoreMailboxIndex(run.engine, root) if indexed else None
        source: MailSource = FolderMailbox(root, index)
        first: list[float] = []  # when the first cycle is done: the read and the store before

        def progress(done: int, _total: int) -> None:
            if done == 1:
                first.append(time.perf_counter())

        start = time.perf_counter()
        report = run.sync(source, crm, progress=progress)
        end = time.perf_counter()
    return {
        "sync_s": end - start,
        "first_cycle_s": (first[0] if first else end) - start,
        "recovered": report.resumed,
        "messages": report.messages_read,
        "threads": report.threads,
        "cycles": report.cycles_run,
        "failed": len(report.failed),
        "jobs": jobs,
        **_rss(),
    }


def floor(work: Path, messages: int) -> dict[str, Any]:
    """The same threads through a bare graph: as many no-op nodes, the last interrupts, the
    same checkpointer and durability (benchmarks/triage_throughput.py's floor)."""

    mail = [m for m, _ in synthetic_mail(messages, attachment_share=0.3, machine_share=0.02)]
    threads = build_threads(mail)
    saver = sqlite_checkpointer(work / "floor" / "checkpoints.sqlite")
    workflow = floor_workflow(saver)
    start = time.perf_counter()
    for thread in threads:
        config = {"configurable": {"thread_id": graph_thread_id(thread.thread_key, 1)}}
        first = PoState(thread=ThreadRef.of(thread), cycle=1)  # the state ours starts with
        workflow.invoke(first, config, durability="sync")
    elapsed = time.perf_counter() - start
    saver.conn.close()
    return {"floor_s": elapsed, "threads": len(threads), **_rss()}


def checkpoint(work: Path, messages: int) -> dict[str, Any]:
    """Checkpoint bytes of review cycles of a thread of ``messages`` messages, on the
    SqliteSaver file `podesk sync` uses: the first cycle (synced to its review, then
    superseded), and the second after one more customer message, from its sync to its end (a
    reviewer accepts), so the pruning at each cycle's end counts. For each: bytes written to
    the checkpoint tables (every row, pruned ones too) and bytes kept afterwards."""
    mail = list(_long_thread(messages + 1))
    key = build_threads(mail)[0].thread_key
    with runner(work) as run:
        conn = run.workflow.checkpointer.conn  # type: ignore[union-attr]
        checkpoint_bytes.install_sqlite_meter(conn)
        for count in (messages, messages + 1):
            report = run.sync(InMemoryMailbox(mail[:count]), synthetic.snapshot())
            assert report.cycles_run == 1 and not report.failed, report
        with Session(run.engine) as session:
            review = session.exec(select(ReviewRow).where(ReviewRow.cycle == 2)).one()
        assert review.id is not None and review.thread_key == key
        decided = run.decide(review.id, {"type": "accept", "reviewer": "bench"})
        assert decided.status == "decided", decided
        sizes = {}
        for cycle in (1, 2):
            tid = graph_thread_id(key, cycle)
            sizes[f"cycle{cycle}_written_kb"] = checkpoint_bytes.sqlite_written(conn, tid) / 1024
            sizes[f"cycle{cycle}_kept_kb"] = checkpoint_bytes.sqlite_kept(conn, tid) / 1024
            sizes[f"cycle{cycle}_checkpoints"] = conn.execute(
                "SELECT count(*) FROM checkpoints WHERE thread_id = ?", (tid,)
            ).fetchone()[0]
    return {**sizes, **_rss()}


def _long_thread(n: int) -> Iterator[MailMessage]:
    """A customer and us, answering each other ``n`` times in one thread on one deal."""
    customer = Address(name="Buyer 7", email="buyer@customer7.example")
    root = "long-0@customer7.example"
    t0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    for k in range(n):
        ours = k % 2 == 1 and k < n - 1  # the last one is the customer's: a new cycle
        text = (
            "Thanks, noted; our deal desk will come back to you."
            if ours
            else f"Hi team,\n\nupdate {k} on PO 4500012345 for quote Q-2026-00007.\n\nBuyer 7"
        )
        yield MailMessage(
            message_id=root if k == 0 else f"long-{k}@customer7.example",
            in_reply_to=None if k == 0 else root,
            references=() if k == 0 else (root,),
            subject="PO 4500012345 for quote Q-2026-00007" if k == 0 else "RE: PO 4500012345",
            sender=US if ours else customer,
            to=(customer,) if ours else (US,),
            date=t0 + timedelta(minutes=k),
            body_text=text,
            new_text=text,
            folder="sent" if ours else "inbox",
            source=f"long-{k}.eml",
        )


def attachment(work: Path, megabytes: int, way: str) -> dict[str, Any]:
    """Peak-RSS growth reading one message with a ``megabytes`` MB attachment: ours, or the
    standard library parsing the whole file and decoding the attachment (the old way)."""
    import email
    from email import policy

    from benchmarks.eml_folder import write_big_attachment
    from connectors.mailbox.parse import parse_file, parse_message

    path = work / "big.eml"
    write_big_attachment(path, megabytes)
    parse_message(b"From: a@b.example\nMessage-ID: <w@b>\n\nwarm\n", source="w.eml")
    before = _rss()["peak_rss_mb"]
    start = time.perf_counter()
    if way == "stream":
        size = parse_file(path, source="big.eml").attachments[0].size
    else:
        whole = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        size = max(len(p.get_payload(decode=True) or b"") for p in whole.walk() if p.get_filename())
    return {
        "rss_growth_mb": _rss()["peak_rss_mb"] - before,
        "seconds": time.perf_counter() - start,
        "size": size,
        **_rss(),
    }


def queue(work: Path, threads: int, repeats: int) -> dict[str, Any]:
    engine = queue_store.fill(work / "queue.db", threads)
    return {**queue_store.timings(engine, repeats), **_rss()}


def _rss() -> dict[str, float]:
    return {"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
