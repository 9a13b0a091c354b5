"""The offline mailbox: a folder of .eml files or a Maildir.

Every file under the folder ends up in the result, either as a message or
quarantined with a reason a person can act on (design rule 5). Two places
are skipped on purpose: the "Drafts" folder, where PO Desk writes its own
reply drafts, and Maildir "tmp/" folders, which hold deliveries in progress.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from connectors.mailbox.model import MailMessage, Quarantined
from connectors.mailbox.parse import MessageParseError, parse_message
from connectors.ports import MailboxRead

# Larger files are quarantined: parsing needs several times the file size in memory.
MAX_FILE_BYTES = 50 * 1024 * 1024
NOT_MAIL = "not an e-mail file"
DRAFTS_FOLDER = "drafts"
SENT_FOLDERS = frozenset(
    {"sent", "sent items", "sent messages", "sent mail", "gesendet", "gesendete elemente"}
    | {"gesendete objekte", "envoyés", "éléments envoyés", "messages envoyés"}
)
_MAILDIR_PARTS = ("cur", "new")
_UNSUPPORTED = {
    ".msg": "Outlook .msg files are not supported; save the message as .eml",
    ".mbox": "mbox files are not supported; convert them to a Maildir or .eml files",
}


class FolderMailbox:
    """MailSource over a local folder; reads everything on each call."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> MailboxRead:
        return read_mailbox(self.path)


def read_mailbox(path: Path) -> MailboxRead:
    """Read every file under ``path``; one bad file never stops the others."""
    if not path.is_dir():
        raise NotADirectoryError(f"mailbox folder not found: {path}")
    messages: list[MailMessage] = []
    quarantined: list[Quarantined] = []
    first_source: dict[str, str] = {}
    files, unreadable = _files(path)
    for error in unreadable:
        source = Path(error.filename or path).relative_to(path).as_posix()
        quarantined.append(
            Quarantined(source=source, reason=f"cannot read folder: {error.strerror}")
        )
    for file in files:
        source = file.relative_to(path).as_posix()
        outcome, size = _read_file(file, source)
        if isinstance(outcome, Quarantined):
            quarantined.append(outcome)
            continue
        first = first_source.setdefault(outcome.message_id, source)
        if first != source:
            reason = f"duplicate Message-ID <{outcome.message_id}> (same as {first})"
            quarantined.append(Quarantined(source=source, reason=reason, size=size))
            continue
        messages.append(outcome)
    return MailboxRead(messages=tuple(messages), quarantined=tuple(quarantined))


def _files(root: Path) -> tuple[list[Path], list[OSError]]:
    """Files below ``root`` (sorted, skipped folders left out) and folders we could not list."""
    found: list[Path] = []
    errors: list[OSError] = []
    for current, dirs, names in os.walk(root, onerror=errors.append):
        here = Path(current)
        maildir = any(d in _MAILDIR_PARTS for d in dirs)
        dirs[:] = [d for d in dirs if not _skipped_dir(d, maildir)]
        # Linked folders are not followed (loops); listing them keeps them visible.
        found.extend(here / d for d in dirs if (here / d).is_symlink())
        found.extend(here / name for name in names)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix()), errors


def _unreadable_folder(error: OSError, root: Path) -> Quarantined:
    source = Path(error.filename or root).relative_to(root).as_posix()
    return Quarantined(source=source, reason=f"cannot read folder: {error.strerror}")


def _skipped_dir(name: str, in_maildir: bool) -> bool:
    return _folder_name(name) == DRAFTS_FOLDER or (in_maildir and name == "tmp")


def _folder_name(name: str) -> str:
    # Maildir++ names subfolders ".Sent" or ".INBOX.Sent"; the last segment is the folder.
    return name.rsplit(".", 1)[-1].strip().casefold() if name.startswith(".") else name.casefold()


def _read_file(file: Path, source: str) -> tuple[MailMessage | Quarantined, int]:
    try:
        info = file.stat()
    except OSError as exc:
        return Quarantined(source=source, reason=f"cannot read file: {exc.strerror}"), 0
    size = info.st_size

    def quarantine(reason: str) -> tuple[Quarantined, int]:
        return Quarantined(source=source, reason=reason, size=size), size

    if not stat.S_ISREG(info.st_mode):  # FIFOs and devices would block or never end
        return quarantine("not a regular file")
    if not _is_mail_file(file):
        return quarantine(_UNSUPPORTED.get(file.suffix.lower(), NOT_MAIL))
    if size > MAX_FILE_BYTES:
        return quarantine(f"file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
    try:
        raw = file.read_bytes()
        return parse_message(raw, source=source, folder=_mail_folder(source)), size
    except OSError as exc:
        return quarantine(f"cannot read file: {exc.strerror}")
    except MessageParseError as exc:
        return quarantine(exc.reason)
    except Exception as exc:  # a parser bug on one file must not stop the mailbox
        return quarantine(f"cannot parse: {type(exc).__name__}: {exc}")


def _is_mail_file(file: Path) -> bool:
    # Maildir file names carry no extension; anywhere else only .eml is mail.
    return file.suffix.lower() == ".eml" or file.parent.name in _MAILDIR_PARTS


def _mail_folder(source: str) -> str:
    folders = source.split("/")[:-1]
    return "sent" if any(_folder_name(f) in SENT_FOLDERS for f in folders) else "inbox"
