"""PO numbers in text and attachment names, and the tokens used for linking."""

from __future__ import annotations

import re
from pathlib import PurePath

from agent.rules.text import rx, sentence_bounds

# A label, then separators, then the number. "PO" is matched case-sensitively:
# lower-case "po" is too common inside other languages' words.
_LABEL = (
    r"(?i:purchase[\s-]?order)(?:\s*(?i:number|no\.?|nr\.?|num\.?|ref(?:erence)?\.?))?"
    r"|(?-i:\bP\.?\s?O\.?)(?=[\s#:])(?:\s*(?i:number|no\.?|nr\.?|num\.?|ref(?:erence)?\.?))?"
    r"|(?-i:\bPO)(?=#)"
    r"|(?i:\bbestell(?:ung)?s?[\s-]?(?:nummer|nr\.?|no\.?)|\bbestellung)"
    r"|(?i:\bbon\s+de\s+commande)(?:\s*(?i:n[°o]\.?|num[ée]ro))?"
    r"|(?i:\bnum[ée]ro\s+de\s+commande|\bcommande\s+n[°o]\.?)"
)
_SEP = r"\s*(?:[:#]\s*)?(?:(?i:n[°o]\.?|no\.?|nr\.?)\s*)?(?:[:#]\s*)?"
_NUM = r"(?P<num>[A-Za-z0-9](?:[A-Za-z0-9]|[-/_.](?=[A-Za-z0-9])){2,29})"
_LABELLED = re.compile(f"(?:{_LABEL}){_SEP}{_NUM}")
# "PO-2026-00871": the prefix is glued to the number and kept as part of it.
_GLUED = re.compile(r"(?-i:\bPO-(?P<num>[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9]))*))")
# SAP purchase orders are ten digits starting 45; bare ones are only taken in that shape.
_SAP = re.compile(r"(?<![\w+\-/.,])45\d{8}(?![\w\-/]|[.,]\d)")
_PHONE_CONTEXT = rx(
    r"\b(?:tel|phone|fax|mobile|cell|call|telefon|t[ée]l[ée]phone|portable)\b|\+\s*$"
)
_NOT_A_PO = rx(
    r"^\d{4}-\d{1,2}-\d{1,2}$",  # ISO date
    r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$",  # other dates
    r"^Q[-_]?\d",  # quote numbers
    r"^(?:OPP|QUOTE|QT|INV)[-_]?\d",  # opportunity, quote and invoice ids
    r"^\d+[.,]\d{1,2}$",  # an amount
    r"^box$",
)
_FILE_LABEL = re.compile(
    r"(?:^|[^a-z])(?:purchase[\s_-]?order|p\.?o|bestellung|bestellnr|bestellnummer"
    r"|bon[\s_-]de[\s_-]commande)[\s_#.-]*(?:n[or°]\.?[\s_-]*)?"
    r"(?P<num>[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*)",
    re.IGNORECASE,
)
_GLUED_FILE = re.compile(
    r"(?:^|[^a-z])(?P<all>(?:PO|BC)-[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9]))*)", re.IGNORECASE
)
_CORRECTION = rx(
    r"\bduplicate|\bwrong\b|\bincorrect|\berroneous|\bin error\b|\bby mistake\b|\bdisregard"
    r"|\bvoid\b|\bsuperseded\b|\bdoppelt|\bversehentlich|\bfalsche|\ben double\b|\bpar erreur\b"
    r"|\berron[ée]"
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


def _plausible(num: str) -> bool:
    return sum(c.isdigit() for c in num) >= 3 and not _NOT_A_PO.search(num)


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, number) of every PO-number-looking token, in text order."""
    found: list[tuple[int, int, str]] = []
    for m in _GLUED.finditer(text):
        found.append((m.start(), m.end(), "PO-" + m["num"].upper()))
    for m in _LABELLED.finditer(text):
        num = m["num"]
        if _plausible(num) and not _followed_by_money(text, m.end("num")):
            found.append((m.start(), m.end(), num.upper()))
    for m in _SAP.finditer(text):
        if not _PHONE_CONTEXT.search(text[max(0, m.start() - 20) : m.start()]):
            found.append((m.start(), m.end(), m.group()))
    return _drop_nested(sorted(found))


def _followed_by_money(text: str, end: int) -> bool:
    return re.match(r"\s?(?:USD|EUR|GBP|CHF|€|\$|£|%)", text[end : end + 5]) is not None


def _drop_nested(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for start, end, num in found:
        if not any(s <= start < e for s, e, _ in kept):
            kept.append((start, end, num))
    return kept


def po_numbers_in_text(text: str, *, corrected: bool = False) -> list[str]:
    """PO numbers a text gives. ``corrected=True`` returns instead the ones it calls
    wrong or duplicate ("cancel the duplicate PO 4500012345"), a last resort."""
    found = _candidates(text)
    picked = (n for i, (_, _, n) in enumerate(found) if _corrected(text, found, i) == corrected)
    return list(dict.fromkeys(picked))


def _corrected(text: str, found: list[tuple[int, int, str]], i: int) -> bool:
    """A correction word just before this number, after any earlier number."""
    start, end, _ = found[i]
    left = max(sentence_bounds(text, start, end)[0], start - 40, found[i - 1][1] if i else 0)
    return _CORRECTION.search(text, left, end) is not None


def po_number_in_filename(filename: str) -> str | None:
    stem = PurePath(filename).stem
    glued = _GLUED_FILE.search(stem)
    if glued and _plausible(glued["all"][3:]):
        return glued["all"].upper()
    for m in _FILE_LABEL.finditer(stem):
        if _plausible(m["num"]):
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
