"""Numbers that register a company, for masking only: what a label introduces, checked or not.

Extraction wants a tax ID it can trust (``agent.rules.tax``); masking errs the other way.
Here any tax label of ``tax_labels`` and the registers around it (company number, EORI,
KvK, Handelsregister, SIREN, fiscal codes in any spelling) mark the value after them, with
or without a valid check digit or a known country prefix: "Tax ID: XX-123456789" is meant
as one, and so is a Chamber of Commerce number a customer puts beside its VAT number.
"""

from __future__ import annotations

import re

from agent.rules.tax_labels import LABELS

# A register number may be short ("HRB 54321"); a tax label's value is not.
_DIGITS_MIN = {"register": 4, "tax": 6}
# A whole token that is a date ("12.03.2026", "2026-03-12", "2026-03-12T09:00"): never masked.
DATE_TOKEN = re.compile(
    r"\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}([./-])\d{1,2}\2\d{1,2}|\d{4}-\d{2}-\d{2}T[\d:]+"
)
_REGISTERS = (
    r"EORI|RSIN|SSN|KvK|HRB|HRA|RCS|REA|CRN|CRO|NZBN|UEN|CUIT|RUT"
    r"|(?i:company[ ](?:registration[ ]|reg\.?[ ])?(?:number|no\.?|nr\.?|#)"
    r"|(?:business|trade|commercial)[ ]regist(?:ry|er|ration)[ ](?:number|no\.?)"
    r"|registration[ ](?:number|no\.?|nr\.?)|reg\.?[ ](?:no|nr)\.?|registered[ ]in[ ]\w+"
    r"|immatriculation|Register-?nr\.?|Registernummer|vlo[žz]ka|spisov[áa][ ]zna[čc]ka"
    r"|partnership[ ](?:number|no\.?)"
    r"|Mehrwertsteuer[ -]?nummer|Handelsregister(?:nummer)?|Registergericht|Firmenbuch(?:nummer)?"
    r"|Kamer[ ]van[ ]Koophandel|KvK[ -]?nummer|fiscaal[ ]nummer|omzetbelasting(?:nummer)?"
    r"|identifiant[ ]fiscal|num[ée]ro[ ]fiscal|registre[ ]du[ ]commerce"
    r"|identificaci[óo]n[ ]fiscal|n[úu]mero[ ]fiscal|registro[ ]mercantil"
    r"|c[óo]digo[ ]fiscal|inscri[çc][ãa]o[ ](?:estadual|municipal)"
    r"|ID[ ]fiscale|codice[ ]fiscale|registro[ ](?:delle[ ])?imprese|tax[ ]?(?:file|payer)"
    r"[ ](?:number|no\.?))"
)
# ": ", "No.", "onder nummer", "sous le numéro", "unter der Nummer"
_FILLER = (
    r"[ \t:#=()|*.,°º-]*(?:(?i:(?:onder|under|unter(?:[ ]der)?|sous(?:[ ]le)?|sotto(?:[ ]il)?"
    r"|bajo(?:[ ]el)?|sob(?:[ ]o)?|with)[ ]+)?(?i:no|nr|nro|number|nummer|numero|número|numéro"
    r"|n°|nº)\.?[ \t:#=]*)?"
)
_VALUE = r"(?P<v>(?:[A-Z]{1,5}[ .\-/]?){0,2}\d[0-9A-Z]*(?:[ .\-/]?[0-9A-Z]+){0,6})"
_REGISTER = re.compile(
    rf"(?<![0-9A-Za-zÀ-ž])(?:{_REGISTERS})(?![A-Za-zÀ-ž]){_FILLER}(?:\n[ \t]*)?{_VALUE}"
)


# A Peppol participant ID: an ISO 6523 scheme code, a colon, the company's own number
# ("0007:5567341298" is a Swedish organisation number, "9930:DE136695976" a VAT number).
_PEPPOL_ID = re.compile(r"(?<![\w:])[09]\d{3}:[0-9A-Za-z]{6,}(?![\w])")


def registration_spans(text: str) -> list[tuple[int, int]]:
    """Where a labelled registration or tax number stands, whether or not it checks out."""
    spans: list[tuple[int, int]] = [m.span() for m in _PEPPOL_ID.finditer(text)]
    patterns = [("register", _REGISTER), *(("tax", label.pattern) for label in LABELS)]
    for kind, pattern in patterns:
        for m in pattern.finditer(text):
            value = m["v"].rstrip(" .-/")
            if sum(c.isdigit() for c in value) >= _DIGITS_MIN[kind] and not DATE_TOKEN.fullmatch(
                value
            ):
                spans.append((m.start("v"), m.start("v") + len(value)))
    return spans
