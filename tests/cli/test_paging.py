"""`queue` and `review list` page: --limit/--offset slices, --all for scripts, stable JSON."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli

QUEUE_FIELDS = {
    "thread_key", "cycle", "subject", "label", "reasons", "opportunity_id", "link_method",
    "link_confidence", "draft_status", "review_id", "review_status", "next_action_owner",
    "queued_at", "classified_by",
}  # fmt: skip
REVIEW_FIELDS = {
    "id", "thread_key", "cycle", "kind", "status", "decision", "reviewer", "subject", "label",
    "opportunity_id", "created_at",
}  # fmt: skip


def _flat(out: str) -> str:
    return " ".join(out.split())


def test_queue_pages_are_slices_of_all_and_say_how_to_go_on(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    everything = cli.json("queue", "--all")
    assert len(everything) > 30 and set(everything[0]) == QUEUE_FIELDS
    first = cli.json("queue", "--limit", "10")
    second = cli.json("queue", "--limit", "10", "--offset", "10")
    assert first + second == everything[:20]
    assert cli.json("queue") == everything[:50]  # one page of 50 by default
    table = _flat(cli("queue", "--limit", "10"))
    assert f"Showing 1-10 of {len(everything)}" in table and "--offset 10" in table
    assert "age" in table and "subject" in table  # the same columns as before
    assert "Showing" not in cli("queue", "--all")
    last = cli("queue", "--limit", "10", "--offset", str(len(everything) - 3))
    assert "Showing" not in last  # the end of the list says nothing more


def test_queue_label_filter_pages_too(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    exceptions = cli.json("queue", "--label", "exception", "--all")
    assert len(exceptions) > 3
    page = cli.json("queue", "--label", "exception", "--limit", "2", "--offset", "2")
    assert page == exceptions[2:4]


def test_review_list_pages_and_filters_by_status(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    pending = cli.json("review", "list", "--all", "--status", "pending")
    assert len(pending) > 10 and set(pending[0]) == REVIEW_FIELDS
    assert cli.json("review", "list", "--limit", "4", "--offset", "4") == pending[4:8]
    assert "Showing 1-4 of" in _flat(cli("review", "list", "--limit", "4"))
    target = next(r for r in pending if r["kind"] == "customer_draft")
    cli.json("review", "accept", str(target["id"]), "--reviewer", "rita@example.com")
    decided = cli.json("review", "list", "--status", "decided")
    assert [r["id"] for r in decided] == [target["id"]]
    assert target["id"] not in [
        r["id"] for r in cli.json("review", "list", "--all", "--status", "pending")
    ]
    # --all keeps its old meaning: every review, decided ones included.
    assert target["id"] in [r["id"] for r in cli.json("review", "list", "--all")]
    out = _flat(cli("review", "list", "--status", "maybe", code=2))
    assert "pending" in out and "superseded" in out
