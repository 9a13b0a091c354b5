"""Held customer drafts, managers and incomplete CRM exports, through the real CLI.

The sample CRM has an open exception EXC-2001 (credit_review, owner Lena Fischer) on the
Woodgrove deal, whose thread is a routine PO.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from app.store.db import make_engine
from app.store.tables import AuditRow
from tests.cli.conftest import Cli

OWNER = "lena.fischer@northwindcloud.example"
WOODGROVE = "Woodgrove Bank PO 4500010777"
ROOT = Path(__file__).resolve().parents[2]


def woodgrove(cli: Cli) -> dict[str, Any]:
    review = next(r for r in cli.json("review", "list") if WOODGROVE in r["subject"])
    return cli.json("review", "show", str(review["id"]))  # type: ignore[no-any-return]


def resolve(workspace: Path, exception_id: str) -> None:
    path = workspace / "crm" / "exceptions.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if row["exception_id"] == exception_id:
            row["status"] = "resolved"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_a_routine_thread_on_a_deal_with_an_open_exception_is_held(
    workspace: Path, cli: Cli
) -> None:
    cli.json("sync")
    detail = woodgrove(cli)
    assert detail["label"] == "routine_follow_up" and detail["kind"] == "customer_draft"
    assert detail["draft_status"] == "held" and detail["draft_text"]
    assert detail["suppression_reasons"] == ["open_exception:EXC-2001"]
    (listed,) = detail["packet"]["open_exceptions"]
    assert (listed["exception_id"], listed["kind"], listed["owner"]) == (
        "EXC-2001",
        "credit_review",
        OWNER,
    )
    assert listed["age_days"] == 17  # opened 2026-03-20, the PO came on 2026-04-06
    assert detail["packet"]["next_action_owner"]["value"] == "sam.ortiz@northwindcloud.example"
    queue = {i["subject"]: i for i in cli.json("queue")}
    assert queue[detail["subject"]]["draft_status"] == "held"


def test_only_the_owner_or_a_manager_may_accept_a_held_draft(
    workspace: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.json("sync")
    review_id = str(woodgrove(cli)["id"])
    out = " ".join(
        cli("review", "accept", review_id, "--reviewer", "rita@example.com", code=1).split()
    )
    assert "held (open_exception:EXC-2001)" in out and OWNER in out and "PODESK_MANAGERS" in out
    assert woodgrove(cli)["status"] == "pending"
    assert not (workspace / "mailbox" / "Drafts").exists()
    monkeypatch.setenv("PODESK_MANAGERS", "ops.lead@northwindcloud.example, boss@example.com")
    done = cli.json("review", "accept", review_id, "--reviewer", "Boss@Example.com")
    assert done["draft_status"] == "saved" and done["reviewer"] == "Boss@Example.com"


def test_the_owner_may_accept_and_anyone_may_edit_or_ignore(
    workspace: Path, cli: Cli, tmp_path: Path
) -> None:
    cli.json("sync")
    review_id = str(woodgrove(cli)["id"])
    text = tmp_path / "reply.txt"
    text.write_text("Hello Michael,\n\nThank you for the PO.\n\nBest regards", encoding="utf-8")
    edited = cli.json(
        "review", "edit", review_id, "--text-file", str(text), "--reviewer", "rita@example.com"
    )
    assert edited["draft_status"] == "held" and edited["status"] == "pending"
    assert edited["draft_text"] == text.read_text(encoding="utf-8")
    done = cli.json("review", "accept", review_id, "--reviewer", OWNER)
    assert done["draft_status"] == "saved"
    assert Path(done["saved_location"]).read_text().count("Thank you for the PO") == 1


def test_a_later_crm_import_that_resolves_the_exception_releases_the_draft(
    workspace: Path, cli: Cli
) -> None:
    cli.json("sync")
    assert woodgrove(cli)["draft_status"] == "held"
    resolve(workspace, "EXC-2001")
    report = cli.json("sync")
    assert report["holds_changed"] == 1 and report["cycles_run"] == 0
    detail = woodgrove(cli)
    assert detail["draft_status"] == "pending_review" and detail["suppression_reasons"] == []
    assert detail["packet"]["open_exceptions"] == []
    with Session(make_engine(f"sqlite:///{workspace / 'data' / 'podesk.db'}")) as session:
        (event,) = session.exec(select(AuditRow).where(AuditRow.action == "draft_released")).all()
    assert event.detail["was_held_by"] == ["open_exception:EXC-2001"] and event.actor == "crm"
    done = cli.json("review", "accept", str(detail["id"]), "--reviewer", "rita@example.com")
    assert done["draft_status"] == "saved"


def test_triage_reports_held(cli: Cli) -> None:
    sample = ROOT / "agent" / "sample_data"
    out = cli(
        "triage", "--mailbox", str(sample / "mailbox"), "--crm", str(sample / "crm"), "--no-llm"
    )
    lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    held = {x["subject"]: x for x in lines if x.get("customer_draft_status") == "held"}
    by_key = {x["thread_id"]: x for x in lines if "thread_id" in x}
    woodgrove = held.pop("Woodgrove Bank PO 4500010777 - Northwind Cloud")
    assert woodgrove["label"] == "routine_follow_up"
    assert woodgrove["suppression_reasons"] == ["open_exception:EXC-2001"]
    # The other two are held by an exception another thread of the same deal raised: the
    # Contoso PO by the remittance-change mail, the Wide World tax ID by the bank change.
    assert sorted(held) == [
        "Contoso Corp - Purchase Order 4500012871 for Quote Q-2026-0412",
        "Tax information for invoicing - Wide World Importers",
    ]
    for line in held.values():
        (reason,) = line["suppression_reasons"]
        other = by_key[reason.removeprefix("open_exception:thread:")]
        assert other["label"] == "deal_exception"
        assert (
            other["opportunity_id"] == line["opportunity_id"]
            and line["label"] == "routine_follow_up"
        )
    languages = {x["subject"]: x["language"] for x in lines if "language" in x}
    assert languages["Rechnungsdaten für Angebot Q-2026-0418"] == "de"


def test_an_export_without_contacts_holds_drafts_and_every_command_warns_once(
    workspace: Path, cli: Cli
) -> None:
    (workspace / "crm" / "contacts.csv").unlink()
    out = cli("sync")
    assert " ".join(out.split()).count("has no contacts.csv") == 1
    drafts = [
        cli.json("review", "show", str(r["id"]))
        for r in cli.json("review", "list")
        if r["kind"] == "customer_draft"
    ]
    assert drafts and all(d["draft_status"] == "held" for d in drafts)
    assert all("crm_incomplete:contacts.csv" in d["suppression_reasons"] for d in drafts)
    assert all(d["packet"]["readiness"]["value"] == "unknown" for d in drafts)
    assert not [d for d in drafts if "We have what we need" in (d["draft_text"] or "")]
    for command in (["queue"], ["review", "list"]):
        assert " ".join(cli(*command).split()).count("has no contacts.csv") == 1


def test_triage_without_po_requirements_reports_unknown_missing_fields(
    tmp_path: Path, cli: Cli
) -> None:
    sample = ROOT / "agent" / "sample_data"
    crm = tmp_path / "crm"
    crm.mkdir()
    for name in ("opportunities.csv", "contacts.csv", "exceptions.csv"):
        (crm / name).write_bytes((sample / "crm" / name).read_bytes())
    out = cli("triage", "--mailbox", str(sample / "mailbox"), "--crm", str(crm), "--no-llm")
    assert " ".join(out.split()).count("has no po_requirements.csv") == 1
    lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    routine = [x for x in lines if x.get("label") == "routine_follow_up" and x["opportunity_id"]]
    assert routine and all(x["missing_fields"] is None for x in routine)
    assert all(x["customer_draft_status"] == "held" for x in routine)
    assert all("crm_incomplete:po_requirements.csv" in x["suppression_reasons"] for x in routine)


def test_a_german_customer_gets_a_german_draft(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    review = next(
        r for r in cli.json("review", "list") if r["subject"].startswith("Rechnungsdaten")
    )
    detail = cli.json("review", "show", str(review["id"]))
    assert detail["draft_text"].splitlines()[0].startswith(("Hallo", "Guten Tag"))
    assert "Viele Grüße" in detail["draft_text"] and "Thank you" not in detail["draft_text"]
