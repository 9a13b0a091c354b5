"""A large sync's review cycles, run in several processes.

The rules and LangGraph's step loop are pure Python: one process keeps one core busy, so
an initial sync of a big mailbox uses half of a two-core machine. Each cycle is already
independent of the others (its own checkpoint thread, a per-thread lock that holds across
processes, the store's writes conflict-safe), so worker processes can run them side by
side. What one cycle may learn from another — a sibling thread's open exception that holds
a routine reply — is settled after all of them by ``Runner.refresh_holds``, as it is when
the sibling comes later in one process.

Workers are spawned, never forked: the parent holds database connections and LangGraph's
threads, which a fork would copy in an unknown state. Each builds its own Runner once from
a picklable factory (app.wiring.SettingsRunner for the CLI) and keeps it until the pool
closes.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field
from multiprocessing.util import Finalize
from typing import TYPE_CHECKING

from agent.models import CycleResult
from app.store.ingest import CycleWork

if TYPE_CHECKING:
    from app.runner import Runner

RunnerFactory = Callable[[], AbstractContextManager["Runner"]]
Outcome = CycleResult | str  # Runner.run_one: the result, or the failure's one-line error

# Below this many cycles the workers' start costs more than they save: two take ~4 s to
# import and connect on a 2-core machine, and two workers run cycles ~1.45x as fast as one
# process (benchmarks/mailbox_scale.py), so ~70 ms cycles pay that back from ~190 on.
MIN_CYCLES = 200
# Cycles handed out ahead of the workers: enough to keep each busy, few enough that
# a configuration error (which stops the sync) leaves little work started for nothing.
_AHEAD = 4
_WATCH_SECONDS = 0.5


@dataclass
class Fanout:
    factory: RunnerFactory  # builds a worker's Runner; must pickle (a module-level class)
    jobs: int
    min_cycles: int = MIN_CYCLES
    workers: set[int] = field(default_factory=set)  # pids that ran a cycle (tests, reports)

    def wanted(self, cycles: int) -> bool:
        return self.jobs > 1 and cycles >= self.min_cycles

    def run(self, work: list[CycleWork]) -> Iterator[tuple[CycleWork, Outcome]]:
        """Each cycle's outcome as it finishes. An exception a cycle raises (a refused key:
        every cycle would fail alike) cancels the rest and is raised here."""
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            self.jobs, mp_context=context, initializer=_start, initargs=(self.factory,)
        )
        try:
            yield from self._drain(pool, work)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _drain(
        self, pool: ProcessPoolExecutor, work: list[CycleWork]
    ) -> Iterator[tuple[CycleWork, Outcome]]:
        waiting = iter(work)
        running: dict[Future[tuple[int, Outcome]], CycleWork] = {}
        while True:
            while len(running) < self.jobs * _AHEAD and (item := next(waiting, None)):
                running[pool.submit(_run, item)] = item
            if not running:
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                item = running.pop(future)
                pid, outcome = future.result()
                self.workers.add(pid)
                yield item, outcome


# One Runner per worker process, built by the pool's initializer.
_runner: Runner | None = None
_resources = ExitStack()


def _start(factory: RunnerFactory) -> None:
    global _runner
    _watch_parent(os.getppid())
    _runner = _resources.enter_context(factory())
    # A pool's worker leaves through os._exit, past atexit: Finalize still runs.
    Finalize(None, _resources.close, exitpriority=10)


def _watch_parent(parent: int) -> None:
    """End this worker when the sync that started it is gone (killed, crashed). An orphan
    would wait for work forever: it holds both ends of the pool's queue itself, so it never
    sees the queue close, and it keeps the dead sync's stderr open for whoever reads it. A
    cycle it is in the middle of is left as a crash leaves one: the next sync settles it."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="podesk-parent-watch", daemon=True).start()


def _run(item: CycleWork) -> tuple[int, Outcome]:
    assert _runner is not None, "worker started without its runner"
    return os.getpid(), _runner.run_one(item)
