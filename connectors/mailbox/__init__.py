"""Mail as PO Desk reads it: .eml folders and Maildirs, threads, local drafts.

Modules that need ``connectors.ports`` (folder, drafts, fake) are loaded on
first use: ``connectors.ports`` itself imports ``connectors.mailbox.model``,
so importing them eagerly here would make ``import connectors.ports`` circular.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from connectors.mailbox.html import html_to_text
from connectors.mailbox.model import Address, Attachment, MailMessage, MailThread, Quarantined
from connectors.mailbox.parse import MessageParseError, parse_message
from connectors.mailbox.quotes import split_new_text
from connectors.mailbox.threads import build_threads, normalize_subject, strip_subject_prefixes

if TYPE_CHECKING:
    from connectors.mailbox.drafts import LocalDraftFolder
    from connectors.mailbox.fake import InMemoryDraftSink, InMemoryMailbox
    from connectors.mailbox.folder import FolderMailbox, read_mailbox

_LAZY = {
    "LocalDraftFolder": "connectors.mailbox.drafts",
    "InMemoryDraftSink": "connectors.mailbox.fake",
    "InMemoryMailbox": "connectors.mailbox.fake",
    "FolderMailbox": "connectors.mailbox.folder",
    "read_mailbox": "connectors.mailbox.folder",
}

__all__ = [
    "Address",
    "Attachment",
    "FolderMailbox",
    "InMemoryDraftSink",
    "InMemoryMailbox",
    "LocalDraftFolder",
    "MailMessage",
    "MailThread",
    "MessageParseError",
    "Quarantined",
    "build_threads",
    "html_to_text",
    "normalize_subject",
    "parse_message",
    "read_mailbox",
    "split_new_text",
    "strip_subject_prefixes",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
