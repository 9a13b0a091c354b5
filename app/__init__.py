"""The application layer: what runs PO Desk for an entry point (the CLI now, a web console
later).

wiring (the composition root: settings -> store, mailbox, CRM, model, checkpointer ->
Runner), runner and gate (the review runner: sync, recover, decide, hold refresh), progress
(where a cycle stands, read from its checkpoint), report (what a sync did), triage (the
stateless report), store/ (database access and Alembic migrations), locks (one writer per
thread), settings (pydantic-settings, ``PODESK_``), failures (outside failures as one line).

Imports: ``graph``, ``agent`` and ``connectors``; never ``cli`` or ``sandboxes``. Entry points
import this package (tests/test_layers.py). It prints nothing: what a user sees is the entry
point's to say.
"""
