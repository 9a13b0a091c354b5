"""The console queue's owner and free-text filters on indexes instead of a read of every
queued thread: the packet's next-action owner stored as a column, and (PostgreSQL, when the
pg_trgm extension can be created) trigram indexes for the substring matches.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

``packets.next_action_owner`` is the lower-cased ``data.next_action_owner.value``, backfilled
here from the JSON and written with the packet from now on (app.store.results). The owner
filter was a JSON read per queued thread (PostgreSQL parses each packet's whole ``json``).

Trigram GIN indexes serve ``LIKE``/``ILIKE '%...%'`` on PostgreSQL. Creating pg_trgm needs
the right to (a superuser, or the database owner: pg_trgm is a trusted extension since
PostgreSQL 13); without it the upgrade goes on without them and the same queries read the
tables instead (slower, same answers). They are left out of the model comparison
(app.store.schema.is_ours): a store may or may not have them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None

_OWNER_SQL = {
    "postgresql": "lower(data -> 'next_action_owner' ->> 'value')",
    "sqlite": "lower(json_extract(data, '$.next_action_owner.value'))",
}
# (index, table, expression): named ix_trgm_* so that schema.is_ours can leave them out.
# The free-text one is on exactly the expression app.store.queue_filter matches (subject and
# opportunity id in one lower-case text): one index scan, which the planner prefers to a
# read of the table where two (one per column, OR-ed) lose to it on cost.
TRIGRAM = (
    ("ix_trgm_packets_next_action_owner", "packets", "next_action_owner"),
    ("ix_trgm_threads_text", "threads", "(lower(subject || ' ' || coalesce(opportunity_id, '')))"),
)


def upgrade() -> None:
    op.add_column("packets", sa.Column("next_action_owner", sa.String(), nullable=True))
    dialect = op.get_bind().dialect.name
    op.execute(f"UPDATE packets SET next_action_owner = {_OWNER_SQL[dialect]}")
    op.create_index("ix_packets_next_action_owner", "packets", ["next_action_owner"])
    if dialect == "postgresql" and _trigram_available():
        for name, table, expression in TRIGRAM:
            op.execute(f"CREATE INDEX {name} ON {table} USING gin ({expression} gin_trgm_ops)")


def _trigram_available() -> bool:
    """pg_trgm is there or could be created; a refusal rolls back only its own savepoint."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:
        return False
    return True


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, _, _ in TRIGRAM:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_index("ix_packets_next_action_owner", table_name="packets")
    with op.batch_alter_table("packets") as batch:
        batch.drop_column("next_action_owner")
