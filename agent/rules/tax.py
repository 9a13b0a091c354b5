"""Tax IDs in mail text, checked with python-stdnum: one finder for extraction and masking.

Two ways a value counts:

* unlabelled, by a country's shape (DE136695976, CHE-116.281.710, 12-3456789,
  51 824 753 556, 12.345.678/0001-95, 27AAPFU0939F1ZV, GODE561231GR8, 123456789RT0001)
  and only when stdnum's check digits hold: mail is full of phone, order and invoice
  numbers, and a random number of the right shape passes a check 1-10% of the time;
* labelled ("VAT:", "USt-IdNr.", "ABN", "CNPJ", "NIF", "org.nr", ...), even when the check
  fails: a mistyped tax ID is still the customer's tax ID and must still be masked.
  ``validated`` tells the two apart, and extraction prefers validated ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from string import ascii_uppercase

from agent.rules.bank_details import iban_spans
from agent.rules.money import find_amounts
from agent.rules.tax_labels import COUNTRIES, LABELS, Label, validate

# Country prefixes written before a VAT number. Upper case only: "de", "es", "it" are words.
_CC = (
    r"CHE|AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE"
    r"|SI|SK|XI"
)
SEPARATORS = " \u00a0\u2009\u202f.\u2010\u2011\u2013/-"
_S = "[ \u00a0\u2009\u202f.\u2010\u2011\u2013/-]"
_PREFIXED = re.compile(
    rf"(?<![0-9A-Za-z])(?:{_CC}){_S}?[0-9A-Z](?:{_S}?[0-9A-Z]){{6,17}}(?![0-9A-Za-z])"
)
# Tokens start and end at anything but a letter or digit: "_" counts ("W9_12-3456789.pdf").
_B = r"(?<![0-9A-Za-z./-])"
_E = r"(?![0-9A-Za-z-])"
_D = "[-\u2010\u2011\u2013]"  # hyphens as word processors write them
_W = "[ \u00a0\u2009\u202f]"  # spaces, no-break ones too
# Shapes without a country prefix: (pattern, stdnum modules that may validate it, whether the
# shape alone is distinctive enough to mask when the check fails).
_SHAPES: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = (
    (re.compile(rf"{_B}\d{{2}}{_D}\d{{7}}{_E}"), ("us.ein",), True),
    (re.compile(rf"{_B}\d{{2}}{_W}\d{{3}}{_W}\d{{3}}{_W}\d{{3}}{_E}(?!{_W}\d)"), ("au.abn",), True),
    (re.compile(rf"{_B}\d{{2}}\.\d{{3}}\.\d{{3}}/\d{{4}}{_D}\d{{2}}{_E}"), ("br.cnpj",), True),
    (re.compile(rf"{_B}\d{{3}}\.\d{{3}}\.\d{{3}}{_D}\d{{2}}{_E}"), ("br.cpf",), True),
    (re.compile(rf"{_B}\d{{2}}[A-Z]{{5}}\d{{4}}[A-Z][1-9A-Z]Z[0-9A-Z]{_E}"), ("in_.gstin",), True),
    (re.compile(rf"{_B}\d{{9}} ?RT ?\d{{4}}{_E}"), ("ca.bn",), True),
    # Japan's qualified-invoice issuer number: "T" and the 13-digit corporate number.
    (re.compile(rf"(?<=(?<![0-9A-Za-z])T)\d{{13}}{_E}"), ("jp.cn",), True),
    # RFC: a homoclave never holds 0 or O, which keeps "INV240115001" out.
    (re.compile(rf"{_B}[A-ZÑ&]{{3,4}}\d{{6}}[1-9A-NP-Z]{{2}}[0-9A]{_E}"), ("mx.rfc!",), False),
    # Partita IVA (11 digits) and Spanish NIF/CIF: about 1% and 10% of random tokens of
    # these shapes pass the check, so never after "PO", "order", "fattura" and the like.
    (re.compile(rf"{_B}\d{{11}}{_E}"), ("it.iva",), False),
    (re.compile(rf"{_B}(?:[A-HJNP-SUVW]\d{{7}}[0-9A-J]|\d{{8}}[A-Z]|[XYZ]\d{{7}}[A-Z]){_E}"),
     ("es.nif",), False),
)  # fmt: skip
_PHONE_BEFORE = re.compile(
    r"(?:\+\s?\d[\d\s()/.-]*|\(\d{2,5}\)\s*|(?i:\b(?:tel|tél|t[ée]l[ée]fono|telefone?|phone|fon"
    r"|fono|fax|mobile?|mob|móvil|movil|cel|cell|cellulare|handy|whatsapp|ph|call(?:\s+me)?"
    r"(?:\s+(?:on|at))?|ring|bel|puhelin|puh|tlf|telefonnummer)\b|電話|联系电话|문의)"
    r"\s*[.:]?\s*[\d\s()+/.-]*)$"
)
_REFERENCE_BEFORE = re.compile(
    r"(?i:\b(?:P\.?O|order|purchase|quote|invoice|ref|reference|bestell\w*|auftrag\w*"
    r"|rechnung\w*|angebot\w*|fattura|ordine|offert\w*|pedido|factura|presupuesto|commande"
    r"|facture|devis|contract|contrato|contratto|vertrag|ticket|case|account|iban|konto|vendor"
    r"|supplier|lieferant\w*|kreditor\w*|fournisseur|proveedor|fornitore|leverancier|fornecedor"
    r"|oc|ov|bestel\w*|objedn\w*|zam[óo]wien\w*|tilaus\w*|ordre|ordem|orden|ean|gln|delivery"
    r"|lieferschein|ddt|albar[áa]n|tracking|shipment|sendung|colis|beställning\w*|inkoop\w*"
    r"|encomenda|fatura|factuur|faktura|radicado|pratica|protocollo|referenz|referencia"
    r"|referência|r[ée]f[ée]rence)\b"
    r"(?:\s+(?:de|di|du|da|do|of|der|des|del)\s+(?:compra|commande|compras|acquisto|achat))?"
    r"|発注番号|注文番号|订单号|采购订单号|أمر الشراء|주문번호|발주번호)"
    r"[\s.:#°º-]*(?:(?i:n[or°º]?|nr|nro|num(?:ber|ero|er)?|número|numéro|nummer|č|c|id)\.?)?"
    r"[\s.:#°º-]*(?:(?i:is|ist|est|es|é|è)\s+)?$"
)
_NUMBERED_BY_YEAR = re.compile(r"[A-Z]{2,3}[-/]20\d\d[-/]")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


@dataclass(frozen=True)
class TaxId:
    compact: str  # stdnum's compact form ("DE136695976", "51824753556"); raw without separators
    kind: str  # "vat" (country-prefixed VAT) or the stdnum module ("abn", "ein", "gstin"); ""
    country: str  # ISO 3166 alpha-2 ("DE", "AU", "US"); "" when not validated
    start: int
    end: int
    raw: str  # as written
    validated: bool  # stdnum's check holds
    labelled: bool  # a tax label ("VAT:", "ABN", "CNPJ", ...) stands right before it


def find_tax_ids(text: str) -> list[TaxId]:
    """Every tax ID in text order: validated ones anywhere, unvalidated ones only after a label."""
    ibans = iban_spans(text)
    found = [
        t
        for t in (*_unlabelled(text), *_labelled(text))
        if t.labelled or not any(t.start < e and s < t.end for s, e in ibans)
    ]
    kept: list[TaxId] = []
    # Validated first, then longer: a label's reading and a shape's reading may both see it.
    for tax in sorted(found, key=lambda t: (not t.validated, t.start - t.end, t.start)):
        twin = next((k for k in kept if tax.start < k.end and k.start < tax.end), None)
        if twin is None:
            kept.append(tax)
        elif tax.labelled and not twin.labelled:
            kept[kept.index(twin)] = replace(twin, labelled=True)
    return sorted(kept, key=lambda t: t.start)


def tax_shaped_spans(text: str) -> list[tuple[int, int]]:
    """Tokens shaped like a tax ID whatever their check digits (for masking, which errs on
    the safe side): a made-up or mistyped number is still meant as one."""
    spans = [
        m.span()
        for pattern in (_PREFIXED, *(p for p, _, distinctive in _SHAPES if distinctive))
        for m in pattern.finditer(text)
        if not after_phone(text, m.start())
        and not after_reference(text, m.start())
        and sum(c.isdigit() for c in m.group()) >= 8
        and not re.match(r"NO(?!.*MVA)", m.group())  # "order NO 4500012345"
        and not _NUMBERED_BY_YEAR.match(m.group())  # "BE-2025-00871.pdf", a document number
    ]
    ibans = iban_spans(text)
    return [s for s in spans if not any(s[0] < e and b < s[1] for b, e in ibans)]


def compact(value: str) -> str:
    return "".join(c for c in value if c not in SEPARATORS).upper()


def _unlabelled(text: str) -> Iterator[TaxId]:
    for m in _PREFIXED.finditer(text):
        if not after_phone(text, m.start()):
            yield from _first_valid(text, m.start(), m.group(), ("vatin",), labelled=False)
    for pattern, modules, _ in _SHAPES:
        for m in pattern.finditer(text):
            if not after_phone(text, m.start()) and not after_reference(text, m.start()):
                yield from _first_valid(text, m.start(), m.group(), modules, labelled=False)


def _labelled(text: str) -> Iterator[TaxId]:
    amounts = [(h.start, h.end) for h in find_amounts(text)]
    for label in LABELS:
        for m in label.pattern.finditer(text):
            start, raw = m.start("v"), m["v"]
            tax = next(_first_valid(text, start, raw, _modules(label, raw), labelled=True), None)
            if tax is None:
                tax = _unvalidated(start, raw, amounts)
            if tax is not None:
                yield tax


def _modules(label: Label, raw: str) -> tuple[str, ...]:
    """A value with a country prefix may be any country's VAT number stdnum knows."""
    return ("vatin", *label.modules) if re.match(r"[A-Z]{2}", raw) else label.modules


def _first_valid(
    text: str, start: int, raw: str, modules: tuple[str, ...], *, labelled: bool
) -> Iterator[TaxId]:
    """The longest run of whole groups that validates ("DE136695976 MWST" -> DE136695976)."""
    for end in _group_ends(raw):
        checked = validate(compact(raw[:end]), modules)
        if checked is not None:
            value, kind, country = checked
            yield TaxId(value, kind, country, start, start + end, raw[:end], True, labelled)
            return


def _unvalidated(start: int, raw: str, amounts: list[tuple[int, int]]) -> TaxId | None:
    """A labelled value that fails every check: kept while it looks like an identifier."""
    groups = re.split(f"{_S}+", raw)
    keep = [groups[0]]
    for group in groups[1:]:
        if not re.search(r"\d", group) and group not in {"MWST", "TVA", "IVA", "MVA", "TPV"}:
            break
        keep.append(group)
    end = len(raw) if len(keep) == len(groups) else _group_ends(raw)[::-1][len(keep) - 1]
    value = raw[:end]
    if sum(c.isdigit() for c in value) < 6 or _DATE.fullmatch(value):
        return None
    prefix = value[: len(value) - len(value.lstrip(ascii_uppercase))]
    if len(prefix) > 1 and prefix[:2] not in COUNTRIES and prefix != "CHE":
        return None  # "VAT ID PO 4500012345": letters before the digits must be a country
    if any(start < e and s < start + end for s, e in amounts):
        return None
    return TaxId(compact(value), "", "", start, start + end, value, False, True)


def _group_ends(raw: str) -> list[int]:
    """Offsets after each group of characters, longest first."""
    ends = {i for i in range(1, len(raw)) if raw[i] in SEPARATORS and raw[i - 1] not in SEPARATORS}
    return sorted({*ends, len(raw)}, reverse=True)


def after_reference(text: str, start: int) -> bool:
    """'PO 45000123456', 'fattura n. 20240312001': a document number, not a tax ID."""
    return _REFERENCE_BEFORE.search(text[max(0, start - 25) : start]) is not None


def after_phone(text: str, start: int) -> bool:
    """'+49 89 123 456 789', 'Tel. 12-3456789': digits in a phone number are no tax ID."""
    line_start = text.rfind("\n", 0, start) + 1
    return _PHONE_BEFORE.search(text[max(line_start, start - 30) : start]) is not None
