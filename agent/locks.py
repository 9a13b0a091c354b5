"""One writer per mail thread: an exclusive OS file lock per thread key.

fcntl locks are released by the kernel when a process dies, so a crashed run
never leaves a thread locked.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from agent.errors import PoDeskError


class ThreadBusyError(PoDeskError):
    """Another process is working on this thread right now."""


class ThreadLocks:
    def __init__(self, directory: Path, *, wait: bool = True) -> None:
        self.directory = directory
        self.wait = wait
        self._held: set[str] = set()  # re-entrant within this process
        directory.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def __call__(self, thread_key: str) -> Iterator[None]:
        if thread_key in self._held:
            yield
            return
        name = hashlib.sha256(thread_key.encode()).hexdigest()[:24]
        fd = os.open(self.directory / f"{name}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            flags = fcntl.LOCK_EX if self.wait else fcntl.LOCK_EX | fcntl.LOCK_NB
            try:
                fcntl.flock(fd, flags)
            except BlockingIOError as exc:
                raise ThreadBusyError(f"thread {thread_key} is being processed elsewhere") from exc
            self._held.add(thread_key)
            try:
                yield
            finally:
                self._held.discard(thread_key)
        finally:
            os.close(fd)  # closing the descriptor releases the lock
