"""How a cycle uses an AssistResult: small pure helpers for the graph's nodes.

Rules stay first everywhere: hints only fill fields the rules left empty, the
rules' facts stay at the top of the internal note, and a customer draft is the
model's wording only when assist passed it (the boundary is checked again by
the workflow before review and before saving, like every draft).
"""

from __future__ import annotations

from agent.assist.result import AssistResult
from agent.models import CustomerDraft, Extraction


def merged_extraction(extraction: Extraction, result: AssistResult) -> Extraction:
    """The rules' extraction with accepted hints in the fields it left empty."""
    update: dict[str, str] = {}
    for name in ("po_number", "billing_entity", "tax_id"):
        hint = getattr(result.hints, name)
        if hint is not None and getattr(extraction, name) is None:
            update[name] = hint.value
            update[f"{name}_source"] = hint.source
    return extraction.model_copy(update=update) if update else extraction


def customer_draft(result: AssistResult | None, rules_draft: CustomerDraft) -> CustomerDraft:
    """The model's wording where the rules would write a customer draft and assist passed it."""
    if result is None or result.customer_draft_text is None:
        return rules_draft
    if rules_draft.status not in ("pending_review", "held") or rules_draft.written_by != "rules":
        return rules_draft  # suppressed, none, or a reviewer's wording: not the model's turn
    # A held draft stays held in the model's wording: the hold is the CRM's, not the text's.
    return rules_draft.model_copy(
        update={"text": result.customer_draft_text, "written_by": "model"}
    )


def internal_note(rules_note: str, result: AssistResult | None) -> str:
    """Rules' note (facts with sources) first; the model's wording below, labelled as such."""
    if result is None:
        return rules_note
    parts = [rules_note]
    if result.suspicious:
        parts.append("Injection detector: " + " | ".join(result.suspicious[:3]))
    if result.summary:
        parts.append(f"Model summary: {result.summary}")
    if result.internal_note_text:
        parts.append(f"Model note: {result.internal_note_text}")
    if result.draft_rejections:
        parts.append("Model draft discarded: " + "; ".join(result.draft_rejections))
    if result.fallback and result.fallback != "no model configured":
        parts.append(f"Model not used: {result.fallback}")
    return "\n\n".join(parts)
