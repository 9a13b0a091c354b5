"""The queue's owner and free-text filters, looked up before the page is read, so that the
page and its counts are read on indexes rather than by testing every queued thread.

Both filters match a substring, which no B-tree index can find. The owner filter first finds
the distinct owners that match, one index seek per distinct owner (a "loose index scan" on
ix_threads_owner_first_seen), then reads those owners' threads on the same index. Free text
reads its threads once, on a trigram index (SQLite: migration 0012's FTS5 table; PostgreSQL:
0011's pg_trgm index), each checked with the test the page used to apply to every thread
(on SQLite to the trigger-kept copy of the same text), so the answers are the same; the page
and its counts then read those threads by key. Too many owners or matching threads, and the
filter stays the plain condition.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import column, func, literal_column, table, text
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnClause
from sqlmodel import col

from app.store.tables import ThreadRow

# Beyond this many matching threads (distinct owners) an IN list costs more than the scan.
MAX_KEYS = 2000
MAX_OWNERS = 500
_OLD_SQLITE_KEYS = 500
# Trigrams tried for the rarest (a long text has many; any of them narrows correctly), the
# threads counted per trigram at most (a cheap first try, then one that still pays), and the
# rarest ones searched together (a common one adds reading, not narrowing).
_PROBES = 12
_PROBE_CAPS = (500, 5000)
_RAREST = 3


def owner_condition(conn: Connection, owner: str) -> Any:
    """Threads whose current next-action owner contains ``owner``, case-insensitively."""
    stored = col(ThreadRow.next_action_owner)
    needle = owner.lower()
    owners = _matching_owners(conn, needle)
    return stored.contains(needle, autoescape=True) if owners is None else stored.in_(owners)


def _matching_owners(conn: Connection, needle: str) -> list[str] | None:
    """The distinct stored owners containing ``needle``; None if there are too many owners."""
    owner = col(ThreadRow.next_action_owner)
    seen = sa_select(func.min(owner).label("v")).cte("owners", recursive=True)
    following = sa_select(func.min(owner)).where(owner > seen.c.v).scalar_subquery()
    seen = seen.union_all(sa_select(following).where(seen.c.v.is_not(None)))
    query = (
        sa_select(seen.c.v, seen.c.v.contains(needle, autoescape=True))
        .where(seen.c.v.is_not(None))
        .limit(MAX_OWNERS + 1)
    )
    rows = conn.execute(query).all()
    return None if len(rows) > MAX_OWNERS else [v for v, hit in rows if hit]


def text_condition(conn: Connection, needle: str, condition: Any) -> Any:
    """``condition`` (the free-text match on a threads row), or the same threads as keys."""
    keys = _matching_keys(conn, needle, condition)
    return condition if keys is None else col(ThreadRow.thread_key).in_(keys)


def _matching_keys(conn: Connection, needle: str, condition: Any) -> list[str] | None:
    """The threads matching, read once (PostgreSQL's planner takes the trigram index itself);
    None if there are too many."""
    most = MAX_KEYS
    if conn.dialect.name != "sqlite":
        query = sa_select(col(ThreadRow.thread_key)).where(condition)
    elif _has_fts(conn):
        query = _from_texts(conn, needle)
    else:  # an SQLite before 3.34, perhaps before 3.32 too: at most 999 parameters
        query, most = sa_select(col(ThreadRow.thread_key)).where(condition), _OLD_SQLITE_KEYS
    keys = list(conn.execute(query.limit(most + 1)).scalars())
    return None if len(keys) > most else keys


# Migration 0012's searched texts (searched_text's value, kept by triggers), their FTS5 index
# by id, and the index's own column that MATCH is written on.
_TEXTS = table("search_thread_texts", column("id"), column("thread_key"), column("text"))
_FTS = table("search_threads", column("rowid"))
_MATCH: ColumnClause[Any] = literal_column("search_threads")


def _from_texts(conn: Connection, needle: str) -> Any:
    """The keys of the threads whose searched text holds ``needle``, tested on the stored copy
    of that text (a narrow table, and no lower() per row) with searched_text's own test;
    only among the threads holding the needle's rarest trigrams when some are rare."""
    query = sa_select(_TEXTS.c.thread_key).where(_TEXTS.c.text.contains(needle, autoescape=True))
    rare = _rarest(conn, _trigrams(needle))
    if not rare:
        return query
    ids = sa_select(_FTS.c.rowid).where(_MATCH.match(" AND ".join(map(_quoted, rare))))
    return query.where(_TEXTS.c.id.in_(ids))


def _trigrams(needle: str) -> list[str]:
    """Distinct three-character pieces of ``needle``, at most _PROBES spread along it."""
    grams = list(dict.fromkeys(needle[i : i + 3] for i in range(len(needle) - 2)))
    step = max(1, -(-len(grams) // _PROBES))
    return grams[::step]


def _has_fts(conn: Connection) -> bool:
    query = text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_threads'")
    return conn.execute(query).first() is not None


def _rarest(conn: Connection, grams: Sequence[str]) -> list[str]:
    """Up to _RAREST of ``grams`` held by the fewest threads, each by fewer than a cap:
    counted up to a low cap first, and only if none is under it up to a higher one."""
    for cap in _PROBE_CAPS if grams else ():
        counts = _probe(conn, grams, cap)
        rare = sorted((n, g) for g, n in counts.items() if n < cap)
        if rare:
            return [g for _, g in rare[:_RAREST]]
    return []


def _probe(conn: Connection, grams: Sequence[str], cap: int) -> dict[str, int]:
    """How many threads hold each trigram, counted up to ``cap`` (one statement)."""
    counts = ", ".join(
        f"(SELECT count(*) FROM (SELECT 1 FROM search_threads WHERE search_threads MATCH :g{i} "
        f"LIMIT {cap}))"
        for i in range(len(grams))
    )
    params = {f"g{i}": _quoted(g) for i, g in enumerate(grams)}
    row = conn.execute(text(f"SELECT {counts}"), params).one()
    return dict(zip(grams, (int(n) for n in row), strict=True))


def _quoted(gram: str) -> str:
    """An FTS5 string: the trigram itself, whatever its characters."""
    return '"' + gram.replace('"', '""') + '"'
