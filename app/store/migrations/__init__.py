"""Alembic migrations of the store. Every table change ships one (``podesk db upgrade``).

The scripts run with a connection handed over by :mod:`app.store.schema`; there is no
alembic.ini, so the project needs no file next to the working directory to migrate.
"""
