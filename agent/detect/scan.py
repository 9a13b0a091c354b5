"""Scanning a message's sentences and clauses for a detector's pattern."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from agent.boundary.signals import negated
from agent.detect.evidence import Evidence, sentence_evidence
from agent.detect.views import MessageView, ViewSentence
from agent.lexicon.procurement import AS_AGREED
from agent.lexicon.residual import DISCLAIMER
from agent.lexicon.text import clauses
from agent.lexicon.times import MONTH
from agent.lexicon.verbs import NEGATION
from agent.models import Reason

ClauseTest = Callable[[str, ViewSentence], bool]


def scan(view: MessageView, reason: Reason, test: ClauseTest) -> Iterator[Evidence]:
    """Evidence for each sentence with a clause that passes ``test``."""
    for index, sentence in enumerate(view.sentences):
        if any(test(clause, sentence) for clause in clauses(sentence.folded, fine=False)):
            yield sentence_evidence(view, reason, index)


def unchanged(clause: str) -> bool:
    """'net 30 as quoted', 'pricing stays the same': a mention that changes nothing -- unless
    the clause sets something against it ("net 60 instead of net 30 as quoted", "from
    1 September and not from 1 July as in the quote": the quoted value, negated)."""
    agreed = AS_AGREED.search(clause)
    if agreed is None or _CONTRAST.search(clause):
        return False
    if _NOT_AS.search(clause, 0, agreed.start()):
        return False  # "com a condição padrão, não com a da proposta": not as quoted
    return not _negated_value(clause, agreed.start())


# A negation right before the reference itself: "not as quoted", "nicht wie im Angebot",
# "não com a da proposta", "non come da offerta".
_NOT_AS = re.compile(
    r"\b(?:not|nicht|pas|no|non|niet|nao|nem)\s+(?:(?:with|com|con|met|mit|avec|the|a|o|la|el|il"
    r"|de|da|do|del|della|as|wie|come|como|comme|zoals|that|those|of|in|im|en|em|na|no)\s+){0,3}$"
)


def _negated_value(clause: str, at: int) -> bool:
    """A negation right before a value that the agreement reference at ``at`` qualifies:
    "nicht ab 1. Juli wie im Angebot", "not net 30 as quoted", "non da luglio come da offerta"."""
    start = max(0, at - _VALUE_SPAN)
    negations = list(NEGATION.finditer(clause, start, at))
    return bool(negations) and _VALUE.search(clause, negations[-1].end(), at) is not None


_VALUE_SPAN = 30  # characters: the negation, then the value, then "as quoted"
_VALUE = re.compile(rf"\d|{MONTH.pattern}")


_CONTRAST = re.compile(
    r"\b(?:instead\s+of|rather\s+than|statt|anstatt|anstelle|au\s+lieu\s+d\w*|plutot\s+que"
    r"|en\s+lugar\s+de|en\s+vez\s+de|invece\s+d\w*|anziche|in\s+plaats\s+van|ipv|em\s+vez\s+de"
    r"|em\s+lugar\s+de)\b"
)


def negated_before(clause: str, position: int, window: int = 30) -> bool:
    """A negation just before ``position`` (Portuguese "no dia 20" is "on day 20", not "no")."""
    return negated(clause[max(0, position - window) : position])


def first(pattern: re.Pattern[str], clause: str) -> re.Match[str] | None:
    return pattern.search(clause)


def named_outside_disclaimers(view: MessageView, pattern: re.Pattern[str]) -> bool:
    """``pattern`` in a sentence that is no mail disclaimer: "se você recebeu esta mensagem
    por engano" names no PO sent by mistake."""
    return any(pattern.search(s.folded) and not DISCLAIMER.search(s.folded) for s in view.sentences)
