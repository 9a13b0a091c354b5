"""Graph ``message`` JSON to PO Desk's ``MailMessage``, the same shape the .eml path makes.

Threads must line up whichever way mail arrived, so ``message_id`` is the
internetMessageId without angle brackets, exactly as the .eml parser keeps
the Message-ID header. Graph has no In-Reply-To/References properties (only
raw headers, which the delta query does not hand out): threading relies on
``conversationId`` instead.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from connectors.mailbox.html import html_to_text
from connectors.mailbox.model import Address, Attachment, MailMessage
from connectors.mailbox.parse import AUTO_HEADERS, MAX_BODY_CHARS
from connectors.mailbox.quotes import split_new_text

Json = Mapping[str, Any]

# Only what mapping reads: every extra property is bytes on every page of every sync.
SELECT_FIELDS = (
    "id",
    "internetMessageId",
    "conversationId",
    "subject",
    "from",
    "sender",
    "toRecipients",
    "ccRecipients",
    "receivedDateTime",
    "sentDateTime",
    "body",
    "hasAttachments",
    "isDraft",
    "replyTo",
)
# Calendar traffic arrives as these subtypes of message.
_EVENT_TYPES = ("eventmessage", "eventmessagerequest", "eventmessageresponse")
_FRACTION = re.compile(r"(\.\d{6})\d+")  # Graph may send 7 fractional digits; Python reads 6
_ANGLES = "<> \t\r\n"


def to_mail_message(item: Json, *, folder: str) -> MailMessage:
    """Map one delta or list entry (selected with SELECT_FIELDS) to a MailMessage."""
    warnings: list[str] = []
    graph_id = str(item.get("id") or "")
    body_text = _body_text(item.get("body"), warnings)
    sender = _address(item.get("from")) or _address(item.get("sender"))
    if sender is None:
        warnings.append("message has no From address")
    return MailMessage(
        message_id=_message_id(item.get("internetMessageId"), graph_id, warnings),
        subject=" ".join(str(item.get("subject") or "").split()),
        sender=sender or Address(email=""),
        to=_addresses(item.get("toRecipients")),
        cc=_addresses(item.get("ccRecipients")),
        date=_date(item, warnings),
        body_text=body_text,
        new_text=split_new_text(body_text),
        content_type=_content_type(item),
        source=graph_id,
        folder=folder,
        conversation_id=str(item["conversationId"]) if item.get("conversationId") else None,
        auto_headers=_reply_to(item.get("replyTo")),
        warnings=tuple(warnings),
    )


def _reply_to(value: Any) -> dict[str, str]:
    """``replyTo`` as the .eml parser keeps a Reply-To header (lower-cased addresses)."""
    emails = [a.email for a in _addresses(value) if a.email]
    return {"reply-to": ", ".join(emails)} if emails else {}


def attachments_from(values: Iterable[Json]) -> tuple[Attachment, ...]:
    """Attachment metadata from ``/attachments?$select=name,contentType,size``."""
    return tuple(
        Attachment(
            filename=str(value.get("name") or "unnamed"),
            content_type=str(value.get("contentType") or "application/octet-stream").lower(),
            size=int(value.get("size") or 0),
        )
        for value in values
    )


def auto_headers_from(headers: Iterable[Json], content_type: str) -> dict[str, str]:
    """The machine-mail headers, named and valued as the .eml parser keeps them."""
    raw = {str(h.get("name", "")).lower(): str(h.get("value", "")) for h in headers}
    found = {name: raw[name].strip().lower() for name in AUTO_HEADERS if raw.get(name)}
    found["content-type"] = (raw.get("content-type") or content_type).strip().lower()
    return found


def _message_id(value: Any, graph_id: str, warnings: list[str]) -> str:
    text = str(value or "").strip(_ANGLES)
    if text:
        return text
    digest = hashlib.sha256(graph_id.encode("utf-8")).hexdigest()[:32]
    generated = f"graph-{digest}@podesk.local"
    warnings.append(f"missing internetMessageId; generated {generated}")
    return generated


def _address(value: Any) -> Address | None:
    detail = value.get("emailAddress") if isinstance(value, Mapping) else None
    if not isinstance(detail, Mapping):
        return None
    email = str(detail.get("address") or "").strip().lower()
    name = " ".join(str(detail.get("name") or "").split())
    if "@" not in email:  # a display name without a usable address, as in the .eml path
        return Address(name=name or email, email="")
    return Address(name=name, email=email)


def _addresses(values: Any) -> tuple[Address, ...]:
    if not isinstance(values, list):
        return ()
    return tuple(a for a in (_address(v) for v in values) if a is not None)


def _body_text(body: Any, warnings: list[str]) -> str:
    if not isinstance(body, Mapping):
        return ""
    content = str(body.get("content") or "")
    if str(body.get("contentType") or "text").lower() == "html":
        # The Prefer header asks for text; a server that ignores it still yields readable text.
        content = html_to_text(content)
    if len(content) > MAX_BODY_CHARS:
        warnings.append(f"body truncated to {MAX_BODY_CHARS:,} of {len(content):,} characters")
        content = content[:MAX_BODY_CHARS]
    return content.replace("\r\n", "\n")


def _date(item: Json, warnings: list[str]) -> datetime | None:
    # The sent time is what the Date header of the .eml carries.
    raw = item.get("sentDateTime") or item.get("receivedDateTime")
    if not raw:
        warnings.append("message has no date")
        return None
    try:
        parsed = datetime.fromisoformat(_FRACTION.sub(r"\1", str(raw)))
    except ValueError:
        warnings.append(f"unreadable date {str(raw)[:40]!r}")
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _content_type(item: Json) -> str:
    kind = str(item.get("@odata.type") or "").rpartition(".")[2].lower()
    if kind in _EVENT_TYPES:
        return "text/calendar"  # what the classifier's calendar rule looks for
    return "multipart/mixed" if item.get("hasAttachments") else "text/plain"
