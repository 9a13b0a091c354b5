"""Reviewer feedback (`review respond --message`): an instruction to the drafter, never text.

The rules drafter understands a few simple instructions deterministically: ask also for,
or do not ask for, a PO field; shorter; more (or less) formal. Whatever it understands
changes the *plan* of the reply (which template sentences, which fields); the feedback's
own words never reach the customer. Every feedback text is kept for the internal note
and the audit log, with what was applied, so the reviewer sees what the rules did with it.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from agent.templates import pack
from connectors.crm.model import PO_FIELDS

_FIELD_WORDS: dict[str, str] = {
    "po_number": r"PO\s*(?:number|no\.?|#)|purchase\s+order(?:\s+number)?|PO",
    "billing_entity": r"billing\s+(?:entity|address|details)|invoice\s+address|legal\s+entity"
    r"|bill[\s-]to(?:\s+address)?",
    "procurement_contact": r"(?:procurement|purchasing|buyer)\s+contact|contact\s+person",
    "signature_packet": r"signature\s+packet|(?:signed\s+)?order\s+form|signed\s+(?:contract"
    r"|form|documents?|agreement)",
    "tax_detail": r"tax\s*(?:id|number|exemption|certificate|details?|form)|VAT(?:\s+(?:id"
    r"|number))?|W-?9|W-?8(?:BEN)?(?:-E)?|EIN|exemption\s+certificate",
    "delivery_prerequisite": r"delivery\s+prerequisites?|technical\s+contact|tenant(?:\s+details)?",
    "supplier_registration": r"(?:supplier|vendor)\s+(?:registration|portal|onboarding|set-?up"
    r"|form)",
}
_FIELDS = [(f, re.compile(rf"\b(?:{w})\b", re.IGNORECASE)) for f, w in _FIELD_WORDS.items()]
_PIECES = re.compile(r"[.;!?\n]+|,|\bbut\b|\band\b", re.IGNORECASE)
_SENTENCES = re.compile(r"[.;!?\n]+")
_NEGATIVE = re.compile(
    r"\b(?:don'?t|do\s+not|no\s+need|never|stop|without|remove|drop|skip|omit|leave\s+out"
    r"|not|no\s+longer)\b",
    re.IGNORECASE,
)
_ASK = re.compile(
    r"\b(?:ask\w*|request\w*|add|include|also|need|needs|want|send|mention|require\w*)\b",
    re.IGNORECASE,
)
_I = re.IGNORECASE
_SHORTER = re.compile(
    r"\b(?:short(?:er|en)?|brief(?:er)?|concise|trim|less\s+wordy|too\s+long)\b", _I
)
_LONGER = re.compile(r"\b(?:longer|more\s+detail(?:ed)?|too\s+short)\b", _I)
_LESS_FORMAL = re.compile(r"\b(?:informal|less\s+formal|casual|friendl(?:y|ier)|warmer)\b", _I)
_FORMAL = re.compile(r"\b(?:formal(?:ly)?|polite|stiffer)\b", _I)


class DraftInstructions(BaseModel):
    """What the reviewer's feedback changed in the plan of the reply, cumulatively."""

    model_config = ConfigDict(frozen=True)

    add_fields: tuple[str, ...] = ()
    drop_fields: tuple[str, ...] = ()
    short: bool = False
    formal: bool = False


class FeedbackNote(BaseModel):
    model_config = ConfigDict(frozen=True)

    reviewer: str
    text: str  # the feedback as given: internal, never customer text
    applied: tuple[str, ...] = ()  # what the rules drafter did with it, in words


class ReviewerFeedback(BaseModel):
    """Every feedback of one review cycle, and what the model (if any) made of the last one."""

    model_config = ConfigDict(frozen=True)

    instructions: DraftInstructions = DraftInstructions()
    notes: tuple[FeedbackNote, ...] = ()
    model_calls: int = 0
    model_prompt_tokens: int = 0
    model_completion_tokens: int = 0
    model_latency_ms: float = 0.0
    model_outcome: str | None = None  # "model wording used" or why not


def interpret(text: str, previous: DraftInstructions) -> tuple[DraftInstructions, tuple[str, ...]]:
    """(the instructions with ``text`` applied, what was applied in words)."""
    add, drop = list(previous.add_fields), list(previous.drop_fields)
    applied: list[str] = []
    for sentence in _SENTENCES.split(text):
        polarity: str | None = None
        for piece in _PIECES.split(sentence):
            polarity = _polarity(piece) or polarity  # "ask for A and B": B inherits "ask"
            for field in _fields(piece):
                if polarity == "drop":
                    add, drop = _without(add, field), _with(drop, field)
                    applied.append(f"do not ask for the {_name(field)}")
                elif polarity == "add":
                    add, drop = _with(add, field), _without(drop, field)
                    applied.append(f"also ask for the {_name(field)}")
    short, formal = previous.short, previous.formal
    if _SHORTER.search(text) and not short:
        short = True
        applied.append("shorter")
    elif _LONGER.search(text) and short:
        short = False
        applied.append("longer")
    if _LESS_FORMAL.search(text):
        if formal:
            formal = False
            applied.append("less formal")
    elif _FORMAL.search(text) and not formal:
        formal = True
        applied.append("more formal")
    result = DraftInstructions(
        add_fields=_ordered(add), drop_fields=_ordered(drop), short=short, formal=formal
    )
    return result, tuple(dict.fromkeys(applied))


def _polarity(piece: str) -> str | None:
    """A negation anywhere wins: "we also don't need the PO number" drops the PO number."""
    if _NEGATIVE.search(piece):
        return "drop"
    return "add" if _ASK.search(piece) else None


def _fields(piece: str) -> list[str]:
    return [field for field, pattern in _FIELDS if pattern.search(piece)]


def _with(items: list[str], field: str) -> list[str]:
    return items if field in items else [*items, field]


def _without(items: list[str], field: str) -> list[str]:
    return [i for i in items if i != field]


def _ordered(fields: list[str]) -> tuple[str, ...]:
    return tuple(f for f in PO_FIELDS if f in fields)


def _name(field: str) -> str:
    return pack("en").field_name(field)


def apply(
    instructions: DraftInstructions, acknowledge: tuple[str, ...], request: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(fields to acknowledge, fields to request) after the reviewer's instructions. A field
    the reviewer asks for again is no longer thanked for; a dropped one is not mentioned."""
    wanted = set(request) | set(instructions.add_fields)
    wanted -= set(instructions.drop_fields)
    thanked = set(acknowledge) - set(instructions.drop_fields) - set(instructions.add_fields)
    return (
        tuple(f for f in acknowledge if f in thanked),
        tuple(f for f in PO_FIELDS if f in wanted),
    )
