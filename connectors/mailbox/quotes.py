"""Separate what a message adds from the history it quotes.

The domain extracts PO numbers, tax IDs and requests from ``new_text``; text
we (or the customer) wrote earlier must not be read again as if it were new.
The rules are deliberately conservative: when unsure, text is kept, and a
message whose every line looks like history keeps its whole body, because
losing the customer's words is worse than reading an old line twice.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE

# "On <date>, <name> wrote:" and its siblings. Every client we know puts a
# date or time in the line, so a digit is required: it keeps sentences such
# as "On the PO, this is what I wrote:" from cutting the message.
_ATTRIBUTIONS = tuple(
    re.compile(pattern, _FLAGS)
    for pattern in (
        r"^on\b.{0,300}\bwrote\s*:$",  # English (Gmail, Apple Mail, Thunderbird)
        r"^am\b.{0,300}\bschrieb\b.{0,300}:$",  # German
        r"^le\b.{0,300}\ba\s+écrit\s*:$",  # French
        r"^op\b.{0,300}\bschreef\b.{0,300}:$",  # Dutch
        r"^el\b.{0,300}\bescribió\s*:$",  # Spanish
        r"^il\b.{0,300}\bha\s+scritto\s*:$",  # Italian
        r"^em\b.{0,300}\bescreveu\s*:$",  # Portuguese
        r"^den\b.{0,300}\bskrev\b.{0,300}:?$",  # Swedish, Danish, Norwegian
        r"^w\s+dniu\b.{0,300}\bnapisał\w*\s*:$",  # Polish
        r"^dne\b.{0,300}\bnapsal\w*\s*:$",  # Czech
    )
)
_ATTRIBUTION_START = re.compile(r"^(on|am|le|op|el|il|em|den|w\s+dniu|dne)\b", _FLAGS)
_MAX_ATTRIBUTION_LINES = 3  # Gmail wraps long attributions over up to three lines

# Lines after which everything is history or signature.
_CUT_LINES = tuple(
    re.compile(pattern, _FLAGS)
    for pattern in (
        r"^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine"
        r"|mensaje original|oorspronkelijk bericht|mensagem original|messaggio originale"
        r"|originalmeddelande|oprindelig meddelelse|opprinnelig melding|wiadomość oryginalna"
        r"|původní zpráva|originální zpráva)\s*-{2,}$",
        r"^-{2,}\s*(forwarded message|weitergeleitete nachricht|message transféré"
        r"|mensaje reenviado|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht"
        r"|vidarebefordrat meddelande|videresendt meddelelse|przekazana wiadomość"
        r"|přeposlaná zpráva)\s*-{2,}$",
        r"^(begin forwarded message|anfang der weitergeleiteten nachricht"
        r"|début du message réexpédié)\s*:$",
        r"^_{10,}$",  # Outlook's separator above the quoted header block
        r"^--$",  # the "-- " signature delimiter (trailing space often stripped)
    )
)
# Mobile clients append a one-line footer; anything after it is history.
_FOOTERS = tuple(
    re.compile(pattern, _FLAGS)
    for pattern in (
        r"^sent from my [\w -]{2,40}$",
        r"^sent from (outlook|mail|yahoo mail|gmail)\b.{0,40}$",
        r"^get outlook for (ios|android)\b.{0,20}$",
        r"^(von meinem [\w -]{2,30} gesendet|gesendet (von|mit) [\w -]{2,40})$",
        r"^envoyé (de|depuis) mon [\w -]{2,40}$",
    )
)
# An Outlook header block: "From:" followed closely by "Sent:" and "Subject:".
_BLOCK_FROM = re.compile(r"^\*?(from|von|de|van|da|från|fra|od|fr)\s*:\*?\s*\S", _FLAGS)
_BLOCK_SENT = re.compile(
    r"^\*?(sent|date|gesendet|datum|envoyé|verzonden|inviato|enviado|enviada|fecha|data|skickat"
    r"|sendt|wysłano|odesláno|datum)\s*:",
    _FLAGS,
)
_BLOCK_SUBJECT = re.compile(
    r"^\*?(subject|betreff|objet|onderwerp|oggetto|asunto|assunto|ämne|emne|temat|předmět)\s*:",
    _FLAGS,
)
_BLOCK_SPAN = 8  # lines after "From:" in which Sent/Subject must appear

_BLANK_RUN = re.compile(r"\n{3,}")


def split_new_text(body: str) -> str:
    """Return the part of ``body`` the sender wrote, without quotes and signature."""
    return split_message(body)[0]


def split_message(body: str) -> tuple[str, str]:
    """(what the sender wrote, the rest: quoted history, attributions and signature). The rest
    is empty when the whole body is kept (see the module docstring)."""
    lines = [line.rstrip() for line in body.splitlines()]
    kept: list[str] = []
    dropped: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _ends_new_text(lines, index):
            dropped += lines[index:]
            break
        attribution_end = _attribution_end(lines, index)
        if attribution_end is not None:
            if not _quote_follows(lines, attribution_end + 1):
                dropped += lines[index:]
                break  # unprefixed history follows: the rest is old
            dropped += lines[index : attribution_end + 1]
            index = attribution_end + 1  # inline reply: keep reading the answers
            continue
        (dropped if _is_quoted(line) else kept).append(line)
        index += 1
    new_text = _BLANK_RUN.sub("\n\n", "\n".join(kept)).strip()
    if not new_text:
        return body.strip(), ""
    return new_text, _BLANK_RUN.sub("\n\n", "\n".join(dropped)).strip()


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _ends_new_text(lines: list[str], index: int) -> bool:
    stripped = lines[index].strip()
    if any(rule.match(stripped) for rule in _CUT_LINES):
        return True
    if any(rule.match(stripped) for rule in _FOOTERS):
        return True
    return _starts_header_block(lines, index)


def _starts_header_block(lines: list[str], index: int) -> bool:
    if not _BLOCK_FROM.match(lines[index].strip()):
        return False
    following = [line.strip() for line in lines[index + 1 : index + 1 + _BLOCK_SPAN]]
    has_sent = any(_BLOCK_SENT.match(line) for line in following)
    return has_sent and any(_BLOCK_SUBJECT.match(line) for line in following)


def _attribution_end(lines: list[str], index: int) -> int | None:
    """Index of the last line of an attribution starting at ``index``, if any."""
    first = lines[index].strip()
    if not _ATTRIBUTION_START.match(first):
        return None
    joined = first
    for end in range(index, min(index + _MAX_ATTRIBUTION_LINES, len(lines))):
        if end > index:
            joined = f"{joined} {lines[end].strip()}"
        if any(ch.isdigit() for ch in joined) and any(p.match(joined) for p in _ATTRIBUTIONS):
            return end
    return None


def _quote_follows(lines: list[str], start: int) -> bool:
    for line in lines[start:]:
        if line.strip():
            return _is_quoted(line)
    return True  # nothing after the attribution: it was history all along
