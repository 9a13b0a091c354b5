"""PO numbers in text and attachment names, and the tokens used for linking."""

from __future__ import annotations

import re
from pathlib import PurePath

from agent.rules.po_labels import (
    CORRECTION,
    FILE_LABEL,
    GLUED,
    LABEL,
    NUM,
    NUMBER_LABEL,
    SEP,
    SPACED_PREFIX,
    VALID_BEFORE,
)
from agent.rules.text import rx, sentence_bounds

# A label, then separators, then the number. "PO" is matched case-sensitively:
# lower-case "po" is too common inside other languages' words.
_EN_LABEL = (
    r"(?i:purchase[\s-]?order)(?:\s*(?i:number|no\.?|nr\.?|num\.?|ref(?:erence)?\.?))?"
    r"|(?-i:\bP\.?\s?O\.?)(?=[\s#:])(?:\s*(?i:number|no\.?|nr\.?|num\.?|ref(?:erence)?\.?))?"
)
_LABELLED = re.compile(f"(?:{_EN_LABEL}|{LABEL}){SEP}{SPACED_PREFIX}{NUM}")
_QUALIFIED = re.compile(f"{NUMBER_LABEL}{SEP}{NUM}")
# SAP purchase orders are ten digits starting 45; bare ones are only taken in that shape.
_SAP = re.compile(r"(?<![\w+\-/.,])45\d{8}(?![\w\-/]|[.,]\d)")
_PHONE_CONTEXT = rx(
    r"\b(?:tel|phone|fax|mobile|cell|call|telefon|t[ée]l[ée]phone|portable)\b|\+\s*$"
)
_NOT_A_PO = rx(
    r"^\d{4}-\d{1,2}-\d{1,2}$",  # ISO date
    r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$",  # other dates
    r"^(?:19|20)\d\d$",  # a year
    r"^[A-Z]{0,4}Q[-_]?\d",  # quote numbers: "Q-2026-0412", "LFQ-26-0219"
    r"^(?:OPP|QUOTE|QT|INV)[-_]?\d",  # opportunity, quote and invoice ids
    r"^\d+[.,]\d{1,2}$",  # an amount
    r"^box$",
)
# "modulo d'ordine", "formulario de pedido": the order form, not a purchase order.
_ORDER_FORM_BEFORE = re.compile(
    r"(?i:\bmodul[oi][ _]+d'|\bmodul[oi][ _]+(?:di[ _]+)?|\bformul[áa]ri[oa][ _]+d[eo][ _]+"
    r"|\bformulaire[ _]+de[ _]+)$"
)
_GLUED_FILE = re.compile(
    r"(?:^|[^a-z])(?P<all>(?:PO|BC)-[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9]))*)", re.IGNORECASE
)
_OPP = re.compile(r"\bOPP[-_ ]?(\d{3,})\b", re.IGNORECASE)
_QUOTE = re.compile(
    r"(?<![A-Z0-9-])(?:Q[-_]\d{4}[-_]\d{2,}|Q-?\d{4,}|QT[-_]?\d{3,}|QUO[-_]\d{3,})(?![A-Z0-9])",
    re.IGNORECASE,
)
_QUOTE_LABEL = re.compile(
    r"(?i:\b(?:quote|quotation|angebot|devis))\s*(?:#|no\.?|nr\.?|n°|number|nummer)?\s*:?\s*"
    r"(?P<num>[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,24})"
)
_AFTER_VALID = re.compile(
    VALID_BEFORE.pattern
    + r"(?:[ \t]+(?:one|number|is|es|ist|est|é|è|el|la|le|il|the|die|der|de|o|a|:))*[ \t]+"
    + r"(?P<num>\d[\d/-]{4,}\d)(?![\w/-])",
    re.IGNORECASE,
)
# Rank of a number in its text: said to be the valid one, plain, or said to be cancelled.
_VALID, _PLAIN, _CORRECTED = 0, 1, 2


def _plausible(num: str) -> bool:
    return sum(c.isdigit() for c in num) >= 3 and not _NOT_A_PO.search(num)


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, number) of every PO-number-looking token, in text order."""
    found: list[tuple[int, int, str]] = []
    for m in GLUED.finditer(text):
        if _plausible(m["num"]):
            found.append((m.start(), m.end(), m["num"]))
    for pattern in (_LABELLED, _QUALIFIED):
        for m in pattern.finditer(text):
            num = m["num"]
            if (
                _plausible(num)
                and not _followed_by_money(text, m.end("num"))
                and not _ORDER_FORM_BEFORE.search(text, max(0, m.start() - 16), m.start())
            ):
                prefix = (m.groupdict().get("prefix") or "") if pattern is _LABELLED else ""
                start = m.start("prefix") if prefix else m.start("num")
                found.append((start, m.end(), prefix + num.upper()))
    for m in _SAP.finditer(text):
        if not _PHONE_CONTEXT.search(text[max(0, m.start() - 20) : m.start()]):
            found.append((m.start(), m.end(), m.group()))
    return _drop_nested(sorted(found, key=lambda f: (f[0], -f[1])))


def _followed_by_money(text: str, end: int) -> bool:
    return re.match(r"\s?(?:USD|EUR|GBP|CHF|€|\$|£|%)", text[end : end + 5]) is not None


def _drop_nested(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for start, end, num in found:
        if not any(s <= start < e or start <= s < end for s, e, _ in kept):
            kept.append((start, end, num))
    return kept


def po_numbers_in_text(text: str, *, corrected: bool = False) -> list[str]:
    """PO numbers a text gives, one it calls valid first. ``corrected=True`` returns instead
    the ones it calls wrong, cancelled or duplicate anywhere in it, a last resort."""
    found = _candidates(text)
    if found:
        found = _drop_nested(sorted([*found, *_named_valid(text)], key=lambda f: (f[0], -f[1])))
    ranks: dict[str, int] = {}
    for i, (_, _, number) in enumerate(found):
        rank, key = _rank(text, found, i), po_number_key(number)
        old = ranks.get(key, _PLAIN)
        ranks[key] = _VALID if _VALID in (rank, old) else max(rank, old)
    order = sorted(range(len(found)), key=lambda i: (ranks[po_number_key(found[i][2])], i))
    picked = (
        found[i][2] for i in order if (ranks[po_number_key(found[i][2])] == _CORRECTED) == corrected
    )
    return list(dict.fromkeys(picked))


def _named_valid(text: str) -> list[tuple[int, int, str]]:
    """A bare number right after a validity phrase ("replaced by 4100055502"), counted only
    when the text speaks of POs at all."""
    return [(m.start("num"), m.end("num"), m["num"]) for m in _AFTER_VALID.finditer(text)]


def _rank(text: str, found: list[tuple[int, int, str]], i: int) -> int:
    """Valid when a validity word stands just before it; corrected when a correction word
    stands just before it or right after it, in its clause, between it and its neighbours."""
    start, end, _ = found[i]
    left = max(sentence_bounds(text, start, end)[0], start - 40, found[i - 1][1] if i else 0)
    if VALID_BEFORE.search(text, left, start):
        return _VALID
    if CORRECTION.search(text, left, start):
        return _CORRECTED
    right = min(end + 30, found[i + 1][0] if i + 1 < len(found) else len(text))
    after = re.split(r"[.;!?\n]|\s[-–]\s", text[end:right], maxsplit=1)[0]
    return _CORRECTED if CORRECTION.search(after) else _PLAIN


def po_number_in_filename(filename: str) -> str | None:
    stem = PurePath(filename).stem
    if stem.lower().endswith(".pdf"):  # "PO_123.pdf.p7m", a signed PDF
        stem = stem[:-4]
    glued = GLUED.search(stem.replace("_", " ")) or _GLUED_FILE.search(stem)
    if glued:
        number = glued.group(1 if glued.re is GLUED else "all")
        if _plausible(number):
            return number.upper()
    for m in FILE_LABEL.finditer(stem):
        if _plausible(m["num"]) and not _ORDER_FORM_BEFORE.search(stem, 0, m.start() + 1):
            return m["num"].upper()
    sap = re.search(r"(?<!\d)45\d{8}(?!\d)", stem)
    return sap.group() if sap else None


def link_tokens(text: str) -> list[str]:
    """Opportunity ids and quote numbers, upper-cased, in order of appearance."""
    found: list[tuple[int, str]] = [(m.start(), f"OPP-{m[1]}") for m in _OPP.finditer(text)]
    found += [(m.start(), m.group().upper().replace("_", "-")) for m in _QUOTE.finditer(text)]
    for m in _QUOTE_LABEL.finditer(text):
        if sum(c.isdigit() for c in m["num"]) >= 3:
            found.append((m.start("num"), m["num"].upper()))
    return list(dict.fromkeys(token for _, token in sorted(found)))


def po_number_key(number: str) -> str:
    """Comparison key: 'PO-2026-00871', 'PO 2026-00871' and '202600871' agree."""
    compact = re.sub(r"[^A-Z0-9]", "", number.upper())
    return compact[2:] if compact.startswith("PO") and compact[2:3].isdigit() else compact
