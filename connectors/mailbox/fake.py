"""In-process fakes of the mailbox ports, for domain and workflow tests.

They behave like the real adapters where it matters to callers: the
draft sink dedupes on the idempotency key and never sends anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from connectors.mailbox.model import MailMessage, Quarantined
from connectors.ports import DraftFate, DraftRequest, MailboxRead, SavedDraft


class InMemoryMailbox:
    """MailSource over messages held in memory."""

    def __init__(
        self, messages: Iterable[MailMessage], quarantined: Iterable[Quarantined] = ()
    ) -> None:
        self.messages = tuple(messages)
        self.quarantined = tuple(quarantined)

    def read(self) -> MailboxRead:
        return MailboxRead(messages=self.messages, quarantined=self.quarantined)


class InMemoryDraftSink:
    """DraftSink keeping drafts in a dict by idempotency key.

    ``saved`` holds one request per key (the first one); ``save_calls`` counts
    every call, so tests can tell a deduplicated retry from a second draft.
    """

    def __init__(self) -> None:
        self.saved: dict[str, DraftRequest] = {}
        self.save_calls = 0
        self.fates: dict[str, DraftFate] = {}  # what a test made of a draft; else a draft

    def find_draft(self, idempotency_key: str) -> SavedDraft | None:
        if idempotency_key not in self.saved:
            return None
        return SavedDraft(
            idempotency_key=idempotency_key, location=_location(idempotency_key), created=False
        )

    def save_draft(self, request: DraftRequest) -> SavedDraft:
        self.save_calls += 1
        existing = self.find_draft(request.idempotency_key)
        if existing is not None:
            return existing
        self.saved[request.idempotency_key] = request
        key = request.idempotency_key
        return SavedDraft(idempotency_key=key, location=_location(key), created=True)

    def draft_fates(self, drafts: Sequence[SavedDraft]) -> dict[str, DraftFate]:
        return {
            d.idempotency_key: self.fates.get(d.idempotency_key, DraftFate.DRAFT)
            if d.idempotency_key in self.saved
            else DraftFate.DELETED
            for d in drafts
        }


def _location(key: str) -> str:
    return f"memory://drafts/{key}"
