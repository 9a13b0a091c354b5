"""Code decides what of a model's answer counts (DESIGN rule 3).

* classification: the model may move routine to exception, nothing else;
* hints: a value counts only when it literally occurs in an inbound message's own
  text or an attachment name; invented values are dropped and counted;
* customer draft: only where the packet allows one, and only when it passes
  the deterministic boundary, copies no run of the customer's words, names no
  outside e-mail address and refers to no masked value;
* internal text: trimmed, links defanged (a reviewer should not click a model's URL).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from agent.assist.mask import Masker, has_placeholder
from agent.assist.result import ExtractionHints, Hint, ModelOpinion
from agent.boundary import check_customer_draft
from agent.boundary.intents import unmapped
from agent.language import detect_language
from agent.models import Classification, Packet, Reason
from agent.rules.text import message_text
from agent.templates import pack
from connectors.mailbox.model import MailMessage

_WORD = re.compile(r"\w+")
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_SCHEME = re.compile(r"\b(https?|ftp)://", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SEPARATORS = re.compile(r"[\s.\-/]+")


def escalate_only(rules: Classification, opinion: ModelOpinion) -> Classification:
    """Routine may become an exception on the model's word; every other opinion is ignored."""
    if rules.label != "routine_follow_up" or opinion.label != "deal_exception":
        return rules
    why = " ".join((opinion.exception_reason or "no reason given").split())[:200]
    return Classification(
        label="deal_exception",
        reasons=(Reason.MODEL_ESCALATION,),
        evidence=(f"model: {why}",),
        classified_by="rules+model",
    )


def flag_suspicious(rules: Classification, evidence: Sequence[str]) -> Classification:
    """The detector's verdict: an exception with the suspicious reason, whatever came before."""
    if rules.label == "deal_exception" and Reason.SUSPICIOUS_INSTRUCTIONS in rules.reasons:
        return rules
    keep = rules.label == "deal_exception"
    return Classification(
        label="deal_exception",
        reasons=(Reason.SUSPICIOUS_INSTRUCTIONS, *(rules.reasons if keep else ())),
        evidence=(evidence[0][:200], *(rules.evidence if keep else ())),
        classified_by="rules+injection_detector",
    )


def accepted_hints(
    opinion: ModelOpinion, messages: Sequence[MailMessage], masker: Masker
) -> tuple[ExtractionHints, int]:
    """(hints that occur in the mail, how many values were dropped)."""
    found: dict[str, Hint | None] = {}
    dropped = 0
    for name in ("po_number", "billing_entity", "tax_id"):
        value = getattr(opinion, name)
        if value is None or not value.strip():
            found[name] = None
            continue
        hint = _occurrence(masker.unmask(value).strip(), messages, compact=name != "billing_entity")
        found[name] = hint
        dropped += hint is None
    return ExtractionHints(**found), dropped


def _occurrence(value: str, messages: Sequence[MailMessage], *, compact: bool) -> Hint | None:
    needle = _key(value, compact)
    if len(needle) < 3:
        return None
    for message in reversed(messages):  # newest first, like the rules' extraction
        if needle in _key(message_text(message), compact):
            return Hint(value=value, source=message.message_id)
        for attachment in message.attachments:
            if needle in _key(attachment.filename, compact):
                return Hint(
                    value=value, source=f"attachment:{attachment.filename}@{message.message_id}"
                )
    return None


def _key(text: str, compact: bool) -> str:
    """Case-insensitive; identifiers also ignore spaces, dots, dashes and slashes."""
    text = text.casefold()
    return _SEPARATORS.sub("", text) if compact else " ".join(text.split())


def draft_problems(
    draft: str,
    *,
    packet: Packet,
    classification: Classification,
    messages: Sequence[MailMessage],
    allowed_domains: Collection[str],
    echo_words: int,
    max_chars: int,
    language: str | None = None,
) -> tuple[str, ...]:
    """Why a model's customer draft may not be used; () when it may. ``language``: the
    customer's, which the draft must be written in."""
    if (
        classification.label != "routine_follow_up"
        or not packet.message_boundary.customer_reply_allowed
    ):
        return ("no customer reply is allowed for this thread",)
    if packet.readiness.value == "unknown":  # a model could still say that nothing is missing
        return ("the CRM export cannot say what is missing: only the reviewed templates write",)
    problems = list(check_customer_draft(draft, allowed_link_domains=allowed_domains).reasons)
    # Layer one for generated text: every sentence serves an intent the packet allows.
    asked = [pack(language or "en").field_name(f) for f in packet.message_boundary.may_request]
    problems += [u.describe() for u in unmapped(draft, field_words=asked)]
    if len(draft) > max_chars:
        problems.append(f"longer than {max_chars} characters")
    if has_placeholder(draft):
        problems.append("refers to masked data")
    echo = echoed(draft, messages, echo_words)
    if echo:
        problems.append(f"repeats the customer's text: '{echo}'")
    problems += [
        f"names an e-mail address: '{a}'" for a in outside_addresses(draft, allowed_domains)
    ]
    written = detect_language(draft)
    if language is not None and written != language:
        problems.append(f"written in {written}, not in the customer's language ({language})")
    return tuple(dict.fromkeys(problems))


def echoed(draft: str, messages: Sequence[MailMessage], n: int) -> str | None:
    """The first run of ``n`` words the draft shares with the mail, if any."""
    return shared_run(draft, [message_text(m) for m in messages], n)


def shared_run(draft: str, sources: Sequence[str], n: int) -> str | None:
    """The first run of ``n`` words the draft shares with any of ``sources``, if any."""
    seen = {tuple(w) for text in sources for w in _ngrams(_words(text), n)}
    for gram in _ngrams(_words(draft), n):
        if tuple(gram) in seen:
            return " ".join(gram)
    return None


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _ngrams(words: list[str], n: int) -> list[list[str]]:
    return [words[i : i + n] for i in range(len(words) - n + 1)]


def outside_addresses(text: str, allowed_domains: Collection[str]) -> list[str]:
    allowed = {d.lower().strip(".") for d in allowed_domains if d}
    return [
        m.group()
        for m in _EMAIL.finditer(text)
        if not any(m.group(1).lower() == d or m.group(1).lower().endswith("." + d) for d in allowed)
    ]


def internal_text(text: str | None, masker: Masker, max_chars: int) -> str | None:
    """Model wording for people inside: masks resolved, controls removed, links defanged."""
    if text is None or not text.strip():
        return None
    clean = _CONTROL.sub("", masker.unmask(text)).strip()
    clean = _SCHEME.sub(lambda m: m.group(1).replace("t", "x") + "[:]//", clean)
    return clean if len(clean) <= max_chars else clean[: max_chars - 1].rstrip() + "…"
