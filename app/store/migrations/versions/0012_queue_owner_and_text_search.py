"""The console queue's owner and free-text filters on an index at any queue size: the current
cycle's next-action owner stored on the thread, and (SQLite) a trigram full-text index of
what free text matches.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

``threads.next_action_owner`` is the current cycle's ``packets.next_action_owner``, backfilled
here and written by the store from now on (app.store.results with the packet; a new cycle
clears it, ThreadRow.begin_cycle). ix_threads_owner_first_seen serves the owner filter
(app.store.queue_search): the owners that match, found one index seek per distinct owner,
then their threads in first-seen order.

SQLite: ``search_thread_texts`` holds each thread's searched text (its subject and opportunity
id in lower case, app.store.queue_filter.searched_text's value) under an integer id (a thread's own
rowid may change in a VACUUM), and ``search_threads`` is an FTS5 trigram index of those texts
by that id (its content that table's; no positions). Triggers keep both in step with every write to
``threads``, whoever makes it. An SQLite without FTS5's trigram tokenizer (before 3.34) gets
neither, and the queue reads the threads table instead (same answers, slower). Both are left
out of the model comparison (app.store.schema.is_ours). A later migration that rebuilds
``threads`` on SQLite (Alembic's batch mode copies it and drops the old table, and its
triggers with it) must create these triggers again: tests/app/test_queue_search.py fails
without them.

PostgreSQL: the free-text trigram index (0011) stops deferring its updates (fastupdate): a
pending list, read in full by every search until a vacuum merges it, made the same search
several times slower after a busy sync.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError, OperationalError

revision = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None

# The searched text of a threads row: app.store.queue_filter.searched_text's expression, so
# that the query can test the stored value as it would test the row. An external-content FTS5
# table forgets a row only when told the values it was given: the old ones, read before the
# texts table changes.
_TEXT = "lower({0}.subject || ' ' || coalesce({0}.opportunity_id, ''))"
_FORGET = (
    "INSERT INTO search_threads (search_threads, rowid, text) SELECT 'delete', id, text "
    "FROM search_thread_texts WHERE thread_key = old.thread_key"
)
_INDEX = (
    "INSERT INTO search_threads (rowid, text) SELECT id, text "
    "FROM search_thread_texts WHERE thread_key = new.thread_key"
)
_SQLITE_SEARCH = (
    "CREATE TABLE search_thread_texts "
    "(id INTEGER PRIMARY KEY, thread_key VARCHAR NOT NULL UNIQUE, text VARCHAR)",
    f"INSERT INTO search_thread_texts (thread_key, text) SELECT thread_key, {_TEXT.format('t')} "
    "FROM threads t",
    "INSERT INTO search_threads (rowid, text) SELECT id, text FROM search_thread_texts",
    "CREATE TRIGGER search_threads_insert AFTER INSERT ON threads BEGIN "
    "INSERT INTO search_thread_texts (thread_key, text) "
    f"VALUES (new.thread_key, {_TEXT.format('new')}); {_INDEX}; END",
    "CREATE TRIGGER search_threads_update AFTER UPDATE OF thread_key, subject, opportunity_id "
    "ON threads WHEN old.thread_key IS NOT new.thread_key OR old.subject IS NOT new.subject "
    f"OR old.opportunity_id IS NOT new.opportunity_id BEGIN {_FORGET}; "
    f"UPDATE search_thread_texts SET thread_key = new.thread_key, text = {_TEXT.format('new')} "
    f"WHERE thread_key = old.thread_key; {_INDEX}; END",
    f"CREATE TRIGGER search_threads_delete AFTER DELETE ON threads BEGIN {_FORGET}; "
    "DELETE FROM search_thread_texts WHERE thread_key = old.thread_key; END",
)
# detail=none: a trigram's rows, not where in them (the query checks the text itself). Its
# content is the texts table's (read only by a plain SELECT: a contentless table refuses one).
_FTS = (
    "CREATE VIRTUAL TABLE search_threads USING fts5(text, content='search_thread_texts', "
    "content_rowid='id', columnsize=0, detail='none', tokenize='trigram')"
)
_SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS search_threads_insert",
    "DROP TRIGGER IF EXISTS search_threads_update",
    "DROP TRIGGER IF EXISTS search_threads_delete",
    "DROP TABLE IF EXISTS search_threads",
    "DROP TABLE IF EXISTS search_thread_texts",
)
_TEXT_INDEX = "ix_trgm_threads_text"  # 0011's, where pg_trgm could be created


def upgrade() -> None:
    op.add_column("threads", sa.Column("next_action_owner", sa.String(), nullable=True))
    op.execute(
        "UPDATE threads SET next_action_owner = (SELECT p.next_action_owner FROM packets p "
        "WHERE p.thread_key = threads.thread_key AND p.cycle = threads.cycle)"
    )
    op.create_index(
        "ix_threads_owner_first_seen",
        "threads",
        ["next_action_owner", "first_seen", "thread_key", "label"],
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_search()
    else:
        _postgresql_trigram()


def _sqlite_search() -> None:
    try:
        op.execute(_FTS)
    except OperationalError:  # no FTS5, or no trigram tokenizer: a statement, not the upgrade
        return
    for statement in _SQLITE_SEARCH:
        op.execute(statement)


def _postgresql_trigram() -> None:
    bind = op.get_bind()
    if bind.exec_driver_sql(f"SELECT to_regclass('{_TEXT_INDEX}')").scalar() is None:
        return
    try:  # the index's owner may; another role migrating leaves it as it was
        with bind.begin_nested():
            bind.exec_driver_sql(f"ALTER INDEX {_TEXT_INDEX} SET (fastupdate = off)")
            bind.exec_driver_sql(f"SELECT gin_clean_pending_list('{_TEXT_INDEX}')")
    except DBAPIError:
        return


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in _SQLITE_DROP:
            op.execute(statement)
    elif bind.exec_driver_sql(f"SELECT to_regclass('{_TEXT_INDEX}')").scalar() is not None:
        op.execute(f"ALTER INDEX {_TEXT_INDEX} RESET (fastupdate)")
    op.drop_index("ix_threads_owner_first_seen", table_name="threads")
    with op.batch_alter_table("threads") as batch:
        batch.drop_column("next_action_owner")
