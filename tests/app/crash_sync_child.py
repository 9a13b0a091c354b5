"""Run in a subprocess by test_crash_recovery: a sync or a decision, killed at a chosen point.

    python -m tests.app.crash_sync_child ROOT MODE [--db URL] [--review ID] [--model]
        [--incremental]

MODE is "sync", "sync@POINT" or "decide@POINT" (decide accepts review ID). POINT:
  ingest          inside the ingest transaction, before it commits
  before-cycle    after ingest committed, before the first cycle takes its thread lock
  checkpoint:N    right after the N-th checkpoint is saved (between two nodes)
  step:NODE       right after NODE's writes are saved, before its step's checkpoint
  save            after the draft file is written, before the ledger row
  ledger          after the ledger row, before save_draft's writes are saved
  recorded        after the record node wrote the store, before its writes are saved
  hold:before-store  a CRM import changed a draft's hold: after the graph re-ran, before
                  the store is written
  hold:after-store   ...right after that store write committed
The process dies with os._exit — no finally blocks, no flush — as in a power cut. The
crash is injected by wrapping the real parts of this process only; the product has no hook.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import app.runner
from app.runner import Runner
from app.settings import Settings
from app.store.ingest import StoreSyncState
from app.store.results import StoreLedger
from app.wiring import open_app
from connectors.llm.openai_chat import OpenAIChatModel
from connectors.mailbox.folder import read_mailbox
from connectors.mailbox.model import MailMessage
from connectors.ports import MailboxRead, SyncState
from sandboxes.model import ModelSandbox
from tests.app.crash_worker import CRASH_CODE, DieAfterLedger, DieAfterSave

SEEN = "crash-test:seen"


class IncrementalFolder:
    """A folder read the way Outlook's delta is: after the first read, only files not seen
    before (complete=False); the cursor naming the seen files commits with their messages."""

    def __init__(self, path: Path, state: SyncState) -> None:
        self.path, self.state = path, state

    def read(self) -> MailboxRead:
        full = read_mailbox(self.path)
        raw = self.state.get(SEEN)
        seen = set(json.loads(raw)) if raw else set()
        fresh = tuple(m for m in full.messages if m.source not in seen)
        cursor = {SEEN: json.dumps(sorted(seen | {m.source for m in full.messages}))}
        return full.model_copy(update={"messages": fresh, "complete": not seen, "cursor": cursor})


class DieOnLabel:
    """The record node labels the thread right after writing the store."""

    def label_thread(self, messages: tuple[MailMessage, ...], categories: tuple[str, ...]) -> None:
        os._exit(CRASH_CODE)


def die_at(runner: Runner, point: str) -> None:
    saver: Any = runner.workflow.checkpointer
    kind, _, arg = point.partition(":")
    if kind == "step":
        put_writes = saver.put_writes

        def writes_then_die(config: Any, writes: Any, task_id: str, task_path: str = "") -> None:
            put_writes(config, writes, task_id, task_path)
            if str(task_path).endswith(f", {arg}"):  # "~__pregel_pull, <node>"
                os._exit(CRASH_CODE)

        saver.put_writes = writes_then_die
    elif kind == "checkpoint":
        put, count = saver.put, [0]

        def put_then_die(*args: Any) -> Any:
            saved = put(*args)
            count[0] += 1
            if count[0] == int(arg):
                os._exit(CRASH_CODE)
            return saved

        saver.put = put_then_die
    elif kind == "ingest":  # the last call before the ingest transaction commits
        app.runner.store_cursor = _die  # type: ignore[attr-defined]
    elif kind == "before-cycle":
        runner.context = replace(runner.context, thread_lock=_die_on_lock)
    elif kind == "save":
        runner.context = replace(runner.context, drafts=DieAfterSave(runner.context.drafts))
    elif kind == "ledger":
        runner.ledger_factory = lambda engine: DieAfterLedger(StoreLedger(engine))
    elif kind == "hold":  # only the re-check of a hold writes the store with more ("also")
        persist = runner._persist

        def die_around_store(key: str, cycle: int, *, also: Any = None) -> Any:
            if also is not None and arg == "before-store":
                os._exit(CRASH_CODE)
            result = persist(key, cycle, also=also)
            if also is not None:
                os._exit(CRASH_CODE)
            return result

        runner._persist = die_around_store  # type: ignore[method-assign]
    elif kind == "recorded":
        runner.context = replace(runner.context, labeler=DieOnLabel())
    else:
        raise SystemExit(f"unknown crash point {point!r}")


def _die(*_args: object, **_kwargs: object) -> None:
    os._exit(CRASH_CODE)


def _die_on_lock(thread_key: str) -> AbstractContextManager[None]:
    @contextmanager
    def lock() -> Iterator[None]:
        os._exit(CRASH_CODE)
        yield

    return lock()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("mode")
    parser.add_argument("--db")
    parser.add_argument("--review", type=int, default=0)
    parser.add_argument("--model", action="store_true")
    parser.add_argument("--incremental", action="store_true")
    args = parser.parse_args()
    root, (action, _, point) = args.root, args.mode.partition("@")
    settings = Settings(
        mailbox=str(root / "mailbox"),
        crm_dir=root / "crm",
        data_dir=root / "data",
        database_url=args.db,
        reviewer="crash-test",
    )
    with ExitStack() as stack:
        model = None
        if args.model:
            sandbox = stack.enter_context(ModelSandbox("cooperative"))
            model = OpenAIChatModel(base_url=sandbox.base_url, api_key=None, model="m")
        app = stack.enter_context(open_app(settings, model=model))
        if point:
            die_at(app.runner, point)
        if action == "decide":
            app.runner.decide(args.review, {"type": "accept", "reviewer": "crash-test"})
            return
        mailbox = IncrementalFolder(root / "mailbox", StoreSyncState(app.engine))
        report = app.runner.sync(mailbox if args.incremental else app.mailbox, app.crm)
        print(json.dumps({"resumed": report.resumed, "failed": report.failed}))


if __name__ == "__main__":
    main()
