"""What became of the drafts saved as .eml files in the mailbox folder's ``Drafts``.

A folder mailbox is an export of someone's mail, so "sent" and "deleted" are read off the
files: the draft's file still in ``Drafts`` is still a draft; a message in a Sent folder
carrying the draft's Message-ID or its ``X-PODesk-Idempotency-Key`` header is the draft,
sent (a client that sends the .eml keeps at least one of them, or it cannot be told apart
from any other reply); a draft whose file is gone and that no Sent folder holds was
deleted. Sent folders are only read when some draft file is missing, and only headers.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from email import policy
from email.parser import BytesHeaderParser
from pathlib import Path

from connectors.mailbox.drafts import draft_message_id
from connectors.mailbox.folder import in_sent_folder
from connectors.ports import DraftFate, SavedDraft

_HEADER_BYTES = 64 * 1024  # headers end long before this; the body is never read
_KEY_HEADER = "X-PODesk-Idempotency-Key"


def folder_draft_fates(mailbox: Path, drafts: Sequence[SavedDraft]) -> dict[str, DraftFate]:
    fates = {d.idempotency_key: DraftFate.DRAFT for d in drafts if Path(d.location).is_file()}
    missing = [d for d in drafts if d.idempotency_key not in fates]
    if not missing:
        return fates
    by_id = {f"<{draft_message_id(d.idempotency_key)}>".casefold(): d for d in missing}
    by_key = {d.idempotency_key: d for d in missing}
    sent: set[str] = set()
    unreadable: list[str] = []
    for message_id, key in _sent_headers(mailbox, unreadable):
        found = by_id.get(message_id.strip().casefold()) or by_key.get(key.strip())
        if found is not None:
            sent.add(found.idempotency_key)
    for draft in missing:
        key = draft.idempotency_key
        if key in sent:
            fates[key] = DraftFate.SENT
        elif not unreadable:  # an unreadable Sent file may be this draft: ask again later
            fates[key] = DraftFate.DELETED
    return fates


def _sent_headers(mailbox: Path, unreadable: list[str]) -> Iterator[tuple[str, str]]:
    """(Message-ID, idempotency key header) of every file in the mailbox's Sent folders;
    the files that could not be read are added to ``unreadable``."""
    parser = BytesHeaderParser(policy=policy.compat32)
    for current, _dirs, names in os.walk(mailbox):
        for name in names:
            path = os.path.join(current, name)
            if not in_sent_folder(Path(path).relative_to(mailbox).as_posix()):
                continue
            try:
                with open(path, "rb") as handle:
                    headers = parser.parsebytes(handle.read(_HEADER_BYTES))
            except OSError:
                unreadable.append(path)
                continue
            yield str(headers.get("Message-ID") or ""), str(headers.get(_KEY_HEADER) or "")
