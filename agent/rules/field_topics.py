"""Which PO fields a mail is about, by the words it uses in any of the languages we read.

Used to tell apart two deals of one customer that nothing else separates: a mail about the
supplier registration belongs to the deal whose registration is still missing.
"""

from __future__ import annotations

import re

_TOPICS: dict[str, re.Pattern[str]] = {
    "supplier_registration": re.compile(
        r"regist|cadastr|\balta\b|iscrizion|r[ée]f[ée]rencement|inscription|onboarding|kreditor"
        r"|crediteur|lieferantenportal|supplier\s+portal|vendor\s+(?:setup|set-up|registration)"
        r"|portal\s+de\s+(?:proveedores|fornecedores)|albo\s+fornitori|leveranciersportaal",
        re.IGNORECASE,
    ),
    "billing_entity": re.compile(
        r"rechnungsa(?:nschrift|dresse)|invoice\s+address|billing\s+(?:entity|address|details)"
        r"|facturation|factuur(?:gegevens|adres)|faturamento|fatura[çc][ãa]o|facturaci[óo]n"
        r"|fatturazione|raz[ãó]n\s+social|raz[ãa]o\s+social|ragione\s+sociale|legal\s+entity",
        re.IGNORECASE,
    ),
    "tax_detail": re.compile(
        r"\b(?:VAT|USt-?Id\w*|UID|TVA|IVA|BTW|CNPJ|NIF|CIF|RFC|GSTIN|NIP|DI[ČC]|moms\w*)\b"
        r"|tax\s+(?:id|number)|steuernummer|partita\s+iva",
        re.IGNORECASE,
    ),
    "signature_packet": re.compile(
        r"sign|unterschr|unterzeichn|firm[aeo]|assina|getekend|ondertekend|docusign|podpis",
        re.IGNORECASE,
    ),
    "delivery_prerequisite": re.compile(
        r"\badmin|beheerder|amministrat|tenant|\bSSO\b|SAML|metadata|allowlist|whitelist",
        re.IGNORECASE,
    ),
    "procurement_contact": re.compile(
        r"ansprechpart|contact\s+person|new\s+contact|interlocut|contactpersoon|aanspreekpunt"
        r"|referente|nuev[oa]\s+contacto|novo\s+contacto|novo\s+contato",
        re.IGNORECASE,
    ),
}


def fields_about(text: str) -> frozenset[str]:
    """The PO fields whose words the text uses (the PO number itself is left out: every mail
    of a won deal speaks of the order)."""
    return frozenset(field for field, words in _TOPICS.items() if words.search(text))
