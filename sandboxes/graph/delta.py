"""The messages delta function: rounds of pages, skip tokens, delta tokens, resets.

A round is a fixed list of entries (every item of the folder for an initial round, the
items changed since the token for later rounds) handed out page by page through
``@odata.nextLink``; the last page carries ``@odata.deltaLink``. Tokens are opaque keys
into server-side state that also remembers the initial request's query options, as Graph's
tokens do. Like Exchange, state lives in a bounded cache: when it overflows, the oldest
tokens go, and an unknown or expired token answers 410 Gone with code syncStateNotFound
(the code the Graph error reference gives for an expired delta token) and a Location
header holding the initial delta URL to restart from.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from sandboxes.graph.errors import GraphErrorReply
from sandboxes.graph.query import MessageQuery, Prefer, parse_message_query
from sandboxes.graph.resource import StoredMessage, View, render
from sandboxes.graph.store import MailboxStore

DEFAULT_PAGE_SIZE = 10  # Graph's page size for messages when nothing is preferred
MAX_TOKENS = 50_000
_CHANGE_TYPES = ("created", "updated", "deleted")


@dataclass
class _State:
    folder: str
    link_base: str  # absolute URL of .../mailFolders('x')/messages/delta
    query: MessageQuery
    change_type: str | None
    since: int  # the round lists changes after this sequence (0: everything)
    upto: int = 0  # sequence when the round started: the next round starts here
    entries: list[tuple[StoredMessage | None, str]] = field(default_factory=list)
    offset: int = 0


class DeltaTracker:
    def __init__(self, store: MailboxStore, max_page_size: int) -> None:
        self._store = store
        self._max_page_size = max_page_size
        self._states: OrderedDict[str, _State] = OrderedDict()
        self._lock = threading.Lock()

    def expire(self) -> None:
        """Forget every token: the next call with an old one gets 410 syncStateNotFound."""
        with self._lock:
            self._states.clear()

    def _keep(self, state: _State) -> str:
        token = secrets.token_urlsafe(33)
        with self._lock:
            self._states[token] = state
            while len(self._states) > MAX_TOKENS:
                self._states.popitem(last=False)
        return token

    def _lookup(self, token: str, link_base: str) -> _State:
        with self._lock:
            state = self._states.get(token)
        if state is None:
            raise GraphErrorReply(
                410,
                "syncStateNotFound",
                "The sync state generation is not found. The delta token is expired and data "
                "must be synchronized again.",
                {"Location": link_base},
            )
        return state

    def page(
        self, folder: str, link_base: str, query: dict[str, str], prefer: Prefer
    ) -> tuple[dict[str, Any], int]:
        """One page of a delta round, and the page size that was applied."""
        options = {k.lower(): v for k, v in query.items()}
        if "$skiptoken" in options:
            state = self._lookup(options["$skiptoken"], link_base)
        elif "$deltatoken" in options:
            done = self._lookup(options["$deltatoken"], link_base)
            state = self._start(done.folder, link_base, done.query, done.change_type, done.upto)
        else:
            change_type = query.get("changeType")
            if change_type is not None and change_type not in _CHANGE_TYPES:
                raise GraphErrorReply(400, "BadRequest", f"Invalid changeType '{change_type}'.")
            parsed = parse_message_query(
                {k: v for k, v in query.items() if k != "changeType"}, delta=True
            )
            state = self._start(folder, link_base, parsed, change_type, 0)
        size = min(
            prefer.max_page_size or state.query.top or DEFAULT_PAGE_SIZE, self._max_page_size
        )
        return self._render(state, size, prefer), size

    def _start(
        self,
        folder: str,
        link_base: str,
        query: MessageQuery,
        change_type: str | None,
        since: int,
    ) -> _State:
        store = self._store
        with store.lock:
            state = _State(folder, link_base, query, change_type, since, upto=store.seq)
            if since == 0:
                chosen = [m for m in store.messages(folder) if self._wanted(m, query)]
                state.entries = [(m, m.key) for m in chosen]
                return state
            changed, removed = store.changes_since(folder, since)
        if change_type in (None, "deleted"):
            state.entries.extend((None, key) for key in removed)
        for message in changed:
            created = message.folder_seq > since
            kind = "created" if created else "updated"
            if change_type in (None, kind) and self._wanted(message, query):
                state.entries.append((message, message.key))
        return state

    @staticmethod
    def _wanted(message: StoredMessage, query: MessageQuery) -> bool:
        return query.filter is None or query.filter.matches(message.value)

    def _render(self, state: _State, size: int, prefer: Prefer) -> dict[str, Any]:
        query = state.query
        view = View(
            select=query.select,
            text=prefer.text,
            immutable=prefer.immutable,
            delta=True,
            extended=query.extended,
            attachments=query.attachments,
        )
        chunk = state.entries[state.offset : state.offset + size]
        values: list[dict[str, Any]] = []
        with self._store.lock:
            for message, key in chunk:
                if message is None:
                    graph_id = key if prefer.immutable else self._store.removed_rest_id(key)
                    values.append(
                        {
                            "@odata.type": "#microsoft.graph.message",
                            "id": graph_id,
                            "@removed": {"reason": "deleted"},
                        }
                    )
                elif self._store.contains(message.key, state.folder):
                    # Items that left the folder after the round began are not listed;
                    # the next round reports them as @removed.
                    values.append(render(message, view))
        context = state.link_base.split("/v1.0/", 1)[0] + "/v1.0/$metadata#Collection(message)"
        body: dict[str, Any] = {"@odata.context": context, "value": values}
        rest = _State(**{**state.__dict__, "offset": state.offset + size})
        if rest.offset < len(state.entries):
            body["@odata.nextLink"] = f"{state.link_base}?$skiptoken={self._keep(rest)}"
        else:
            done = _State(state.folder, state.link_base, query, state.change_type, 0, state.upto)
            body["@odata.deltaLink"] = f"{state.link_base}?$deltatoken={self._keep(done)}"
        return body
