"""Mail as PO Desk reads it: .eml folders and Maildirs, threads, local drafts.

This package's namespace holds the mail model and the pure functions on it. What
implements a port -- ``folder.FolderMailbox`` and ``folder.read_mailbox``,
``drafts.LocalDraftFolder``, ``fake.InMemoryMailbox`` and ``fake.InMemoryDraftSink`` -- is
imported from its own module: those modules use ``connectors.ports``, which is built on
``connectors.mailbox.model``, so loading them here would make the two import each other.
"""

from __future__ import annotations

from connectors.mailbox.html import html_to_text
from connectors.mailbox.model import Address, Attachment, MailMessage, MailThread, Quarantined
from connectors.mailbox.parse import MessageParseError, parse_message
from connectors.mailbox.quotes import split_new_text
from connectors.mailbox.threads import build_threads, normalize_subject, strip_subject_prefixes

__all__ = [
    "Address",
    "Attachment",
    "MailMessage",
    "MailThread",
    "MessageParseError",
    "Quarantined",
    "build_threads",
    "html_to_text",
    "normalize_subject",
    "parse_message",
    "split_new_text",
    "strip_subject_prefixes",
]
