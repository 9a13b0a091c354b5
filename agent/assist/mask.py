"""Mask what must not leave the process: amounts and prices, bank details, tax ids.

Each distinct value becomes a numbered placeholder (``[IBAN_1]``, ``[AMOUNT_2]``)
and the mapping stays here, so a model can still point at a value ("the tax id
is [TAX_ID_1]") and we resolve it locally. Placeholders use brackets and capitals
that none of the patterns match, so masking is stable when run twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.rules.money import find_amounts

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
_BIC = re.compile(
    r"(?i:\b(?:SWIFT|BIC)(?:[ /-]?(?:BIC|SWIFT|code))?\s*(?:[:#]|is)?\s*)"
    r"(?P<v>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b"
)
_ACCOUNT = re.compile(
    r"(?i:\b(?:account|acct|routing|ABA|sort\s+code|transit|kontonummer|konto|bankleitzahl|BLZ"
    r"|compte|RIB|clabe|BSB)(?:\s*(?:number|no\.?|nr\.?|num[ée]ro|n°|#))?\s*(?:[:#]|is)?\s*)"
    r"(?P<v>\d[\d -]{4,30}\d)"
)
_VAT = re.compile(
    r"\b(?:CHE|AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE"
    r"|SI|SK|XI)[ .-]?[0-9A-Z](?:[ .-]?[0-9A-Z]){7,13}\b"
)
_EIN = re.compile(r"(?<![\d-])\d{2}-\d{7}(?![\d-])")
_TAX_LABELLED = re.compile(
    r"(?i:\b(?:VAT|USt-?IdNr\.?|UID|TVA|tax\s+id|TIN|EIN|Steuernummer|SIRE[NT]|N°\s*TVA)"
    r"(?:\s*(?:number|no\.?|nr\.?|num[ée]ro|intracommunautaire|#))?\s*[:#]?\s*)"
    r"(?P<v>(?:[A-Z]{2,3}[ .-]?)?\d(?:[ ./-]?\d){5,18})"
)
_PERCENT = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{1,2})?\s?%")
_PLACEHOLDER = re.compile(r"\[(?:AMOUNT|PERCENT|IBAN|BIC|ACCOUNT|TAX_ID)_\d+\]")


class Masker:
    """Masks text for one prompt and resolves placeholders found in the answer."""

    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}

    @property
    def masked(self) -> dict[str, str]:
        """placeholder -> original value."""
        return dict(self._by_placeholder)

    def mask(self, text: str) -> str:
        if not self.enabled:
            return text
        text = self._replace(text, "IBAN", (m.span() for m in _IBAN.finditer(text)))
        text = self._replace(text, "BIC", (m.span("v") for m in _BIC.finditer(text)))
        text = self._replace(text, "ACCOUNT", (m.span("v") for m in _ACCOUNT.finditer(text)))
        text = self._replace(text, "TAX_ID", _tax_spans(text))
        text = self._replace(text, "AMOUNT", ((h.start, h.end) for h in find_amounts(text)))
        return self._replace(text, "PERCENT", (m.span() for m in _PERCENT.finditer(text)))

    def unmask(self, text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(), m.group()), text)

    def _replace(self, text: str, kind: str, spans: Iterator[tuple[int, int]]) -> str:
        out, last = [], 0
        for start, end in sorted(_disjoint(spans, text)):
            out += [text[last:start], self._placeholder(kind, text[start:end])]
            last = end
        return "".join([*out, text[last:]])

    def _placeholder(self, kind: str, value: str) -> str:
        key = (kind, value)
        if key not in self._by_value:
            count = sum(1 for k, _ in self._by_value if k == kind) + 1
            placeholder = f"[{kind}_{count}]"
            self._by_value[key] = placeholder
            self._by_placeholder[placeholder] = value
        return self._by_value[key]


def has_placeholder(text: str) -> bool:
    return _PLACEHOLDER.search(text) is not None


def _tax_spans(text: str) -> Iterator[tuple[int, int]]:
    yield from (m.span() for m in _VAT.finditer(text))
    yield from (m.span() for m in _EIN.finditer(text))
    yield from (m.span("v") for m in _TAX_LABELLED.finditer(text))


def _disjoint(spans: Iterator[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Non-overlapping spans, longest first, never inside an existing placeholder."""
    kept: list[tuple[int, int]] = []
    inside = [m.span() for m in _PLACEHOLDER.finditer(text)]
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if any(start < e and end > s for s, e in kept + inside):
            continue
        kept.append((start, end))
    return kept
