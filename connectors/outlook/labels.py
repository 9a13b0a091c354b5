"""PO Desk's state as Outlook categories on the thread's messages.

Master categories give the names a colour in Outlook; creating them needs
MailboxSettings.ReadWrite, which an admin may rightly not grant. Without it
(403) the names are still set on the messages as plain categories, which
Outlook shows uncoloured. Labelling is a union with what people already set,
and a message already carrying every name costs no write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from O365.category import Categories, Category, CategoryColor

from connectors.mailbox.model import MailMessage
from connectors.outlook.batch import BatchGet, batch_get
from connectors.outlook.client import GraphClient
from connectors.outlook.config import OutlookConfig
from connectors.outlook.errors import GraphAuthError, GraphError, GraphNotFound

ROUTINE = "PO Desk: Routine"
EXCEPTION = "PO Desk: Exception"
DRAFT_READY = "PO Desk: Draft ready"
COLOURS = {
    ROUTINE: CategoryColor.GREEN,
    EXCEPTION: CategoryColor.RED,
    DRAFT_READY: CategoryColor.BLUE,
}
_PRESET = re.compile(r"^preset\d+$", re.IGNORECASE)


class _TolerantCategory(Category):  # type: ignore[misc]  # O365 ships no type hints
    """O365's Category raises on colour "none" (a category without colour): read it as None."""

    def __init__(self, **kwargs: Any) -> None:
        data = dict(kwargs.get(self._cloud_data_key) or {})
        if not _PRESET.match(str(data.get("color") or "")):
            data["color"] = None
        kwargs[self._cloud_data_key] = data
        super().__init__(**kwargs)


class _TolerantCategories(Categories):  # type: ignore[misc]  # O365 ships no type hints
    category_constructor = _TolerantCategory


class OutlookLabeler:
    """``ThreadLabeler`` setting Outlook categories through Microsoft Graph."""

    def __init__(self, config: OutlookConfig, *, client: GraphClient | None = None) -> None:
        self.config = config
        self.client = client or GraphClient(config)
        self._known: set[str] = set()  # master categories known to exist
        self.masters_allowed = True  # False after a 403: plain categories from then on

    def label_thread(self, messages: tuple[MailMessage, ...], categories: tuple[str, ...]) -> None:
        names = tuple(dict.fromkeys(c for c in categories if c))
        ids = list(dict.fromkeys(m.source for m in messages if m.source))
        if not names or not ids:
            return
        self.ensure_master_categories(names)
        current = batch_get(
            self.client,
            [
                BatchGet(i, self.client.relative(self.client.message_url(i, "?$select=categories")))
                for i in ids
            ],
        )
        for graph_id in ids:
            answer = current[graph_id]
            if isinstance(answer, GraphNotFound):
                continue  # gone from the mailbox since the sync: nothing to label
            if isinstance(answer, GraphError):
                raise answer
            have = [str(c) for c in answer.get("categories") or []]
            wanted = have + [n for n in names if n not in have]
            if wanted != have:
                message = self.client.message(graph_id, categories=have)
                message.categories = wanted
                message.save_message()  # O365 PATCHes only the changed, non-draft fields

    def ensure_master_categories(self, names: Iterable[str]) -> None:
        missing = [n for n in names if n not in self._known]
        if not missing or not self.masters_allowed:
            return
        book = _TolerantCategories(parent=self.client.account)
        try:
            self._known |= {c.name for c in book.get_categories()}
            for name in (n for n in missing if n not in self._known):
                self._create(book, name)
        except GraphAuthError:
            self.masters_allowed = False  # no MailboxSettings.ReadWrite: plain categories

    def _create(self, book: _TolerantCategories, name: str) -> None:
        try:
            book.create_category(name, color=COLOURS.get(name, CategoryColor.GRAY))
        except GraphError as exc:
            if exc.status != 409:  # 409: it exists (a replay after a lost response, or a peer)
                raise
        self._known.add(name)
