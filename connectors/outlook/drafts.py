"""Saved drafts: approved customer drafts as Outlook reply drafts, one per idempotency key,
never sent.

The key is stamped on the draft as a single-value extended property *in the
createReply request itself*, so a draft Graph committed but whose response
was lost (connection reset) is found by key before anything is created again.
A second property marks the draft ready; it is written in the same PATCH as
the approved body, so a draft interrupted half-way is finished, not
duplicated and never mistaken for done. This class has no way to send: Graph
exposes sending as separate actions, and nothing here calls them.

The body: createReply answers with a full HTML draft that already quotes the
customer's message under Outlook's header block. The approved plain text goes
in right after the opening ``<body>`` tag, escaped so nothing in it becomes
markup. O365's body setter assumes a ``<body>`` element and fails without one;
such a draft is wrapped instead. A draft that is not HTML keeps the text
version of the quote below a blank line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from connectors.mailbox.model import Address
from connectors.outlook.client import GraphClient, Json
from connectors.outlook.config import OutlookConfig
from connectors.outlook.fates import draft_fates
from connectors.outlook.retry import retry_any_transient
from connectors.ports import DraftFate, DraftRequest, SavedDraft

# A GUID of our own: the property set that names PO Desk's properties in Exchange.
PROPERTY_SET = "{8c3f6b2e-5d4a-4f7e-9b1c-2a6d0e7f4c91}"
KEY_PROPERTY = f"String {PROPERTY_SET} Name PoDeskIdempotencyKey"
READY_PROPERTY = f"String {PROPERTY_SET} Name PoDeskDraftReady"
ORIGINAL_READ_PROPERTY = f"String {PROPERTY_SET} Name PoDeskOriginalIsRead"
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
# A document without <body> may still have <html>/<head> wrappers: drop them, keep the rest.
_WRAPPERS = re.compile(r"<head\b.*?</head\s*>|</?html\b[^>]*>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class FoundDraft:
    graph_id: str
    ready: bool
    original_is_read: bool | None  # None: not recorded (created by an older version)
    body: Json | None = None
    is_draft: bool = True
    web_link: str | None = None  # Graph's webLink: where a person opens the draft

    @property
    def settled(self) -> bool:
        """Nothing left for us to do: finished, or a person already sent it as it was."""
        return self.ready or not self.is_draft

    def saved(self, key: str, *, created: bool) -> SavedDraft:
        return SavedDraft(
            idempotency_key=key, location=self.graph_id, created=created, web_link=self.web_link
        )


class OutlookDraftSink:
    """``DraftSink`` creating reply drafts in the mailbox through Microsoft Graph."""

    def __init__(self, config: OutlookConfig, *, client: GraphClient | None = None) -> None:
        self.config = config
        self.client = client or GraphClient(config)

    def find_draft(self, idempotency_key: str) -> SavedDraft | None:
        """The finished draft for this key; a half-made one is for save to finish."""
        found = self._lookup(idempotency_key)
        if found is None or not found.settled:
            return None
        return found.saved(idempotency_key, created=False)

    def save_draft(self, request: DraftRequest) -> SavedDraft:
        key = request.idempotency_key
        if not key:
            raise ValueError("a draft needs a non-empty idempotency key")
        found = self._lookup(key)
        if found is not None and found.settled:
            return found.saved(key, created=False)
        if found is None:
            found = self._create(request, was_read=self._is_read(request.reply_to.source))
        self._finish(found, request)
        # created=True: this call made the draft ready (it may have found it half-made).
        return found.saved(key, created=True)

    def draft_fates(self, drafts: Sequence[SavedDraft]) -> dict[str, DraftFate]:
        return draft_fates(self.client, drafts)

    def _lookup(self, key: str) -> FoundDraft | None:
        """Search the whole mailbox: a draft deal desk already sent sits in Sent Items."""
        params = {
            "$filter": f"singleValueExtendedProperties/Any(ep: ep/id eq '{KEY_PROPERTY}' "
            f"and ep/value eq '{odata_string(key)}')",
            "$select": "id,isDraft,webLink",
            "$expand": f"singleValueExtendedProperties($filter=id eq '{READY_PROPERTY}' "
            f"or id eq '{ORIGINAL_READ_PROPERTY}')",
            "$top": "10",
        }
        found = [
            _found(item, key)
            for item in self.client.get(self.client.url("/messages"), params=params).get("value")
            or []
            if isinstance(item, dict) and item.get("id")
        ]
        # More than one can only come from outside interference; a settled one wins.
        return next((f for f in found if f.settled), found[0] if found else None)

    def _is_read(self, graph_id: str) -> bool:
        mailbox = self.client.mailbox()
        original = mailbox.get_message(graph_id, query=mailbox.new_query().select("isRead"))
        return bool(original is not None and original.is_read)

    def _create(self, request: DraftRequest, *, was_read: bool) -> FoundDraft:
        action = "createReplyAll" if self.config.reply_all else "createReply"
        url = self.client.message_url(request.reply_to.source, f"/{action}")
        payload = {"message": self._draft_fields(request, was_read)}

        def attempt(number: int) -> FoundDraft:
            if number > 1:
                # The previous attempt may have been committed before the line dropped.
                earlier = self._lookup(request.idempotency_key)
                if earlier is not None:
                    return earlier
            draft = self.client.post_once(url, payload)
            return FoundDraft(
                str(draft["id"]),
                ready=False,
                original_is_read=was_read,
                body=draft.get("body"),
                web_link=_text(draft.get("webLink")),
            )

        # Safe to repeat on any transient failure because every repeat looks first.
        return self.client.policy.call(attempt, retry_any_transient)

    def _draft_fields(self, request: DraftRequest, was_read: bool) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "singleValueExtendedProperties": [
                {"id": KEY_PROPERTY, "value": request.idempotency_key},
                {"id": ORIGINAL_READ_PROPERTY, "value": "true" if was_read else "false"},
            ]
        }
        if not self.config.reply_all:
            # Reply-all keeps Graph's recipients; a plain reply goes where PO Desk decided.
            if request.to:
                fields["toRecipients"] = _recipients(request.to)
            if request.cc:
                fields["ccRecipients"] = _recipients(request.cc)
        return fields

    def _finish(self, found: FoundDraft, request: DraftRequest) -> None:
        """Restore the original's unread state, then write body and ready mark together."""
        if found.original_is_read is False:
            # createReply marked the customer's message read; deal desk should still see it new.
            self.client.message(request.reply_to.source).mark_as_unread()
        draft_url = self.client.message_url(found.graph_id)
        body = found.body
        if body is None:
            body = self.client.get(draft_url, params={"$select": "body"}).get("body")
        self.client.patch(
            draft_url,
            {
                "body": reply_body(request.body_text, body if isinstance(body, dict) else None),
                "singleValueExtendedProperties": [
                    {"id": READY_PROPERTY, "value": request.idempotency_key}
                ],
            },
        )


def _found(item: Json, key: str) -> FoundDraft:
    values = {
        str(p.get("id", "")).lower(): str(p.get("value", ""))
        for p in item.get("singleValueExtendedProperties") or []
        if isinstance(p, dict)
    }
    original = values.get(ORIGINAL_READ_PROPERTY.lower())
    return FoundDraft(
        graph_id=str(item["id"]),
        ready=values.get(READY_PROPERTY.lower()) == key,
        original_is_read=None if original is None else original == "true",
        is_draft=item.get("isDraft") is not False,
        web_link=_text(item.get("webLink")),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _recipients(addresses: tuple[Address, ...]) -> list[dict[str, Any]]:
    return [
        {"emailAddress": {"address": a.email, "name": a.name or a.email}}
        for a in addresses
        if a.email
    ]


def odata_string(value: str) -> str:
    """A value inside an OData single-quoted literal: quotes are doubled, not escaped."""
    return value.replace("'", "''")


def reply_body(approved_text: str, draft_body: Mapping[str, Any] | None) -> dict[str, str]:
    """The ``body`` value to PATCH onto the draft."""
    existing = str((draft_body or {}).get("content") or "")
    kind = str((draft_body or {}).get("contentType") or "text").lower()
    if not existing.strip():
        return {"contentType": "text", "content": approved_text}
    if kind != "html":
        return {"contentType": "text", "content": f"{approved_text}\n\n{existing}"}
    return {"contentType": "html", "content": _insert_html(_as_html(approved_text), existing)}


def _as_html(text: str) -> str:
    """Plain text as HTML paragraphs with its line breaks, every character escaped."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    rendered = "".join(
        f"<p>{'<br>'.join(html.escape(line) for line in p.split(chr(10)))}</p>" for p in paragraphs
    )
    return f'<div class="podesk-reply">{rendered}</div><br>'


def _insert_html(ours: str, existing: str) -> str:
    opening = _BODY_OPEN.search(existing)
    if opening is not None:
        return f"{existing[: opening.end()]}{ours}{existing[opening.end() :]}"
    return f"<html><body>{ours}{_WRAPPERS.sub('', existing)}</body></html>"
