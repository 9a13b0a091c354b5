"""Text helpers shared by the rules: which text counts, normalising, negation, quoting."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from agent.memo import per_cycle
from agent.models import Reason
from connectors.mailbox.model import MailMessage, MailThread
from connectors.mailbox.quotes import split_new_text

# Typographic punctuation mail clients insert; rules are written with ASCII.
_PUNCT = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|wg|fw|fwd|tr|sv|antw|r[ée]f)\s*:", re.IGNORECASE)

_NEGATION = re.compile(
    r"(?:no|not|never|without|nor|none|cannot|can't|don't|doesn't|didn't|won't|isn't|aren't"
    r"|wasn't|shouldn't|wouldn't|kein|keine|keinen|keiner|keinerlei|nicht|ohne|pas|aucun"
    r"|aucune|sans|jamais|ni)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[.;:!?\n,]|\b(?:but|however|although|though|aber|jedoch|sondern|mais|cependant|toutefois)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w']+")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_SIGNATURE_RULE = re.compile(r"^\s*(?:--|_{10,})\s*$")


def inbound(thread: MailThread) -> list[MailMessage]:
    """Messages the customer side wrote; our Sent replies and Drafts never count."""
    return [m for m in thread.messages if m.folder == "inbox"]


@per_cycle  # each message's own text is read by extraction and by most detectors
def normalize(text: str) -> str:
    """ASCII punctuation, single spaces, and no '>' quoted lines a parser left behind."""
    lines = (
        _SPACES.sub(" ", line).strip()
        for line in text.translate(_PUNCT).splitlines()
        if not line.lstrip().startswith(">")
    )
    return "\n".join(line for line in lines if line)


def own_subject(message: MailMessage) -> str:
    """The subject when the sender wrote it; a 'Re:' subject may be our own words."""
    return "" if _REPLY_PREFIX.match(message.subject) else message.subject


def message_text(message: MailMessage) -> str:
    """What a message says in its own words: its own subject and its new text."""
    return normalize("\n".join(t for t in (own_subject(message), message.new_text) if t))


def signed_text(message: MailMessage) -> str:
    """``message_text`` with the sender's signature and footer kept: a legal name, a tax ID or
    a registration number often stands only below a "--" or "____" line. Quoted history and
    forwarded headers still end it."""
    body = "\n".join(
        line for line in message.body_text.splitlines() if not _SIGNATURE_RULE.match(line)
    )
    own = split_new_text(body) if body.strip() else message.new_text
    return normalize("\n".join(t for t in (own_subject(message), own) if t))


def negated(text: str, start: int, window: int = 4) -> bool:
    """A negation among the few words before ``start`` in the same clause."""
    before = text[max(0, start - 80) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    tokens = _TOKEN.findall(before)[-window:]
    return any(_NEGATION.fullmatch(t) or t.lower().endswith("n't") for t in tokens)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around a match."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    return left, right


def snippet(text: str, start: int, end: int, width: int = 70) -> str:
    """A short quote around a match, cut to its sentence, for evidence."""
    left, right = sentence_bounds(text, start, end)
    left, right = max(left, start - width), min(right, end + width)
    return " ".join(text[left:right].split()).strip()


def rx(*alternatives: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One case-insensitive pattern from alternatives; use (?-i:...) for case-sensitive parts."""
    return re.compile("|".join(f"(?:{a})" for a in alternatives), flags)


@dataclass(frozen=True)
class Hit:
    reason: Reason
    evidence: str


@dataclass(frozen=True)
class Rule:
    """A reason and the phrases that raise it.

    ``vetoes`` are benign phrasings that overlap a trigger ("the agreed discount");
    ``sentence_vetoes`` clear the whole sentence ("cancel the duplicate PO").
    """

    reason: Reason
    triggers: re.Pattern[str]
    negatable: bool = True
    vetoes: re.Pattern[str] | None = None
    sentence_vetoes: re.Pattern[str] | None = None

    def search(self, text: str) -> Hit | None:
        for match in self.triggers.finditer(text):
            if not self._vetoed(text, match.start(), match.end()):
                return Hit(self.reason, snippet(text, match.start(), match.end()))
        return None

    def _vetoed(self, text: str, start: int, end: int) -> bool:
        if self.negatable and negated(text, start):
            return True
        if self.vetoes and _overlaps(self.vetoes, text, start, end):
            return True
        if self.sentence_vetoes:
            left, right = sentence_bounds(text, start, end)
            return self.sentence_vetoes.search(text, left, right) is not None
        return False


def _overlaps(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - 60), min(len(text), end + 60)
    return any(m.start() < end and m.end() > start for m in pattern.finditer(text, lo, hi))


def first_hits(rules: Sequence[Rule], texts: Iterable[str]) -> list[Hit]:
    """At most one hit per rule, texts searched in order, rule order kept."""
    texts = list(texts)
    hits: list[Hit] = []
    for rule in rules:
        hit = next((h for t in texts if (h := rule.search(t))), None)
        if hit:
            hits.append(hit)
    return hits
