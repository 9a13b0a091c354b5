"""The error root of PO Desk and its areas, here in the lowest layer so that every layer's
errors can share them (connectors/ imports nothing of ours; agent/errors.py re-exports these
beside the domain's own errors).

Every error PO Desk raises on purpose is a ``PodeskError``, under one of four areas that say
what the user does about it; vendor errors are mapped to them at the seam where they enter.
None is a ``ValueError``: catch our classes, never ``ValueError``, to handle them. The entry
point prints one line for each and exits 2 for a configuration error, 1 for the others
(cli/exits.py); README lists the classes ("Errors, secrets and --debug").
"""

from __future__ import annotations


class PodeskError(Exception):
    """Base of every error PO Desk raises on purpose."""


class ConfigurationError(PodeskError):
    """Settings are missing or wrong: fix the configuration and run again."""


class InputError(PodeskError):
    """Input data (a CRM export, a mail file, a labels or draft file, an id) is invalid or
    names nothing; the message says where."""


class OutsideSystemError(PodeskError):
    """An outside system (the database, the file system, Microsoft Graph, the model server)
    failed or cannot be reached; the message says which and what to check."""


class ConflictError(PodeskError):
    """Another process got there first (it holds the thread, or wrote the row): run the
    command again."""
