"""Run in a subprocess by test_exactly_once: sync or decide, and die at a chosen point.

The process is killed with os._exit — no finally blocks, no atexit, no flush — the
closest a test gets to a power cut right after the side effect.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from app.settings import Settings
from app.store.results import StoreLedger
from app.wiring import open_app
from connectors.ports import DraftFate, DraftRequest, DraftSink, SavedDraft
from graph.context import Ledger

CRASH_CODE = 17


class DieAfterSave:
    def __init__(self, inner: DraftSink) -> None:
        self.inner = inner

    def find_draft(self, idempotency_key: str) -> SavedDraft | None:
        return self.inner.find_draft(idempotency_key)

    def save_draft(self, request: DraftRequest) -> SavedDraft:
        self.inner.save_draft(request)
        os._exit(CRASH_CODE)

    def draft_fates(self, drafts: Sequence[SavedDraft]) -> dict[str, DraftFate]:
        return self.inner.draft_fates(drafts)


class DieAfterLedger:
    def __init__(self, inner: Ledger) -> None:
        self.inner = inner

    def get(self, idempotency_key: str) -> SavedDraft | None:
        return self.inner.get(idempotency_key)

    def record(self, saved: SavedDraft, *, thread_key: str, kind: str) -> None:
        self.inner.record(saved, thread_key=thread_key, kind=kind)
        os._exit(CRASH_CODE)


def main(mode: str, root: Path, review_id: int) -> None:
    # An Outlook run passes its PODESK_* settings in the environment; else the local folder.
    local = {} if os.environ.get("PODESK_MAILBOX") else {"mailbox": str(root / "mailbox")}
    settings = Settings(
        crm_dir=root / "crm", data_dir=root / "data", reviewer="crash-test", **local
    )  # type: ignore[arg-type]

    with open_app(settings) as app:
        runner = app.runner
        if mode == "sync":
            runner.sync(app.mailbox, app.crm)
            return
        if mode == "die-after-save":
            runner.context = replace(runner.context, drafts=DieAfterSave(runner.context.drafts))
        elif mode == "die-after-ledger":
            runner.ledger_factory = lambda engine: DieAfterLedger(StoreLedger(engine))
        runner.decide(review_id, {"type": "accept", "reviewer": "crash-test"})


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 0)
