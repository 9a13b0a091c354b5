"""The offline mailbox: a folder of .eml files or a Maildir.

Every file under the folder ends up in the result, either as a message or
quarantined with a reason a person can act on (design rule 5). Two places
are skipped on purpose: the "Drafts" folder, where PO Desk writes its own
reply drafts, and Maildir "tmp/" folders, which hold deliveries in progress.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from connectors.mailbox.model import MailMessage, Quarantined
from connectors.mailbox.parse import MessageParseError, parse_file
from connectors.ports import IndexedFile, KnownFile, MailboxIndex, MailboxRead

# Larger files are quarantined with a reason a person can act on. Attachments no longer cost
# memory (they are measured as they stream past, stream.py), but text parts are still read.
MAX_FILE_BYTES = 50 * 1024 * 1024
NOT_MAIL = "not an e-mail file"
DRAFTS_FOLDER = "drafts"
SENT_FOLDERS = frozenset(
    {"sent", "sent items", "sent messages", "sent mail", "gesendet", "gesendete elemente"}
    | {"gesendete objekte", "envoyés", "éléments envoyés", "messages envoyés"}
)
_MAILDIR_PARTS = ("cur", "new")
_TRANSIENT = "cannot read file: "
_RACY_NS = 2_000_000_000
_UNSUPPORTED = {
    ".msg": "Outlook .msg files are not supported; save the message as .eml",
    ".mbox": "mbox files are not supported; convert them to a Maildir or .eml files",
}


class FolderMailbox:
    """MailSource over a local folder.

    With an index, a file whose size and modification time are what the index holds is not
    opened again: its message (or quarantine reason) comes from what the store kept of it.
    Every read is still the whole mailbox (``complete``), so threads are built exactly as
    a full parse would build them."""

    def __init__(self, path: Path, index: MailboxIndex | None = None) -> None:
        self.path = path
        self.index = index

    def read(self) -> MailboxRead:
        return read_mailbox(self.path, self.index)


def read_mailbox(path: Path, index: MailboxIndex | None = None) -> MailboxRead:
    """Read every file under ``path``; one bad file never stops the others."""
    if not path.is_dir():
        raise NotADirectoryError(f"mailbox folder not found: {path}")
    known = index.load() if index is not None else {}
    messages: list[MailMessage] = []
    quarantined: list[Quarantined] = []
    fresh: list[IndexedFile] = []
    first_source: dict[str, str] = {}
    files, unreadable = _files(path)
    quarantined.extend(_unreadable_folder(error, path) for error in unreadable)
    for source, file in files:
        outcome, size, entry = _read_file(file, source, known.get(source))
        if entry is not None:
            fresh.append(entry)
        if isinstance(outcome, Quarantined):
            quarantined.append(outcome)
            continue
        first = first_source.setdefault(outcome.message_id, source)
        if first != source:
            reason = f"duplicate Message-ID <{outcome.message_id}> (same as {first})"
            quarantined.append(Quarantined(source=source, reason=reason, size=size))
            continue
        messages.append(outcome)
    if index is not None:
        present = {source for source, _ in files}
        index.save(fresh, gone=[source for source in known if source not in present])
    return MailboxRead(messages=tuple(messages), quarantined=tuple(quarantined))


def _files(root: Path) -> tuple[list[tuple[str, str]], list[OSError]]:
    """(source, path) of the files below ``root``, by source, skipped folders left out; and
    the folders we could not list. Plain strings: at 10,000 files, pathlib's object
    creation was most of a no-change sync."""
    found: list[tuple[str, str]] = []
    errors: list[OSError] = []
    for current, dirs, names in os.walk(root, onerror=errors.append):
        here = Path(current)
        prefix = here.relative_to(root).as_posix() + "/" if here != root else ""
        maildir = any(d in _MAILDIR_PARTS for d in dirs)
        dirs[:] = [d for d in dirs if not _skipped_dir(d, maildir)]
        # Linked folders are not followed (loops); listing them keeps them visible.
        links = [d for d in dirs if os.path.islink(os.path.join(current, d))]
        found.extend((prefix + name, os.path.join(current, name)) for name in [*links, *names])
    return sorted(found), errors


def _unreadable_folder(error: OSError, root: Path) -> Quarantined:
    source = Path(error.filename or root).relative_to(root).as_posix()
    return Quarantined(source=source, reason=f"cannot read folder: {error.strerror}")


def _skipped_dir(name: str, in_maildir: bool) -> bool:
    return _folder_name(name) == DRAFTS_FOLDER or (in_maildir and name == "tmp")


def _folder_name(name: str) -> str:
    # Maildir++ names subfolders ".Sent" or ".INBOX.Sent"; the last segment is the folder.
    return name.rsplit(".", 1)[-1].strip().casefold() if name.startswith(".") else name.casefold()


def _read_file(
    file: str, source: str, known: KnownFile | None
) -> tuple[MailMessage | Quarantined, int, IndexedFile | None]:
    """The file's message or quarantine, its size, and its new index entry (None when the
    index already holds it, or when the outcome may change without the file changing)."""
    try:
        info = os.stat(file)
    except OSError as exc:
        return Quarantined(source=source, reason=f"{_TRANSIENT}{exc.strerror}"), 0, None
    size = info.st_size
    if known is not None and known.kept is not None and _unchanged(known.entry, info):
        return known.kept, size, None
    outcome = _parse_file(file, source, info)
    if isinstance(outcome, Quarantined) and outcome.reason.startswith(_TRANSIENT):
        return outcome, size, None  # a permission or I/O error: try again next time
    return outcome, size, _entry(source, info, outcome)


def _unchanged(entry: IndexedFile, info: os.stat_result) -> bool:
    return entry.size == info.st_size and entry.mtime_ns == info.st_mtime_ns


def _entry(source: str, info: os.stat_result, outcome: MailMessage | Quarantined) -> IndexedFile:
    # A file changed again within the file system's timestamp resolution of our read could
    # keep its size and mtime; an entry that recent is stored unmatchable, to be read again.
    mtime_ns = info.st_mtime_ns if time.time_ns() - info.st_mtime_ns > _RACY_NS else -1
    if isinstance(outcome, Quarantined):
        return IndexedFile(source, info.st_size, mtime_ns, reason=outcome.reason)
    return IndexedFile(source, info.st_size, mtime_ns, message_id=outcome.message_id)


def _parse_file(file: str, source: str, info: os.stat_result) -> MailMessage | Quarantined:
    size = info.st_size

    def quarantine(reason: str) -> Quarantined:
        return Quarantined(source=source, reason=reason, size=size)

    if not stat.S_ISREG(info.st_mode):  # FIFOs and devices would block or never end
        return quarantine("not a regular file")
    suffix = os.path.splitext(source)[1].lower()
    if not _is_mail_file(source, suffix):
        return quarantine(_UNSUPPORTED.get(suffix, NOT_MAIL))
    if size > MAX_FILE_BYTES:
        return quarantine(f"file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
    try:
        return parse_file(Path(file), source=source, folder=_mail_folder(source))
    except OSError as exc:
        return quarantine(f"{_TRANSIENT}{exc.strerror}")
    except MessageParseError as exc:
        return quarantine(exc.reason)
    except Exception as exc:  # a parser bug on one file must not stop the mailbox
        return quarantine(f"cannot parse: {type(exc).__name__}: {exc}")


def _is_mail_file(source: str, suffix: str) -> bool:
    # Maildir file names carry no extension; anywhere else only .eml is mail.
    parent = source.rsplit("/", 2)[-2] if "/" in source else ""
    return suffix == ".eml" or parent in _MAILDIR_PARTS


def _mail_folder(source: str) -> str:
    return "sent" if in_sent_folder(source) else "inbox"


def in_sent_folder(source: str) -> bool:
    """``source`` (a path relative to the mailbox) lies in a Sent folder."""
    return any(_folder_name(f) in SENT_FOLDERS for f in source.split("/")[:-1])
