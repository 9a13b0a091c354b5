"""Status columns hold only their enum's values: a CHECK constraint on each.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-09

The values are the enums' in agent/models.py and connectors/crm/model.py as of this
revision, written out: a value added to an enum later ships its own migration. On SQLite a
constraint can only come with the table, so batch mode copies each table (rows, indexes and
unique constraints kept). ``review_decisions`` refers to ``reviews`` and SQLite enforces
foreign keys here (app/store/db.py), which would refuse dropping the old ``reviews``
while decisions point at it: its rows step aside while ``reviews`` is copied.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

_CYCLE_STATUS = ("new", "pending_review", "done")
_LABEL = ("routine_follow_up", "deal_exception", "not_po_related")
_DRAFT_STATUS = ("pending_review", "held", "suppressed", "none", "saved", "ignored", "superseded")
_REVIEW_KIND = ("customer_draft", "exception")
_REVIEW_STATUS = ("pending", "decided", "superseded")
_REVIEW_ACTION = ("accept", "edit", "response", "ignore")
_CONTRACT_STATUS = ("signed", "pending_signature", "amendment_unsigned", "not_required")
_ORDER_QUEUE_STATUS = ("not_submitted", "in_queue", "on_hold", "accepted", "booked")

# table -> (column, allowed values); the constraint is ck_<table>_<column>.
CONSTRAINTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "opportunities": (
        ("contract_status", _CONTRACT_STATUS),
        ("order_queue_status", _ORDER_QUEUE_STATUS),
    ),
    "threads": (("status", _CYCLE_STATUS), ("label", _LABEL)),
    "classifications": (("label", _LABEL),),
    "drafts": (("status", _DRAFT_STATUS),),
    "reviews": (
        ("kind", _REVIEW_KIND),
        ("status", _REVIEW_STATUS),
        ("decision", _REVIEW_ACTION),
    ),
    "review_decisions": (("action", _REVIEW_ACTION),),
}


def _condition(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, checks in CONSTRAINTS.items():
        if sqlite and table == "reviews":
            _set_decisions_aside()
        with op.batch_alter_table(table) as batch:
            for column, values in checks:
                batch.create_check_constraint(f"ck_{table}_{column}", _condition(column, values))
        if sqlite and table == "reviews":
            _bring_decisions_back()


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, checks in reversed(CONSTRAINTS.items()):
        if sqlite and table == "reviews":
            _set_decisions_aside()
        with op.batch_alter_table(table) as batch:
            for column, _values in checks:
                batch.drop_constraint(f"ck_{table}_{column}", type_="check")
        if sqlite and table == "reviews":
            _bring_decisions_back()


def _set_decisions_aside() -> None:
    op.execute("CREATE TEMPORARY TABLE podesk_0003_decisions AS SELECT * FROM review_decisions")
    op.execute("DELETE FROM review_decisions")


def _bring_decisions_back() -> None:
    op.execute("INSERT INTO review_decisions SELECT * FROM podesk_0003_decisions")
    op.execute("DROP TABLE podesk_0003_decisions")
