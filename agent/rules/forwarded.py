"""Text a customer forwards from their own people: an internal mail with the billing data, a
certified-mail (PEC) envelope around the original, an approval chain.

``message_text`` stops at the first forwarded or quoted header block, because what follows is
usually our own mail quoted back. A block whose sender is not us is news to us, though (POLICY:
"an internal approval chain forwarded to us ... counts"), and may carry the tax ID or legal
name the labeller reads. Blocks from our own domain or name, ">"-quoted lines and reply
attributions stay out.
"""

from __future__ import annotations

import re

from agent.rules.legal_names import fold
from agent.rules.text import normalize
from connectors.mailbox.model import MailMessage

_FROM = re.compile(
    r"^[*\s]*(?:from|von|de|van|da|fr[åa]n|fra|od|fr)\s*:\**\s*(?P<who>.+)$", re.IGNORECASE
)
_HEADER = re.compile(
    r"^[*\s]*(?:sent|date|gesendet|datum|envoy[ée]|verzonden|inviato|enviad[oa]|fecha|data"
    r"|skickat|sendt|wys[łl]ano|odesl[áa]no|to|an|[àa]|a|para|aan|till|til|do|komu|cc|bcc"
    r"|subject|betreff|objet|onderwerp|oggetto|asunto|assunto|[äa]mne|emne|temat|p[řr]edm[ěe]t"
    r"|importance|priorit[ée]t?)\s*:",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"(?:wrote|schrieb|a\s+[ée]crit|escribi[óo]|ha\s+scritto|escreveu|schreef|skrev|napisa[łl]\w*"
    r"|napsal\w*)\s*:\s*$",
    re.IGNORECASE,
)


def header_line(line: str) -> bool:
    """A quoted or forwarded header line: "From: ...", "Betreff: ...", "Envoyé : ..."."""
    return _FROM.match(line) is not None or _HEADER.match(line) is not None


_EMAIL_DOMAIN = re.compile(r"@([\w.-]+)")
_HEADER_SPAN = 6


def forwarded_text(message: MailMessage, ours: frozenset[str]) -> str:
    """The body of every header block in the message that someone other than us sent."""
    if not ours:
        return ""  # whose blocks are ours cannot be told: read none
    lines = message.body_text.splitlines()
    kept: list[str] = []
    keep = in_header = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        sender = _FROM.match(stripped)
        if sender and _header_block(lines, index):
            keep, in_header = not _is_ours(sender["who"], ours), True
            continue
        if in_header and (_HEADER.match(stripped) or not stripped):
            in_header = bool(stripped)
            continue
        in_header = False
        if stripped.startswith(">") or _ATTRIBUTION.search(stripped):
            keep = False
            continue
        if keep:
            kept.append(line)
    return normalize("\n".join(kept))


def _header_block(lines: list[str], index: int) -> bool:
    following = lines[index + 1 : index + 1 + _HEADER_SPAN]
    return sum(1 for line in following if _HEADER.match(line.strip())) >= 1


def _is_ours(who: str, ours: frozenset[str]) -> bool:
    domains = _EMAIL_DOMAIN.findall(who)
    labels = {fold(part) for d in domains for part in d.lower().split(".")}
    words = set(re.findall(r"\w+", fold(who)))
    return bool(ours & labels) or bool(ours & words)
