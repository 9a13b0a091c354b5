"""One writer per thread on one machine: file locks that exclude, and leave nothing behind."""

from __future__ import annotations

import multiprocessing
import threading
import time
from pathlib import Path

import pytest

from app.locks import ThreadBusyError, ThreadLocks


def _bump(directory: str, counter: str, times: int) -> None:
    locks = ThreadLocks(Path(directory))
    for _ in range(times):
        with locks("thread-a"):
            path = Path(counter)
            value = int(path.read_text() or "0")  # read-modify-write: lost without the lock
            path.write_text(str(value + 1))


def test_processes_take_turns_and_no_lock_file_is_left(tmp_path: Path) -> None:
    counter = tmp_path / "counter"
    counter.write_text("0")
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=_bump, args=(str(tmp_path / "locks"), str(counter), 200))
        for _ in range(6)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert [w.exitcode for w in workers] == [0] * 6
    assert counter.read_text() == "1200"
    assert list((tmp_path / "locks").iterdir()) == []


def test_a_held_lock_refuses_a_non_waiting_taker_and_frees_on_release(tmp_path: Path) -> None:
    holder, other = ThreadLocks(tmp_path), ThreadLocks(tmp_path, wait=False)
    with holder("thread-a"):
        with pytest.raises(ThreadBusyError), other("thread-a"):
            pass
        assert len(list(tmp_path.glob("*.lock"))) == 1
    assert list(tmp_path.glob("*.lock")) == []
    with other("thread-a"):
        pass


def test_threads_of_one_process_sharing_the_locks_take_turns(tmp_path: Path) -> None:
    """A threaded server shares one lock object: its threads exclude each other (a thread
    may still take its own lock again)."""
    locks = ThreadLocks(tmp_path / "locks")
    counter = tmp_path / "counter"
    counter.write_text("0")

    def bump() -> None:
        for _ in range(100):
            with locks("thread-a"), locks("thread-a"):  # re-entered by its holder
                value = int(counter.read_text())
                time.sleep(0)  # let another thread run inside the read-modify-write
                counter.write_text(str(value + 1))

    workers = [threading.Thread(target=bump) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert counter.read_text() == "400"
    assert list((tmp_path / "locks").iterdir()) == []
