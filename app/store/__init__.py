"""Store access: SQLModel tables, the queries commands use, Alembic migrations."""
