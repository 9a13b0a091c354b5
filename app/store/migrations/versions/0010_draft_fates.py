"""Saved drafts keep Outlook's link to them and what later syncs saw become of them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

drafts.web_link (and side_effects.web_link, so a draft found in the ledger after a crash
keeps it) is Graph's webLink, returned when the draft was created; drafts saved before
this have none and show their message id. drafts.fate is draft, sent or deleted as the
last look at the mailbox saw it (NULL: not looked at yet), fate_at since when, and
fate_checked_at when it was last looked at: each sync looks at the longest unseen first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None

_FATES = ("draft", "sent", "deleted")


def upgrade() -> None:
    op.add_column("side_effects", sa.Column("web_link", sa.String(), nullable=True))
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("web_link", sa.String(), nullable=True))
        batch.add_column(sa.Column("fate", sa.String(), nullable=True))
        batch.add_column(sa.Column("fate_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("fate_checked_at", sa.DateTime(timezone=True), nullable=True))
        listed = ", ".join(f"'{v}'" for v in _FATES)
        batch.create_check_constraint("ck_drafts_fate", f"fate IN ({listed})")
        batch.create_index("ix_drafts_fate_checked_at", ["fate", "fate_checked_at"])


def downgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.drop_index("ix_drafts_fate_checked_at")
        batch.drop_constraint("ck_drafts_fate", type_="check")
        for column in ("fate_checked_at", "fate_at", "fate", "web_link"):
            batch.drop_column(column)
    with op.batch_alter_table("side_effects") as batch:
        batch.drop_column("web_link")
