"""The CRM's history: every import a dated snapshot, kept as the facts it changed.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08

crm_snapshots holds one row per import that changed anything (its date, where it came from,
a digest of its facts); crm_facts the facts each one changed, per deal and key (an
opportunity attribute, a PO requirement, a contact, an exception), NULL when the export no
longer has it. See app/store/crm_history.py. A store upgraded to this has no history yet:
its next sync or `podesk crm import` is the first snapshot.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision: str | None = "0012"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "crm_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.Column("deals", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_crm_snapshots_as_of", "crm_snapshots", ["as_of"])
    op.create_table(
        "crm_facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["snapshot_id"], ["crm_snapshots.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_crm_facts_snapshot_id", "crm_facts", ["snapshot_id"])
    op.create_index("ix_crm_facts_deal_key", "crm_facts", ["opportunity_id", "key", "id"])


def downgrade() -> None:
    op.drop_index("ix_crm_facts_deal_key", table_name="crm_facts")
    op.drop_index("ix_crm_facts_snapshot_id", table_name="crm_facts")
    op.drop_table("crm_facts")
    op.drop_index("ix_crm_snapshots_as_of", table_name="crm_snapshots")
    op.drop_table("crm_snapshots")
