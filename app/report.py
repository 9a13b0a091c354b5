"""What one sync did, for the CLI and its --json output."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.models import CycleResult
from app.store.ingest import CycleWork


@dataclass
class SyncReport:
    messages_read: int = 0
    quarantined_new: int = 0
    threads: int = 0
    cycles_run: int = 0
    resumed: int = 0  # open cycles a crash had cut short, finished or recorded first
    labels: dict[str, int] = field(default_factory=dict)
    failed: list[dict[str, str]] = field(default_factory=list)  # thread_key, subject, error
    model_calls: int = 0
    model_fallbacks: int = 0  # model configured but not used: error, timeout, invalid output
    holds_changed: int = 0  # pending drafts this CRM import held or released
    drafts_changed: int = 0  # saved drafts this sync saw sent or deleted (app/draft_watch.py)
    drafts_error: str | None = None  # why the look at the saved drafts failed, if it did
    crm_changes: int = 0  # CRM facts this sync's export changed (app/store/crm_history.py)

    def count(self, result: CycleResult) -> None:
        """Add one cycle that reached the review gate (or its end)."""
        label = result.classification.label
        self.labels[label] = self.labels.get(label, 0) + 1
        self.cycles_run += 1
        self.model_calls += result.model_calls
        self.model_fallbacks += _model_failed(result.model_fallback)

    def add(self, work: CycleWork, outcome: CycleResult | str) -> None:
        """One cycle run: its result, or its error (app/runner.py, Runner.run_one)."""
        if isinstance(outcome, str):
            self.fail(work.thread.thread_key, work.thread.subject, outcome)
        else:
            self.count(outcome)

    def fail(self, thread_key: str, subject: str, error: str) -> None:
        self.failed.append({"thread_key": thread_key, "subject": subject, "error": error})


def _model_failed(fallback: str | None) -> int:
    """1 when a configured model was not used because it failed (not by design)."""
    return int(bool(fallback) and str(fallback).startswith(("model error", "invalid output")))
