"""The message resource: how one stored item is kept and how Graph renders it.

Property names, their order and their value shapes follow the message resource and the
createReply response in the Graph v1.0 documentation. ``uniqueBody`` and
``internetMessageHeaders`` are only returned when selected; extended properties and
attachments only through ``$expand``, as in Graph.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from connectors.mailbox import Address, Attachment
from sandboxes.graph import bodies, ids

# Default properties in the order Graph returns them (after @odata.etag and id).
DEFAULT_PROPERTIES = (
    "createdDateTime",
    "lastModifiedDateTime",
    "changeKey",
    "categories",
    "receivedDateTime",
    "sentDateTime",
    "hasAttachments",
    "internetMessageId",
    "subject",
    "bodyPreview",
    "importance",
    "parentFolderId",
    "conversationId",
    "conversationIndex",
    "isDeliveryReceiptRequested",
    "isReadReceiptRequested",
    "isRead",
    "isDraft",
    "webLink",
    "inferenceClassification",
    "body",
    "sender",
    "from",
    "toRecipients",
    "ccRecipients",
    "bccRecipients",
    "replyTo",
    "flag",
)
SELECT_ONLY = ("uniqueBody", "internetMessageHeaders")
SELECTABLE = ("id", *DEFAULT_PROPERTIES, *SELECT_ONLY)
NAVIGATION = ("singleValueExtendedProperties", "multiValueExtendedProperties", "attachments")
ORDER = {name: index for index, name in enumerate(SELECTABLE)}
WEB_LINK = "https://outlook.office365.com/owa/?ItemID={}&exvsurl=1&viewmodel=ReadMessageItem"


def timestamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def recipient(address: Address) -> dict[str, Any]:
    # Exchange shows the address as the name when a header carried none.
    return {"emailAddress": {"name": address.name or address.email, "address": address.email}}


@dataclass(slots=True)
class StoredMessage:
    key: str  # immutable id: the primary key
    rest_id: str
    folder: str  # well-known folder name
    folder_id: str
    props: dict[str, Any]  # stored Graph properties (not the computed ones)
    # HTML forms are derived from the text on first use: most items are never read as HTML,
    # and converting 50,000 bodies up front would make seeding slow.
    body_html: str | None
    body_text: str
    unique_html: str | None
    unique_text: str
    headers: list[dict[str, str]] | Callable[[], list[dict[str, str]]] | None = None
    extended: dict[str, str] = field(default_factory=dict)  # extended property id -> value
    attachments: tuple[Attachment, ...] = ()
    order: int = 0  # creation order: the tie-break for equal timestamps
    seq: int = 0  # change sequence of the last change (delta)
    folder_seq: int = 0  # change sequence when the item entered its folder
    version: int = 1

    def html(self) -> str:
        if self.body_html is None:
            self.body_html = bodies.text_to_html(self.body_text)
        return self.body_html

    def unique(self) -> str:
        if self.unique_html is None:
            self.unique_html = bodies.text_to_html(self.unique_text)
        return self.unique_html

    def internet_headers(self) -> list[dict[str, str]] | None:
        if callable(self.headers):
            self.headers = self.headers()
        return self.headers

    def graph_id(self, immutable: bool) -> str:
        return self.key if immutable else self.rest_id

    def value(self, name: str) -> Any:
        """A property as $filter and $orderby see it."""
        if name in self.props:
            return self.props[name]
        if name == "id":
            return self.key
        if name == "parentFolderId":
            return self.folder_id
        if name == "changeKey":
            return ids.change_key(self.key, self.version)
        if name == "singleValueExtendedProperties":
            return [{"id": k, "value": v} for k, v in self.extended.items()]
        if name == "body":
            return {"contentType": "html", "content": self.html()}
        return None


@dataclass(frozen=True)
class View:
    """How a request wants messages rendered."""

    select: tuple[str, ...] | None = None  # canonical order; None: the default set
    text: bool = False  # Prefer: outlook.body-content-type="text"
    immutable: bool = False  # Prefer: IdType="ImmutableId"
    delta: bool = False  # delta responses carry @odata.type on every item
    # $expand=singleValueExtendedProperties($filter=...): which ones to include
    extended: Callable[[dict[str, Any]], bool] | None = None
    attachments: tuple[str, ...] | None = None  # $expand=attachments($select=...); () = all


def render(message: StoredMessage, view: View) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if view.delta:
        out["@odata.type"] = "#microsoft.graph.message"
    change_key = ids.change_key(message.key, message.version)
    out["@odata.etag"] = f'W/"{change_key}"'
    graph_id = message.graph_id(view.immutable)
    out["id"] = graph_id
    for name in view.select if view.select is not None else DEFAULT_PROPERTIES:
        if name == "id":
            continue
        if name in message.props:
            out[name] = message.props[name]
        elif name == "changeKey":
            out[name] = change_key
        elif name == "parentFolderId":
            out[name] = message.folder_id
        elif name == "webLink":
            out[name] = WEB_LINK.format(quote(graph_id, safe=""))
        elif name in ("body", "uniqueBody"):
            html, text = (
                (message.html(), message.body_text)
                if name == "body"
                else (message.unique(), message.unique_text)
            )
            out[name] = (
                {"contentType": "text", "content": text}
                if view.text
                else {"contentType": "html", "content": html}
            )
        elif name == "internetMessageHeaders":
            out[name] = message.internet_headers()
    if view.extended is not None:
        chosen = [p for p in message.value("singleValueExtendedProperties") if view.extended(p)]
        if chosen:  # Graph leaves the property out when no extended property matched
            out["singleValueExtendedProperties"] = chosen
    if view.attachments is not None:
        out["attachments"] = [
            _attachment(message, number, item, view.attachments)
            for number, item in enumerate(message.attachments)
        ]
    return out


def _attachment(
    message: StoredMessage, number: int, item: Attachment, select: tuple[str, ...]
) -> dict[str, Any]:
    full: dict[str, Any] = {
        "@odata.type": "#microsoft.graph.fileAttachment",
        "@odata.mediaContentType": item.content_type,
        "id": ids.attachment_id(message.key, number),
        "lastModifiedDateTime": message.props["lastModifiedDateTime"],
        "name": item.filename,
        "contentType": item.content_type,
        "size": item.size,
        "isInline": False,
        "contentId": None,
        "contentLocation": None,
    }
    if not select or "contentBytes" in select:
        # The parser keeps metadata only, so the bytes are zeros of the recorded size.
        full["contentBytes"] = base64.b64encode(bytes(item.size)).decode("ascii")
    if not select:
        return full
    keep = {"@odata.type", "@odata.mediaContentType", "id", *select}
    return {k: v for k, v in full.items() if k in keep}
