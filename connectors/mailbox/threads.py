"""Rebuild conversations from loose messages.

Threads are joined by what the messages say about each other (Message-ID,
In-Reply-To, References, Outlook's conversationId). Only a message that
claims to be a reply or forward but whose references match nothing falls
back to its subject, and only when that subject is specific enough:
procurement mail is full of "Purchase order" and "Invoice" subjects that
belong to different customers.

Everything here is deterministic: the same messages in any order give the
same threads, keys and ordering.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, datetime

from connectors.mailbox.model import MailMessage, MailThread

# Reply/forward prefixes in the languages our customers write in ("RE[2]:" too; Italian
# "I:", Portuguese "ENC:", Spanish "RV:", Dutch "Doorst:", Polish "Odp:"/"PD:").
_REPLY_PREFIX = (
    r"(?:re|fwd?|fw|aw|wg|tr|sv|vs|antw|rif|r|i|inoltro|enc|rv|res|doorst|odp|pd|fs|vl|ynt)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]"
)
# Banners that mail gateways put in front of subjects; they do not make a reply.
_TAG_PREFIX = r"\[(?:external|extern|ext)\]|\*?external\*?\s*:"
_PREFIX = re.compile(rf"^\s*(?:({_REPLY_PREFIX})|{_TAG_PREFIX})\s*", re.IGNORECASE)
# Subjects that say nothing about which deal they belong to.
# fmt: off
GENERIC_SUBJECTS = frozenset({
    "", "hi", "hello", "hallo", "bonjour", "question", "questions", "request", "follow up",
    "follow-up", "followup", "update", "test", "thanks", "thank you", "no subject",
    "(no subject)", "kein betreff", "sans objet", "po", "purchase order", "order", "invoice",
    "quote", "quotation", "contract", "bestellung", "auftrag", "rechnung", "angebot",
    "commande", "facture", "devis", "bon de commande",
})
# fmt: on
_MIN_SPECIFIC_LENGTH = 4
_EPOCH = datetime.min.replace(tzinfo=UTC)


def strip_subject_prefixes(subject: str) -> str:
    """The subject without Re:/AW:/Fwd:/[External] prefixes, original casing kept."""
    return _strip(subject)[0]


def _strip(subject: str) -> tuple[str, bool]:
    """Stripped subject, and whether a reply/forward prefix was among what was removed."""
    text, replied = " ".join(subject.split()), False
    while (match := _PREFIX.match(text)) is not None and match.end() > 0:
        replied = replied or match.group(1) is not None
        text = text[match.end() :]
    return text.strip(), replied


def normalize_subject(subject: str) -> str:
    """Comparable form of a subject: no prefixes, single spaces, case-folded."""
    return strip_subject_prefixes(subject).casefold()


def is_specific_subject(normalized: str) -> bool:
    return len(normalized) >= _MIN_SPECIFIC_LENGTH and normalized not in GENERIC_SUBJECTS


def build_threads(messages: Iterable[MailMessage]) -> list[MailThread]:
    """Group messages into threads, oldest message first, threads by first date then key."""
    ordered = sorted(messages, key=_sort_key)
    forest = _Forest()
    for message in ordered:
        _link_by_headers(forest, message)
    linked = forest.linked_messages(ordered)
    anchors: dict[str, str] = {}  # normalised subject -> earliest message with it
    for message in ordered:
        anchors.setdefault(normalize_subject(message.subject), message.message_id)
    for message in ordered:
        if message.message_id not in linked:
            _link_by_subject(forest, message, anchors)
    groups: dict[str, list[MailMessage]] = {}
    for message in ordered:
        groups.setdefault(forest.find(message.message_id), []).append(message)
    threads = [_thread(group) for group in groups.values()]
    return sorted(threads, key=lambda t: (_sort_key(t.messages[0])[:2], t.thread_key))


class _Forest:
    """Union-find over message ids (including ids of messages we never saw)."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        root = self._parent.setdefault(node, node)
        while root != self._parent[root]:
            root = self._parent[root]
        while node != root:  # path compression keeps long threads cheap
            self._parent[node], node = root, self._parent[node]
        return root

    def union(self, first: str, second: str) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self._parent[max(a, b)] = min(a, b)  # min/max: independent of input order

    def linked_messages(self, messages: list[MailMessage]) -> set[str]:
        """Ids of messages whose component holds at least one other message."""
        sizes: dict[str, int] = {}
        for message in messages:
            root = self.find(message.message_id)
            sizes[root] = sizes.get(root, 0) + 1
        return {m.message_id for m in messages if sizes[self.find(m.message_id)] > 1}


def _link_by_headers(forest: _Forest, message: MailMessage) -> None:
    own = message.message_id
    forest.find(own)
    for other in (*message.references, message.in_reply_to):
        if other:
            forest.union(own, other)
    if message.conversation_id:
        # Outlook's own conversation grouping; the prefix keeps it apart from Message-IDs.
        forest.union(own, f"conversation:{message.conversation_id}")


def _link_by_subject(forest: _Forest, message: MailMessage, anchors: dict[str, str]) -> None:
    """Join a lone reply/forward to the earliest message with the same specific subject."""
    stripped, replied = _strip(message.subject)
    subject = stripped.casefold()
    claims_reply = replied or bool(message.in_reply_to or message.references)
    if claims_reply and is_specific_subject(subject):
        forest.union(anchors[subject], message.message_id)


def _thread(messages: list[MailMessage]) -> MailThread:
    root = messages[0]  # already sorted by _sort_key, which does not depend on input order
    conversations = {m.conversation_id for m in messages}
    if len(conversations) == 1 and root.conversation_id:
        key = root.conversation_id
    else:
        key = hashlib.sha256(root.message_id.encode("utf-8")).hexdigest()[:16]
    return MailThread(
        thread_key=key,
        subject=strip_subject_prefixes(root.subject),
        messages=tuple(messages),
    )


def in_thread_order(messages: Iterable[MailMessage]) -> list[MailMessage]:
    """Messages in the order ``build_threads`` gives a thread's (a thread read back by id)."""
    return sorted(messages, key=_sort_key)


def _sort_key(message: MailMessage) -> tuple[bool, datetime, str, str]:
    """Oldest first; undated messages last, in file order; ties by id for determinism."""
    date = message.date
    if date is not None and date.tzinfo is None:
        date = date.replace(tzinfo=UTC)  # other adapters may hand over naive UTC
    return (date is None, date or _EPOCH, message.source, message.message_id)
