"""Drive the workflow for a mailbox: sync new mail, run cycles, apply review decisions.

Every graph run uses durability="sync" so a step's result is on disk before the
next step starts; together with the ledger this makes saving a draft exactly-once.
The checkpoint is the truth about a cycle (app/progress.py); the store is written from
it afterwards, so a killed process leaves the store behind the graph, never ahead, and
the next sync picks up every cycle the store does not show settled. Review decisions and
CRM holds on cycles at the review gate are in app/gate.py (the Runner's base class).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from langchain_core.runnables import RunnableConfig
from langgraph.errors import GraphBubbleUp
from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent.correction import Correction
from agent.errors import ConfigurationError, PodeskError
from agent.memo import cycle_memo
from agent.models import CycleResult
from app.draft_watch import watch_drafts
from app.failures import one_line
from app.fanout import Fanout
from app.gate import ReviewGate
from app.progress import (
    Stage,
    UnreadableCheckpoint,
    cycle_stage,
    forget,
    prune,
    reached_gate,
    readable_stage,
)
from app.report import SyncReport
from app.store.corrections import standing_correction
from app.store.crm_history import import_snapshot
from app.store.deal_exceptions import StoreDealExceptions
from app.store.ingest import (
    CycleWork,
    plan_cycles,
    record_quarantine,
    record_removed,
    store_cursor,
    upsert_opportunities,
)
from app.store.recovery import OpenCycle, clear_resumed, open_cycles, with_history
from app.store.results import (
    AlsoInTransaction,
    StoreLedger,
    StoreRecorder,
    persist_cycle,
    record_failure,
)
from app.store.threads import StoreThreads, stored_ref
from connectors.crm.model import CrmSnapshot
from connectors.llm.port import ModelConfigError
from connectors.mailbox import build_threads
from connectors.ports import MailSource
from connectors.redact import PATTERNS_ONLY
from graph.builder import Workflow, graph_thread_id, run_config
from graph.context import Context, Ledger
from graph.state import PoState


class CycleStateError(PodeskError):
    """A cycle's checkpoint is not at a point whose result the store may show."""


@dataclass
class Runner(ReviewGate):
    workflow: Workflow
    engine: Engine
    context: Context  # shared ports; per-thread recorder is swapped in per run
    ledger_factory: Callable[[Engine], Ledger] = StoreLedger
    redact: Callable[[str], str] = PATTERNS_ONLY  # the settings' redactor (failure texts)
    fanout: Fanout | None = None  # worker processes for a large sync's cycles (app/fanout.py)

    def _config(self, thread_key: str, cycle: int) -> RunnableConfig:
        return run_config(thread_key, cycle)

    def _ctx(self, thread_key: str, cycle: int) -> Context:
        tid = graph_thread_id(thread_key, cycle)
        return replace(
            self.context,
            ledger=self.ledger_factory(self.engine),
            recorder=StoreRecorder(self.engine, tid),
            threads=StoreThreads(self.engine),
            deal_exceptions=StoreDealExceptions(self.engine),
        )

    def sync(
        self,
        mailbox: MailSource,
        crm: CrmSnapshot,
        progress: Callable[[int, int], None] | None = None,
    ) -> SyncReport:
        report = SyncReport()
        work = self.ingest(mailbox, crm, report)
        for done, (item, outcome) in enumerate(self._cycles(work), 1):
            report.add(item, outcome)
            if progress:
                progress(done, len(work))
        report.holds_changed = self.refresh_holds(crm_changed=report.crm_changes > 0)
        report.drafts_changed, report.drafts_error = watch_drafts(
            self.engine, self.context.drafts, self.redact
        )
        return report

    def ingest(self, mailbox: MailSource, crm: CrmSnapshot, report: SyncReport) -> list[CycleWork]:
        """Settle what a crash left, read the mailbox, store new mail and the CRM; return
        the cycles to run."""
        self.recover(report)
        read = mailbox.read()
        with Session(self.engine) as session:
            threads = build_threads(with_history(session, read))
            report.messages_read, report.threads = len(read.messages), len(threads)
            upsert_opportunities(session, snapshot=crm)
            # Every sync's export is a dated snapshot too (nothing added when unchanged).
            report.crm_changes = import_snapshot(session, snapshot=crm, source="sync").changes
            report.quarantined_new = record_quarantine(session, items=read.quarantined)
            record_removed(session, graph_ids=read.removed)
            work = plan_cycles(session, threads=threads)
            # The new cursor commits with the messages it covers: a crash replays, never skips.
            store_cursor(session, cursor=read.cursor)
            session.commit()
        return work

    def _cycles(self, work: list[CycleWork]) -> Iterator[tuple[CycleWork, CycleResult | str]]:
        if self.fanout is not None and self.fanout.wanted(len(work)):
            yield from self.fanout.run(work)
            return
        for item in work:
            yield item, self.run_one(item)

    def run_one(self, item: CycleWork) -> CycleResult | str:
        """Run one cycle; a failure is audited, left open for the next sync and returned as
        its one-line error, except when all would fail alike (a refused key): that raises."""
        try:
            return self.run_cycle(item)
        except GraphBubbleUp:
            raise
        except Exception as exc:  # one thread's failure must not stop the others
            error = self._record_failure(item.thread.thread_key, item.cycle, exc)
            if isinstance(exc, ConfigurationError | ModelConfigError):
                raise  # ...unless all would fail alike (a refused key): say it once
            return error

    def _record_failure(
        self, key: str, cycle: int, exc: Exception, *, action: str = "cycle_failed"
    ) -> str:
        """Audit it and leave the cycle open, so the next sync tries the thread again."""
        error = one_line(exc, self.redact)  # scrubbed: it is stored and printed
        record_failure(self.engine, thread_key=key, cycle=cycle, error=error, action=action)
        return error

    def run_cycle(self, work: CycleWork) -> CycleResult:
        """Run a cycle the store never saw at the review gate (its thread is "new")."""
        key, cycle = work.thread.thread_key, work.cycle
        with self.context.thread_lock(key):
            stage, start = self._restartable_stage(key, cycle), None
            if stage == "unstarted":  # its mail is stored: the state keeps a reference
                start = PoState(
                    thread=stored_ref(self.engine, work.thread),
                    cycle=cycle,
                    # what people set stands (new mail too); a correction opens a later
                    # cycle, so a first cycle has none: no query on an initial sync
                    correction=self._standing(key) if cycle > 1 else None,
                )
                if cycle > 1:  # the previous cycle is over: nothing resumes it again
                    prune(self.workflow, graph_thread_id(key, cycle - 1))
            self._advance(key, cycle, start=start, stage=stage)
            return self._persist(key, cycle)

    def _standing(self, thread_key: str) -> Correction | None:
        with Session(self.engine) as session:
            return standing_correction(session, thread_key=thread_key)

    def _restartable_stage(self, thread_key: str, cycle: int) -> Stage:
        """A checkpoint that cannot be read (a state from another version, a damaged file)
        is deleted, audited, and the cycle starts over: it never reached the review, so no
        decision and nothing outside the database depends on it."""
        try:
            return readable_stage(self.workflow, self._config(thread_key, cycle))
        except UnreadableCheckpoint as exc:  # never a database error: that deletes nothing
            forget(self.workflow, graph_thread_id(thread_key, cycle))
            self._record_failure(thread_key, cycle, exc, action="cycle_restarted")
            return "unstarted"

    def _advance(
        self, thread_key: str, cycle: int, *, start: PoState | None = None, stage: Stage | None
    ) -> None:
        """Run the cycle on from ``stage`` (read now when None) to the review or the end;
        ``start`` is the input when it has no checkpoint yet."""
        config = self._config(thread_key, cycle)
        stage = stage or cycle_stage(self.workflow.get_state(config))
        if stage == "running" or (stage == "unstarted" and start is not None):
            ctx = self._ctx(thread_key, cycle)
            # None resumes: LangGraph applies the writes a killed step had saved, then goes on.
            with cycle_memo():  # the rules' text work, once per thread (agent/memo.py)
                self.workflow.invoke(
                    start if stage == "unstarted" else None, config, context=ctx, durability="sync"
                )

    def _persist(
        self, thread_key: str, cycle: int, *, also: AlsoInTransaction | None = None
    ) -> CycleResult:
        config = self._config(thread_key, cycle)
        snapshot = self.workflow.get_state(config)
        stage = cycle_stage(snapshot)
        if not reached_gate(stage):  # the store never shows a result the graph has not reached
            raise CycleStateError(f"cycle {cycle} of thread {thread_key} is {stage}")
        result = PoState(**snapshot.values).result(finished=stage == "finished")
        if result.finished:  # before the store says so, so a crash in between prunes later
            prune(self.workflow, graph_thread_id(thread_key, cycle))
        with Session(self.engine) as session:
            persist_cycle(
                session, result=result, graph_thread_id=graph_thread_id(thread_key, cycle)
            )
            # The checkpoint is at the review or the end, and the store shows it: a run that
            # resumed the review is over (the record node's write, mid-graph, is not).
            clear_resumed(session, thread_key=thread_key, cycle=cycle)
            if also is not None:  # e.g. the audit of a hold change: it commits with the result
                also(session, result)
            session.commit()
        return result

    def recover(self, report: SyncReport) -> None:
        """Settle every cycle the store shows open against its checkpoint: finish a run a
        crash cut short (mid-graph, or a decision whose draft save did not finish) and
        record one that got further than the store knows (see app/store/recovery.py)."""
        with Session(self.engine) as session:
            cycles = open_cycles(session)
        for item in cycles:
            try:
                report.resumed += self._settle(item)
            except GraphBubbleUp:
                raise
            except Exception as exc:  # one thread's failure must not stop the others
                error = self._record_failure(item.thread_key, item.cycle, exc)
                report.fail(item.thread_key, f"(cycle {item.cycle})", error)

    def _settle(self, item: OpenCycle) -> int:
        key, cycle = item.thread_key, item.cycle
        stage = cycle_stage(self.workflow.get_state(self._config(key, cycle)))
        if stage == "unstarted" or (stage == "at_review" and not item.closed_early):
            if item.resumed:  # a run resumed it and stopped at the review again (or died
                self._unmark(key, cycle)  # before it moved): waiting, as the store says
            return 0
        with self.context.thread_lock(key):
            self._advance(key, cycle, stage=None)
            self._persist(key, cycle)
        return 1

    def _unmark(self, key: str, cycle: int) -> None:
        # Under the lock, and only while still at the review: a decision marks, then moves.
        with self.context.thread_lock(key):
            if cycle_stage(self.workflow.get_state(self._config(key, cycle))) == "at_review":
                with Session(self.engine) as session:
                    clear_resumed(session, thread_key=key, cycle=cycle)
                    session.commit()
