"""Every way a number in a mail may be read as an amount, for telling deals apart by amount:
"48.000" is 48000 in German and 48 in English, "48k" is 48000."""

from __future__ import annotations

import re
from decimal import Decimal

_NUMBER = re.compile(
    r"(?<![\d.,])"
    r"(?P<num>\d{1,3}(?P<sep>[,.'\u00a0\u202f ])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?)"
    r"(?P<k>\s?[kK](?![^\W\d_]))?"
    r"(?!\d)"
)
_DECIMAL_TAIL = re.compile(r"[.,](\d{1,2})$")


def amount_readings(text: str) -> dict[Decimal, str]:
    """Every reading of every number in the text, mapped to how it was written."""
    found: dict[Decimal, str] = {}
    for match in _NUMBER.finditer(text):
        for value in _readings(match):
            found.setdefault(value, match.group(0).strip())
    return found


def _readings(match: re.Match[str]) -> set[Decimal]:
    num, sep = match["num"], match["sep"]
    scale = Decimal(1000) if match["k"] else Decimal(1)
    if not sep:
        return {Decimal(num.replace(",", ".")) * scale}
    tail = _DECIMAL_TAIL.search(num)
    whole = num[: tail.start()] if tail else num
    digits = whole.replace(sep, "") + (f".{tail.group(1)}" if tail else "")
    readings = {Decimal(digits) * scale}
    if not tail and sep in ",." and whole.count(sep) == 1:
        readings.add(Decimal(whole.replace(sep, ".")) * scale)  # "48.000" may mean 48
    return readings
