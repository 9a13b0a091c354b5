"""Routine-paperwork detectors: the PO, billing entity, tax ID, supplier registration,
signature packet, documents asked for, status questions.

English, German and French phrasing comes from agent/rules/routine.py; the other languages
from agent/lexicon/paperwork.py. Facts the extraction found (a tax ID, a billing entity, a
PO file) count as evidence too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.detect.evidence import Evidence
from agent.detect.scan import ClauseTest, scan
from agent.detect.views import MessageView, ViewSentence
from agent.lexicon import paperwork as pw
from agent.lexicon.nouns import words
from agent.lexicon.procurement import CONTACT_CHANGE
from agent.models import Reason
from agent.rules.po_number import po_number_in_filename
from agent.rules.routine import PO_VOCABULARY, ROUTINE_RULES
from agent.rules.text import normalize

# Something does not work: a support ticket, whatever paperwork words it uses.
SUPPORT = words(
    r"""
    not\s+working doesn't\s+work does\s+not\s+work can't\s+(?:log|sign|access|export|open)
    cannot\s+(?:log|sign|access|export|open) error\s+(?:message|code) fails? failed failing bug
    outage down\s+since since\s+(?:this\s+morning|yesterday) funktioniert\s+nicht fehlermeldung
    fehler\w* storung\w* geht\s+nicht ne\s+fonctionne\s+pas ne\s+marche\s+pas erreur\w* panne
    no\s+funciona fallo\w* (?:da|dando)\s+error non\s+funziona errore\w* malfunzionament\w*
    werkt\s+niet storing\w* foutmelding\w* nao\s+funciona erro\s+(?:ao|de|na|no) falha\w*
    incident\w* ticket\w* support\s+(?:case|request)
    """
)
_FOLDED: dict[Reason, re.Pattern[str]] = {
    Reason.PO_SUBMITTED: pw.PO_SENT,
    Reason.BILLING_DETAILS: pw.BILLING,
    Reason.TAX_DETAILS: pw.TAX,
    Reason.SUPPLIER_REGISTRATION: pw.REGISTRATION,
    Reason.SIGNATURE_PACKET: pw.SIGNED,
    Reason.DOCUMENT_REQUEST: pw.DOCS,
    Reason.STATUS_INQUIRY: pw.STATUS,
    Reason.CONTACT_CHANGE: CONTACT_CHANGE,
}


def paperwork(view: MessageView) -> Iterator[Evidence]:
    text = normalize(view.text)
    for rule in ROUTINE_RULES:
        hit = rule.search(text)
        if hit is not None:
            yield Evidence(hit.reason, view.message.message_id, hit.evidence)
    for reason, pattern in _FOLDED.items():
        yield from scan(view, reason, _matches(pattern))
    for attachment in view.message.attachments:
        if po_number_in_filename(attachment.filename):
            quote = f"attachment {attachment.filename}"
            yield Evidence(Reason.PO_SUBMITTED, view.message.message_id, quote)


def _matches(pattern: re.Pattern[str]) -> ClauseTest:
    def test(clause: str, sentence: ViewSentence) -> bool:
        return pattern.search(clause) is not None

    return test


# Ordering itself, not billing in general: "invoice" alone is also a support ticket's word.
_BILLING_ONLY = re.compile(
    r"(?i)invoic\w*|billing|bill\s+to|vat|tax|rechnung\w*|factur\w*|remit\w*"
)


def about_the_order(view: MessageView) -> str | None:
    """A quote showing the message is about ordering at all, or None."""
    text = normalize(view.text)
    for m in PO_VOCABULARY.finditer(text):
        if not _BILLING_ONLY.fullmatch(m.group()):
            return m.group()
    for m2 in pw.PO_VOCABULARY.finditer(view.folded):
        if not re.fullmatch(r"factur\w*|fattur\w*|factuur\w*|fatur\w*|faktur\w*", m2.group()):
            return m2.group()
    return None
