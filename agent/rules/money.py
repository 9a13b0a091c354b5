"""Amounts with their currency, and seat/licence quantities, as written in mail."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from agent.models import Money

_CURRENCY = {
    "US$": "USD",
    "$": "USD",
    "USD": "USD",
    "DOLLAR": "USD",
    "DOLLARS": "USD",
    "C$": "CAD",
    "$CA": "CAD",  # Québec: "41 000,00 $ CA"
    "$US": "USD",
    "$AU": "AUD",
    "CA$": "CAD",
    "CAD": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "€": "EUR",
    "EUR": "EUR",
    "EURO": "EUR",
    "EUROS": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "CHF": "CHF",
    "FR.": "CHF",
    "SFR.": "CHF",
    "SFR": "CHF",
    "FRANKEN": "CHF",
    "¥": "JPY",
    "JPY": "JPY",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "PLN": "PLN",
    "INR": "INR",
    "SGD": "SGD",
    "NZD": "NZD",
    "R$": "BRL",
    "BRL": "BRL",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
    "HKD": "HKD",
    "MXN": "MXN",
    "₹": "INR",
    "RS.": "INR",
    "ZAR": "ZAR",
    "CZK": "CZK",
    "KČ": "CZK",
    "HUF": "HUF",
    "RON": "RON",
    "ZŁ": "PLN",
    "CNY": "CNY",
}  # fmt: skip  "kr" is Swedish, Norwegian or Danish: no currency
# A bare "$" may be any dollar; classify compares it loosely.
AMBIGUOUS_SYMBOLS = frozenset({"$"})
_CODES = "USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|INR|SGD|NZD|BRL|HKD|MXN|ZAR|CZK|HUF|RON|CNY"
_PRE = (
    rf"(?P<pre>US\$|CA\$|AU\$|NZ\$|HK\$|R\$|C\$|A\$|S\$|{_CODES}"
    r"|SFr\.?|Fr\.|Rs\.|\$|€|£|¥|₹|(?:(?i:kr\.?)|zł|Kč)(?=\s?\d))"
)
_POST = (
    rf"(?P<post>{_CODES}|€|\$\s?(?:CA|US|AU)(?![A-Za-z])|\$|£|₹|zł|Kč"
    r"|(?i:euros?|dollars?|franken|kr\.?)(?![A-Za-z]))"
)
# Thousands: "48,000", "48.000", "48'000", "48’000", "48 000" (also no-break spaces), and
# Indian lakh grouping "1,20,000"; Swiss and German round amounts end ".–", ",-" or ".--".
_NUM = (
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?"
    r"|\d{1,3}(?P<sep>[,.'’ \u00a0\u202f\u2009])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?)(?:[.,](?:--?|–))?"
)
_MULT = r"(?:\s?(?P<mult>k|K|m|M|mn|Mio\.?|(?i:million|millionen|thousand|tsd\.?))(?![\w]))?"
_PREFIXED = re.compile(rf"(?<![\w$€£¥]){_PRE}\s?{_NUM}{_MULT}(?![\d])")
_SUFFIXED = re.compile(rf"(?<![\w.,'$€£]){_NUM}{_MULT}\s?{_POST}(?![A-Za-z])")
_LABELLED = re.compile(
    r"(?i:\b(?:total|amount|sum|betrag|summe|gesamtbetrag|montant))\s*(?i:of|is|:|von|de)?\s*:?\s*"
    r"(?P<num>\d{1,3}(?:[,.']\d{3})+(?:[.,]\d{1,2})?|\d{4,}(?:[.,]\d{1,2})?)(?![\d%])"
)
_MULTIPLIERS = {"k": 1000, "thousand": 1000, "tsd": 1000, "tsd.": 1000}
_UNITS = (
    r"seats?|licen[cs]es?|named users?|users?|units?|subscriptions?|Lizenzen|Lizenz|Nutzer"
    r"|Benutzer|Arbeitspl[äa]tze|Pl[äa]tze|utilisateurs?|si[èe]ges?|postes?"
)
# Up to three capitalised product words may sit between count and unit:
# "1,000 x Fabrikam Enterprise seat", "250 Premium licences".
_QTY_BEFORE = re.compile(
    rf"(?<![\w.,$€£/-])(?P<n>\d{{1,3}}(?:[,.']\d{{3}})+|\d+)[\s-]?(?:[x×]\s?)?"
    rf"(?:[A-Z][\w&+-]*\s){{0,3}}(?i:{_UNITS})\b(?!\s(?i:price|cost|rate))"
)
# "in 2025 Enterprise licences cost more": a year before product words is no count.
_YEAR_BEFORE_NAME = re.compile(r"(?:19|20)\d\d\s[A-Z]")
_QTY_LABEL = re.compile(
    r"(?i:\b(?:qty|quantity|menge|anzahl|quantit[ée]))\.?\s*(?i:of|:|=)?\s*:?\s*(?P<n>\d+)\b"
)


@dataclass(frozen=True)
class AmountHit:
    money: Money
    start: int
    end: int


def parse_number(raw: str) -> Decimal | None:
    """'48.000,00' -> 48000.00, '12,500' -> 12500, "1'200.50" -> 1200.50, '12.50' -> 12.50."""
    digits = re.sub("['’ \u00a0\u202f\u2009]", "", raw)
    last = max(digits.rfind("."), digits.rfind(","))
    if last >= 0:
        tail = digits[last + 1 :]
        # One separator followed by exactly three digits groups thousands.
        is_decimal = len(tail) != 3 or ("," in digits and "." in digits)
        head = re.sub(r"[.,]", "", digits[:last])
        digits = f"{head}.{tail}" if is_decimal else head + tail
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _multiplier(mult: str | None) -> int:
    if not mult:
        return 1
    return _MULTIPLIERS.get(mult.lower(), 1_000_000)


def find_amounts(text: str) -> list[AmountHit]:
    """Every amount with a currency (or an explicit 'total'/'amount' label), in text order."""
    hits: list[AmountHit] = []
    for pattern in (_PREFIXED, _SUFFIXED):
        for m in pattern.finditer(text):
            value = parse_number(m["num"])
            if value is None:
                continue
            symbol = (m.groupdict().get("pre") or m.groupdict().get("post") or "").upper()
            symbol = symbol.replace(" ", "") if symbol.startswith("$") else symbol
            money = Money(
                amount=value * _multiplier(m["mult"]),
                currency=_CURRENCY.get(symbol),
                text=m.group().strip(),
            )
            hits.append(AmountHit(money, m.start(), m.end()))
    for m in _LABELLED.finditer(text):
        value = parse_number(m["num"])
        if value is not None and not any(h.start <= m.start("num") < h.end for h in hits):
            hits.append(AmountHit(Money(amount=value, text=m["num"]), m.start("num"), m.end()))
    return _without_overlaps(sorted(hits, key=lambda h: (h.start, -h.end)))


def _without_overlaps(hits: list[AmountHit]) -> list[AmountHit]:
    kept: list[AmountHit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def find_quantities(text: str) -> list[tuple[int, int, int]]:
    """(quantity, start, end) for '250 seats', 'qty 100', '250 Lizenzen', in text order."""
    found = [(m, m["n"]) for p in (_QTY_BEFORE, _QTY_LABEL) for m in p.finditer(text)]
    result = []
    for m, raw in sorted(found, key=lambda f: f[0].start()):
        value = int(re.sub(r"[,.']", "", raw))
        if value > 0 and not _YEAR_BEFORE_NAME.match(m.group()):
            result.append((value, m.start(), m.end()))
    return result
