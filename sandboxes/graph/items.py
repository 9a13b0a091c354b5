"""Building stored items: messages seeded from mail files, and reply drafts.

A reply draft is made the way Exchange's createReply/createReplyAll make it: subject with
"RE: ", recipients from the original's replyTo (else from), reply-all adding the other
recipients minus the mailbox itself, the conversation kept, the conversationIndex one
level deeper, and the original quoted below Outlook's header block.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from connectors.mailbox import MailMessage
from sandboxes.graph import bodies, ids
from sandboxes.graph.resource import StoredMessage, recipient, timestamp

_RE_PREFIX = re.compile(r"^\s*re\s*:\s*", re.IGNORECASE)
_AUTO_HEADERS = ("auto-submitted", "x-auto-response-suppress", "precedence", "list-id")


@dataclass(frozen=True)
class Placement:
    """Where a new item goes and which ids it gets."""

    key: str
    rest_id: str
    folder: str
    folder_id: str
    order: int
    conversation_id: str
    conversation_index: str


def from_mail(mail: MailMessage, place: Placement, now: datetime) -> StoredMessage:
    when = timestamp(mail.date or now)
    text = mail.body_text
    unique = mail.new_text or text
    in_sent = place.folder == "sentitems"
    props: dict[str, Any] = {
        "createdDateTime": when,
        "lastModifiedDateTime": when,
        "categories": [],
        "receivedDateTime": when,
        "sentDateTime": when,
        "hasAttachments": bool(mail.attachments),
        "internetMessageId": f"<{mail.message_id}>",
        "subject": mail.subject,
        "bodyPreview": bodies.preview(text),
        "importance": _importance(mail),
        "conversationId": place.conversation_id,
        "conversationIndex": place.conversation_index,
        "isDeliveryReceiptRequested": False,
        "isReadReceiptRequested": False,
        "isRead": in_sent,  # what we sent is read; what came in starts unread
        "isDraft": False,
        "inferenceClassification": "focused",
        "sender": recipient(mail.sender),
        "from": recipient(mail.sender),
        "toRecipients": [recipient(a) for a in mail.to],
        "ccRecipients": [recipient(a) for a in mail.cc],
        "bccRecipients": [],
        "replyTo": [],
        "flag": {"flagStatus": "notFlagged"},
    }
    return StoredMessage(
        key=place.key,
        rest_id=place.rest_id,
        folder=place.folder,
        folder_id=place.folder_id,
        props=props,
        body_html=None,
        body_text=text,
        unique_html=None,
        unique_text=unique,
        headers=functools.partial(_headers, mail),
        attachments=mail.attachments,
        order=place.order,
    )


def _importance(mail: MailMessage) -> str:
    value = mail.auto_headers.get("importance", "").lower()
    return value if value in ("low", "high") else "normal"


def _headers(mail: MailMessage) -> list[dict[str, str]]:
    def fmt(name: str, email: str) -> str:
        return f"{name} <{email}>" if name else email

    rows = [
        ("Message-ID", f"<{mail.message_id}>"),
        ("Subject", mail.subject),
        ("From", fmt(mail.sender.name, mail.sender.email)),
        ("To", ", ".join(fmt(a.name, a.email) for a in mail.to)),
    ]
    if mail.cc:
        rows.append(("Cc", ", ".join(fmt(a.name, a.email) for a in mail.cc)))
    if mail.date:
        rows.append(("Date", mail.date.strftime("%a, %d %b %Y %H:%M:%S %z")))
    if mail.in_reply_to:
        rows.append(("In-Reply-To", f"<{mail.in_reply_to}>"))
    if mail.references:
        rows.append(("References", " ".join(f"<{r}>" for r in mail.references)))
    rows.append(("Content-Type", mail.content_type))
    rows.extend(
        (name.title(), mail.auto_headers[name])
        for name in _AUTO_HEADERS
        if name in mail.auto_headers
    )
    rows.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
    return [{"name": name, "value": value} for name, value in rows]


def reply_subject(subject: str) -> str:
    return "RE: " + _RE_PREFIX.sub("", subject, count=1)


def reply_recipients(
    original: dict[str, Any], mailbox: str, reply_all: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(toRecipients, ccRecipients) of a reply draft."""
    sender: dict[str, Any] | None = original.get("from")
    ours = sender is not None and str(sender["emailAddress"]["address"]).lower() == mailbox
    if original.get("replyTo"):
        to = list(original["replyTo"])
    elif ours:  # replying to what we sent goes to the people we sent it to
        to = list(original.get("toRecipients") or [])
    else:
        to = [sender] if sender else []
    cc: list[dict[str, Any]] = []
    if reply_all:
        to += [] if ours else original.get("toRecipients") or []
        cc = list(original.get("ccRecipients") or [])
    seen: set[str] = {mailbox}

    def keep(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        kept = []
        for item in items:
            address = str(item["emailAddress"].get("address") or "").lower()
            if address and address not in seen:
                seen.add(address)
                kept.append(item)
        return kept

    return keep(to), keep(cc)


def reply_draft(
    original: StoredMessage,
    place: Placement,
    owner: dict[str, Any],
    reply_all: bool,
    now: datetime,
    comment: tuple[str, str] = ('<div dir="ltr"><br></div>', ""),
) -> StoredMessage:
    """``comment`` is the new content above the quote, as (html fragment, text)."""
    when = timestamp(now)
    mailbox = owner["emailAddress"]["address"]
    to, cc = reply_recipients(original.props, mailbox, reply_all)
    html, text = bodies.reply_bodies(original.props, original.html(), original.body_text, *comment)
    props: dict[str, Any] = {
        **original.props,
        "createdDateTime": when,
        "lastModifiedDateTime": when,
        "categories": [],
        "receivedDateTime": when,
        "sentDateTime": when,
        "hasAttachments": False,
        "internetMessageId": ids.internet_message_id(mailbox, place.order),
        "subject": reply_subject(str(original.props.get("subject") or "")),
        "bodyPreview": bodies.preview(text),
        "importance": "normal",
        "conversationIndex": place.conversation_index,
        "isRead": True,
        "isDraft": True,
        "sender": owner,
        "from": owner,
        "toRecipients": to,
        "ccRecipients": cc,
        "bccRecipients": [],
        "replyTo": [],
        "flag": {"flagStatus": "notFlagged"},
    }
    return StoredMessage(
        key=place.key,
        rest_id=place.rest_id,
        folder=place.folder,
        folder_id=place.folder_id,
        props=props,
        body_html=html,
        body_text=text,
        unique_html=None,
        unique_text="",
        headers=None,
        order=place.order,
    )
