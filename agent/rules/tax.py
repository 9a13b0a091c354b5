"""Tax ids: EU/UK/Swiss VAT numbers and US EINs, accepted only when their check digits hold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType

from stdnum.ch import vat as ch_vat
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError
from stdnum.gb import vat as gb_vat
from stdnum.us import ein

# Country prefixes are upper case only: "de" and "fr" are ordinary words.
_VAT = re.compile(
    r"\b(?P<cc>CHE|AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT"
    r"|RO|SE|SI|SK|XI)[ .-]?(?P<body>[0-9A-Z](?:[ .-]?[0-9A-Z]){7,13})"
)
_EIN = re.compile(r"(?<![\d-])\d{2}-\d{7}(?![\d-])")
_EIN_LABELLED = re.compile(
    r"(?i:\b(?:f?ein|tin|employer identification number|federal tax id(?:entification)?"
    r"(?: number)?))\s*(?:#|no\.?|number|:)?\s*:?\s*(?P<num>\d{9})\b"
)


@dataclass(frozen=True)
class TaxId:
    compact: str  # validated, compact form: "DE136695976", "123456789"
    kind: str  # "vat" | "ein"
    start: int


def _vat_module(country: str) -> ModuleType:
    return {"GB": gb_vat, "CHE": ch_vat}.get(country, eu_vat)


def _valid(module: ModuleType, country: str, candidate: str) -> str | None:
    """The compact form with its country prefix (stdnum drops 'GB', keeps Swiss 'MWST')."""
    try:
        compact = str(module.validate(candidate))
    except ValidationError:
        return None
    compact = compact if compact.startswith(country) else country + compact
    return re.sub(r"(?:MWST|TVA|IVA)$", "", compact) if country == "CHE" else compact


def _vat_candidates(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, raw, validated-or-"") for each VAT-looking token: longest valid prefix wins."""
    for m in _VAT.finditer(text):
        body = re.sub(r"[ .-]", "", m["body"])
        module = _vat_module(m["cc"])
        valid = ""
        for length in range(len(body), 7, -1):  # trailing capitals may be other words
            valid = _valid(module, m["cc"], m["cc"] + body[:length]) or ""
            if valid:
                break
        yield m.start(), m.group(), valid


def find_tax_ids(text: str) -> list[TaxId]:
    """Valid tax ids in text order."""
    found = [TaxId(v, "vat", s) for s, _, v in _vat_candidates(text) if v]
    for m in _EIN.finditer(text):
        if ein.is_valid(m.group()):
            found.append(TaxId(str(ein.compact(m.group())), "ein", m.start()))
    for m in _EIN_LABELLED.finditer(text):
        if ein.is_valid(m["num"]):
            found.append(TaxId(str(ein.compact(m["num"])), "ein", m.start()))
    return sorted({t.compact: t for t in found}.values(), key=lambda t: t.start)


def invalid_tax_tokens(text: str) -> list[str]:
    """VAT-looking tokens whose check digits fail, for reviewers' notes."""
    return [raw for _, raw, valid in _vat_candidates(text) if not valid]
