"""The model path for one review cycle: at most one model call, and code has the last word.

Order of work: pick the inbound messages; run the injection detector (a flagged
thread becomes an exception and is never shown to a model); build one prompt
with fenced, masked, budgeted mail; make one call; keep only what code allows
(see ``vet``). Any ModelError leaves the rules' result exactly as it was, with
the reason in ``fallback``. ModelConfigError is not caught: a wrong key or
model name is the operator's to fix, not something to hide behind the rules.
"""

from __future__ import annotations

from agent.assist import vet
from agent.assist.fence import fence_messages
from agent.assist.injection import detect
from agent.assist.mask import Masker
from agent.assist.prompt import SYSTEM, user_prompt
from agent.assist.result import AssistResult, AssistSettings, ModelOpinion
from agent.models import Classification, Extraction, Packet
from agent.rules.text import inbound
from connectors.llm.port import (
    ChatModel,
    ModelError,
    ModelOutputInvalid,
    ModelReply,
    ModelRequest,
)
from connectors.mailbox.model import MailThread

REQUEST_NAME = "po_desk_assist"
# The detector's evidence kept (the note shows three): the result sits in every checkpoint
# of the cycle, so it must not grow with the thread.
SUSPICIOUS_KEPT = 10


def assist(
    thread: MailThread,
    extraction: Extraction,
    classification: Classification,
    packet: Packet,
    *,
    model: ChatModel | None,
    settings: AssistSettings,
) -> AssistResult:
    """One review cycle's model pass. ``extraction`` is the rules' and is not changed here:
    accepted hints fill its gaps only through ``merged_extraction``."""
    rules = AssistResult(classification=classification)
    if model is None:
        return rules.model_copy(update={"fallback": "no model configured"})
    messages = inbound(thread)
    suspicious = detect(messages) if settings.detect_injection else ()
    if suspicious:
        return AssistResult(
            classification=vet.flag_suspicious(classification, suspicious),
            suspicious=suspicious[:SUSPICIOUS_KEPT],
            fallback="suspicious instructions: model not consulted",
            escalated_by="injection detector",
        )
    if not messages:
        return rules.model_copy(update={"fallback": "no inbound message: model not consulted"})
    if classification.label == "not_po_related" and not settings.consult_on_not_po:
        return rules.model_copy(update={"fallback": "not PO-related: model not consulted"})
    masker = Masker(enabled=settings.mask_sensitive)
    mail = fence_messages(messages, budget_tokens=settings.token_budget, masker=masker)
    request = ModelRequest(
        system=SYSTEM,
        user=user_prompt(classification, packet, mail),
        output=ModelOpinion,
        name=REQUEST_NAME,
    )
    try:
        reply = model.complete(request)
    except ModelOutputInvalid as exc:
        return rules.model_copy(update={"calls": 1, "fallback": f"invalid output: {exc}"})
    except ModelError as exc:
        return rules.model_copy(update={"calls": 1, "fallback": f"model error: {exc}"})
    return _use(reply, classification, packet, thread, masker, settings)


def _use(
    reply: ModelReply[ModelOpinion],
    rules: Classification,
    packet: Packet,
    thread: MailThread,
    masker: Masker,
    settings: AssistSettings,
) -> AssistResult:
    opinion, messages = reply.parsed, inbound(thread)
    classification = vet.escalate_only(rules, opinion)
    hints, dropped = vet.accepted_hints(opinion, messages, masker)
    draft, rejections = _draft(opinion, packet, classification, thread, settings)
    return AssistResult(
        classification=classification,
        summary=vet.internal_text(opinion.summary, masker, settings.max_summary_chars),
        hints=hints,
        hints_dropped=dropped,
        internal_note_text=vet.internal_text(
            opinion.internal_note, masker, settings.max_note_chars
        ),
        customer_draft_text=draft,
        draft_rejections=rejections,
        calls=1,
        http_requests=reply.attempts,
        prompt_tokens=reply.prompt_tokens or 0,
        completion_tokens=reply.completion_tokens or 0,
        latency_ms=reply.latency_ms,
        parse_mode=reply.parse_mode,
        escalated_by="model" if classification is not rules else None,
    )


def _draft(
    opinion: ModelOpinion,
    packet: Packet,
    classification: Classification,
    thread: MailThread,
    settings: AssistSettings,
) -> tuple[str | None, tuple[str, ...]]:
    text = (opinion.customer_draft or "").strip()
    if not text:
        return None, ()
    problems = vet.draft_problems(
        text,
        packet=packet,
        classification=classification,
        messages=inbound(thread),
        allowed_domains=settings.allowed_link_domains,
        echo_words=settings.echo_words,
        max_chars=settings.max_draft_chars,
        language=packet.language,
    )
    return (None, problems) if problems else (text, ())
