"""Values of the model path: its settings, what the model may answer, and what assist returns.

The model's answer schema (``ModelOpinion``) has no field for contract status,
order status, owners or the boundary: a model cannot even express a change to a
commercial fact. Extra keys a model adds anyway are ignored on parsing.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from agent.models import LABELS, Classification, Label


class AssistSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    mask_sensitive: bool = True  # amounts, bank details and tax ids never leave the process
    token_budget: int = Field(default=3000, ge=200)  # mail text per thread, ~chars/4
    detect_injection: bool = True
    allowed_link_domains: tuple[str, ...] = ()
    consult_on_not_po: bool = False  # newsletters and bounces are not worth a call
    echo_words: int = Field(default=6, ge=3)  # a draft copying this many mail words is dropped
    max_summary_chars: int = 600
    max_note_chars: int = 1500
    max_draft_chars: int = 2000


class ModelOpinion(BaseModel):
    """The one structured answer per call. Opinions only; code decides what counts."""

    model_config = ConfigDict(extra="ignore")

    summary: str = Field(description="Two or three sentences for the reviewer.")
    # The schema the model sees lists the values inline, as it always has (no $defs).
    label: Annotated[Label, WithJsonSchema({"enum": list(LABELS), "type": "string"})] = Field(
        description="Your classification opinion."
    )
    exception_reason: str | None = Field(
        description="Why this needs the deal desk, when you say deal_exception; else null."
    )
    po_number: str | None = Field(description="PO number exactly as written, or null.")
    billing_entity: str | None = Field(description="Legal billing entity as written, or null.")
    tax_id: str | None = Field(description="Tax id (or its [TAX_ID_n] mask) as written, or null.")
    internal_note: str = Field(description="A short note for sales ops, plain text.")
    customer_draft: str | None = Field(
        description="Plain-text reply inside the message boundary, or null when not allowed."
    )


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True)


class Hint(_Value):
    value: str
    source: str  # message id, or "attachment:<name>@<message id>" (like Extraction sources)


class ExtractionHints(_Value):
    """Hints that passed the literal-occurrence check; everything else was dropped."""

    po_number: Hint | None = None
    billing_entity: Hint | None = None
    tax_id: Hint | None = None


Fallback = Literal[
    "no model configured",
    "suspicious instructions: model not consulted",
    "not PO-related: model not consulted",
    "no inbound message: model not consulted",
]


class AssistResult(_Value):
    """What the model path adds to one review cycle. Rules' values when the model is not used."""

    classification: Classification
    summary: str | None = None
    hints: ExtractionHints = ExtractionHints()
    hints_dropped: int = 0  # values the model gave that do not occur in the mail
    internal_note_text: str | None = None
    customer_draft_text: str | None = None  # model wording that passed every check
    draft_rejections: tuple[str, ...] = ()  # why a model draft was discarded
    suspicious: tuple[str, ...] = ()  # injection detector evidence
    calls: int = 0
    http_requests: int = 0  # includes structured-output downgrades on a first call
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0
    parse_mode: str | None = None
    # None when the model's answer was used; else why not: one of ``Fallback``, or
    # "model error: ..." / "invalid output: ..." when the call failed.
    fallback: str | None = None
    escalated_by: Literal["model", "injection detector"] | None = None
