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
from agent.lexicon.procurement import ASK_US, CONTACT_CHANGE, ROUTINE_QUESTION
from agent.lexicon.text import fold
from agent.models import Reason
from agent.rules.forwarded import header_line
from agent.rules.po_number import po_number_in_filename
from agent.rules.routine import PO_VOCABULARY, ROUTINE_RULES, STATUS
from agent.rules.text import normalize
from connectors.mailbox.threads import strip_subject_prefixes

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
    mid = view.message.message_id
    for rule in ROUTINE_RULES:
        hit = rule.search(text)
        if hit is not None and _counts(found := Evidence(hit.reason, mid, hit.evidence)):
            yield found
    for reason, pattern in _FOLDED.items():
        for evidence in scan(view, reason, _matches(pattern)):
            if _counts(evidence):
                yield evidence
    for attachment in view.message.attachments:
        if po_number_in_filename(attachment.filename):
            quote = f"attachment {attachment.filename}"
            yield Evidence(Reason.PO_SUBMITTED, view.message.message_id, quote)


_ANNOUNCED = re.compile(
    r"\b(?:will\s+be|is\s+being|verra|sara|wordt|worden|sera|seran|wird|werden|va\s+a\s+ser|vai\s+ser"
    r"|next\s+week|nachste\w*\s+woche|la\s+semaine\s+prochaine|la\s+semana\s+que\s+viene|proxima"
    r"\s+semana|prossim\w*|volgende\s+week|semana\s+que\s+vem)\b"
)
_TAX_ONLY_QUALIFIES = re.compile(
    r"\b(?:excl\w*|exclusive\s+of|plus|zzgl\w*|zuzuglich|hors|sans|sin|senza|sem|netto|net\s+of"
    r"|inkl\w*|incl\w*|including|inclusief|ttc|ht|con|com)\.?\s+(?:de\s+|of\s+)?(?:vat|tva|btw|iva"
    r"|mwst|ust|tax|taxes|impuestos?|imposte?)\b"
)
_TAX_ID_HINT = re.compile(r"\d{6,}|\b(?:number|nummer|numero|n[o°º]|id|certificate|exempt\w*)\b")


def _counts(evidence: Evidence) -> bool:
    """A PO 'will be issued next week' is announced, not sent; 'excl. VAT' is no tax detail."""
    quote = fold(evidence.quote)
    if evidence.reason is Reason.PO_SUBMITTED:
        return _ANNOUNCED.search(quote) is None
    if evidence.reason is Reason.TAX_DETAILS and _TAX_ONLY_QUALIFIES.search(quote):
        return _TAX_ID_HINT.search(_TAX_ONLY_QUALIFIES.sub(" ", quote)) is not None
    return True


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


def asks(view: MessageView) -> str | None:
    """The first sentence that asks us something (a question, a request or asking leave:
    "können wir...", "nos podéis hacer...") other than where the order stands, or None for
    a message that only tells or only asks for news."""
    subject = strip_subject_prefixes(view.message.subject).strip()
    own = view.message.new_text
    for sentence in view.sentences:
        if not (sentence.question or ASK_US.search(sentence.folded)):
            continue
        text = sentence.text.strip()
        if text == subject or header_line(sentence.folded) or text[:60] not in own:
            continue  # the subject line, a quoted header, or forwarded text asking someone else
        routine = STATUS.triggers.search(normalize(sentence.text))
        if routine is None and ROUTINE_QUESTION.search(sentence.folded) is None:
            return text[:160]
    return None
