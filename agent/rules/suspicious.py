"""Suspicious mail: text addressed to an automated reader, and bank or remit-to changes."""

from __future__ import annotations

import re

from agent.models import Reason
from agent.rules.text import Rule, rx

_MACHINE = (
    r"(?:AI|A\.I\.|LLM|GPT|chat-?bot|bot|assistant|AI\s+assistant|automated\s+(?:system|assistant"
    r"|agent|reader|process)|automation|language\s+model|agent|copilot|KI|IA|Assistent"
    r"|assistant\s+virtuel|syst[èe]me\s+automatis[ée])"
)
_COMMAND = (
    r"(?:approve|mark|classify|label|set|change|update|send|forward|confirm|accept|book|ignore"
    r"|disregard|release|pay|process|reply|respond|treat|route|skip|override|you\s+must|must"
    r"|genehmige|bestätige|markiere|sende|ignoriere|approuve|valide|confirme|envoie|marque|ignore)"
)

INSTRUCTIONS = Rule(
    Reason.SUSPICIOUS_INSTRUCTIONS,
    rx(
        r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above"
        r"|earlier|your|other|system)\s+(?:instructions|prompts?|rules|directions|guidelines"
        r"|guardrails|policies)",
        r"\b(?:dear|hello|hi|attention|note\s+to(?:\s+the)?)\s+(?:the\s+)?" + _MACHINE + r"\b",
        r"(?-i:\b(?:AI|LLM|GPT|KI|IA)\b)\s*(?:assistant|agent|system|model)?\s*[:,]\s*(?:please\s+)?"
        + _COMMAND,
        r"\b(?:the\s+)?(?:AI|automated)\s+(?:assistant|system|agent|reader)\s*[:,]?\s*(?:please\s+)?"
        + _COMMAND,
        r"\b(?:as|you\s+are)\s+(?:an?|the)\s+(?:AI|automated|language\s+model|virtual\s+assistant"
        r"|chat-?bot)\b",
        r"\bif\s+you\s+are\s+(?:an?\s+)?(?:AI|bot|automated|language\s+model|assistant)",
        r"\bsystem\s+prompt|\bprompt\s+injection|\bnew\s+instructions\s*:|\bjailbreak",
        r"(?:(?-i:\bAI\b|\bLLM\b)|\bautomated\s+(?:system|assistant|agent|reader|tool)s?\b"
        r"|\b(?:bots?|language\s+models?)\b)[^.\n]{0,40}?\b(?:should|must|shall|need\s+to|are"
        r"\s+(?:instructed|required)\s+to|please)\s+(?:not\s+)?" + _COMMAND,
        r"\b(?:classify|mark|label|treat|tag|flag)\s+(?:this|the)\s+(?:e-?mail|message|thread|request)"
        r"\s+as\s+(?:routine|approved|safe|low\s+priority|not[\s_]po|resolved|legitimate|verified)",
        r"\b(?:routine_follow_up|not_po_related|deal_exception)\b",
        r"\bignorier\w*\s+(?:alle\s+)?(?:vorherigen|bisherigen|obigen)\s+(?:anweisungen|instruktionen)",
        r"\bignore[zr]?\s+(?:toutes\s+)?les\s+instructions\s+(?:pr[ée]c[ée]dentes|ant[ée]rieures)",
        r"\b(?:KI|künstliche\s+Intelligenz|Assistent|automatisierte\w*\s+System)\b[^.\n]{0,20}"
        r"(?:genehmige|bestätige|markiere|sende)",
        r"(?:(?-i:\bIA\b)|\b(?:assistant\s+virtuel|syst[èe]me\s+automatis[ée]))[^.\n]{0,20}"
        r"(?:approuve|valide|confirme|envoie|marque)",
    ),
    negatable=False,  # an attacker can phrase anything negatively
)

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
_UPDATE_CUE = rx(
    r"\b(?:new|updated?|chang\w*|remit|wire|pay|transfer|switch\w*|moved|neue\w*|ge(?:ä|ae)ndert"
    r"|aktualisier\w*|überweis\w*|nouveaux?|nouvelles?|modifi\w*|virement|chang[ée]\w*)\b"
)

BANK = Rule(
    Reason.BANK_DETAILS_CHANGE,
    rx(
        r"\b(?:bank|banking|account|payment|remittance|remit-to|wire|ach)\s+(?:details|information"
        r"|info|instructions|account|data|address)\s+(?:have\s+|has\s+)?(?:changed|been\s+(?:updated"
        r"|changed)|are\s+changing|will\s+change|changes)",
        r"\b(?:new|updated|changed|different|alternate)\s+(?:bank|banking|remit(?:tance)?|remit-to"
        r"|payment|wire|receiving)\s+(?:details|account|information|instructions|address|bank)",
        r"\b(?:update|change|amend)\s+(?:your|the|our)\s+(?:records|vendor\s+master|bank(?:ing)?"
        r"\s+details|payment\s+details|remit-to|remittance)",
        r"\bremit\s+(?:all\s+)?(?:future\s+)?(?:payments?\s+)?to\s+(?:the\s+|our\s+)?(?:new|following"
        r"|updated|below)",
        r"\b(?:pay|wire|send\s+(?:the\s+)?payment|transfer\s+(?:the\s+)?(?:funds|payment))\s+to\s+"
        r"(?:the\s+|our\s+)?(?:new|following|updated|below|this)\s+(?:account|bank|iban)",
        r"\b(?:neue|geänderte|aktualisierte)\s+(?:bankverbindung|kontoverbindung|bankdaten|iban)",
        r"\b(?:bankverbindung|kontoverbindung|bankdaten)\s+(?:hat\s+sich\s+)?(?:geändert|ändert)",
        r"\b(?:bankverbindung|kontoverbindung|bankdaten)\s+(?:\w+\s+){0,3}(?:aktualisieren|ändern)",
        r"\b(?:nouvelles?|changement\s+de|modification\s+de)\s+(?:nos\s+)?(?:coordonn[ée]es\s+bancaires"
        r"|RIB|IBAN|compte\s+bancaire)",
        r"\bcoordonn[ée]es\s+bancaires\s+(?:ont\s+)?(?:chang[ée]|[ée]t[ée]\s+modifi[ée]es)",
        r"\bmettre\s+[àa]\s+jour\s+[^.\n]{0,20}(?:coordonn[ée]es\s+bancaires|RIB)",
    ),
    negatable=False,
)


def bank_numbers_with_update(text: str) -> str | None:
    """An IBAN or SWIFT/BIC in a message that also asks to update, pay or wire."""
    found = _IBAN.search(text) or re.search(r"\b(?:IBAN|SWIFT|BIC)\b", text)
    return found.group() if found and _UPDATE_CUE.search(text) else None
