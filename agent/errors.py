"""The error hierarchy. Misconfiguration is the user's to fix; runtime failures are ours or
the outside world's. Entry points print both clearly and exit non-zero."""

from __future__ import annotations


class PodeskError(Exception):
    """Base of every error PO Desk raises on purpose."""


class ConfigurationError(PodeskError):
    """Settings are missing or wrong: fix the configuration and run again."""


class InputError(PodeskError):
    """Input data (CRM export, reviewer file) is invalid; the message names where."""


class NotFoundError(PodeskError):
    """A named thing (opportunity, review) does not exist."""


class ReviewStateError(PodeskError):
    """A review decision does not fit the review's current state (already decided...)."""


class StoreUnavailable(PodeskError):
    """The database cannot be reached, opened or written (app.failures translates it)."""


class StoreConflict(PodeskError):
    """The database refused a write that conflicts with a constraint."""


class PathError(PodeskError):
    """A folder or file PO Desk needs cannot be created, read or written."""


class BoundaryViolation(PodeskError):
    """A customer draft broke the message boundary and may not be saved."""

    def __init__(self, reasons: tuple[str, ...]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons
