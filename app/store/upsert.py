"""INSERT … ON CONFLICT on SQLite and PostgreSQL: writes two processes may race on.

Two first syncs at once both see no opportunity row and both insert it; a read-then-write
upsert loses that race with an IntegrityError. The database settles it instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlmodel import Session, SQLModel

_CHUNK = 500  # rows per statement: far below SQLite's bound-parameter limit


def upsert(
    session: Session,
    rows: Sequence[SQLModel],
    *,
    key: Sequence[str],
    update: Sequence[str] = (),
    returning: Sequence[str] = (),
) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (model instances, so their defaults apply); on a key conflict update
    the ``update`` columns, or leave the row as it is. Returns the ``returning`` columns of
    the rows inserted or updated (with DO NOTHING: of the rows actually inserted)."""
    if not rows:
        return []
    table: Table = type(rows[0]).__table__  # type: ignore[attr-defined]
    insert = _dialect_insert(session)
    written: list[tuple[Any, ...]] = []
    for start in range(0, len(rows), _CHUNK):
        values = [r.model_dump() for r in rows[start : start + _CHUNK]]
        # A key the database assigns (id None) is left out: PostgreSQL would store the NULL.
        unset = {c.name for c in table.primary_key if all(v[c.name] is None for v in values)}
        values = [{k: v for k, v in row.items() if k not in unset} for row in values]
        # One row: parameters apart from the statement, whose compiled form is then cached
        # (values inlined into .values() make each statement new to SQLAlchemy's cache).
        stmt = insert(table) if len(values) == 1 else insert(table).values(values)
        params = values[0] if len(values) == 1 else None
        if update:
            stmt = stmt.on_conflict_do_update(
                index_elements=list(key), set_={c: stmt.excluded[c] for c in update}
            )
        else:
            stmt = stmt.on_conflict_do_nothing(index_elements=list(key))
        if returning:
            stmt = stmt.returning(*(table.c[c] for c in returning))
            written += [tuple(r) for r in session.execute(stmt, params).all()]
        else:
            session.execute(stmt, params)
    return written


def columns_except(model: type[SQLModel], key: Sequence[str]) -> list[str]:
    """Every column of the model's table but the key: what a full upsert overwrites."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    return [c.name for c in table.columns if c.name not in key]


def _dialect_insert(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert
