"""`podesk report` through the real CLI: dated CRM imports of the sample export, one PO
number received three days after the first, the scorecard over April."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from tests.agent.test_deal_history import SAMPLE, _edit
from tests.cli.conftest import Cli


def _missing_rows(folder: Path) -> int:
    """Missing requirement rows of closed-won deals in the export (each one a pair opened)."""
    with (folder / "opportunities.csv").open(encoding="utf-8") as handle:
        won = {r["opportunity_id"] for r in csv.DictReader(handle) if r["stage"] == "Closed Won"}
    with (folder / "po_requirements.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle)
        return sum(1 for r in rows if r["status"] == "missing" and r["opportunity_id"] in won)


def test_the_scorecard_over_a_window(workspace: Path, cli: Cli, tmp_path: Path) -> None:
    cli("crm", "import", str(SAMPLE), "--as-of", "2026-04-01")
    later = tmp_path / "later"
    shutil.copytree(SAMPLE, later)
    _edit(later, "po_requirements.csv", {"opportunity_id": "OPP-1001", "field": "po_number"},
          status="received", value="PO-88123")  # fmt: skip
    cli("crm", "import", str(later), "--as-of", "2026-04-04")

    found = cli.json("report", "--since", "2026-04-01", "--until", "2026-04-30")
    assert found["window"] == {"since": "2026-04-01", "until": "2026-04-30"}
    resolution = found["metrics"]["missing_field_resolution"]
    assert resolution["opened"] == _missing_rows(SAMPLE) and resolution["resolved"] == 1
    assert resolution["by_field"]["po_number"]["median_days"] == 3.0
    deal = next(d for d in found["deals"] if d["opportunity_id"] == "OPP-1001")
    assert set(deal) == {
        "opportunity_id", "closed_won", "ready_at", "booked_at", "missing_fields", "stalled",
        "stalled_business_days", "next_owner",
    }  # fmt: skip
    ready = found["metrics"]["order_readiness_days"]
    assert (
        ready["all"]["deals"] == len(found["deals"]) == ready["all"]["ready"] + ready["all"]["open"]
    )
    # A window before the first import opens nothing.
    before = cli.json(
        "report", "--since", "2026-03-01", "--until", "2026-03-31", "--format", "json"
    )
    assert before["metrics"]["missing_field_resolution"]["opened"] == 0
    renewals = cli.json(
        "report", "--until", "2026-04-30", "--order-path", "renewal_po", "--format", "json"
    )
    assert set(renewals["metrics"]["order_readiness_days"]) == {"all", "renewal_po"}
    out = cli("report", "--since", "2026-04-01", "--until", "2026-04-30")
    assert "Missing-field resolution" in out and "Order readiness" in out
    assert "is after --until" in cli(
        "report", "--since", "2026-05-01", "--until", "2026-04-01", code=1
    )


def test_reviewer_corrections_count_what_reviewers_did(workspace: Path, cli: Cli) -> None:
    """Four customer drafts decided four ways and one thread relabelled, today."""
    cli("sync")
    queue = cli.json("queue", "--all")
    drafts = [i for i in queue if i["draft_status"] == "pending_review" and i["review_id"]]
    assert len(drafts) >= 5
    who = ("--reviewer", "sam.ortiz@northwindcloud.example")
    ids = [str(d["review_id"]) for d in drafts]
    cli("review", "accept", ids[0], *who)
    edited = workspace / "reply.txt"
    edited.write_text("Hello,\n\nthank you for the purchase order.\n\nBest regards\n")
    cli("review", "edit", ids[1], "--text-file", str(edited), *who)
    cli("review", "respond", ids[2], "--message", "Also thank them for the W-9", *who)
    cli("review", "accept", ids[2], *who)
    cli("review", "ignore", ids[3], *who)
    relabel = ("--label", "deal_exception", "--reason", "asks for net 60")
    cli("review", "relabel", str(drafts[4]["thread_key"]), *relabel, *who)

    found = cli.json("report")["metrics"]["reviewer_corrections"]
    assert found == {
        "decided": 4, "accepted_unchanged": 1, "edited": 1, "sent_back": 1, "ignored": 1,
        "relabelled": 1, "relinked": 0, "rate": 0.75,
    }  # fmt: skip


def test_suppression_counts_the_po_related_cycles_of_the_window(workspace: Path, cli: Cli) -> None:
    cli("sync")
    queue = [i for i in cli.json("queue", "--all") if i["label"] != "not_po_related"]
    found = cli.json("report")["metrics"]["suppression"]
    statuses = [i["draft_status"] for i in queue]
    assert found["cycles"] == len(queue)
    assert (found["suppressed"], found["held"]) == (
        statuses.count("suppressed"),
        statuses.count("held"),
    )
    assert found["by_reason"]["held: open_exception"] == statuses.count("held") > 0
    assert found["share"] == round((found["suppressed"] + found["held"]) / len(queue), 4)
    # Classified today: a window that ended yesterday has none.
    assert cli.json("report", "--until", "2026-01-31")["metrics"]["suppression"]["cycles"] == 0


def test_escalations_of_the_sample_export_by_hand(workspace: Path, cli: Cli) -> None:
    """exceptions.csv of the sample: in March and April 2026 it opened EXC-2001 (20 Mar),
    2002 (26 Mar, resolved), 2003 (2 Apr), 2004 (1 Apr), 2005 (10 Mar, resolved) and 2006
    (24 Mar, resolved); EXC-2007 opened in February. The three still open are over the
    24-hour SLA by the end of April; the export gives no date for the resolutions."""
    cli("sync")
    found = cli.json("report", "--since", "2026-03-01", "--until", "2026-04-30")
    assert found["metrics"]["escalations"] == {
        "raised": 6, "from_crm": 6, "from_mail": 0, "escalated": 0, "resolved": 3,
        "median_resolution_days": None, "over_sla": 3,
    }  # fmt: skip
    # The exceptions found in mail were raised when their reviews opened: today.
    today = cli.json("report")["metrics"]["escalations"]
    assert today["from_mail"] > 0 and today["from_crm"] == 0
