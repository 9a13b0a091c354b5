"""The one mailbox the sandbox serves: items, folders, indexes and the change log.

Every change bumps a sequence number and is appended to a log of (item, folder). Delta
queries read that log: an item touched after a token's sequence is "changed" when it is
still in the folder and "@removed" when it was in the folder but is gone now. Indexes on
conversationId and internetMessageId keep the common filters fast at 50,000 items.
All public methods take the store's lock, so handler threads can call them freely.
"""

from __future__ import annotations

import base64
import threading
from bisect import bisect_right
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from connectors.mailbox import MailMessage
from sandboxes.graph import ids, items, patches
from sandboxes.graph.categories import MasterCategories
from sandboxes.graph.errors import GraphErrorReply, item_not_found
from sandboxes.graph.resource import StoredMessage

FOLDERS = {
    "inbox": "Inbox",
    "sentitems": "Sent Items",
    "drafts": "Drafts",
    "deleteditems": "Deleted Items",
}


class MailboxStore:
    def __init__(self, address: str) -> None:
        self.address = address
        self.lock = threading.RLock()
        self.owner: dict[str, Any] = {"emailAddress": {"name": address, "address": address}}
        self.folder_ids = {name: ids.folder_id(address, name) for name in FOLDERS}
        self._folder_by_id = {v: k for k, v in self.folder_ids.items()}
        self.categories = MasterCategories(address)
        self._items: dict[str, StoredMessage] = {}
        self._by_rest: dict[str, str] = {}
        self._by_imid: dict[str, list[str]] = {}
        self._by_conversation: dict[str, list[str]] = {}
        self._thread_seed: dict[str, str] = {}  # conversationId -> seed of its index
        self._folders: dict[str, dict[str, None]] = {name: {} for name in FOLDERS}
        self._sorted: dict[str, list[StoredMessage]] = {}
        self._tombstones: dict[str, str] = {}  # removed immutable id -> its REST id
        self._log_seq: list[int] = []
        self._log: list[tuple[str, str]] = []
        self._created = 0
        self.seq = 0

    # lookups -------------------------------------------------------------------------
    def folder(self, reference: str) -> str:
        name = reference.lower()
        if name in FOLDERS:
            return name
        if reference in self._folder_by_id:
            return self._folder_by_id[reference]
        if reference.startswith("AQMk"):
            raise item_not_found()
        raise GraphErrorReply(400, "ErrorInvalidIdMalformed", "Id is malformed.")

    def item(self, graph_id: str) -> StoredMessage:
        with self.lock:
            key = graph_id if graph_id in self._items else self._by_rest.get(graph_id)
            if key is not None:
                return self._items[key]
            if not ids.is_well_formed_item_id(graph_id):
                raise GraphErrorReply(400, "ErrorInvalidIdMalformed", "Id is malformed.")
            raise item_not_found()

    def contains(self, key: str, folder: str) -> bool:
        with self.lock:
            current = self._items.get(key)
            return current is not None and current.folder == folder

    def removed_rest_id(self, key: str) -> str:
        with self.lock:
            return self._tombstones.get(key, key)

    def messages(self, folder: str | None) -> list[StoredMessage]:
        """Items of a folder (None: all), newest first; cached until membership changes."""
        with self.lock:
            cache_key = folder or "*"
            cached = self._sorted.get(cache_key)
            if cached is None:
                keys: Iterable[str] = self._folders[folder] if folder else self._items
                chosen = [self._items[k] for k in keys]
                chosen.sort(key=lambda m: (m.props["receivedDateTime"], m.order), reverse=True)
                self._sorted[cache_key] = cached = chosen
            return cached

    def candidates(self, folder: str | None, equalities: dict[str, Any]) -> list[StoredMessage]:
        """Items that can match: narrowed by an index when the filter pins an indexed field."""
        with self.lock:
            index = None
            if isinstance(equalities.get("conversationId"), str):
                index = self._by_conversation.get(equalities["conversationId"], [])
            elif isinstance(equalities.get("internetMessageId"), str):
                index = self._by_imid.get(equalities["internetMessageId"].casefold(), [])
            if index is None:
                return self.messages(folder)
            found = [self._items[k] for k in index if k in self._items]
            found = [m for m in found if folder is None or m.folder == folder]
            return sorted(found, key=lambda m: (m.props["receivedDateTime"], m.order), reverse=True)

    def counts(self, folder: str) -> tuple[int, int]:
        with self.lock:
            members = [self._items[k] for k in self._folders[folder]]
            return len(members), sum(1 for m in members if not m.props["isRead"])

    # changes -------------------------------------------------------------------------
    def _log_change(self, message: StoredMessage, folder: str) -> None:
        self.seq += 1
        message.seq = self.seq
        self._log_seq.append(self.seq)
        self._log.append((message.key, folder))

    def _placement(self, folder: str, conversation: str, seed: str, depth: int) -> items.Placement:
        self._created += 1
        key, rest_id = ids.message_ids(self.address, self._created)
        return items.Placement(
            key=key,
            rest_id=rest_id,
            folder=folder,
            folder_id=self.folder_ids[folder],
            order=self._created,
            conversation_id=conversation,
            conversation_index=ids.conversation_index(seed, depth),
        )

    def _insert(self, message: StoredMessage) -> None:
        self._items[message.key] = message
        self._by_rest[message.rest_id] = message.key
        imid = str(message.props["internetMessageId"]).casefold()
        self._by_imid.setdefault(imid, []).append(message.key)
        self._by_conversation.setdefault(message.props["conversationId"], []).append(message.key)
        self._folders[message.folder][message.key] = None
        self._sorted.clear()
        self._log_change(message, message.folder)
        message.folder_seq = message.seq

    def add_mail(self, mail: MailMessage, folder: str, thread_key: str | None = None) -> str:
        """Store a parsed message; threads by ``thread_key`` or by its reply headers."""
        with self.lock:
            conversation, seed, depth = self._conversation_for(mail, thread_key)
            place = self._placement(folder, conversation, seed, depth)
            stored = items.from_mail(mail, place, datetime.now(UTC))
            self._insert(stored)
            return stored.key

    def _conversation_for(self, mail: MailMessage, thread_key: str | None) -> tuple[str, str, int]:
        if thread_key is None:
            for parent_id in (mail.in_reply_to, *reversed(mail.references)):
                parents = self._by_imid.get(f"<{parent_id}>".casefold()) if parent_id else None
                if parents:
                    parent = self._items[parents[0]]
                    conversation = parent.props["conversationId"]
                    depth = _depth(parent.props["conversationIndex"]) + 1
                    return conversation, self._thread_seed[conversation], depth
            thread_key = mail.conversation_id or mail.message_id
        conversation = ids.conversation_id(self.address, thread_key)
        self._thread_seed.setdefault(conversation, thread_key)
        depth = len(self._by_conversation.get(conversation, ()))
        return conversation, self._thread_seed[conversation], depth

    def remove(self, graph_id: str) -> None:
        with self.lock:
            message = self.item(graph_id)
            del self._items[message.key]
            del self._by_rest[message.rest_id]
            del self._folders[message.folder][message.key]
            self._tombstones[message.key] = message.rest_id
            self._sorted.clear()
            self._log_change(message, message.folder)

    def move(self, graph_id: str, folder: str, *, sent: bool = False) -> StoredMessage:
        """Move an item (its immutable id stays); ``sent``: a person sent the draft, so it
        lands in Sent Items as a sent message (isDraft false, sent now)."""
        with self.lock:
            message = self.item(graph_id)
            if sent and not message.props["isDraft"]:
                raise GraphErrorReply(400, "ErrorInvalidOperation", "The item is not a draft.")
            del self._folders[message.folder][message.key]
            self._log_change(message, message.folder)  # delta: gone from the old folder
            message.folder, message.folder_id = folder, self.folder_ids[folder]
            if sent:
                when = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                message.props.update(isDraft=False, sentDateTime=when, lastModifiedDateTime=when)
            message.version += 1
            self._folders[folder][message.key] = None
            self._sorted.clear()
            self._log_change(message, folder)
            message.folder_seq = message.seq
            return message

    def update(self, graph_id: str, body: Any) -> StoredMessage:
        with self.lock:
            message = self.item(graph_id)
            changes = patches.validate(body, is_draft=bool(message.props["isDraft"]))
            patches.apply(message, changes, datetime.now(UTC))
            self._log_change(message, message.folder)
            return message

    def create_reply(
        self, graph_id: str, *, reply_all: bool, comment: tuple[str, str] | None, message: Any
    ) -> StoredMessage:
        """createReply/createReplyAll: a new draft in Drafts, and the original marked read."""
        with self.lock:
            original = self.item(graph_id)
            if original.props["isDraft"]:
                raise GraphErrorReply(
                    400, "ErrorInvalidOperation", "The reply cannot be created from a draft."
                )
            changes = patches.validate(message or {}, is_draft=True)
            conversation = original.props["conversationId"]
            depth = _depth(original.props["conversationIndex"]) + 1
            seed = self._thread_seed.get(conversation, conversation)
            place = self._placement("drafts", conversation, seed, depth)
            now = datetime.now(UTC)
            extra = {} if comment is None else {"comment": comment}
            draft = items.reply_draft(original, place, self.owner, reply_all, now, **extra)
            if changes:
                patches.apply(draft, changes, now)
            self._insert(draft)
            if not original.props["isRead"]:  # Exchange marks what you reply to as read
                patches.apply(original, {"isRead": True}, now)
                self._log_change(original, original.folder)
            return draft

    def changes_since(self, folder: str, since: int) -> tuple[list[StoredMessage], list[str]]:
        """(changed items still in the folder, immutable ids of items that left it)."""
        with self.lock:
            touched: dict[str, bool] = {}
            for index in range(bisect_right(self._log_seq, since), len(self._log)):
                key, where = self._log[index]
                touched[key] = touched.get(key, False) or where == folder
            changed, removed = [], []
            for key, was_here in touched.items():
                current = self._items.get(key)
                if current is not None and current.folder == folder:
                    changed.append(current)
                elif was_here:
                    removed.append(key)
            return changed, removed


def _depth(index: str) -> int:
    return max(0, (len(base64.b64decode(index)) - 22) // 5)
