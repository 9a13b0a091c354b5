"""People's corrections of a thread: relabel and relink, each with its reason.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

One row per correction; each opens the thread's next review cycle (so one per cycle). Kinds
are written out as of this revision, like 0003's statuses.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

_KINDS = ("relabel", "relink")


def upgrade() -> None:
    kinds = ", ".join(f"'{k}'" for k in _KINDS)
    op.create_table(
        "thread_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("thread_key", sa.String(), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("before", sa.String(), nullable=True),
        sa.Column("after", sa.String(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("thread_key", "cycle"),
        sa.CheckConstraint(f"kind IN ({kinds})", name="ck_thread_corrections_kind"),
    )
    op.create_index("ix_thread_corrections_thread_key", "thread_corrections", ["thread_key"])


def downgrade() -> None:
    op.drop_index("ix_thread_corrections_thread_key", table_name="thread_corrections")
    op.drop_table("thread_corrections")
