"""The billing entity a customer names: a legal name, trimmed to where it ends."""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"(?i:"
    r"\bplease\s+(?:invoice|bill)(?:\s+to)?"
    r"|\b(?:kindly\s+)?(?:invoice|bill)\s+(?:should\s+go|should\s+be\s+(?:issued|addressed))\s+to"
    r"|\bbill(?:ing)?[\s-]to(?:\s+entity)?|\binvoice[\s-]to"
    r"|\b(?:billing|invoicing|legal)\s+entity(?:\s+(?:is|should\s+be|will\s+be))?"
    r"|\bentity\s+to\s+(?:invoice|bill)(?:\s+is)?"
    r"|\brechnungsempf[äa]nger(?:in)?(?:\s+ist)?"
    r"|\b(?:address|issue|make\s+out|send)\s+(?:your\s+|all\s+|the\s+)?invoices?\s+to"
    r"(?:\s+the\s+following\s+(?:entity|company))?|\binvoice\s+the\s+following\s+entity"
    r"|\binvoices?\s+(?:should|must)\s+be\s+(?:addressed|issued|made\s+out)\s+to"
    r"|\b(?:bitte\s+)?(?:stellen\s+sie\s+)?(?:die\s+)?rechnung(?:en)?\s+(?:bitte\s+)?(?:an|auf)"
    r"(?:\s+(?:folgende|die\s+folgende)\s+(?:gesellschaft|firma))?"
    r"|\bentit[ée]\s+(?:de\s+)?facturation(?:\s+est)?"
    r"|\b(?:veuillez|merci\s+de)\s+facturer(?:\s+[àa])?|\bfacturer\s+[àa]"
    r"|\b(?:adresser|envoyer|libeller|[ée]tablir)\s+(?:vos|les)\s+factures\s+(?:[àa]\s+l'entit[ée]"
    r"\s+suivante|[àa]\s+l'ordre\s+de|au\s+nom\s+de|[àa])"
    r")"
    r"\s*[:=-]?\s*(?i:the\s+following\s+(?:legal\s+)?(?:entity|company)\s*:?\s*)?"
    r"(?i:(?:address|adresse|anschrift|direcci[óo]n|indirizzo|adres|endere[çc]o)\s*:\s*)?"
    r"(?:the\s+)?(?-i:(?P<entity>[A-Z0-9\"'][^\n]{1,160}))"
)
# Longest forms first so "GmbH & Co. KG" is not cut after "GmbH".
_LEGAL_SUFFIX = re.compile(
    r"\b(?:GmbH\s*&\s*Co\.?\s*KGaA|GmbH\s*&\s*Co\.?\s*KG|gGmbH|GmbH|AG|SE|KGaA|KG|OHG"
    r"|UG(?:\s*\(haftungsbeschr[äa]nkt\))?|e\.\s?V\.|Inc\.?|Incorporated|L\.L\.C\.|LLC|LLP|L\.P\."
    r"|Pty\.?\s*Ltd\.?|Ltd\.?|Limited|PLC|plc|Corp\.?|Corporation|Co\.|S\.A\.S\.?|SAS|SASU"
    r"|S\.A\.R\.L\.?|SARL|S\.A\.|SA|S\.p\.A\.|SpA|S\.r\.l\.|Srl|B\.V\.|BV|N\.V\.|NV|AB|A/S|ApS"
    r"|Oy|AS|sp\.\s?z\s?o\.o\.)(?![\w])"
)
_CUT = re.compile(
    r"\s*(?:[,;(\n\"]|\s-\s|\.\s|\.$|\s(?:for|with|at|and|as|on|under|in|instead|rather|"
    r"please|thanks|f[üu]r|mit|und|pour|avec|et)\s)"
)
_NOT_A_NAME = re.compile(r"^(?:The|Our|Us|We|It|This|That|Same|Unser|Notre|Le|La|Die|Der)\b")


def _trim(raw: str) -> str | None:
    suffix = _LEGAL_SUFFIX.search(raw)
    if suffix:
        name = raw[: suffix.end()]
    else:
        cut = _CUT.search(raw)
        name = raw[: cut.start()] if cut else raw
    name = name.strip().strip("\"'").rstrip(",;:").strip()
    if not 2 <= len(name) <= 120 or "@" in name or _NOT_A_NAME.match(name):
        return None
    return name


def billing_entities(text: str) -> list[str]:
    """Legal names given as the billing entity, in text order."""
    names = (_trim(m["entity"]) for m in _LABEL.finditer(text))
    return [n for n in names if n]
