"""A review cycle's mail by reference: its state keeps ids, the store keeps the messages.

When a cycle starts, its mail is already stored (app/store/ingest.py, ``plan_cycles``);
``stored_ref`` then names the thread the cycle was planned with, in a few fields whatever
its length, and ``StoreThreads`` reads that thread back for the workflow's nodes
(graph.context.ThreadSource). The reference keeps naming the same messages when more mail is
stored later — a resumed or decided cycle reads what it started with, as when its state
carried the messages:
* ``keys``: the thread's own key, then the keys of stored threads it took in;
* ``through``: when its newest message was stored (later mail is the next cycle's, or our
  own reply that came in while the review waited);
* ``without``: messages stored under those keys by then that the thread does not hold (a
  file deleted from the mailbox folder, a message regrouped into another thread).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Text, cast, select
from sqlalchemy.engine import Connection, Engine
from sqlmodel import col

from agent.errors import NotFoundError
from app.store.tables import MessageRow
from connectors.mailbox.model import MailMessage, MailThread, ThreadRef
from connectors.mailbox.threads import in_thread_order

# Ids per statement: far below SQLite's and PostgreSQL's bound-parameter limits.
_CHUNK = 500
_Stamp = tuple[str, datetime]  # (message id, when it was stored)


def stored_ref(engine: Engine, thread: MailThread) -> ThreadRef:
    """The reference to ``thread``, whose messages the store holds (NotFoundError if not)."""
    wanted = set(thread.message_ids)
    keys = [thread.thread_key]
    with engine.connect() as conn:
        stamps = dict(_stamps(conn, keys))
        elsewhere = wanted - stamps.keys()
        if elsewhere:  # older mail of a thread this one took in, stored under that key
            keys += sorted(_keys_of(conn, elsewhere) - {thread.thread_key})
            stamps |= dict(_stamps(conn, keys[1:]))
    unstored = wanted - stamps.keys()
    if unstored:
        raise NotFoundError(
            f"thread {thread.thread_key}: {len(unstored)} message(s) not in the store"
        )
    through = max(stamps[m] for m in wanted)
    return ThreadRef(
        thread_key=thread.thread_key,
        subject=thread.subject,
        message_count=thread.message_count,
        keys=tuple(keys),
        through=through,
        without=tuple(sorted(m for m, at in stamps.items() if m not in wanted and at <= through)),
    )


def _stamps(conn: Connection, keys: Sequence[str]) -> list[_Stamp]:
    query = select(col(MessageRow.message_id), col(MessageRow.ingested_at)).where(
        col(MessageRow.thread_key).in_(keys)
    )
    return [(mid, at) for mid, at in conn.execute(query)]


def _keys_of(conn: Connection, message_ids: Iterable[str]) -> set[str]:
    ids, keys = sorted(message_ids), set()
    for start in range(0, len(ids), _CHUNK):
        query = select(col(MessageRow.thread_key)).where(
            col(MessageRow.message_id).in_(ids[start : start + _CHUNK])
        )
        keys |= set(conn.execute(query).scalars())
    return keys


def stored_thread(engine: Engine, *, thread_key: str, subject: str) -> MailThread:
    """The thread as the store holds it now, under its key: a cycle that no new mail opened
    (a person's correction, app/correct.py) runs on the mail stored so far."""
    query = select(cast(col(MessageRow.data), Text)).where(col(MessageRow.thread_key) == thread_key)
    with engine.connect() as conn:
        found = [MailMessage.model_validate_json(data) for (data,) in conn.execute(query)]
    if not found:
        raise NotFoundError(f"thread {thread_key} has no stored messages")
    return MailThread(
        thread_key=thread_key, subject=subject, messages=tuple(in_thread_order(found))
    )


class StoreThreads:
    """graph.context.ThreadSource on the store. It keeps the last thread it read: the
    nodes of one cycle ask for the same one several times, and stored mail never changes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._last: tuple[ThreadRef, MailThread] | None = None

    def thread(self, ref: ThreadRef) -> MailThread:
        if self._last is not None and self._last[0] == ref:
            return self._last[1]
        query = select(
            col(MessageRow.message_id),
            cast(col(MessageRow.data), Text),  # pydantic parses JSON text twice as fast
        ).where(col(MessageRow.thread_key).in_(ref.keys or (ref.thread_key,)))
        if ref.through is not None:
            query = query.where(col(MessageRow.ingested_at) <= ref.through)
        without = set(ref.without)
        with self.engine.connect() as conn:
            found = [
                MailMessage.model_validate_json(data)
                for mid, data in conn.execute(query)
                if mid not in without
            ]
        thread = MailThread(
            thread_key=ref.thread_key, subject=ref.subject, messages=tuple(in_thread_order(found))
        )
        self._last = (ref, thread)
        return thread
