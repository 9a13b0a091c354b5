"""Drive the workflow for a mailbox: sync new mail, run cycles, apply review decisions.

Every graph run uses durability="sync" so a step's result is on disk before the
next step starts; together with the ledger this makes saving a draft exactly-once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.errors import GraphBubbleUp
from langgraph.types import Command
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.errors import ConfigurationError, NotFoundError, ReviewStateError
from agent.failures import one_line
from agent.models import CustomerDraft, CycleResult
from agent.review import parse_response
from agent.store.audit import record_event
from agent.store.holds import stale_holds
from agent.store.ingest import (
    CycleWork,
    plan_cycles,
    record_quarantine,
    record_removed,
    related_messages,
    store_cursor,
    upsert_opportunities,
)
from agent.store.results import StoreLedger, StoreRecorder, hash_text, persist_cycle
from agent.store.tables import ReviewRow
from connectors.crm.model import CrmSnapshot
from connectors.llm.port import ModelConfigError
from connectors.mailbox import build_threads
from connectors.mailbox.model import MailMessage
from connectors.ports import MailboxRead, MailSource
from connectors.redact import PATTERNS_ONLY
from graph.builder import Workflow, graph_thread_id, run_config
from graph.context import Context, Ledger
from graph.nodes import held_refusal
from graph.state import PoState


@dataclass
class SyncReport:
    messages_read: int = 0
    quarantined_new: int = 0
    threads: int = 0
    cycles_run: int = 0
    resumed: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    failed: list[dict[str, str]] = field(default_factory=list)  # thread_key, error
    model_calls: int = 0
    model_fallbacks: int = 0  # model configured but not used: error, timeout, invalid output
    holds_changed: int = 0  # pending drafts this CRM import held or released


@dataclass
class Runner:
    workflow: Workflow
    engine: Engine
    context: Context  # shared ports; per-thread recorder is swapped in per run
    ledger_factory: Callable[[Engine], Ledger] = StoreLedger
    redact: Callable[[str], str] = PATTERNS_ONLY  # the settings' redactor (failure texts)

    def _config(self, thread_key: str, cycle: int) -> RunnableConfig:
        return run_config(thread_key, cycle)

    def _ctx(self, thread_key: str, cycle: int) -> Context:
        tid = graph_thread_id(thread_key, cycle)
        return replace(
            self.context,
            ledger=self.ledger_factory(self.engine),
            recorder=StoreRecorder(self.engine, tid),
        )

    def sync(
        self,
        mailbox: MailSource,
        crm: CrmSnapshot,
        progress: Callable[[int, int], None] | None = None,
    ) -> SyncReport:
        read = mailbox.read()
        with Session(self.engine) as session:
            threads = build_threads(self._with_history(session, read))
            report = SyncReport(messages_read=len(read.messages), threads=len(threads))
            upsert_opportunities(session, snapshot=crm)
            report.quarantined_new = record_quarantine(session, items=read.quarantined)
            record_removed(session, graph_ids=read.removed)
            work = plan_cycles(session, threads=threads)
            # The new cursor commits with the messages it covers: a crash replays, never skips.
            store_cursor(session, cursor=read.cursor)
            session.commit()
        for done, item in enumerate(work, 1):
            try:
                result = self.run_cycle(item)
            except GraphBubbleUp:
                raise
            except Exception as exc:  # one thread's failure must not stop the others
                report.failed.append(self._record_failure(item, exc))
                if isinstance(exc, ConfigurationError | ModelConfigError):
                    raise  # ...unless all would fail alike (a refused key): say it once
            else:
                label = result.classification.label
                report.labels[label] = report.labels.get(label, 0) + 1
                report.cycles_run += 1
                report.model_calls += result.model_calls
                report.model_fallbacks += _model_failed(result.model_fallback)
            if progress:
                progress(done, len(work))
        report.holds_changed = self.refresh_holds()
        return report

    @staticmethod
    def _with_history(session: Session, read: MailboxRead) -> list[MailMessage]:
        """An incremental read holds only new mail: add the stored rest of its threads."""
        if read.complete:
            return list(read.messages)
        fresh = {m.message_id: m for m in read.messages}
        older = [
            m
            for m in related_messages(session, messages=read.messages)
            if m.message_id not in fresh
        ]
        return [*older, *fresh.values()]

    def _record_failure(self, item: CycleWork, exc: Exception) -> dict[str, str]:
        """Audit it and leave the cycle "new", so the next sync tries the thread again."""
        key = item.thread.thread_key
        error = one_line(exc, self.redact)  # scrubbed: it is stored and printed
        with Session(self.engine) as session:
            record_event(
                session,
                actor="podesk",
                action="cycle_failed",
                subject=key,
                event_key=f"failed:{key}:{item.cycle}:{hash_text(error)}",
                detail={"cycle": item.cycle, "error": error},
            )
            session.commit()
        return {"thread_key": key, "subject": item.thread.subject, "error": error}

    def run_cycle(self, work: CycleWork) -> CycleResult:
        key, cycle = work.thread.thread_key, work.cycle
        config = self._config(key, cycle)
        with self.context.thread_lock(key):
            snapshot = self.workflow.get_state(config)
            ctx = self._ctx(key, cycle)
            if not snapshot.values:
                self.workflow.invoke(
                    PoState(thread=work.thread, cycle=cycle), config, context=ctx, durability="sync"
                )
            elif snapshot.next and not snapshot.interrupts:
                self.workflow.invoke(None, config, context=ctx, durability="sync")
            return self._persist(key, cycle)

    def _persist(self, thread_key: str, cycle: int) -> CycleResult:
        config = self._config(thread_key, cycle)
        snapshot = self.workflow.get_state(config)
        state = PoState(**snapshot.values)
        result = state.result(finished=not snapshot.next)
        with Session(self.engine) as session:
            persist_cycle(
                session, result=result, graph_thread_id=graph_thread_id(thread_key, cycle)
            )
            session.commit()
        return result

    def decide(self, review_id: int, answer: dict[str, Any]) -> ReviewRow:
        """Resume a review with an Agent Inbox answer; continues a save a crash cut short.

        Raises ReviewStateError (the review stays open, nothing changes) for an answer the
        review does not take: malformed, not allowed, an accept of a held draft by someone
        who may not release it, or an edit the boundary refuses (then with its sentences)."""
        with Session(self.engine) as session:
            review = session.get(ReviewRow, review_id)
            if review is None:
                raise NotFoundError(f"no review with id {review_id}")
            if review.status != "pending":
                raise ReviewStateError(f"review {review_id} is {review.status}, not pending")
            key, cycle = review.thread_key, review.cycle
        self.refresh_holds(review_id=review_id)  # this command's CRM import counts too
        config = self._config(key, cycle)
        with self.context.thread_lock(key):
            snapshot = self.workflow.get_state(config)
            ctx = self._ctx(key, cycle)
            if snapshot.interrupts:
                self._precheck(review_id, answer, snapshot.interrupts[0].value, snapshot.values)
                self.workflow.invoke(Command(resume=answer), config, context=ctx, durability="sync")
            elif snapshot.next:  # a decision was taken but its run died mid-way: finish it
                self.workflow.invoke(None, config, context=ctx, durability="sync")
            else:
                raise ReviewStateError(f"review {review_id} has nothing left to decide")
            result = self._persist(key, cycle)
        if result.review_error is not None and not result.finished:
            raise ReviewStateError(f"review {review_id}: {result.review_error}")
        with Session(self.engine) as session:
            done = session.get(ReviewRow, review_id)
            assert done is not None
            return done

    def _precheck(
        self, review_id: int, answer: dict[str, Any], requests: Any, values: dict[str, Any]
    ) -> None:
        """Refuse a bad answer here, with a clear error, before it touches the graph (the
        review node refuses it too, for any other client of the graph)."""
        (request,) = requests
        decision = parse_response(
            answer, default_reviewer=self.context.default_reviewer, config=request["config"]
        )
        refusal = held_refusal(PoState(**values), decision, self.context.managers)
        if refusal is not None:
            raise ReviewStateError(f"review {review_id}: {refusal}")

    def refresh_holds(self, *, review_id: int | None = None) -> int:
        """Hold or release pending customer drafts by the CRM as loaded now: a held draft
        becomes pending_review once every exception holding it is resolved; a reviewable one
        is held when its deal has an open exception. Audited; returns how many changed."""
        crm = self.context.crm

        def open_ids(opportunity_id: str) -> frozenset[str]:
            return frozenset(e.exception_id for e in crm.open_exceptions_for(opportunity_id))

        with Session(self.engine) as session:
            stale = stale_holds(session, open_exceptions=open_ids)
        changed = 0
        for rid, key, cycle in stale:
            if review_id is None or rid == review_id:
                changed += self._rehold(key, cycle)
        return changed

    def _rehold(self, thread_key: str, cycle: int) -> int:
        config = self._config(thread_key, cycle)
        with self.context.thread_lock(thread_key):
            snapshot = self.workflow.get_state(config)
            if not snapshot.interrupts:
                return 0  # not waiting for a reviewer (a decision is being finished)
            before = PoState(**snapshot.values).customer_draft
            # As if the boundary check had just run: the hold node reads the CRM again and
            # the review asks anew. The last answer is cleared so nothing acts on it twice.
            self.workflow.update_state(
                config, {"decision": None, "review_error": None}, as_node="check_boundary"
            )
            self.workflow.invoke(
                None, config, context=self._ctx(thread_key, cycle), durability="sync"
            )
            result = self._persist(thread_key, cycle)
            checkpoint = self.workflow.get_state(config).config["configurable"]["checkpoint_id"]
        after = result.customer_draft
        if before is None or before.status == after.status:
            return 0
        self._audit_hold(thread_key, cycle, before, after, str(checkpoint))
        return 1

    def _audit_hold(
        self,
        thread_key: str,
        cycle: int,
        before: CustomerDraft,
        after: CustomerDraft,
        checkpoint: str,
    ) -> None:
        released = after.status == "pending_review"
        with Session(self.engine) as session:
            record_event(
                session,
                actor="crm",
                action="draft_released" if released else "draft_held",
                subject=thread_key,
                event_key=f"hold:{thread_key}:{cycle}:{checkpoint}",  # one per state change
                detail={
                    "cycle": cycle,
                    "from": before.status,
                    "to": after.status,
                    "was_held_by": list(before.suppression_reasons),
                    "held_by": list(after.suppression_reasons),
                },
            )
            session.commit()

    def recover(self) -> int:
        """Finish every review whose decision was taken but whose run died (see decide)."""
        with Session(self.engine) as session:
            pending = session.exec(select(ReviewRow).where(ReviewRow.status == "pending")).all()
            ids = [(r.id, r.thread_key, r.cycle) for r in pending]
        finished = 0
        for review_id, key, cycle in ids:
            snapshot = self.workflow.get_state(self._config(key, cycle))
            if snapshot.next and not snapshot.interrupts and review_id is not None:
                self.decide(review_id, {})
                finished += 1
        return finished


def _model_failed(fallback: str | None) -> int:
    """1 when a configured model was not used because it failed (not by design)."""
    return int(bool(fallback) and str(fallback).startswith(("model error", "invalid output")))
