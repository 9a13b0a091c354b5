"""`podesk review relabel|relink` on a real workspace: the new cycle, and clear errors."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli


def _routine(cli: Cli) -> dict[str, object]:
    cli.json("sync")
    queue = cli.json("queue", "--label", "routine_follow_up")
    return next(i for i in queue if i["opportunity_id"] and i["review_id"])


def test_relabel_opens_a_new_review_and_the_old_one_is_refused(workspace: Path, cli: Cli) -> None:
    item = _routine(cli)
    key, old = str(item["thread_key"]), str(item["review_id"])
    done = cli.json(
        "review", "relabel", key, "--label", "deal_exception",
        "--reason", "asks for net 60", "--reviewer", "rita@example.com",
    )  # fmt: skip
    assert done["from"] == "routine_follow_up" and done["to"] == "deal_exception"
    assert done["cycle"] == item["cycle"] + 1 and done["error"] is None  # type: ignore[operator]
    shown = cli.json("review", "show", str(done["review_id"]))
    assert shown["status"] == "pending" and shown["label"] == "deal_exception"
    assert shown["draft_text"] is None and "asks for net 60" in shown["internal_note"]
    queue = {i["thread_key"]: i for i in cli.json("queue")}
    assert queue[key]["label"] == "deal_exception" and queue[key]["classified_by"] == "reviewer"
    out = cli("review", "accept", old, "--reviewer", "sam@example.com", code=1)
    assert "superseded" in out and "relabelled by rita@example.com" in " ".join(out.split())


def test_relink_and_its_errors(workspace: Path, cli: Cli) -> None:
    item = _routine(cli)
    key = str(item["thread_key"])
    who = ("--reviewer", "rita@example.com")
    out = cli("review", "relink", key, "--opportunity", "OPP-9999", "--reason", "x", *who, code=1)
    assert "unknown opportunity 'OPP-9999'" in out
    out = cli(
        "review", "relabel", key, "--label", "routine_follow_up", "--reason", "x", *who, code=1
    )
    assert "already routine_follow_up" in out
    out = cli("review", "relabel", key, "--label", "deal_exception", "--reason", " ", *who, code=1)
    assert "needs a reason" in out
    out = cli("review", "relabel", key, "--label", "deal_exception", *who, code=2)
    assert "--reason" in out  # the option is required
    out = cli("review", "relink", key, "--opportunity", "none", "--reason", "not ours", *who)
    assert f"Relinked {key}: {item['opportunity_id']} -> unlinked" in " ".join(out.split())
    queue = {i["thread_key"]: i for i in cli.json("queue")}
    assert queue[key]["opportunity_id"] is None and queue[key]["link_method"] == "reviewer"
    assert queue[key]["draft_status"] == "suppressed"  # unlinked: no customer reply
