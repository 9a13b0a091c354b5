"""Large mailboxes: the folder mailbox's file index, and indexes the paged lists read.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-08

`queue` pages threads by label in first-seen order and `review list` pages one status in
id order; the single-column indexes on threads.label and reviews.status are prefixes of
the new ones, so they go.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "mailbox_files",
        sa.Column("root", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.String(), nullable=True),
        sa.Column("reason", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("root", "source"),
    )
    op.drop_index("ix_threads_label", table_name="threads")
    op.create_index("ix_threads_label_first_seen", "threads", ["label", "first_seen", "thread_key"])
    op.create_index("ix_threads_first_seen", "threads", ["first_seen", "thread_key"])
    op.drop_index("ix_reviews_status", table_name="reviews")
    op.create_index("ix_reviews_status_id", "reviews", ["status", "id"])


def downgrade() -> None:
    op.drop_index("ix_reviews_status_id", table_name="reviews")
    op.create_index("ix_reviews_status", "reviews", ["status"])
    op.drop_index("ix_threads_first_seen", table_name="threads")
    op.drop_index("ix_threads_label_first_seen", table_name="threads")
    op.create_index("ix_threads_label", "threads", ["label"])
    op.drop_table("mailbox_files")
