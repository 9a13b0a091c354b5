"""The console's exceptions page: the CRM's exceptions as imported, and PO Desk's own record
of owners assigned, escalations and resolutions; indexes for it and the saved-drafts page.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

The CRM export is never changed: what the console does with an exception is kept in
exception_records (and the audit log). crm_exceptions is filled by the next sync's CRM
import. Statuses are written out as of this revision, like 0003's.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

_CRM_STATUSES = ("open", "resolved")
_RECORD_STATUSES = ("open", "escalated", "resolved")


def _one_of(table: str, column: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    listed = ", ".join(f"'{v}'" for v in values)
    return sa.CheckConstraint(f"{column} IN ({listed})", name=f"ck_{table}_{column}")


def upgrade() -> None:
    op.create_table(
        "crm_exceptions",
        sa.Column("exception_id", sa.String(), nullable=False),
        sa.Column("opportunity_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("in_export", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("exception_id"),
        _one_of("crm_exceptions", "status", _CRM_STATUSES),
    )
    op.create_index("ix_crm_exceptions_opportunity_id", "crm_exceptions", ["opportunity_id"])
    op.create_index("ix_crm_exceptions_status_opened", "crm_exceptions", ["status", "opened_at"])
    op.create_table(
        "exception_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("crm_exception_id", sa.String(), nullable=True),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("escalated_to", sa.String(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["review_id"], ["reviews.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("crm_exception_id"),
        sa.UniqueConstraint("review_id"),
        _one_of("exception_records", "status", _RECORD_STATUSES),
    )
    # The exceptions page pages exception reviews oldest first.
    op.create_index("ix_reviews_kind_created_at", "reviews", ["kind", "created_at"])
    # And the saved-drafts page pages saved drafts, newest first.
    op.create_index("ix_drafts_status_updated_at", "drafts", ["status", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_drafts_status_updated_at", table_name="drafts")
    op.drop_index("ix_reviews_kind_created_at", table_name="reviews")
    op.drop_table("exception_records")
    op.drop_index("ix_crm_exceptions_status_opened", table_name="crm_exceptions")
    op.drop_index("ix_crm_exceptions_opportunity_id", table_name="crm_exceptions")
    op.drop_table("crm_exceptions")
