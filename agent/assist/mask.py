"""Mask what must not leave the process: amounts and prices, bank details, tax ids.

Each distinct value becomes a numbered placeholder (``[IBAN_1]``, ``[AMOUNT_2]``)
and the mapping stays here, so a model can still point at a value ("the tax id
is [TAX_ID_1]") and we resolve it locally. Placeholders use brackets and capitals
that none of the patterns match, so masking is stable when run twice.

Every finder runs on the same text and overlapping finds are merged into one
masked span (named after the strongest kind), so no part of a value is left
showing because two finders read it differently. Tax IDs come from the finder
extraction uses (``agent.rules.tax``), plus anything shaped like one; amounts come
from ``agent.rules.money``. A value found once in a thread (``learn``) is masked
wherever it appears again, also where the words around it would not give it away:
"VAT: DE 123 456 789" in one message, "DE123456789" alone in the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from agent.assist.identifiers import identifier_spans
from agent.rules.bank_details import account_spans, bic_spans, iban_shaped_spans, iban_spans
from agent.rules.money import find_amounts
from agent.rules.register_numbers import registration_spans
from agent.rules.tax import compact, find_tax_ids, tax_shaped_spans

_PERCENT = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{1,2})?\s?%")
# A number written as money even without a currency: thousands grouped, perhaps two decimals
# ("58.300,00" in a table whose header says EUR, "Total 48.000", "TOTAL ....... 186.000,00":
# a dot leader may stand before it, a digit's decimal point may not).
_MONEY_SHAPED = re.compile(
    r"(?<![\d,/+-])(?<!\d[.])(?<!\d )\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+(?:[.,]\d{2})?"
    r"(?![.,/-]?\d|[ \u00a0]\d)"
)
# "+50.000 contacts": a grouped figure after a plus sign (a phone number groups no thousands
# with dots or commas).
_PLUS_GROUPED = re.compile(r"(?<=\+)\d{1,3}(?:[.,]\d{3})+(?![.,/-]?\d)")
_PLACEHOLDER = re.compile(r"\[(?:AMOUNT|PERCENT|IBAN|BIC|ACCOUNT|TAX_ID|ID)_\d+\]")
_NUMBER = re.compile(r"\d[\d.,'’ \u00a0\u202f\u2009]*\d")
_SEP = "[ \u00a0\u2009\u202f.\u2010\u2011\u2013/-]*"
# Strongest first: the kind a merged span is named after.
KINDS = ("IBAN", "TAX_ID", "BIC", "ACCOUNT", "AMOUNT", "PERCENT", "ID")

Span = tuple[str, int, int]


@dataclass(frozen=True)
class Sensitive:
    kind: str  # one of KINDS
    start: int
    end: int
    value: str  # as written


def find_sensitive(text: str, known: Iterable[tuple[str, str]] = ()) -> list[Sensitive]:
    """Every value the masker hides, merged where finders overlap, in text order.
    ``known``: (kind, value) pairs found elsewhere in the thread, masked here too."""
    taxes = [(t.start, t.end) for t in find_tax_ids(text)] + tax_shaped_spans(text)
    taxes += registration_spans(text)
    # "NL004495445B01" is shaped like an IBAN too: a tax ID is named as one.
    shaped = [x for x in iban_shaped_spans(text) if not any(_overlap(x, t) for t in taxes)]
    spans = [
        *(("IBAN", s, e) for s, e in iban_spans(text) + shaped),
        *(("TAX_ID", s, e) for s, e in taxes),
        *(("BIC", s, e) for s, e in bic_spans(text)),
        *(("ACCOUNT", s, e) for s, e in account_spans(text)),
        *(("AMOUNT", h.start, h.end) for h in find_amounts(text)),
        *(("AMOUNT", *m.span()) for m in _MONEY_SHAPED.finditer(text)),
        *(("AMOUNT", *m.span()) for m in _PLUS_GROUPED.finditer(text)),
        *(("PERCENT", *m.span()) for m in _PERCENT.finditer(text)),
        *(("ID", s, e) for s, e in identifier_spans(text)),
        *_known_spans(text, known),
    ]
    inside = [m.span() for m in _PLACEHOLDER.finditer(text)]
    spans = [x for x in spans if not any(_overlap(x[1:], p) for p in inside)]
    return [Sensitive(k, s, e, text[s:e]) for k, s, e in _merged(spans)]


class Masker:
    """Masks text for one prompt and resolves placeholders found in the answer."""

    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._known: set[tuple[str, str]] = set()

    @property
    def masked(self) -> dict[str, str]:
        """placeholder -> original value."""
        return dict(self._by_placeholder)

    def learn(self, texts: Iterable[str]) -> None:
        """Remember the values in these texts (the whole thread, quoted history too)."""
        if self.enabled:
            for text in texts:
                # Not the safety net's finds: a number that is a PO reference elsewhere in the
                # thread must stay readable there.
                self._known |= {(s.kind, s.value) for s in find_sensitive(text) if s.kind != "ID"}

    def mask(self, text: str) -> str:
        if not self.enabled:
            return text
        out, last = [], 0
        for found in find_sensitive(text, self._known):
            out += [text[last : found.start], self._placeholder(found.kind, found.value)]
            last = found.end
        return "".join([*out, text[last:]])

    def unmask(self, text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(), m.group()), text)

    def _placeholder(self, kind: str, value: str) -> str:
        """One placeholder per value, however it is spaced ("DE 136 695 976", "DE136695976")."""
        key = (kind, value if kind in {"AMOUNT", "PERCENT"} else compact(value))
        if key not in self._by_value:
            count = sum(1 for k, _ in self._by_value if k == kind) + 1
            placeholder = f"[{kind}_{count}]"
            self._by_value[key] = placeholder
            self._by_placeholder[placeholder] = value
        return self._by_value[key]


def has_placeholder(text: str) -> bool:
    return _PLACEHOLDER.search(text) is not None


def _known_spans(text: str, known: Iterable[tuple[str, str]]) -> list[Span]:
    """Where known values occur: identifiers with any spacing, amounts by their number."""
    spans: list[Span] = []
    for kind, value in known:
        for pattern in _patterns(kind, value):
            spans += [(kind, *m.span()) for m in re.finditer(pattern, text)]
    return spans


def _patterns(kind: str, value: str) -> list[str]:
    if kind == "PERCENT":
        return []
    if kind == "AMOUNT":  # "48,000.00" of "USD 48,000.00"; never a bare year like 2026
        return [rf"(?<![\d,])(?<!\d\.){re.escape(n)}(?![\d])" for n in amount_numbers(value)]
    chars = compact(value)
    if len(chars) < 6:
        return []
    return [r"(?i)(?<![0-9A-Za-z])" + _SEP.join(map(re.escape, chars)) + r"(?![0-9A-Za-z])"]


def amount_numbers(amount: str) -> list[str]:
    """The numbers of an amount specific enough to mean it alone: "48,000.00", "12 500",
    "48000"; not "2026", which is more often a year."""
    return [
        n
        for n in _NUMBER.findall(amount)
        if sum(c.isdigit() for c in n) >= 5
        or (sum(c.isdigit() for c in n) >= 4 and not n.isdigit())
    ]


def _merged(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans become one, named after the strongest kind among them."""
    merged: list[Span] = []
    for kind, start, end in sorted(spans, key=lambda x: (x[1], -x[2])):
        if merged and start < merged[-1][2]:
            top, first, last = merged[-1]
            strongest = min(top, kind, key=KINDS.index)
            merged[-1] = (strongest, first, max(last, end))
        else:
            merged.append((kind, start, end))
    return merged


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
