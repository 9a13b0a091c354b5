"""What nodes get through ``Runtime[Context]``: ports and read-only data, never state."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Protocol

from agent.assist.result import AssistSettings
from agent.crm_index import CrmIndex
from agent.hold import MailException
from agent.models import CycleResult
from connectors.llm import ChatModel
from connectors.mailbox.model import MailMessage, MailThread, ThreadRef
from connectors.ports import DraftSink, SavedDraft, ThreadLabeler


class Ledger(Protocol):
    """Records side effects by idempotency key (exactly-once across crashes)."""

    def get(self, idempotency_key: str) -> SavedDraft | None: ...

    def record(self, saved: SavedDraft, *, thread_key: str, kind: str) -> None: ...


class Recorder(Protocol):
    """Writes what a cycle produced (decision, saved draft, audit) idempotently."""

    def record_outcome(self, result: CycleResult) -> None: ...


class DealExceptions(Protocol):
    """Deal exceptions other threads found in the deal's mail and nobody has resolved yet:
    they hold a routine customer draft like an open CRM exception (agent/hold.py). On the
    store: app.store.deal_exceptions.StoreDealExceptions."""

    def open_for(self, opportunity_id: str, *, besides: str) -> tuple[MailException, ...]: ...


class NoDealExceptions:
    """For stateless runs: no other thread is known here (app/triage.py holds afterwards)."""

    def open_for(self, opportunity_id: str, *, besides: str) -> tuple[MailException, ...]:
        return ()


class NullRecorder:
    """For stateless runs (triage, benchmarks): nothing outside the checkpoint."""

    def record_outcome(self, result: CycleResult) -> None:
        return None


class ThreadSource(Protocol):
    """A cycle's messages by reference: its state keeps the ``ThreadRef``, never mail text,
    so its checkpoints stay small whatever the thread's length. On the store:
    app.store.threads.StoreThreads."""

    def thread(self, ref: ThreadRef) -> MailThread: ...


class MemoryThreads:
    """For stateless runs (triage, tests): threads held in memory, found by their key."""

    def __init__(self, threads: Iterable[MailThread] = ()) -> None:
        self.threads = {t.thread_key: t for t in threads}

    def remember(self, thread: MailThread) -> ThreadRef:
        self.threads[thread.thread_key] = thread
        return ThreadRef.of(thread)

    def thread(self, ref: ThreadRef) -> MailThread:
        return self.threads[ref.thread_key]


class MemoryLedger:
    def __init__(self) -> None:
        self.entries: dict[str, SavedDraft] = {}

    def get(self, idempotency_key: str) -> SavedDraft | None:
        return self.entries.get(idempotency_key)

    def record(self, saved: SavedDraft, *, thread_key: str, kind: str) -> None:
        self.entries.setdefault(saved.idempotency_key, saved)


class NullLabeler:
    """Local mailboxes have nowhere to show categories."""

    def label_thread(self, messages: tuple[MailMessage, ...], categories: tuple[str, ...]) -> None:
        return None


def _no_lock(_thread_key: str) -> AbstractContextManager[None]:
    return nullcontext()


@dataclass(frozen=True)
class Context:
    crm: CrmIndex
    drafts: DraftSink
    threads: ThreadSource = field(default_factory=MemoryThreads)
    ledger: Ledger = field(default_factory=MemoryLedger)
    recorder: Recorder = field(default_factory=NullRecorder)
    labeler: ThreadLabeler = field(default_factory=NullLabeler)
    model: ChatModel | None = None  # None: the rules path only
    assist_settings: AssistSettings = field(default_factory=AssistSettings)
    # One writer per mail thread: the runner passes a real lock (file or advisory lock).
    thread_lock: Callable[[str], AbstractContextManager[None]] = _no_lock
    allowed_link_domains: tuple[str, ...] = ()
    default_reviewer: str = "unknown"
    managers: tuple[str, ...] = ()  # may accept any held draft (PODESK_MANAGERS)
    deal_exceptions: DealExceptions = field(default_factory=NoDealExceptions)
