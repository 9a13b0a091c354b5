"""Injected failures and Exchange's per-mailbox concurrency limit.

Fault mode draws from a seeded RNG once per Graph request, so a given seed and request
order give the same faults on every run. Kinds: 429 and 503 with Retry-After, 504, a reset
before answering, and for writes a "lost response": the write is committed, then the
connection is reset, which is what a client sees when a response dies on the way back.
Scripted only, never drawn: "echo_auth", a 401 whose message quotes the request's
Authorization header (what PO Desk must scrub). Token endpoints are never faulted: retries
there are msal's business, not PO Desk's (``GraphSandbox.refuse_credentials`` refuses them).
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sandboxes.graph.errors import GraphErrorReply

RESET = "reset"
LOST_RESPONSE = "lost_response"
THROTTLED = "throttled"
ECHO_AUTH = "echo_auth"
_STATUS_FAULTS = ("429", "503", "504")
_WRITES = frozenset({"POST", "PATCH", "PUT", "DELETE"})
RETRY_AFTER_SECONDS = "1"


KINDS = (*_STATUS_FAULTS, RESET, LOST_RESPONSE, ECHO_AUTH)


@dataclass
class _Scripted:
    kind: str
    method: str | None
    path_contains: str | None
    remaining: int


class FaultInjector:
    def __init__(self, rate: float, seed: int) -> None:
        self._rate = rate
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._scripted: list[_Scripted] = []

    def script(self, kind: str, method: str | None, path_contains: str | None, times: int) -> None:
        """Inject ``kind`` into the next ``times`` matching requests, before any random draw."""
        if kind not in KINDS:
            raise ValueError(f"unknown fault {kind!r}; use one of {', '.join(KINDS)}")
        if kind == LOST_RESPONSE and method is not None and method.upper() not in _WRITES:
            raise ValueError("a lost response needs a write: the write commits, the answer dies")
        with self._lock:
            self._scripted.append(_Scripted(kind, method and method.upper(), path_contains, times))

    def _take_scripted(self, method: str, path: str, in_batch: bool) -> str | None:
        for rule in self._scripted:
            if rule.method not in (None, method):
                continue
            if rule.path_contains is not None and rule.path_contains.lower() not in path.lower():
                continue
            if rule.kind == LOST_RESPONSE and method not in _WRITES:
                continue
            if in_batch and rule.kind in (RESET, LOST_RESPONSE, ECHO_AUTH):
                continue
            rule.remaining -= 1
            if rule.remaining <= 0:
                self._scripted.remove(rule)
            return rule.kind
        return None

    def draw(self, method: str, path: str = "", *, in_batch: bool = False) -> str | None:
        """The fault to inject into this request, or None. Batch entries only get statuses."""
        with self._lock:
            scripted = self._take_scripted(method, path, in_batch)
            if scripted is not None or self._rate <= 0:
                return scripted
            if self._rng.random() >= self._rate:
                return None
            kinds: tuple[str, ...] = _STATUS_FAULTS
            if not in_batch:
                kinds += (RESET, LOST_RESPONSE) if method in _WRITES else (RESET,)
            return self._rng.choice(kinds)


def status_fault(kind: str) -> GraphErrorReply:
    if kind == "429":
        return GraphErrorReply(
            429,
            "ApplicationThrottled",
            "Application is over its request rate limit.",
            {"Retry-After": RETRY_AFTER_SECONDS},
        )
    if kind == "503":
        return GraphErrorReply(
            503,
            "serviceNotAvailable",
            "The service is temporarily unavailable. Try again after a delay.",
            {"Retry-After": RETRY_AFTER_SECONDS},
        )
    return GraphErrorReply(504, "UnknownError", "")


def echo_auth(authorization: str | None) -> GraphErrorReply:
    """A 401 quoting the credential it was sent, as a careless proxy or gateway might."""
    return GraphErrorReply(
        401,
        "InvalidAuthenticationToken",
        f"Access token validation failure. Authorization: {authorization or '(none)'}",
    )


def throttled() -> GraphErrorReply:
    return GraphErrorReply(
        429,
        "ApplicationThrottled",
        "Application is over its MailboxConcurrency limit.",
        {"Retry-After": RETRY_AFTER_SECONDS},
    )


class ConcurrencyGate:
    """Counts Graph requests in flight against the mailbox; 0 means unlimited."""

    def __init__(self, limit: int, *, hold: float = 0.0) -> None:
        self._limit = limit
        self._hold = hold  # seconds an admitted request occupies its slot
        self._in_flight = 0
        self._lock = threading.Lock()

    @contextmanager
    def enter(self) -> Iterator[bool]:
        with self._lock:
            admitted = self._limit <= 0 or self._in_flight < self._limit
            if admitted:
                self._in_flight += 1
        try:
            if admitted and self._hold:
                time.sleep(self._hold)
            yield admitted
        finally:
            if admitted:
                with self._lock:
                    self._in_flight -= 1
