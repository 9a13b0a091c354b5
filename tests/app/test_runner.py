"""The runner against real parts: a failing thread is recorded and retried, never lost."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from langgraph.graph import END, START, StateGraph
from sqlmodel import Session, select

from app.report import SyncReport
from app.store.ingest import StoreSyncState
from app.store.recovery import mark_resumed, open_cycles
from app.store.tables import AuditRow, ReviewRow, ThreadRow
from app.store.threads import StoreThreads
from app.wiring import open_app
from cli.demo_run import make_workspace
from connectors.mailbox.model import ThreadRef
from connectors.ports import MailboxRead
from graph.builder import run_config
from graph.checkpointer import memory_checkpointer
from graph.state import PoState
from tests.builders import message


def exploding(state: PoState) -> dict[str, object]:
    raise RuntimeError(f"rule crashed on {state.thread.thread_key}")


def test_failed_threads_are_recorded_and_retried(tmp_path: Path) -> None:
    settings = make_workspace(tmp_path)
    broken = StateGraph(PoState)
    broken.add_node("link", exploding)
    broken.add_edge(START, "link")
    broken.add_edge("link", END)
    with open_app(settings) as app:
        runner = replace(app.runner, workflow=broken.compile(checkpointer=memory_checkpointer()))
        report = runner.sync(app.mailbox, app.crm)
        assert report.cycles_run == 0 and len(report.failed) == report.threads > 30
        assert "rule crashed" in report.failed[0]["error"]
        with Session(app.engine) as session:
            rows = session.exec(select(ThreadRow)).all()
            assert rows and all(r.status == "new" for r in rows)
            failures = session.exec(select(AuditRow).where(AuditRow.action == "cycle_failed"))
            assert len(failures.all()) == report.threads
        # The real workflow picks every one of them up on the next sync: nothing was lost.
        retry = app.runner.sync(app.mailbox, app.crm)
        assert retry.cycles_run == report.threads and not retry.failed


class ScriptedSource:
    """A MailSource fake that answers a scripted series of reads (an incremental mailbox)."""

    def __init__(self, *reads: MailboxRead) -> None:
        self.reads = list(reads)

    def read(self) -> MailboxRead:
        return self.reads.pop(0)


def test_incremental_read_rebuilds_the_thread_around_new_mail(tmp_path: Path) -> None:
    settings = make_workspace(tmp_path)
    first = message(
        "Please find our PO 4500012345 attached.",
        n=0,
        message_id="m0@acme.example",
        conversation_id="conv-1",
        sender="ava.thompson@contosocorp.example",
    )
    reply = message(
        "Also, what else do you need from us?",
        n=1,
        message_id="m1@acme.example",
        conversation_id="conv-1",
        sender="ava.thompson@contosocorp.example",
        subject="Re: PO for our order",
    )
    source = ScriptedSource(
        MailboxRead(messages=(first,), cursor={"delta:inbox": "link-1"}),
        MailboxRead(
            messages=(reply,),
            complete=False,
            cursor={"delta:inbox": "link-2"},
            removed=("graph-id-9",),
        ),
    )
    with open_app(settings) as app:
        first_report = app.runner.sync(source, app.crm)
        assert first_report.cycles_run == 1
        second = app.runner.sync(source, app.crm)
        assert second.cycles_run == 1 and second.threads == 1
        with Session(app.engine) as session:
            (thread,) = session.exec(select(ThreadRow)).all()
            assert thread.cycle == 2
            state = StoreSyncState(app.engine)
            assert state.get("delta:inbox") == "link-2"
            removed = session.exec(
                select(AuditRow).where(AuditRow.action == "removed_from_mailbox")
            ).all()
            assert [r.subject for r in removed] == ["graph-id-9"]
        snapshot = app.runner.workflow.get_state(run_config(thread.thread_key, 2))
        ref = PoState(**snapshot.values).thread
        assert isinstance(ref, ThreadRef) and ref.message_count == 2
        # The state keeps the reference; the store gives the whole thread back by it.
        assert StoreThreads(app.engine).thread(ref).message_ids == [
            "m0@acme.example",
            "m1@acme.example",
        ]


class CountingReads:
    """Counts the checkpoints a run reads: wraps the saver's get_tuple (LangGraph's)."""

    def __init__(self, saver: object) -> None:
        self.reads: list[str] = []
        get_tuple = saver.get_tuple  # type: ignore[attr-defined]

        def counted(config: dict[str, dict[str, str]]) -> object:
            self.reads.append(config["configurable"]["thread_id"])
            return get_tuple(config)

        saver.get_tuple = counted  # type: ignore[attr-defined]


def test_a_sync_reads_the_checkpoints_of_resumed_reviews_only(tmp_path: Path) -> None:
    """Reviews waiting at the gate are as the store shows them: a sync with nothing new
    reads no checkpoint; a review a decision resumed is marked until the store is written,
    and a mark a crash left (the decision died before the graph moved) is read once, then
    cleared."""
    settings = make_workspace(tmp_path)
    with open_app(settings) as app:
        app.runner.sync(app.mailbox, app.crm)
        counter = CountingReads(app.runner.workflow.checkpointer)
        with Session(app.engine) as session:
            assert open_cycles(session) == []
            waiting = session.exec(select(ReviewRow).where(ReviewRow.status == "pending")).all()
            assert len(waiting) > 10
            first = waiting[0]
            mark_resumed(session, thread_key=first.thread_key, cycle=first.cycle)
            session.commit()
            (marked,) = open_cycles(session)
        assert (marked.thread_key, marked.resumed) == (first.thread_key, True)
        app.runner.recover(SyncReport())
        assert len(counter.reads) >= 1 and set(counter.reads) == {first.graph_thread_id}
        with Session(app.engine) as session:
            assert open_cycles(session) == []
            assert session.get(ReviewRow, first.id).resumed_at is None  # type: ignore[union-attr]
        counter.reads.clear()
        report = app.runner.sync(app.mailbox, app.crm)
        assert report.cycles_run == 0 and counter.reads == []
