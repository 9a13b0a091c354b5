"""A model's customer draft must be in the customer's language and never stand in for what
the CRM cannot tell (readiness unknown): then only the reviewed templates write."""

from __future__ import annotations

from agent.assist import AssistSettings, assist, customer_draft
from agent.draft import write_customer_draft
from agent.models import PacketField
from connectors.llm import ScriptedChatModel
from tests.agent.assist.support import RulesView, routine_views
from tests.agent.assist.test_assist import opinion

GERMAN = "Hallo Katrin,\n\nvielen Dank für die Angaben.\n\nViele Grüße\nAuftragsabwicklung"
ENGLISH = "Hello Katrin,\n\nThank you for the details.\n\nBest regards,\nOrder Operations"


def german() -> RulesView:
    return next(v for v in routine_views() if v.packet.language == "de")


def answer(view: RulesView, draft: str) -> tuple[str | None, tuple[str, ...]]:
    model = ScriptedChatModel([opinion(customer_draft=draft)])
    result = assist(
        view.thread,
        view.extraction,
        view.classification,
        view.packet,
        model=model,
        settings=AssistSettings(),
    )
    return result.customer_draft_text, result.draft_rejections


def test_a_draft_in_the_customers_language_is_kept() -> None:
    text, rejections = answer(german(), GERMAN)
    assert text == GERMAN and rejections == ()


def test_a_draft_in_another_language_is_discarded_for_the_templates() -> None:
    view = german()
    text, rejections = answer(view, ENGLISH)
    assert text is None and "not in the customer's language (de)" in " ".join(rejections)
    model = ScriptedChatModel([opinion(customer_draft=ENGLISH)])
    result = assist(
        view.thread,
        view.extraction,
        view.classification,
        view.packet,
        model=model,
        settings=AssistSettings(),
    )
    chosen = customer_draft(result, write_customer_draft(view.packet))
    assert chosen.written_by == "rules" and (chosen.text or "").startswith(("Hallo", "Guten Tag"))


def test_no_model_draft_when_the_crm_cannot_say_what_is_missing() -> None:
    view = german()
    unknown = view.packet.model_copy(
        update={"readiness": PacketField(value="unknown", source="CRM export has no contacts.csv")}
    )
    text, rejections = answer(
        RulesView(view.thread, view.extraction, view.classification, unknown), GERMAN
    )
    assert text is None and "only the reviewed templates" in " ".join(rejections)
