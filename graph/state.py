"""The workflow state: one mail thread in one review cycle. Narrow on purpose."""

from __future__ import annotations

from dataclasses import dataclass

from agent.assist.apply import internal_note as assisted_note
from agent.assist.result import AssistResult
from agent.correction import Correction, correction_note
from agent.draft import feedback_note, internal_note
from agent.feedback import ReviewerFeedback
from agent.models import (
    BoundaryVerdict,
    Classification,
    CustomerDraft,
    CycleResult,
    Extraction,
    LinkResult,
    Packet,
    ReviewDecision,
)
from connectors.mailbox.model import MailThread, ThreadRef
from connectors.ports import SavedDraft


@dataclass(kw_only=True)
class PoState:
    """Input: ``thread``, ``cycle`` and ``correction`` (what people set on the thread, which
    the link, classify and assist nodes apply). Every other field is written by one node.

    Ids and derived facts, no mail text: ``thread`` is a reference, and the nodes read the
    messages through ``Context.threads`` (graph/nodes.py, ``mail``). A ``MailThread`` is
    only found in a checkpoint written before references, a review still open since then.
    """

    thread: ThreadRef | MailThread
    cycle: int = 1
    correction: Correction | None = None  # input too: what people set on the thread
    link: LinkResult | None = None
    extraction: Extraction | None = None
    classification: Classification | None = None
    packet: Packet | None = None
    assist: AssistResult | None = None  # what the model added (or why it was not used)
    customer_draft: CustomerDraft | None = None
    boundary: BoundaryVerdict | None = None
    decision: ReviewDecision | None = None
    review_error: str | None = None  # why the last review answer was refused
    feedback: ReviewerFeedback | None = None  # reviewer feedback so far (internal only)
    saved: SavedDraft | None = None
    recorded: bool = False

    def internal_note(self) -> str:
        """Derived, not stored: checkpoints are written at every step, so less is faster."""
        assert self.link and self.classification and self.packet
        rules_note = internal_note(self.thread, self.link, self.classification, self.packet)
        note = assisted_note(rules_note, self.assist)
        extra = [n for n in (correction_note(self.correction), feedback_note(self.feedback)) if n]
        return "\n\n".join([note, *extra])

    def result(self, *, finished: bool) -> CycleResult:
        """The persisted view of this state; only valid once the packet is built."""
        assert self.link and self.extraction and self.classification and self.packet
        assert self.customer_draft is not None
        usage, redraft = self.assist, self.feedback
        return CycleResult(
            thread_key=self.thread.thread_key,
            cycle=self.cycle,
            subject=self.thread.subject,
            link=self.link,
            extraction=self.extraction,
            classification=self.classification,
            packet=self.packet,
            internal_note=self.internal_note(),
            customer_draft=self.customer_draft,
            decision=self.decision,
            review_error=self.review_error,
            saved_location=self.saved.location if self.saved else None,
            saved_key=self.saved.idempotency_key if self.saved else None,
            saved_web_link=self.saved.web_link if self.saved else None,
            finished=finished,
            model_calls=(usage.calls if usage else 0) + (redraft.model_calls if redraft else 0),
            model_prompt_tokens=(usage.prompt_tokens if usage else 0)
            + (redraft.model_prompt_tokens if redraft else 0),
            model_completion_tokens=(usage.completion_tokens if usage else 0)
            + (redraft.model_completion_tokens if redraft else 0),
            model_latency_ms=(usage.latency_ms if usage else 0.0)
            + (redraft.model_latency_ms if redraft else 0.0),
            model_fallback=usage.fallback if usage else None,
        )
