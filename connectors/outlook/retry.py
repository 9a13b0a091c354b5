"""The one retry layer for reads and writes, and the per-mailbox concurrency limit.

What may be retried is decided by the caller, not guessed from the method:
reads, PATCHes and $batch (of GETs) are idempotent and retried on any
transient failure. createReply is never retried blindly: its caller sends it
with ``send_once`` inside its own ``RetryPolicy.call`` whose every repeat first
looks up the draft by idempotency key.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from connectors.outlook.errors import GraphError

T = TypeVar("T")

_SEMAPHORES: dict[str, threading.BoundedSemaphore] = {}
_SEMAPHORES_LOCK = threading.Lock()


def mailbox_semaphore(key: str, limit: int) -> threading.BoundedSemaphore:
    """One semaphore per mailbox for the whole process, shared by every client on it."""
    with _SEMAPHORES_LOCK:
        semaphore = _SEMAPHORES.get(key)
        if semaphore is None:
            semaphore = _SEMAPHORES[key] = threading.BoundedSemaphore(limit)
        return semaphore


def retry_any_transient(exc: GraphError) -> bool:
    return exc.transient


@dataclass
class RetryPolicy:
    """Bounded attempts, jittered exponential backoff, Retry-After honoured up to a cap."""

    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)
    waits: list[float] = field(default_factory=list)  # every wait taken, for tests and logs

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds before attempt ``attempt + 1``."""
        if retry_after is not None:
            return min(retry_after, self.max_delay)
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return self.rng.uniform(ceiling / 2, ceiling)  # "equal jitter": never zero, spread out

    def call(
        self,
        operation: Callable[[int], T],
        retryable: Callable[[GraphError], bool] = retry_any_transient,
    ) -> T:
        """Run ``operation(attempt)`` until it succeeds or a failure may not be retried."""
        for attempt in range(1, self.attempts + 1):
            try:
                return operation(attempt)
            except GraphError as exc:
                if attempt >= self.attempts or not retryable(exc):
                    raise
                wait = self.delay(attempt, exc.retry_after)
                self.waits.append(wait)
                self.sleep(wait)
        raise AssertionError("unreachable: the loop returns or raises")
