"""PO Desk's errors: the root and its areas (defined in connectors/errors.py, the lowest
layer, and re-exported here) beside the domain's own errors.

    PodeskError
      ConfigurationError   settings missing or wrong (exit code 2)
      InputError           input data invalid; NotFoundError: an id that names nothing
      OutsideSystemError   the database, the file system, Graph or the model server failed
      ConflictError        another process got there first
      ReviewStateError     a decision the review does not take
      BoundaryViolation    a customer draft broke the message boundary

Each layer defines its errors where it raises them, under one of these (README: "Errors,
secrets and --debug" has the whole list and what the user does about each).
"""

from __future__ import annotations

from connectors.errors import (
    ConfigurationError,
    ConflictError,
    InputError,
    OutsideSystemError,
    PodeskError,
)

__all__ = [
    "BoundaryViolation",
    "ConfigurationError",
    "ConflictError",
    "InputError",
    "NotFoundError",
    "OutsideSystemError",
    "PodeskError",
    "ReviewStateError",
]


class NotFoundError(InputError):
    """A named thing (a review, an opportunity's packet) does not exist."""


class ReviewStateError(PodeskError):
    """A review decision does not fit the review's current state (already decided, not
    allowed, malformed, or an edit the boundary refuses); the review stays as it was."""


class BoundaryViolation(PodeskError):
    """A customer draft broke the message boundary and may not be saved."""

    def __init__(self, reasons: tuple[str, ...]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons
