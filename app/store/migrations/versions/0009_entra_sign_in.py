"""Console sign-in with Microsoft Entra ID: which Entra account a user is, and the sign-ins
under way.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

users.entra_id binds an account to one Entra user ("<tenant id>:<object id>", the identifier
Microsoft says to key on: an e-mail address can be renamed or reassigned). entra_flows holds
each sign-in between the console's redirect to Entra and Entra's redirect back (the PKCE
verifier, state and nonce), found by the SHA-256 of the browser's flow cookie; it is
written, never deleted (the app's role has no DELETE), and emptied when used.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("entra_id", sa.String(), nullable=True))
        batch.create_unique_constraint("uq_users_entra_id", ["entra_id"])
    op.create_table(
        "entra_flows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_hash", sa.String(), nullable=False),
        sa.Column("flow", sa.Text(), nullable=False),
        sa.Column("next_path", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key_hash"),
    )


def downgrade() -> None:
    op.drop_table("entra_flows")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("uq_users_entra_id", type_="unique")
        batch.drop_column("entra_id")
