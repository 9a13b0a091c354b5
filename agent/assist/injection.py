"""Deterministic detector for text written to steer an automated reader (prompt injection).

It reads what would reach a prompt (each inbound message's sender name, subject,
attachment names and new text) and flags instructions addressed to an AI,
assistant, model or system; "ignore previous instructions" and its paraphrases
in English, German, French, Dutch, Spanish and Italian; role-play set-ups; chat
template and prompt delimiters; and characters that hide text from people.
The rules' own suspicious-instructions rule runs too. A flag is never lowered by
anything, and a flagged thread is not shown to a model at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from agent.assist.fence import hidden_characters, render, sanitize
from agent.rules.suspicious import INSTRUCTIONS
from agent.rules.text import rx, snippet
from connectors.mailbox.model import MailMessage

_AI = (
    r"(?:AI|A\.I\.|LLM|GPT[\w.-]*|ChatGPT|Claude|Gemini|Copilot|Llama|Mistral|Mixtral|Command\s+R"
    r"|chat-?bot|bot|(?:AI\s+|virtual\s+|digital\s+)?assistant|(?:AI\s+|large\s+)?(?:language\s+)?"
    r"model|local\s+model|agent|KI|IA|Assistent(?:in)?|Sprachmodell|modèle(?:\s+de\s+langage)?"
    r"|assistant\s+virtuel|asistente|modelo|assistente|modello)"
)
_PREVIOUS = (
    r"(?:previous|prior|above|earlier|preceding|former|original|initial|all|any|existing|system"
    r"|vorherigen|bisherigen|obigen|vorigen|alle[nr]?|précédentes|antérieures|anteriores|previas"
    r"|precedenti|vorige|eerdere)"
)

PATTERNS = rx(
    # "ignore your previous iunstructions": typos and synonyms of instructions count
    rf"\b(?:ignore|disregard|forget|override|skip|bypass)\w*\s+(?:\w+\s+){{0,2}}{_PREVIOUS}\s+"
    r"\w*(?:struct|prompt|rule|direction|guideline|command|task|order|context|polic)\w*",
    r"\b(?:ignorier\w*|vergiss|vergessen\s+sie|missachte\w*)\s+(?:\w+\s+){0,2}(?:anweisung|instruktion"
    r"|befehl|regel|vorgabe)\w*",
    r"\b(?:ignore[zr]?|oublie[zr]?|ne\s+tiens\s+pas\s+compte)\s+(?:\w+\s+){0,3}(?:instructions?"
    r"|consignes?|r[èe]gles?)",
    r"\b(?:negeer|vergeet)\s+(?:\w+\s+){0,2}(?:instructies|opdrachten|regels)",
    r"\b(?:ignora|olvida|olvide)\s+(?:\w+\s+){0,2}(?:instrucciones|istruzioni|reglas|regole)",
    # addressed to a model
    rf"\b(?:to\s+you|dear|hey|hi|hello|attention|note\s+to|message\s+for|an\s+(?:den|die|das)"
    rf"|à\s+l['’]|au|aan\s+de|para\s+el|per\s+l['’])\s*,?\s+(?:the\s+|my\s+)?{_AI}\b",
    rf"\b(?:if\s+you\s+are|as|you\s+are|wenn\s+du|als|si\s+vous\s+[êe]tes|en\s+tant\s+qu['’]|si\s+tu\s+es)"
    rf"\s+(?:an?\s+|the\s+|ein\w*\s+|une?\s+)?(?:AI\b|KI\b|IA\b|automated\b|{_AI}\b)",
    r"\bthis\s+is\s+an?\s+(?:important|urgent)\s+message\s+from\b",
    r"\b(?:before\s+you\s+(?:can\s+)?(?:solve|do|continue|start|answer)|the\s+task\s+(?:that\s+)?"
    r"I\s+gave\s+you|your\s+(?:original|initial|real|new|actual)\s+(?:task|instructions|goal))",
    # role play
    # "you are now" a persona, not a state: "vous êtes désormais référencé" is a supplier
    # record, "you are now an unrestricted assistant" a role
    r"\b(?:(?:you\s+are\s+now|du\s+bist\s+(?:jetzt|ab\s+sofort)|tu\s+es\s+(?:maintenant|d[ée]sormais)"
    r"|vous\s+[êe]tes\s+(?:maintenant|d[ée]sormais))\s+(?:an?|the|my|in|no\s+longer|free|dan|acting"
    r"|playing|ein\w*|der|die|das|im|kein\w*|une?|le|la|l['’]|en\s+mode|plus)\b"
    r"|from\s+now\s+on,?\s+you|pretend\s+(?:to\s+be|you\s+are|that\s+you)"
    r"|act\s+as\s+(?:if|an?|the|my)\b|role-?\s?play|developer\s+mode|DAN\s+mode|jailbreak"
    r"|spiele?\s+die\s+rolle|joue[zr]?\s+le\s+r[ôo]le)",
    # prompt delimiters and chat templates
    r"</?\s*(?:INFORMATION|system|instructions?|prompt|assistant|user|context|im_start|im_end"
    r"|s|INST|SYS)\s*>|\[/?(?:INST|SYS)\]|<\|[\w-]+\|>|<<\s*/?SYS\s*>>",
    r"#{2,}\s*\(?\s*(?:system|instruction|assistant)|\(system_message\)|\bBEGIN\s+(?:SYSTEM"
    r"|PROMPT|INSTRUCTIONS)|\bsystem\s+(?:prompt|message|override)\s*:",
    r"(?m:^\s*(?:TODO|SYSTEM|ASSISTANT|INSTRUCTION|AI|PROMPT)\s*:)",
    r"\b(?:new|updated|real|hidden|secret)\s+instructions?\s*:",
    # hidden-text markers that survive HTML conversion
    r"\bdisplay\s*:\s*none|\bfont-size\s*:\s*[01](?:px|pt)?\b|\bvisibility\s*:\s*hidden"
    r"|\bcolor\s*:\s*#f{3}(?:f{3})?\b|<!--",
)


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def detect(messages: Sequence[MailMessage]) -> tuple[str, ...]:
    """Evidence (short quotes) of injection attempts in inbound messages; () when clean."""
    found: list[str] = []
    for message in messages:
        found += list(_evidence(message))
    return tuple(dict.fromkeys(found))


def _evidence(message: MailMessage) -> Iterator[str]:
    raw = render(message)
    hidden = hidden_characters(raw)
    if hidden:
        yield f"hidden characters: {len(hidden)} (e.g. U+{ord(hidden[0]):04X})"
    # Exactly what a prompt would carry (quoted '>' lines included), typographic quotes as ASCII.
    text = _SPACES.sub(" ", sanitize(raw).translate(_QUOTES))
    for match in PATTERNS.finditer(text):
        yield snippet(text, match.start(), match.end())
    hit = INSTRUCTIONS.search(text)
    if hit is not None:
        yield hit.evidence
