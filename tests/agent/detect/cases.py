"""The table machinery of the detector tests (issue 8, item 9).

A case is one sentence of customer mail, its language, and whether the detector must find
its reason (a positive) or must not (a near miss: mail that shares the positives' words but
not their meaning). Each test module holds one table per detector group, keyed by reason.

A case the detector gets wrong today carries ``GAP``: pytest.mark.xfail(strict=True), so the
suite stays green, and the fix that closes the gap turns it into an XPASS failure that forces
the mark to be removed. Nothing here may be changed to make a detector pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

import pytest
from _pytest.mark.structures import ParameterSet

from agent.detect.evidence import Evidence
from agent.detect.views import MessageView, views
from agent.models import Reason
from tests.builders import message, thread

GAP = pytest.mark.xfail(strict=True, reason="detector gap")
LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "nl", "pt"})
CUSTOMERS = ("acme.example",)
BUYER = "buyer@acme.example"
MIN_CASES = 5  # positives, and near misses, per detector
MIN_LANGUAGES = 2


@dataclass(frozen=True)
class Case:
    lang: str
    text: str
    positive: bool
    marks: tuple[pytest.MarkDecorator, ...] = ()
    sender: str = BUYER
    reason: Reason = Reason.UNRELATED  # set by table()

    @property
    def kind(self) -> str:
        return "pos" if self.positive else "near"


def pos(lang: str, text: str, *marks: pytest.MarkDecorator, sender: str = BUYER) -> Case:
    """The detector must return evidence with the table's reason."""
    return Case(lang, text, True, marks, sender)


def near(lang: str, text: str, *marks: pytest.MarkDecorator, sender: str = BUYER) -> Case:
    """The detector must not return the table's reason."""
    return Case(lang, text, False, marks, sender)


Table = Mapping[Reason, list[Case]]


def table(cases: Table) -> list[ParameterSet]:
    """One pytest.param per case, with a readable id: reason-kind-language-number."""
    params = []
    for reason, rows in cases.items():
        for number, row in enumerate(rows, 1):
            case = replace(row, reason=reason)
            name = f"{reason.name.lower()}-{case.kind}-{case.lang}-{number}"
            params.append(pytest.param(case, marks=case.marks, id=name))
    return params


def view_of(case: Case) -> MessageView:
    """The customer's message as the detectors see it, on a thread linked to a deal."""
    # A "Re:" subject is read as ours, so only the sentence under test is analysed.
    mail = thread(message(case.text, sender=case.sender, subject="Re: our order"))
    (view,) = views(mail, CUSTOMERS, linked=True)
    return view


def check(detector: Callable[[MessageView], Iterable[Evidence]], case: Case) -> None:
    found = list(detector(view_of(case)))
    hit = [e.quote for e in found if e.reason is case.reason]
    if case.positive:
        assert hit, f"{case.reason} not found in {case.text!r}; found {found}"
    else:
        assert not hit, f"{case.reason} raised by near miss {case.text!r}: {hit}"


def coverage_problems(cases: Table, reasons: Iterable[Reason]) -> list[str]:
    """What keeps a detector below five positives, five near misses and two languages."""
    problems = []
    for reason in reasons:
        rows = cases.get(reason, [])
        positives = sum(1 for r in rows if r.positive)
        misses = len(rows) - positives
        langs = {r.lang for r in rows}
        if positives < MIN_CASES or misses < MIN_CASES or len(langs) < MIN_LANGUAGES:
            problems.append(f"{reason}: {positives} positive, {misses} near miss, {langs}")
        problems += [
            f"{reason}: unknown language {r.lang}" for r in rows if r.lang not in LANGUAGES
        ]
    return problems
