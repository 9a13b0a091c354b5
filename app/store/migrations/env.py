"""Alembic environment: migrate over the connection app.store.schema passes in."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from app.store import tables as _tables  # registers the tables on SQLModel.metadata
from app.store.schema import is_ours

_ = _tables
connection = context.config.attributes["connection"]
# render_as_batch: SQLite cannot ALTER most things; batch mode copies the table instead.
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    include_name=is_ours,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
