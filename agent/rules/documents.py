"""Supplier registration completion and signature packets."""

from __future__ import annotations

import re

from agent.rules.registration import registration_stated
from agent.rules.signatures import signed_document_stated, signed_file
from agent.rules.text import negated, rx, sentence_bounds
from connectors.mailbox.model import Attachment

_REGISTRATION_DONE = rx(
    r"\b(?:have|has|'ve)\s+(?:now\s+|just\s+|successfully\s+)?(?:completed|finished|finali[sz]ed"
    r"|submitted|approved)\s+(?:the\s+|your\s+|our\s+)?(?:supplier|vendor|new\s+vendor)"
    r"\s+(?:registration|onboarding|set-?up|form)",
    r"\b(?:supplier|vendor|coupa|ariba|portal)\s+(?:registration|onboarding|set-?up|account)"
    r"\s+(?:is\s+|has\s+been\s+|was\s+)?(?:now\s+)?(?:complete|completed|done|finished|approved"
    r"|finali[sz]ed|active|activated)\b",
    r"\bregistration\s+(?:is\s+|has\s+been\s+)?complete(?:d)?\b",
    r"\byour\s+(?:supplier|vendor)\s+(?:number|no\.?|id)\s+is\b",
    r"\b(?:you\s+are|you're|you\s+have\s+been)\s+(?:now\s+)?(?:registered|set\s+up|approved"
    r"|activated|onboarded)\s+as\s+(?:a\s+|an\s+)?(?:approved\s+)?(?:supplier|vendor)",
    r"\b(?:lieferanten)?(?:registrierung|anlage|onboarding)\s+(?:ist\s+|wurde\s+)?"
    r"(?:jetzt\s+|nun\s+)?(?:abgeschlossen|erfolgreich\s+abgeschlossen|erledigt)",
    r"\bals\s+(?:neuer\s+)?lieferant\s+(?:angelegt|registriert|freigegeben)",
    r"\bihre\s+(?:lieferanten|kreditoren)nummer\s+(?:lautet|ist)",
    r"\b(?:inscription|r[ée]f[ée]rencement)\s+(?:fournisseur\s+)?(?:est\s+)?(?:maintenant\s+)?"
    r"(?:termin[ée]e?|compl[ée]t[ée]e?|finalis[ée]e?|valid[ée]e?)",
    r"\bvotre\s+num[ée]ro\s+(?:de\s+)?fournisseur\s+est",
)
# "please complete registration", "once registration is complete": not done yet.
_NOT_YET = rx(
    r"\b(?:once|when|after|until|before|if|as\s+soon\s+as|need\s+to|must|still|yet|will"
    r"|make\s+sure|ensure|sobald|wenn|bevor|noch|sicherstellen|d[èe]s\s+que|lorsque|quand|avant"
    r"|assurez)\b"
)
_SIGNED_NAME = re.compile(
    r"(?:^|[^a-z])(?:counter-?)?sign(?:ed|ature)?s?(?![a-z])|countersigned|executed"
    r"|unterschrieben|unterzeichnet|sign[ée]e?|docusign",
    re.IGNORECASE,
)
_ATTACHED = rx(
    r"\battach(?:ed|ing)?\b|\benclosed\b|\bplease\s+find\b|\bhere\s+is\b|\banbei\b|\bim\s+anhang\b"
    r"|\bbeigef[üu]gt\b|\bci-joint\b|\bci-jointe?s?\b|\ben\s+pi[èe]ce\s+jointe\b|\bjoint\b"
)
_SIGNED_THING = rx(
    r"\b(?:signed|countersigned|executed|e-?signed)\s+(?:copy|version|order\s+form|quote|contract"
    r"|agreement|amendment|documents?|forms?|packet|msa|po)",
    r"\bsignature\s+(?:packet|pages?|page)\b",
    r"\b(?:unterschrieben\w*|unterzeichnet\w*|gegengezeichnet\w*)\b",
    r"\b(?:sign[ée]e?s?|contresign[ée]e?s?)\b",
)


def registration_complete(text: str) -> str | None:
    """The phrase saying registration is done, unless it is a request or a condition."""
    for m in _REGISTRATION_DONE.finditer(text):
        left, _ = sentence_bounds(text, m.start(), m.end())
        if _NOT_YET.search(text, max(left, m.start() - 40), m.start()):
            continue
        if negated(text, m.start()) or re.match(r"\s*(?:yet|noch|pas)\b", text[m.end() :]):
            continue
        if re.search(r"\b(?:not|nicht|pas)\b", text[m.start() : m.end()], re.IGNORECASE):
            continue
        if re.match(r"\s+contacts?\b", text[m.end() :], re.IGNORECASE):
            continue  # "you are registered as a supplier contact": a mailing list, not us
        return m.group()
    return registration_stated(text)


def signed_attachment(attachments: tuple[Attachment, ...]) -> str | None:
    for a in attachments:
        is_pdf = a.filename.lower().endswith(".pdf") or a.content_type == "application/pdf"
        if is_pdf and _SIGNED_NAME.search(a.filename.rsplit(".", 1)[0]):
            return a.filename
    return signed_file(attachments)


def signature_packet_mentioned(text: str) -> str | None:
    """A sentence saying a signed document is attached (and not that it will be)."""
    for m in _SIGNED_THING.finditer(text):
        left, right = sentence_bounds(text, m.start(), m.end())
        sentence = text[left:right]
        if (
            _ATTACHED.search(sentence)
            and not _NOT_YET.search(sentence)
            and not negated(text, m.start())
        ):
            return m.group()
    return signed_document_stated(text)
