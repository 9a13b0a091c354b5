"""The mailbox's master category list (outlookCategory resources).

Colours are the categoryColor enum: ``none`` or ``preset0``..``preset24``. The seed list
is what a new Exchange Online mailbox holds, plus one category whose colour is ``none``:
python-o365's ``get_categories()`` fails on such a category, and real mailboxes have them
(categories created by mobile clients or migrated from IMAP).
"""

from __future__ import annotations

from typing import Any

from sandboxes.graph import ids
from sandboxes.graph.errors import GraphErrorReply, bad_request

COLORS = ("none", *(f"preset{number}" for number in range(25)))
SEED = (
    ("Red category", "preset0"),
    ("Orange category", "preset1"),
    ("Yellow category", "preset3"),
    ("Green category", "preset4"),
    ("Blue category", "preset7"),
    ("Purple category", "preset8"),
    ("Imported (no colour)", "none"),
)
_FIELDS = {"displayName", "color"}


def _unknown_property(name: str) -> GraphErrorReply:
    return bad_request(
        f"The property '{name}' does not exist on type 'microsoft.graph.outlookCategory'. "
        "Make sure to only use property names that are defined by the type.",
        "RequestBodyRead",
    )


def _color(value: Any) -> str:
    if not isinstance(value, str) or value.lower() not in COLORS:
        raise bad_request(f"Requested value '{value}' was not found.", "RequestBodyRead")
    return value.lower()


class MasterCategories:
    """Not thread-safe on its own: the mailbox store calls it under its lock."""

    def __init__(self, mailbox: str) -> None:
        self._mailbox = mailbox
        self._items: dict[str, dict[str, str]] = {}
        for name, color in SEED:
            self._add(name, color)

    def _add(self, name: str, color: str) -> dict[str, str]:
        item = {"id": ids.category_id(self._mailbox, name), "displayName": name, "color": color}
        self._items[item["id"]] = item
        return item

    def list(self) -> list[dict[str, str]]:
        return [dict(item) for item in self._items.values()]

    def get(self, category_id: str) -> dict[str, str]:
        item = self._items.get(category_id)
        if item is None:
            raise GraphErrorReply(404, "ErrorItemNotFound", "The specified object was not found.")
        return dict(item)

    def create(self, body: dict[str, Any]) -> dict[str, str]:
        for name in body:
            if name not in _FIELDS and not name.startswith("@odata"):
                raise _unknown_property(name)
        raw = body.get("displayName")
        if not isinstance(raw, str) or not raw.strip():
            raise bad_request("The displayName property is required.", "ErrorInvalidArgument")
        name = raw
        color = _color(body.get("color", "none"))
        if any(item["displayName"].casefold() == name.casefold() for item in self._items.values()):
            raise GraphErrorReply(
                409, "ErrorDuplicateCategory", f"A category named '{name}' already exists."
            )
        return dict(self._add(name, color))

    def update(self, category_id: str, body: dict[str, Any]) -> dict[str, str]:
        item = self._items.get(category_id)
        if item is None:
            raise GraphErrorReply(404, "ErrorItemNotFound", "The specified object was not found.")
        for name in body:
            if name == "displayName" and body[name] != item["displayName"]:
                raise bad_request(
                    "The displayName of a category cannot be changed.",
                    "ErrorInvalidPropertyUpdate",
                )
            if name not in _FIELDS and not name.startswith("@odata"):
                raise _unknown_property(name)
        if "color" in body:
            item["color"] = _color(body["color"])
        return dict(item)

    def delete(self, category_id: str) -> None:
        if self._items.pop(category_id, None) is None:
            raise GraphErrorReply(404, "ErrorItemNotFound", "The specified object was not found.")
