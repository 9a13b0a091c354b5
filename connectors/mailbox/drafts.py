"""Saved drafts as .eml files in the offline mailbox's "Drafts" folder.

This is the offline twin of the Outlook draft sink: a person opens the
draft in a mail client, reviews it and sends it. Nothing here can send
mail (design rule 1), and a draft is written at most once per idempotency
key, even when the workflow resumes after a crash (rule 4): the file
appears under its final name complete or not at all.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from connectors.mailbox.model import Address
from connectors.ports import DraftFate, DraftRequest, SavedDraft

DRAFTS_DIR = "Drafts"
FALLBACK_FROM = "po-desk@localhost"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_STEM = 80
_REPLY_PREFIX = re.compile(r"^\s*re\s*:", re.IGNORECASE)
# RFC 5322 line endings on disk. Lines may reach the hard limit of 998 so a long
# References header stays on one line instead of being folded after its colon.
_EML_POLICY = policy.default.clone(linesep="\r\n", max_line_length=998)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class LocalDraftFolder:
    """DraftSink writing one .eml per idempotency key under ``<mailbox>/Drafts``."""

    def __init__(self, mailbox_path: Path, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self.root = mailbox_path / DRAFTS_DIR
        self._clock = clock

    def find_draft(self, idempotency_key: str) -> SavedDraft | None:
        path = self.path_for(idempotency_key)
        if not path.is_file():
            return None
        return SavedDraft(idempotency_key=idempotency_key, location=str(path), created=False)

    def save_draft(self, request: DraftRequest) -> SavedDraft:
        existing = self.find_draft(request.idempotency_key)
        if existing is not None:
            return existing
        path = self.path_for(request.idempotency_key)
        data = build_saved_draft(request, self._clock()).as_bytes(policy=_EML_POLICY)
        created = _write_once(path, data)
        return SavedDraft(
            idempotency_key=request.idempotency_key, location=str(path), created=created
        )

    def draft_fates(self, drafts: Sequence[SavedDraft]) -> dict[str, DraftFate]:
        from connectors.mailbox.draft_fates import folder_draft_fates

        return folder_draft_fates(self.root.parent, drafts)

    def path_for(self, idempotency_key: str) -> Path:
        return self.root / f"{draft_file_stem(idempotency_key)}.eml"


def draft_file_stem(idempotency_key: str) -> str:
    """A file-system-safe name that maps distinct keys to distinct names."""
    if not idempotency_key:
        raise ValueError("a draft needs a non-empty idempotency key")
    safe = _UNSAFE.sub("_", idempotency_key).strip("._")[:_MAX_STEM]
    if safe == idempotency_key:
        return safe
    # Replacing characters can make two keys collide; the hash keeps them apart.
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:16]
    return f"{safe}-{digest}" if safe else digest


def build_saved_draft(request: DraftRequest, now: datetime) -> EmailMessage:
    """The saved draft as a message: plain UTF-8 text, threaded under the customer's message."""
    original = request.reply_to
    key = request.idempotency_key
    references = dict.fromkeys((*original.references, original.message_id))
    msg = EmailMessage(policy=policy.default)
    msg["From"] = _format(original.to[0]) if original.to and original.to[0].email else FALLBACK_FROM
    if to := _format_all(request.to):
        msg["To"] = to
    if cc := _format_all(request.cc):
        msg["Cc"] = cc
    msg["Subject"] = reply_subject(request.subject)
    msg["Date"] = format_datetime(now if now.tzinfo else now.replace(tzinfo=UTC))
    msg["Message-ID"] = f"<{draft_message_id(key)}>"
    msg["In-Reply-To"] = f"<{original.message_id}>"
    msg["References"] = " ".join(f"<{ref}>" for ref in references)
    msg["X-PODesk-Idempotency-Key"] = _one_line(key)
    msg["X-PODesk-Thread"] = _one_line(request.thread_key)
    msg["X-Unsent"] = "1"  # Outlook opens the file as an unsent draft
    msg.set_content(request.body_text, charset="utf-8")
    return msg


def draft_message_id(idempotency_key: str) -> str:
    """The saved draft's Message-ID (without brackets): derived from the key alone, so a
    sent copy of the draft is recognised after its file left the Drafts folder."""
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:32]
    return f"podesk-draft-{digest}@podesk.local"


def reply_subject(subject: str) -> str:
    text = _one_line(subject)
    return text if _REPLY_PREFIX.match(text) else f"Re: {text}"


def _one_line(text: str) -> str:
    # Values come from e-mail text: a line break would inject headers.
    return " ".join(text.split())


def _format(address: Address) -> str:
    return formataddr((_one_line(address.name), _one_line(address.email)))


def _format_all(addresses: tuple[Address, ...]) -> str:
    return ", ".join(_format(a) for a in addresses if a.email)


def _write_once(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` unless it exists; True when this call created it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The temp file lives in Drafts/, which the mailbox reader skips.
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if not _publish(temp, path):
            return False
        _fsync_dir(path.parent)
        return True
    finally:
        temp.unlink(missing_ok=True)


def _publish(temp: Path, path: Path) -> bool:
    try:
        os.link(temp, path)  # atomic and never overwrites: a concurrent writer wins cleanly
    except FileExistsError:
        return False
    except OSError:  # file systems without hard links
        if path.exists():
            return False
        os.replace(temp, path)
    return True


def _fsync_dir(directory: Path) -> None:
    # Makes the new directory entry durable; not possible on every platform.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
