"""LocalDraftFolder.draft_fates: a folder mailbox's saved drafts, read off the files.

Still in Drafts: a draft. Gone from Drafts but in a Sent folder (same Message-ID, or the
X-PODesk-Idempotency-Key header a client kept): sent. Gone and nowhere sent: deleted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from connectors.mailbox.drafts import LocalDraftFolder
from connectors.ports import DraftFate

from .test_mailbox_drafts import read_back, request

NOW = datetime(2024, 2, 16, 9, 30, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> LocalDraftFolder:
    return LocalDraftFolder(tmp_path, clock=lambda: NOW)


def test_draft_sent_deleted(folder: LocalDraftFolder, tmp_path: Path) -> None:
    waiting, moved, resent, gone = (folder.save_draft(request(f"key-{n}")) for n in range(4))
    sent = tmp_path / "Sent Items"
    sent.mkdir()
    # A client that moved the file to Sent as it was: the Message-ID is the draft's.
    Path(moved.location).rename(sent / "moved.eml")
    # A client that wrote a new message but kept our header: the key is the draft's.
    copy = read_back(resent.location)
    del copy["Message-ID"]
    copy["Message-ID"] = "<new-id@client.example>"
    (sent / "resent.eml").write_bytes(copy.as_bytes())
    Path(resent.location).unlink()
    # A copy outside a Sent folder says nothing about sending.
    (tmp_path / "Inbox").mkdir()
    Path(gone.location).rename(tmp_path / "Inbox" / "gone.eml")

    fates = folder.draft_fates([waiting, moved, resent, gone])

    assert fates == {
        "key-0": DraftFate.DRAFT,
        "key-1": DraftFate.SENT,
        "key-2": DraftFate.SENT,
        "key-3": DraftFate.DELETED,
    }


def test_an_unreadable_sent_file_leaves_a_missing_draft_unsettled(
    folder: LocalDraftFolder, tmp_path: Path
) -> None:
    saved = folder.save_draft(request("key-0"))
    Path(saved.location).unlink()
    sent = tmp_path / "Sent"
    sent.mkdir()
    broken = sent / "broken.eml"
    broken.symlink_to(tmp_path / "elsewhere.eml")  # listed, but cannot be opened
    assert folder.draft_fates([saved]) == {}  # maybe sent, maybe not: ask next time
    broken.unlink()
    assert folder.draft_fates([saved]) == {"key-0": DraftFate.DELETED}
