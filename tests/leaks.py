"""Looking for secrets where PO Desk keeps or shows things: files, databases, output, logs.

A secret counts as leaked in any form a server or a serializer might have written it: as is,
URL-encoded or form-encoded. Files are read as raw bytes, so a SQLite page, a WAL frame or a
msgpack checkpoint blob that still holds a value (even in a deleted row) is found too; a
checkpoint value stored deflated (graph/checkpointer.py) is searched inflated as well.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from urllib.parse import quote, quote_plus

# Where PO Desk legitimately keeps a credential: msal's token cache (access and refresh
# tokens, by design). Everything else in the data folder must be clean.
TOKEN_CACHE = "outlook-token-cache.json"


def forms(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote_plus(secret)}


def leaks(sources: Mapping[str, str | bytes], secrets: Iterable[str]) -> list[str]:
    """'where: secret' for every secret found in any source."""
    found = []
    for where, content in sources.items():
        for secret in secrets:
            for form in forms(secret):
                needle: str | bytes = form.encode() if isinstance(content, bytes) else form
                if needle in content:  # type: ignore[operator]
                    found.append(f"{where}: {secret[:6]}…")
    return found


def data_files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (database, WAL, checkpoints, locks), raw."""
    return {
        str(path): _readable(path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != TOKEN_CACHE
    }


def sqlite_rows(path: Path) -> dict[str, bytes]:
    """Every value of every row of every table (the store, checkpoints.sqlite)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            f"{path.name}:{table}": _joined(conn.execute(f'SELECT * FROM "{table}"').fetchall())
            for table in tables
        }
    finally:
        conn.close()


def postgres_rows(url: str) -> dict[str, bytes]:
    """Every value of every row of every table in the public schema (bytea as bytes)."""
    import psycopg

    with psycopg.connect(url) as conn:
        query = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        tables = [r[0] for r in conn.execute(query).fetchall()]
        return {
            f"postgres:{table}": _joined(conn.execute(f'SELECT * FROM "{table}"').fetchall())
            for table in tables
        }


def _joined(rows: Iterable[Iterable[object]]) -> bytes:
    """Rows as bytes: blobs as stored (msgpack checkpoints), everything else as text."""
    parts = [
        _readable(bytes(value)) if isinstance(value, bytes | memoryview) else str(value).encode()
        for row in rows
        for value in row
    ]
    return b"\n".join(parts)


def _readable(data: bytes) -> bytes:
    """The bytes as stored, then every deflated stream in them inflated: a checkpoint value,
    or one in a database page, live or deleted."""
    return b"\n".join([data, *_inflated(data)])


def _inflated(data: bytes) -> Iterator[bytes]:
    start = data.find(_ZLIB_HEADER)
    while start != -1:
        try:  # inflated as far as it goes: a deleted row's stream may be cut short
            out = zlib.decompressobj().decompress(data[start:], 1 << 26)
        except zlib.error:
            out = b""
        if out:
            yield out
        start = data.find(_ZLIB_HEADER, start + 1)


_ZLIB_HEADER = b"\x78\x9c"  # zlib.compress at its default level
