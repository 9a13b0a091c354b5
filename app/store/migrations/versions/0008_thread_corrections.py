"""People's corrections of a thread: relabel and relink, each with its reason.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

One row per correction; each opens the thread's next review cycle (so one per cycle). Kinds
are written out as of this revision, like 0003's statuses. ``messages_seen``: how many messages
the thread had when the person corrected it (mail after that is read afresh: agent.correction).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision: str | None = "0007"
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
        sa.Column("messages_seen", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("thread_key", "cycle"),
        sa.CheckConstraint(f"kind IN ({kinds})", name="ck_thread_corrections_kind"),
    )
    op.create_index("ix_thread_corrections_thread_key", "thread_corrections", ["thread_key"])


def downgrade() -> None:
    op.drop_index("ix_thread_corrections_thread_key", table_name="thread_corrections")
    op.drop_table("thread_corrections")
