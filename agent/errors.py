"""The error hierarchy. Misconfiguration is the user's to fix; runtime failures are ours or
the outside world's. Entry points print both clearly and exit non-zero."""

from __future__ import annotations


class PoDeskError(Exception):
    """Base of every error PO Desk raises on purpose."""


class ConfigurationError(PoDeskError):
    """Settings are missing or wrong: fix the configuration and run again."""


class InputError(PoDeskError):
    """Input data (CRM export, reviewer file) is invalid; the message names where."""


class NotFoundError(PoDeskError):
    """A named thing (opportunity, review) does not exist."""


class ReviewStateError(PoDeskError):
    """A review decision does not fit the review's current state (already decided...)."""


class StoreUnavailable(PoDeskError):
    """The database cannot be reached, opened or written (agent.failures translates it)."""


class StoreConflict(PoDeskError):
    """The database refused a write that conflicts with a constraint."""


class PathError(PoDeskError):
    """A folder or file PO Desk needs cannot be created, read or written."""


class BoundaryViolation(PoDeskError):
    """A customer draft broke the message boundary and may not be saved."""

    def __init__(self, reasons: tuple[str, ...]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons
