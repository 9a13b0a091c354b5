"""Drafts keep the text the workflow generated beside the current one (a reviewer's edit).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

The console's review page shows the reviewer's text as a diff against the draft the workflow
produced for the cycle; a saved edit overwrites ``drafts.text``, so the generated text is kept
apart. Existing drafts not written by a reviewer take their current text; an edit saved
before this runs has no generated text (the page then diffs against the current text).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("drafts", sa.Column("generated_text", sa.Text(), nullable=True))
    op.execute("UPDATE drafts SET generated_text = text WHERE written_by <> 'reviewer'")


def downgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.drop_column("generated_text")
