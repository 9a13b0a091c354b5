"""The runner's work on cycles waiting at the review gate: a reviewer's decision, and the
hold on a customer draft whose deal the CRM now shows with (or without) an open exception.

Both resume a cycle from its checkpoint under the thread's lock and write the store from
the checkpoint afterwards, as every run of app/runner.py does; the Runner provides those
steps (``_config``, ``_ctx``, ``_persist``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.types import Command
from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent.errors import NotFoundError, ReviewStateError
from agent.models import CycleResult, Label, Packet
from agent.packet import with_crm
from agent.review import parse_response
from app.progress import cycle_stage
from app.store.corrections import superseded_note
from app.store.deal_exceptions import open_mail_exception_keys
from app.store.holds import (
    record_hold_change,
    record_packet_refresh,
    stale_holds,
    stale_packets,
)
from app.store.recovery import mark_resumed
from app.store.results import AlsoInTransaction
from app.store.tables import DraftRow, PacketRow, ReviewRow, cycle_row
from graph.builder import Workflow
from graph.context import Context
from graph.nodes import held_refusal
from graph.state import PoState


class ReviewGate(ABC):
    """Decisions and holds; the Runner (app/runner.py) is the one concrete class."""

    workflow: Workflow
    engine: Engine
    context: Context

    @abstractmethod
    def _config(self, thread_key: str, cycle: int) -> RunnableConfig: ...

    @abstractmethod
    def _ctx(self, thread_key: str, cycle: int) -> Context: ...

    @abstractmethod
    def _persist(
        self, thread_key: str, cycle: int, *, also: AlsoInTransaction | None = None
    ) -> CycleResult: ...

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
                raise ReviewStateError(self._decided_meanwhile(review_id))
            key, cycle = review.thread_key, review.cycle
        self.refresh_holds(review_id=review_id)  # this command's CRM import counts too
        config = self._config(key, cycle)
        with self.context.thread_lock(key):
            snapshot = self.workflow.get_state(config)
            ctx = self._ctx(key, cycle)
            stage = cycle_stage(snapshot)
            if stage == "at_review":
                self._precheck(review_id, answer, snapshot.interrupts[0].value, snapshot.values)
                self._mark(key, cycle)
                self.workflow.invoke(Command(resume=answer), config, context=ctx, durability="sync")
            elif stage == "running":  # a decision was taken but its run died mid-way: finish it
                self._mark(key, cycle)
                self.workflow.invoke(None, config, context=ctx, durability="sync")
            else:  # another reviewer's decision ran to its end while this one waited
                raise ReviewStateError(self._decided_meanwhile(review_id))
            result = self._persist(key, cycle)
        if result.review_error is not None and not result.finished:
            raise ReviewStateError(f"review {review_id}: {result.review_error}")
        with Session(self.engine) as session:
            done = session.get(ReviewRow, review_id)
            assert done is not None
            return done

    def _decided_meanwhile(self, review_id: int) -> str:
        """Why there is nothing left to decide: who decided, and when, as the store says."""
        with Session(self.engine) as session:
            review = session.get(ReviewRow, review_id)
            note = superseded_note(session, review=review)
        if note is not None:  # a person's correction opened the thread's next cycle
            return f"review {review_id} is superseded, not pending: {note}"
        if review is None or review.reviewer is None or review.decision is None:
            status = review.status if review is not None else "gone"
            return f"review {review_id} is {status}, not pending: nothing left to decide"
        when = f" at {review.decided_at:%Y-%m-%d %H:%M} UTC" if review.decided_at else ""
        who = f"{review.decision} by {review.reviewer}{when}"
        return f"review {review_id} is {review.status}, not pending: {who}"

    def _mark(self, thread_key: str, cycle: int) -> None:
        """Before the graph moves: a crash from here on is found by the next sync."""
        with Session(self.engine) as session:
            mark_resumed(session, thread_key=thread_key, cycle=cycle)
            session.commit()

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

    def refresh_holds(self, *, review_id: int | None = None, crm_changed: bool = False) -> int:
        """Hold or release pending customer drafts by the deal's open exceptions now (the CRM
        as loaded, and other threads' mail): a held draft becomes pending_review once every
        exception holding it is resolved; a reviewable one is held when its deal has an open
        exception. With ``crm_changed`` (or for one review), waiting reviews whose packet the
        CRM now gives other owners or statuses are brought up to date the same way. Audited;
        returns how many drafts changed."""
        crm = self.context.crm
        with Session(self.engine) as session:
            found = open_mail_exception_keys(session)

            def open_ids(opportunity_id: str) -> frozenset[str]:
                listed = frozenset(e.exception_id for e in crm.open_exceptions_for(opportunity_id))
                return listed | found.get(opportunity_id, frozenset())

            def refreshed(packet: Packet, opportunity_id: str, label: Label) -> Packet:
                opportunity, listed = crm.opportunity(opportunity_id), crm.open_exceptions_for
                return with_crm(
                    packet,
                    opportunity=opportunity,
                    open_exceptions=listed(opportunity_id),
                    label=label,
                )

            stale = stale_holds(session, open_exceptions=open_ids)
            if crm_changed or review_id is not None:
                stale += stale_packets(session, refreshed=refreshed, review_id=review_id)
        changed = 0
        for rid, key, cycle in dict.fromkeys(stale):
            if review_id is None or rid == review_id:
                changed += self._rehold(key, cycle)
        return changed

    def _rehold(self, thread_key: str, cycle: int) -> int:
        config = self._config(thread_key, cycle)
        with self.context.thread_lock(thread_key):
            snapshot = self.workflow.get_state(config)
            if not snapshot.interrupts:
                return 0  # not waiting for a reviewer (a decision is being finished)
            with Session(self.engine) as session:
                before = cycle_row(session, DraftRow, thread_key=thread_key, cycle=cycle)
                packet_row = cycle_row(session, PacketRow, thread_key=thread_key, cycle=cycle)
            earlier = Packet.model_validate(packet_row.data) if packet_row else None
            self._mark(thread_key, cycle)
            # As if the boundary check had just run: the hold node reads the CRM again and
            # the review asks anew. The last answer is cleared so nothing acts on it twice.
            self.workflow.update_state(
                config, {"decision": None, "review_error": None}, as_node="check_boundary"
            )
            self.workflow.invoke(
                None, config, context=self._ctx(thread_key, cycle), durability="sync"
            )
            saved = self.workflow.get_state(config).config["configurable"]["checkpoint_id"]
            changed: list[bool] = []

            def audit(session: Session, result: CycleResult) -> None:
                if earlier is not None:
                    record_packet_refresh(
                        session,
                        thread_key=thread_key,
                        cycle=cycle,
                        before=earlier,
                        after=result.packet,
                        checkpoint=str(saved),
                    )
                if before is not None and result.customer_draft is not None:
                    changed.append(
                        record_hold_change(
                            session,
                            thread_key=thread_key,
                            cycle=cycle,
                            before=before,
                            after=result.customer_draft,
                            checkpoint=str(saved),
                        )
                    )

            self._persist(thread_key, cycle, also=audit)
        return int(any(changed))
