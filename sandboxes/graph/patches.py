"""Which message properties a client may change, and how changes are applied.

Following the "Update message" page: body, subject, recipients, replyTo, from, sender,
internetMessageId and the receipt flags can only change while the item is a draft;
isRead, categories, flag, importance, inferenceClassification and extended properties
can change on any item. Errors reuse Exchange's codes: ErrorInvalidPropertyUpdateSentMessage
for a draft-only property of a sent or received item, ErrorInvalidPropertySet for a
read-only property, RequestBodyRead for a property the type does not have or a value of
the wrong shape. A request is validated completely before anything changes.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sandboxes.graph import bodies
from sandboxes.graph.errors import GraphErrorReply, bad_request
from sandboxes.graph.resource import SELECTABLE, StoredMessage, timestamp

ANY_ITEM = frozenset(
    {"isRead", "categories", "flag", "importance", "inferenceClassification"}
    | {"singleValueExtendedProperties", "multiValueExtendedProperties"}
)
DRAFT_ONLY = frozenset(
    {"body", "subject", "toRecipients", "ccRecipients", "bccRecipients", "replyTo"}
    | {"from", "sender", "internetMessageId", "isDeliveryReceiptRequested"}
    | {"isReadReceiptRequested"}
)
READ_ONLY = frozenset(SELECTABLE) - ANY_ITEM - DRAFT_ONLY
_PROPERTY_ID = re.compile(
    r"^(String|Integer|Boolean|SystemTime|Binary|Guid|Long|Double|Short|Float|Currency)\s+"
    r"(\{[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\}\s+(Name\s+\S.*|Id\s+0x[0-9a-f]{1,4})"
    r"|0x[0-9a-f]{1,4})$",
    re.IGNORECASE,
)
_CHOICES = {
    "importance": ("low", "normal", "high"),
    "inferenceClassification": ("focused", "other"),
}
_FLAG_STATUS = ("notFlagged", "complete", "flagged")


def _shape_error(name: str, value: Any) -> GraphErrorReply:
    return bad_request(
        f"Cannot convert the literal '{value}' to the expected type of property '{name}'.",
        "RequestBodyRead",
    )


def _recipient(name: str, value: Any) -> dict[str, Any]:
    address = value.get("emailAddress") if isinstance(value, dict) else None
    if not isinstance(address, dict) or not isinstance(address.get("address"), str):
        raise _shape_error(name, value)
    email = address["address"].strip()
    return {"emailAddress": {"name": address.get("name") or email, "address": email}}


def _value(name: str, value: Any) -> Any:
    if name in ("isRead", "isDeliveryReceiptRequested", "isReadReceiptRequested"):
        if not isinstance(value, bool):
            raise _shape_error(name, value)
        return value
    if name in ("subject", "internetMessageId"):
        if not isinstance(value, str):
            raise _shape_error(name, value)
        return value
    if name == "categories":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _shape_error(name, value)
        return list(value)
    if name in _CHOICES:
        if not isinstance(value, str) or value.lower() not in _CHOICES[name]:
            raise bad_request(f"Requested value '{value}' was not found.", "RequestBodyRead")
        return value.lower()
    if name == "flag":
        status = value.get("flagStatus") if isinstance(value, dict) else None
        match = [s for s in _FLAG_STATUS if isinstance(status, str) and s.lower() == status.lower()]
        if not match:
            raise bad_request(f"Requested value '{status}' was not found.", "RequestBodyRead")
        return {**value, "flagStatus": match[0]}
    if name in ("toRecipients", "ccRecipients", "bccRecipients", "replyTo"):
        if not isinstance(value, list):
            raise _shape_error(name, value)
        return [_recipient(name, item) for item in value]
    if name in ("from", "sender"):
        return _recipient(name, value)
    if name == "body":
        if not isinstance(value, dict) or not isinstance(value.get("content", ""), str):
            raise _shape_error(name, value)
        if str(value.get("contentType") or "text").lower() not in ("text", "html"):
            raise bad_request(
                f"Requested value '{value['contentType']}' was not found.", "RequestBodyRead"
            )
        return value
    if name == "singleValueExtendedProperties":
        if not isinstance(value, list):
            raise _shape_error(name, value)
        for item in value:
            if not isinstance(item, dict) or not _PROPERTY_ID.match(str(item.get("id", ""))):
                shown = item.get("id") if isinstance(item, dict) else item
                raise bad_request(
                    f"The extended property id '{shown}' is not valid.", "ErrorInvalidProperty"
                )
            if not isinstance(item.get("value"), str | None):
                raise _shape_error(name, item.get("value"))
        return value
    return value  # multiValueExtendedProperties: accepted, not stored (nothing reads them)


def validate(body: Any, *, is_draft: bool) -> dict[str, Any]:
    """The changes a PATCH body asks for, checked; raises GraphErrorReply on the first problem."""
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.", "RequestBodyRead")
    changes: dict[str, Any] = {}
    for name, value in body.items():
        if name.startswith("@odata."):
            continue  # annotations such as @odata.type are allowed and carry no change
        if name in READ_ONLY:
            raise bad_request("Set action is invalid for property.", "ErrorInvalidPropertySet")
        if name not in ANY_ITEM and name not in DRAFT_ONLY:
            raise bad_request(
                f"The property '{name}' does not exist on type 'microsoft.graph.message'. Make "
                "sure to only use property names that are defined by the type or mark the type "
                "as open type.",
                "RequestBodyRead",
            )
        if name in DRAFT_ONLY and not is_draft:
            raise bad_request(
                "Update operation is invalid for property of a sent message.",
                "ErrorInvalidPropertyUpdateSentMessage",
            )
        changes[name] = _value(name, value)
    return changes


def apply(message: StoredMessage, changes: dict[str, Any], now: datetime) -> None:
    for name, value in changes.items():
        if name == "body":
            message.body_html, message.body_text = bodies.both_forms(value)
            message.props["bodyPreview"] = bodies.preview(message.body_text)
        elif name == "singleValueExtendedProperties":
            for item in value:
                if item.get("value") is None:
                    message.extended.pop(item["id"], None)
                else:
                    message.extended[item["id"]] = item["value"]
        elif name != "multiValueExtendedProperties":
            message.props[name] = value
    message.version += 1
    message.props["lastModifiedDateTime"] = timestamp(now)
