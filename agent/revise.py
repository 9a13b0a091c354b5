"""`review respond`: regenerate the customer draft from a reviewer's feedback.

Feedback is an instruction to the drafter, never customer text (agent/feedback.py): the
rules apply what they understand; a model, when there is one, gets the feedback fenced
and its answer passes the same checks as any model draft (agent/assist/redraft.py). The
rules' draft stands whenever the model fails or its draft is discarded.
"""

from __future__ import annotations

from agent.assist.redraft import RedraftResult, redraft
from agent.assist.result import AssistSettings
from agent.draft import reply_plan, write_customer_draft
from agent.feedback import FeedbackNote, ReviewerFeedback, interpret
from agent.models import Classification, CustomerDraft, Packet, ReviewDecision
from connectors.llm import ChatModel
from connectors.mailbox.model import MailThread


def revise(
    *,
    thread: MailThread,
    classification: Classification,
    packet: Packet,
    current: CustomerDraft | None,
    decision: ReviewDecision,
    before: ReviewerFeedback | None,
    model: ChatModel | None,
    settings: AssistSettings,
) -> tuple[CustomerDraft, ReviewerFeedback]:
    """(the new draft, every feedback of the cycle so far with what became of it)."""
    assert decision.text is not None
    before = before or ReviewerFeedback()
    instructions, applied = interpret(decision.text, before.instructions)
    note = FeedbackNote(reviewer=decision.reviewer, text=decision.text, applied=applied)
    feedback = before.model_copy(
        update={"instructions": instructions, "notes": (*before.notes, note), "model_outcome": None}
    )
    rules_draft = write_customer_draft(packet, instructions=instructions)
    if model is None or rules_draft.text is None:
        return rules_draft, feedback
    result = redraft(
        thread=thread,
        classification=classification,
        packet=packet,
        plan=reply_plan(packet, instructions),
        current=current.text if current else None,
        feedback=decision.text,
        model=model,
        settings=settings,
    )
    feedback = _with_usage(feedback, result)
    if result.text is None:
        return rules_draft, feedback
    return rules_draft.model_copy(update={"text": result.text, "written_by": "model"}), feedback


def _with_usage(feedback: ReviewerFeedback, result: RedraftResult) -> ReviewerFeedback:
    return feedback.model_copy(
        update={
            "model_calls": feedback.model_calls + result.calls,
            "model_prompt_tokens": feedback.model_prompt_tokens + result.prompt_tokens,
            "model_completion_tokens": feedback.model_completion_tokens + result.completion_tokens,
            "model_latency_ms": feedback.model_latency_ms + result.latency_ms,
            "model_outcome": result.outcome,
        }
    )
