"""Reviews say when a run resumed them: a sync then re-reads only those checkpoints.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

A decision or a hold re-check marks the review before it resumes the graph; the store write
that follows clears the mark. Until now every sync read the checkpoint of every review
waiting at the gate to find one a crash cut short (a second at 3,000 reviews). Reviews
pending when this runs are marked, so the first sync after the upgrade still looks at
each of them once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("reviews", sa.Column("resumed_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE reviews SET resumed_at = CURRENT_TIMESTAMP WHERE status = 'pending'")


def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("resumed_at")
