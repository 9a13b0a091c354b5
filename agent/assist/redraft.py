"""Reviewer feedback through the model: one call per `review respond`, checked by code.

The feedback is an instruction to the drafter, never text for the customer. It reaches
the model fenced as the reviewer's instruction, next to the current draft (fenced too)
and the trusted context the rules path uses; mail text is not sent again. The answer
goes through the same checks as the model's first draft (``vet.draft_problems``: the
boundary, the customer's language, no copied mail), and it may not repeat any run of
the feedback's words: a draft that pastes the internal feedback is discarded and the
rules redraft stands.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from agent.assist import vet
from agent.assist.fence import sanitize
from agent.assist.prompt import greeting_name, reply_language
from agent.assist.result import AssistSettings
from agent.models import FIELD_LABELS, Classification, Packet
from agent.rules.text import inbound
from agent.templates import ReplyPlan
from connectors.llm.port import ChatModel, ModelError, ModelRequest
from connectors.mailbox.model import MailMessage, MailThread

REQUEST_NAME = "po_desk_redraft"
FEEDBACK_ECHO_WORDS = 4  # shorter than for mail: internal feedback is short and must not leak

SYSTEM = """\
You revise a reply draft that an order-operations team will send to a customer's
procurement team, following one instruction from the team's reviewer.

The text between <<<BEGIN REVIEWER_INSTRUCTION ...>>> and <<<END REVIEWER_INSTRUCTION ...>>>
is internal: apply it to the draft, but never quote, repeat, paraphrase or mention it in the
reply. The text between <<<BEGIN DRAFT ...>>> and <<<END DRAFT ...>>> is the current draft.

Answer with one JSON object with one key, customer_draft: a short, polite plain-text reply,
written in the language named under "Reply language", that only greets, thanks the customer,
acknowledges the items under "May acknowledge", asks for the items under "May request", says
who follows up, and closes. Never mention dates, timing or turnaround; never accept or
confirm the order; never discuss price, discount, credit, payment or contract terms; never
include bank or remit-to details, links, images or e-mail addresses. Sign off as
"Order Operations".
"""


class RedraftAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    customer_draft: str | None = Field(
        description="The revised plain-text reply, or null when you cannot write one."
    )


@dataclass(frozen=True)
class RedraftResult:
    text: str | None  # model wording that passed every check, else None
    outcome: str  # "model wording used" or why not
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0


def redraft(
    *,
    thread: MailThread,
    classification: Classification,
    packet: Packet,
    plan: ReplyPlan,
    current: str | None,
    feedback: str,
    model: ChatModel,
    settings: AssistSettings,
) -> RedraftResult:
    """``plan`` is the rules' reading of the feedback (fields to acknowledge and request)."""
    request = ModelRequest(
        system=SYSTEM,
        user=_prompt(packet, plan, current, feedback),
        output=RedraftAnswer,
        name=REQUEST_NAME,
    )
    try:
        reply = model.complete(request)
    except ModelError as exc:
        return RedraftResult(None, f"model error: {exc}", calls=1)
    text = (reply.parsed.customer_draft or "").strip()
    problems = (
        _problems(text, packet, classification, inbound(thread), feedback, settings)
        if text
        else ("the model wrote no draft",)
    )
    return RedraftResult(
        text=None if problems else text,
        outcome="discarded: " + "; ".join(problems) if problems else "model wording used",
        calls=1,
        prompt_tokens=reply.prompt_tokens or 0,
        completion_tokens=reply.completion_tokens or 0,
        latency_ms=reply.latency_ms,
    )


def _problems(
    text: str,
    packet: Packet,
    classification: Classification,
    messages: list[MailMessage],
    feedback: str,
    settings: AssistSettings,
) -> tuple[str, ...]:
    problems = list(
        vet.draft_problems(
            text,
            packet=packet,
            classification=classification,
            messages=messages,
            allowed_domains=settings.allowed_link_domains,
            echo_words=settings.echo_words,
            max_chars=settings.max_draft_chars,
            language=packet.language,
        )
    )
    pasted = vet.shared_run(text, [feedback], FEEDBACK_ECHO_WORDS)
    if pasted:
        problems.append(f"repeats the reviewer's internal feedback: '{pasted}'")
    return tuple(problems)


def _prompt(packet: Packet, plan: ReplyPlan, current: str | None, feedback: str) -> str:
    nonce = hashlib.sha256(f"{current}\x00{feedback}".encode()).hexdigest()[:10]
    labels = "; ".join
    lines = [
        "Context from our rules and CRM (trusted):",
        f"Linked opportunity: {packet.opportunity_id.value or 'none'}",
        "Customer reply allowed: yes",
        "May acknowledge: " + (labels(FIELD_LABELS[f] for f in plan.acknowledge) or "nothing"),
        "May request: " + (labels(FIELD_LABELS[f] for f in plan.request) or "nothing"),
        f"Greeting name: {greeting_name(packet)}",
        f"Reply language: {reply_language(packet)}",
        "Never in a customer reply: " + "; ".join(packet.message_boundary.never),
        "",
        "The current draft:",
        f"<<<BEGIN DRAFT nonce={nonce}>>>\n{sanitize(current or '')}\n"
        f"<<<END DRAFT nonce={nonce}>>>",
        "",
        "The reviewer's instruction (internal: apply it, never repeat it):",
        f"<<<BEGIN REVIEWER_INSTRUCTION nonce={nonce}>>>\n{sanitize(feedback)}\n"
        f"<<<END REVIEWER_INSTRUCTION nonce={nonce}>>>",
    ]
    return "\n".join(lines)
