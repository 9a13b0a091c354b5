"""What a reviewed reply template is: sentences tagged with the one intent each serves.

The intents are the only things a customer reply may do (corpus/POLICY.md, boundary
sentences): greet; thank for or acknowledge what arrived; request what is missing; say
who follows up; close. A template sentence has placeholders only for PO field names (from
the same language pack) and the contact's name; nothing from a mail's text fills them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from connectors.crm.model import PO_FIELDS

Intent = Literal["greet", "thank", "request", "follow_up", "close"]
INTENTS: tuple[Intent, ...] = ("greet", "thank", "request", "follow_up", "close")

# The sentences every language pack has, and the intent each serves.
SENTENCE_INTENTS: dict[str, Intent] = {
    "greet_name": "greet",  # {name}: first name
    "greet_anon": "greet",
    "greet_formal_name": "greet",  # {full_name}
    "greet_formal_anon": "greet",
    "thank_received": "thank",  # {fields}: what arrived
    "thank_message": "thank",
    "request_intro": "request",
    "request_item": "request",  # {field}: one missing field, as a list line
    "request_ask": "request",
    "request_short": "request",  # {fields}: every missing field in one sentence
    "follow_up_done": "follow_up",  # only when the CRM says nothing is missing
    "follow_up_team": "follow_up",  # never claims that nothing is missing
    "close": "close",
    "close_formal": "close",
    "signature": "close",
}


@dataclass(frozen=True)
class TemplateSentence:
    key: str
    intent: Intent
    text: str


@dataclass(frozen=True)
class LanguagePack:
    """One language's reviewed reply sentences and PO field names."""

    code: str  # ISO 639-1
    name: str  # in English, for prompts: "German"
    conjunction: str  # joins the last two fields of a list: "and", "und"
    fields: Mapping[str, str]  # PO field -> its name in this language
    sentences: Mapping[str, str]  # SENTENCE_INTENTS key -> text with placeholders

    def __post_init__(self) -> None:
        # A pack missing a sentence or a field name would fail at drafting time; fail at import.
        if set(self.sentences) != set(SENTENCE_INTENTS):
            raise ValueError(f"{self.code}: sentences differ from {sorted(SENTENCE_INTENTS)}")
        if set(self.fields) != set(PO_FIELDS):
            raise ValueError(f"{self.code}: field names differ from {sorted(PO_FIELDS)}")

    def sentence(self, key: str) -> TemplateSentence:
        return TemplateSentence(key, SENTENCE_INTENTS[key], self.sentences[key])

    def field_name(self, field: str) -> str:
        return self.fields.get(field, field)

    def join(self, names: list[str]) -> str:
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + f" {self.conjunction} " + names[-1]
