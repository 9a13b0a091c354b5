"""The safety net under the masker's finders: any other long identifier is masked too.

Tax and company-register numbers come in hundreds of national formats and labels (ИНН,
統一編號, Cégjegyzékszám, Kennitala, CIN, "Co. No.", a bare number in parentheses after a
company name), and a finder that knows some of them lets the rest through. So masking
works the other way round here: a token with six digits or more is masked unless it is
something triage needs to read, and is not sensitive: a document reference (after "PO",
"invoice", "Bestellnummer", "OC", ...; or with a document prefix like INV240115001), a
phone number, a date, or part of a link or an address. Such values become ``[ID_n]``: the
model can still point at one, and it is resolved locally like any placeholder.
"""

from __future__ import annotations

import re

from agent.rules.register_numbers import DATE_TOKEN
from agent.rules.tax import after_phone, after_reference

_DIGITS_MIN = 6
# Groups of letters and digits joined by one separator: "12 34 56 78", "0712 345 678",
# "J40/12345/2015", "U72200KA2010PTC054321", "b 6612 3457", "01.234.567.8-901.000".
_TOKEN = re.compile(
    r"(?<![0-9A-Za-zÀ-ÿĀ-ž@/:.\-_])(?:[A-Za-z]{1,4}[.\-/]?)?\d[0-9A-Za-z]*"
    r"(?:(?:[.\-/]|[ \u00a0](?=\d))[0-9A-Za-z]+)*(?![0-9A-Za-z@])"
)
# Document numbers the mail is about, named by their prefix: INV240115001, PO20240518,
# PO-KR-2024-0091, SO-..., RFQ-..., Q-2026-0412.
_DOCUMENT = re.compile(
    r"(?i:PO|P\.O|INV|Q|QT|QUO|QUOTE|OPP|SO|ORD|OC|REQ|PR|RFQ|RFP|CASE|TKT|INC|CHG|SR|CR|V|VEN"
    r"|SUP|REF|BE|BEST|AUF|RE|RG|FAC|FA|DDT|NF|PED|OV|OS|TICKET)[ .\-/#:]?\d"
)
_LINK = re.compile(r"\S+@\S+|(?i:https?://|www\.)\S+")


def identifier_spans(text: str) -> list[tuple[int, int]]:
    """Long identifiers that are neither references, phone numbers, dates nor links."""
    links = [m.span() for m in _LINK.finditer(text)]
    spans = []
    for m in _TOKEN.finditer(text):
        token, start = m.group(), m.start()
        if sum(c.isdigit() for c in token) < _DIGITS_MIN or _readable(text, token, start):
            continue
        if not any(s <= start < e for s, e in links):
            spans.append(m.span())
    return spans


def _readable(text: str, token: str, start: int) -> bool:
    return (
        _DOCUMENT.match(token) is not None
        or DATE_TOKEN.fullmatch(token) is not None
        or after_reference(text, start)
        or after_phone(text, start)
        or text[max(0, start - 1) : start] == "+"
    )
