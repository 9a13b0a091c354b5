"""`podesk crm import` and `podesk crm history` through the real CLI on a SQLite store, and
`podesk sync` keeping its export as a snapshot too (app/store/crm_history.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlmodel import Session

from app.store.crm_history import deal_history
from app.store.db import make_engine
from tests.agent.test_deal_history import SAMPLE, _edit
from tests.cli.conftest import Cli


def _rows(workspace: Path, table: str) -> int:
    with sqlite3.connect(workspace / "data" / "podesk.db") as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_imports_keep_only_what_changed_and_a_deal_shows_its_events(
    workspace: Path, cli: Cli, tmp_path: Path
) -> None:
    first = cli.json("crm", "import", "--as-of", "2026-04-01")
    assert first["added"] and first["deals"] == 36 and first["changes"] > 36 * 10
    facts = _rows(workspace, "crm_facts")
    # The same export again, a day later: nothing added, no event.
    again = cli.json("crm", "import", "--as-of", "2026-04-02")
    assert again == {**first, "added": False, "changes": 0}
    assert _rows(workspace, "crm_snapshots") == 1 and _rows(workspace, "crm_facts") == facts

    later = tmp_path / "later"
    shutil.copytree(SAMPLE, later)
    _edit(later, "po_requirements.csv", {"opportunity_id": "OPP-1001", "field": "po_number"},
          status="received", value="PO-88123")  # fmt: skip
    _edit(later, "opportunities.csv", {"opportunity_id": "OPP-1001"}, order_queue_status="in_queue")
    third = cli.json("crm", "import", str(later), "--as-of", "2026-04-03T09:30")
    assert third["added"] and third["changes"] == 2  # two facts, not a copy of the export
    assert _rows(workspace, "crm_facts") == facts + 2

    history = cli.json("crm", "history", "OPP-1001")
    kinds = [(e["at"][:10], e["kind"], e["subject"], e["after"]) for e in history["events"]]
    assert kinds[-2:] == [
        ("2026-04-03", "order_queue_status", "order_queue_status", "in_queue"),
        ("2026-04-03", "field_received", "po_number", "received"),
    ]
    assert ("2026-04-01", "field_missing", "po_number", "missing") in kinds
    assert history["facts"]["opportunity.order_queue_status"] == '"in_queue"'
    assert "po_requirements.csv:2" in {e["source"] for e in history["events"]}
    out = cli("crm", "history", "OPP-1001")
    assert "field_received" in out and "missing → received" in out


def test_an_export_older_than_the_latest_snapshot_is_refused(workspace: Path, cli: Cli) -> None:
    cli("crm", "import", "--as-of", "2026-04-05")
    out = cli("crm", "import", "--as-of", "2026-04-01", code=1)
    assert "import exports oldest first" in out and "Traceback" not in out
    assert "not a date" in cli("crm", "import", "--as-of", "April 1st", code=1)
    assert "no CRM history for OPP-9999" in cli("crm", "history", "OPP-9999", code=1)


def test_sync_keeps_its_export_as_a_snapshot(workspace: Path, cli: Cli) -> None:
    report = cli.json("sync")
    assert report["crm_changes"] > 0 and _rows(workspace, "crm_snapshots") == 1
    assert cli.json("sync")["crm_changes"] == 0 and _rows(workspace, "crm_snapshots") == 1


def test_a_deals_history_is_one_query(workspace: Path, cli: Cli) -> None:
    cli("crm", "import")
    engine = make_engine(f"sqlite:///{workspace / 'data' / 'podesk.db'}")
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with Session(engine) as session:
        changes = deal_history(session, opportunity_id="OPP-1001")
    engine.dispose()
    assert len(changes) > 10 and len(statements) == 1


def test_snapshots_on_postgresql_as_the_least_privileged_role(pg_url: str, tmp_path: Path) -> None:
    """The same import, re-import and change on PostgreSQL, as the app's own role."""
    from datetime import UTC, datetime

    from agent.deal_history import events
    from app.store.crm_history import import_snapshot
    from connectors.crm.load import load_crm

    later = tmp_path / "later"
    shutil.copytree(SAMPLE, later)
    _edit(
        later,
        "opportunities.csv",
        {"opportunity_id": "OPP-1002"},
        contract_status="amendment_unsigned",
    )
    engine = make_engine(pg_url)
    try:
        exports = (SAMPLE, SAMPLE, later)
        with Session(engine) as session:
            for day, folder in enumerate(exports, 1):
                at = datetime(2026, 4, day, tzinfo=UTC)
                import_snapshot(session, snapshot=load_crm(folder), as_of=at, source=str(folder))
                session.commit()
            found = events("OPP-1002", deal_history(session, opportunity_id="OPP-1002"))
    finally:
        engine.dispose()
    assert [(e.at.day, e.kind, e.before, e.after) for e in found][-1:] == [
        (3, "contract_status", "signed", "amendment_unsigned")
    ]


def test_a_reimport_brings_waiting_packets_up_to_date(workspace: Path, cli: Cli) -> None:
    """Owners and the contract and order-queue status of a waiting review follow the latest
    CRM import (they were fixed at the first sync), audited; the next sync shows them."""
    cli("sync")
    before = cli.json("packet", "OPP-1002")["packets"]
    sales_ops = [
        p for p in before if p["next_action_owner"]["value"] == "elif.demir@northwindcloud.example"
    ]
    assert sales_ops
    changed = {
        "sales_ops_owner": "kim.lee@northwindcloud.example",
        "order_queue_status": "in_queue",
    }
    _edit(workspace / "crm", "opportunities.csv", {"opportunity_id": "OPP-1002"}, **changed)
    report = cli.json("sync")
    assert report["crm_changes"] == 2 and report["cycles_run"] == 0
    after = {p["thread_key"]: p for p in cli.json("packet", "OPP-1002")["packets"]}
    queue = cli.json("queue", "--all")
    waiting = {i["thread_key"] for i in queue if i["review_status"] == "pending"}
    assert waiting & after.keys()  # a finished cycle (an auto-reply here) keeps its packet
    assert all(
        after[k]["order_queue_status"]["value"] == "in_queue" for k in waiting & after.keys()
    )
    moved = {p["thread_key"] for p in sales_ops}
    owners = {after[k]["next_action_owner"]["value"] for k in moved}
    assert owners == {"kim.lee@northwindcloud.example"}
    assert all(after[p["thread_key"]]["contract_status"] == p["contract_status"] for p in before)
    mine = {
        i["thread_key"] for i in queue if i["next_action_owner"] == "kim.lee@northwindcloud.example"
    }
    assert mine == moved
    audited = _refreshes(workspace)
    assert len(audited) == len(waiting & after.keys()) and any("kim.lee@" in d for d in audited)
    # Nothing changed since: the next sync reworks nothing and audits nothing new.
    assert cli.json("sync")["crm_changes"] == 0
    assert _refreshes(workspace) == audited


def _refreshes(workspace: Path) -> list[str]:
    with sqlite3.connect(workspace / "data" / "podesk.db") as conn:
        query = "SELECT detail FROM audit_log WHERE action = 'packet_refreshed'"
        return [str(row[0]) for row in conn.execute(query)]
