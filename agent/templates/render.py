"""Assemble a customer reply from one language pack's sentences, and map text back to them.

``render`` is the only way the rules drafter writes customer text: every line it produces
is a template sentence with field names (or the contact's name) filled in. ``intents``
maps any text back to the sentences of a pack, so a test (or a reviewer tool) can show
that each line serves one allowed intent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from agent.templates import de, en, es, fr, it, nl, pt
from agent.templates.model import SENTENCE_INTENTS, Intent, LanguagePack, TemplateSentence
from connectors.crm.model import PO_FIELDS

PACKS: dict[str, LanguagePack] = {m.PACK.code: m.PACK for m in (en, de, fr, es, it, nl, pt)}
_NAME = r"[^\n,:]{1,80}"
_Add = Callable[..., None]  # add(sentence key, **placeholder values)


def pack(language: str) -> LanguagePack:
    """The pack for an ISO 639-1 code; English for any language without one."""
    return PACKS.get(language, PACKS["en"])


@dataclass(frozen=True)
class ReplyPlan:
    """What one reply says. Built from the packet's boundary and the reviewer's instructions;
    nothing in it comes from a mail's text except the language and the greeting name."""

    language: str = "en"
    first_name: str | None = None
    full_name: str | None = None
    acknowledge: tuple[str, ...] = ()  # PO fields that arrived
    request: tuple[str, ...] = ()  # PO fields still missing
    nothing_missing_known: bool = False  # the CRM says so; else never claim it
    short: bool = False
    formal: bool = False


@dataclass(frozen=True)
class Rendered:
    text: str
    sentences: tuple[tuple[TemplateSentence, str], ...]  # each template and its filled line


def render(plan: ReplyPlan) -> Rendered:
    p = pack(plan.language)
    lines: list[tuple[TemplateSentence, str] | None] = []  # None: a blank line

    def add(key: str, **values: str) -> None:
        sentence = p.sentence(key)
        lines.append((sentence, sentence.text.format(**values)))

    _greeting(p, plan, add)
    lines.append(None)
    if plan.acknowledge:
        add("thank_received", fields=p.join([p.field_name(f) for f in plan.acknowledge]))
    else:
        add("thank_message")
    lines.append(None)
    _body(p, plan, add, lines)
    lines.append(None)
    add("close_formal" if plan.formal else "close")
    add("signature")
    text = "\n".join("" if line is None else line[1] for line in lines)
    return Rendered(text=text, sentences=tuple(line for line in lines if line is not None))


def _greeting(p: LanguagePack, plan: ReplyPlan, add: _Add) -> None:
    if plan.formal:
        if plan.full_name:
            add("greet_formal_name", full_name=plan.full_name)
        else:
            add("greet_formal_anon")
    elif plan.first_name:
        add("greet_name", name=plan.first_name)
    else:
        add("greet_anon")


def _body(
    p: LanguagePack,
    plan: ReplyPlan,
    add: _Add,
    lines: list[tuple[TemplateSentence, str] | None],
) -> None:
    names = [p.field_name(f) for f in plan.request]
    if names and plan.short:
        add("request_short", fields=p.join(names))
    elif names:
        add("request_intro")
        for name in names:
            add("request_item", field=name)
        lines.append(None)
        add("request_ask")
    elif plan.nothing_missing_known:
        add("follow_up_done")
    else:
        add("follow_up_team")


def intents(text: str, language: str) -> list[tuple[str, Intent | None]]:
    """Each non-blank line of ``text`` with the intent of the pack sentence it is (None: it is
    no sentence of that pack)."""
    patterns = _patterns(pack(language).code)
    found: list[tuple[str, Intent | None]] = []
    for line in text.splitlines():
        if line.strip():
            intent = next((i for rx, i in patterns if rx.fullmatch(line.strip())), None)
            found.append((line, intent))
    return found


@cache
def _patterns(language: str) -> tuple[tuple[re.Pattern[str], Intent], ...]:
    p = pack(language)
    field = "(?:" + "|".join(re.escape(p.field_name(f)) for f in PO_FIELDS) + ")"
    fields = rf"{field}(?:, {field})*(?: {re.escape(p.conjunction)} {field})?"
    out = []
    for key, intent in SENTENCE_INTENTS.items():
        body = re.escape(p.sentences[key])
        for slot, value in (("name", _NAME), ("full_name", _NAME), ("fields", fields)):
            body = body.replace(re.escape("{" + slot + "}"), value)
        body = body.replace(re.escape("{field}"), field)
        out.append((re.compile(body), intent))
    return tuple(out)
