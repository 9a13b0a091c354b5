"""The runner against real parts: a failing thread is recorded and retried, never lost."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from langgraph.graph import END, START, StateGraph
from sqlmodel import Session, select

from agent.cli.demo_cmd import make_workspace
from agent.cli.wiring import open_app
from agent.store.tables import AuditRow, ThreadRow
from graph.checkpointer import memory_checkpointer
from graph.state import PoState


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
