"""Bank details in mail text: IBANs, BICs, and account, routing and sort-code numbers.

They are found to be masked before any text reaches a model, and so that a tax-ID
check never reads part of an IBAN as a VAT number. Shapes that checksums make
distinctive (IBAN, BIC ending in XXX, NZ and Norwegian account numbers) count
without a label; other numbers only after a word that names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import bic, iban
from stdnum.no import kontonr
from stdnum.nz import bankaccount as nz_account

Span = tuple[int, int]

_SEP = "[ \u00a0\u2009\u202f-]"
# The shape alone is strong: two letters, two digits, groups of four ("DE89 3704 0044 ...").
_IBAN_SHAPE = re.compile(
    rf"(?<![0-9A-Za-z])[A-Z]{{2}}\d{{2}}(?:{_SEP}?[A-Z0-9]{{4}}){{2,7}}(?:{_SEP}?[A-Z0-9]{{1,4}})?"
    r"(?![0-9A-Za-z])"
)
# After the word IBAN any case and spacing, if stdnum's mod-97 check holds.
_IBAN_LABELLED = re.compile(
    rf"(?i:\bIBAN)[\s:#.]*(?P<v>[A-Za-z]{{2}}\d{{2}}(?:{_SEP}?[A-Za-z0-9]){{8,30}})(?![0-9A-Za-z])"
)
_BIC_LABELLED = re.compile(
    r"(?i:\b(?:SWIFT|BIC)(?:[ /-]?(?:BIC|SWIFT|code|-?Code))?|\bcode\s+(?:BIC|SWIFT)"
    r"|\bc[óo]digo\s+(?:BIC|SWIFT))\s*(?:[:#]|is|ist|est)?\s*"
    r"(?P<v>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![0-9A-Za-z])"
)
_BIC_BRANCHLESS = re.compile(r"(?<![0-9A-Za-z])[A-Z]{6}[A-Z0-9]{2}XXX(?![0-9A-Za-z])")
_ACCOUNT_WORDS = (
    r"account|acct|acc\.|a/c|routing|ABA|sort[ ]code|transit|BSB|kontonummer|konto(?:-?nr\.?)?"
    r"|kontonr\.?|bankleitzahl|BLZ|clearing(?:-?nr\.?)?|compte|RIB|clabe|cuenta|conta|conto"
    r"|ag[êe]ncia|rekening(?:nummer)?|bankgiro|plusgiro|reg\.?[ ]?nr\.?"
)
_ACCOUNT = re.compile(
    rf"(?i:\b(?:{_ACCOUNT_WORDS})(?:\s*(?:number|no\.?|nr\.?|num[ée]ro|n[°º]|#|corrente"
    r"|courant|bancaire|de\s+compte))?\s*(?:[:#]|is|ist|est)?\s*)"
    r"(?P<v>\d[\d \u00a0./-]{3,30}\d(?:-[\dXx])?)(?![\d])"
)
_IFSC = re.compile(r"(?i:\bIFSC(?:\s*code)?)\s*[:#]?\s*(?P<v>[A-Z]{4}0[A-Z0-9]{6})\b")
_NZ_ACCOUNT = re.compile(r"(?<![\w-])\d{2}-\d{4}-\d{7}-\d{2,3}(?![\w-])")
_NO_ACCOUNT = re.compile(r"(?<![\w.])\d{4}\.\d{2}\.\d{5}(?![\w.])")


def iban_spans(text: str) -> list[Span]:
    """IBANs whose check digits hold, however they are spaced or cased."""
    spans = {m.span() for m in _IBAN_SHAPE.finditer(text) if iban.is_valid(m.group())}
    for m in _IBAN_LABELLED.finditer(text):
        end = _valid_prefix(m["v"])
        if end:
            spans.add((m.start("v"), m.start("v") + end))
    return sorted(spans)


def iban_shaped_spans(text: str) -> list[Span]:
    """Anything shaped like an IBAN, valid or not: a typo is still someone's account."""
    return [m.span() for m in _IBAN_SHAPE.finditer(text)]


def bic_spans(text: str) -> list[Span]:
    labelled = [m.span("v") for m in _BIC_LABELLED.finditer(text)]
    branchless = [m.span() for m in _BIC_BRANCHLESS.finditer(text) if bic.is_valid(m.group())]
    return sorted({*labelled, *branchless})


def account_spans(text: str) -> list[Span]:
    """Account, routing, sort-code, BSB and clearing numbers after their label, and the
    account-number shapes a checksum makes safe to read without one."""
    return sorted(set(_accounts(text)))


def _accounts(text: str) -> Iterator[Span]:
    for m in _ACCOUNT.finditer(text):
        yield m.start("v"), m.end("v")
    yield from (m.span("v") for m in _IFSC.finditer(text))
    yield from (m.span() for m in _NZ_ACCOUNT.finditer(text) if nz_account.is_valid(m.group()))
    yield from (m.span() for m in _NO_ACCOUNT.finditer(text) if kontonr.is_valid(m.group()))


def _valid_prefix(value: str) -> int:
    """Length of the longest prefix of whole groups that is a valid IBAN; 0 if none."""
    ends = [i for i in range(len(value), 0, -1) if i == len(value) or value[i] in " \u00a0-"]
    return next((e for e in ends if iban.is_valid(value[:e])), 0)
