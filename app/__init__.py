"""The application layer: what runs PO Desk's workflow for the entry points.

The composition root (wiring), the review runner and what drives the workflow from outside,
store access (SQLModel tables, queries, Alembic migrations), locks, settings, failures.
"""
