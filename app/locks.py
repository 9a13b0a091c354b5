"""One writer per mail thread: an exclusive lock per thread key.

On one machine (SQLite) the lock is an fcntl file lock in the data directory (the file
is removed on release); with
PostgreSQL, where several machines may share the store, a session advisory lock.
Both are released by the operating system or the server when the holder dies, so a
crashed run never leaves a thread locked.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from agent.errors import ConflictError


class ThreadBusyError(ConflictError):
    """Another process is working on this thread right now."""


def _busy(thread_key: str) -> ThreadBusyError:
    return ThreadBusyError(f"thread {thread_key} is being processed elsewhere; try again")


class _Reentrant:
    """A holder may take its own lock again (runner, then save node). The holder is an OS
    thread, not the process: in a threaded server two requests on one thread key wait for
    each other like two processes do."""

    def __init__(self) -> None:
        self._local = threading.local()

    @property
    def _held(self) -> set[str]:
        held: set[str] = self._local.__dict__.setdefault("held", set())
        return held

    @contextmanager
    def __call__(self, thread_key: str) -> Iterator[None]:
        held = self._held
        if thread_key in held:
            yield
            return
        with self._acquire(thread_key):
            held.add(thread_key)
            try:
                yield
            finally:
                held.discard(thread_key)

    def _acquire(self, thread_key: str) -> AbstractContextManager[None]:
        raise NotImplementedError


class ThreadLocks(_Reentrant):
    """flock on a file per thread, removed again on release, so a mailbox of 10,000 threads
    leaves no 10,000 lock files behind. Removing a lock file safely: the holder unlinks it
    while still holding the lock; a waiter that then gets the lock on the unlinked file sees
    that the path no longer names its file and tries again on a fresh one."""

    def __init__(self, directory: Path, *, wait: bool = True) -> None:
        super().__init__()
        self.directory = directory
        self.wait = wait
        directory.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def _acquire(self, thread_key: str) -> Iterator[None]:
        path = self.directory / f"{hashlib.sha256(thread_key.encode()).hexdigest()[:24]}.lock"
        fd = self._lock(path, thread_key)
        try:
            yield
        finally:
            with suppress(FileNotFoundError):
                path.unlink()
            os.close(fd)  # closing the descriptor releases the lock

    def _lock(self, path: Path, thread_key: str) -> int:
        flags = fcntl.LOCK_EX if self.wait else fcntl.LOCK_EX | fcntl.LOCK_NB
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, flags)
            except BlockingIOError as exc:
                os.close(fd)
                raise _busy(thread_key) from exc
            if _same_file(fd, path):
                return fd
            os.close(fd)  # the holder before us removed this file: lock the new one


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


class PgThreadLocks(_Reentrant):
    """pg_advisory_lock on a connection held for the lock's lifetime."""

    def __init__(self, engine: Engine, *, wait: bool = True) -> None:
        super().__init__()
        self.engine = engine
        self.wait = wait

    @contextmanager
    def _acquire(self, thread_key: str) -> Iterator[None]:
        # Advisory locks take a signed 64-bit key; a hash prefix keeps collisions negligible.
        key = int.from_bytes(hashlib.sha256(thread_key.encode()).digest()[:8], "big", signed=True)
        with self.engine.connect() as conn:
            if self.wait:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
            elif not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
                raise _busy(thread_key)
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()


def thread_locks(engine: Engine, data_dir: Path) -> _Reentrant:
    if engine.dialect.name == "postgresql":
        return PgThreadLocks(engine)
    return ThreadLocks(data_dir / "locks")
