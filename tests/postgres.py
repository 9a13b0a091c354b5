"""PostgreSQL on loopback: a fresh database per test, migrated the way an operator would.

``pg_url`` is what the app runs with: a role holding only the README's least-privilege
grants (``podesk db grants``), on a database the owner migrated with ``podesk db upgrade``.
``pg_owner_url`` is an empty database and its owner, for the migration tests themselves.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

PG_ADMIN_URL = os.environ.get(
    "PODESK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)


def _admin() -> Any:
    import psycopg

    try:
        return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI"):
            raise  # CI has PostgreSQL on 127.0.0.1:5432: a missing server is a failure there
        pytest.skip(f"PostgreSQL not reachable: {exc}")


def with_user(url: str, user: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{user}@{rest.split('@', 1)[1]}"


@pytest.fixture
def pg_owner_url() -> Iterator[str]:
    """A fresh, empty database; dropped afterwards."""
    admin = _admin()
    name = f"podesk_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def pg_url(pg_owner_url: str) -> Iterator[str]:
    """A migrated database, as the least-privilege role the README documents."""
    import psycopg

    from cli import run

    assert run(["--database-url", pg_owner_url, "db", "upgrade"]) == 0
    role = f"podesk_app_{uuid.uuid4().hex[:8]}"
    from app.store.schema import grants_sql

    with psycopg.connect(pg_owner_url, autocommit=True) as owner:
        owner.execute(f"CREATE ROLE {role} LOGIN")
        for statement in grants_sql(role).splitlines():
            owner.execute(statement)
    try:
        yield with_user(pg_owner_url, role)
    finally:
        admin = _admin()
        name = pg_owner_url.rsplit("/", 1)[1]
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f"DROP ROLE IF EXISTS {role}")
        admin.close()
