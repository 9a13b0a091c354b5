"""Store access: SQLModel tables, the reads and writes commands and the runner use, the
database-backed ports (sync cursor, mailbox index, ledger, recorder), and the Alembic
migrations that own the schema (migrations/, revisions listed in schema.REVISIONS).

Part of the application layer: imports ``agent`` and ``connectors`` (never ``graph``, whose
checkpoints are LangGraph's own tables) and is imported by ``app`` and ``cli``.
"""
