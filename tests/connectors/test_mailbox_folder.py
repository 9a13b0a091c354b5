"""read_mailbox over the .eml fixture folder and the Maildir fixture."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from connectors.mailbox.folder import NOT_MAIL, FolderMailbox, read_mailbox
from connectors.mailbox.threads import build_threads
from connectors.ports import MailboxRead, MailSource

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EML = FIXTURES / "eml"
MAILDIR = FIXTURES / "maildir"


def files_below(root: Path, skipped: tuple[str, ...]) -> set[str]:
    found = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    return {f for f in found if not f.startswith(skipped)}


@pytest.fixture(scope="module")
def eml_read() -> MailboxRead:
    return read_mailbox(EML)


def reasons(read: MailboxRead) -> dict[str, str]:
    return {q.source: q.reason for q in read.quarantined}


def test_every_file_is_a_message_or_quarantined(eml_read: MailboxRead) -> None:
    sources = [m.source for m in eml_read.messages] + [q.source for q in eml_read.quarantined]
    assert len(sources) == len(set(sources))
    assert set(sources) == files_below(EML, skipped=("Drafts/",))
    assert len(eml_read.messages) == 39
    for message in eml_read.messages:
        message.model_dump_json()  # storable: no surrogates, aware dates


def test_quarantine_reasons(eml_read: MailboxRead) -> None:
    assert reasons(eml_read) == {
        "README": NOT_MAIL,
        "empty.eml": "empty file",
        "headers_only.eml": "no From, no Message-ID and no body",
        "junk.eml": "binary data, not an e-mail (NUL bytes in the header area)",
        "plain_copy.eml": "duplicate Message-ID <20240205091400.4711@acme-gmbh.example>"
        " (same as plain.eml)",
        "text_not_mail.eml": "no e-mail header lines at the start of the file",
    }
    sizes = {q.source: q.size for q in eml_read.quarantined}
    assert sizes["empty.eml"] == 0
    assert sizes["plain_copy.eml"] == (EML / "plain_copy.eml").stat().st_size


def test_drafts_skipped_sent_marked_and_order_sorted(eml_read: MailboxRead) -> None:
    sources = [m.source for m in eml_read.messages]
    assert sources == sorted(sources)
    assert not any(s.startswith("Drafts/") for s in sources)
    folders = {m.source: m.folder for m in eml_read.messages}
    assert folders["Sent/a2_our_answer.eml"] == "sent"
    assert {f for s, f in folders.items() if not s.startswith("Sent/")} == {"inbox"}


def test_reading_twice_gives_the_same_result(eml_read: MailboxRead) -> None:
    assert read_mailbox(EML) == eml_read


def test_maildir_with_cur_new_and_maildir_plus_plus_sent() -> None:
    read = read_mailbox(MAILDIR)
    folders = {m.source: m.folder for m in read.messages}
    assert folders == {
        ".Sent/cur/1706785200.M3P4242.podesk-test": "sent",
        "cur/1706778000.M1P4242.podesk-test": "inbox",
        "new/1706868000.M2P4242.podesk-test": "inbox",
    }
    assert reasons(read) == {"dovecot-uidlist": NOT_MAIL}  # tmp/ and .Drafts/ skipped
    (thread,) = build_threads(read.messages)
    assert thread.message_ids == [
        "md-1@acme-gmbh.example",
        "md-2@vendor.example",
        "md-3@acme-gmbh.example",
    ]
    assert thread.latest.new_text == "Yes, the billing entity is ACME GmbH."


def test_odd_files_are_quarantined_not_skipped(tmp_path: Path) -> None:
    shutil.copy(EML / "plain.eml", tmp_path / "plain.eml")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "message.msg").write_bytes(b"\xd0\xcf\x11\xe0")
    os.mkfifo(tmp_path / "pipe.eml")
    with (tmp_path / "huge.eml").open("wb") as out:
        out.truncate(60 * 1024 * 1024)  # sparse: big on paper, nothing written
    (tmp_path / "outside").mkdir()
    (tmp_path / "linked").symlink_to(tmp_path / "outside", target_is_directory=True)
    (tmp_path / "dangling.eml").symlink_to(tmp_path / "gone.eml")
    read = read_mailbox(tmp_path)
    assert [m.source for m in read.messages] == ["plain.eml"]
    assert reasons(read) == {
        ".DS_Store": NOT_MAIL,
        "dangling.eml": "cannot read file: No such file or directory",
        "huge.eml": "file too large (62,914,560 bytes; the limit is 52,428,800)",
        "linked": "not a regular file",
        "message.msg": "Outlook .msg files are not supported; save the message as .eml",
        "pipe.eml": "not a regular file",
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_quarantined(tmp_path: Path) -> None:
    locked = tmp_path / "locked.eml"
    shutil.copy(EML / "plain.eml", locked)
    locked.chmod(0)
    try:
        assert reasons(read_mailbox(tmp_path))["locked.eml"].startswith("cannot read file")
    finally:
        locked.chmod(0o600)


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        read_mailbox(tmp_path / "nowhere")


def test_folder_mailbox_is_a_mail_source() -> None:
    source: MailSource = FolderMailbox(MAILDIR)
    assert source.read() == read_mailbox(MAILDIR)
