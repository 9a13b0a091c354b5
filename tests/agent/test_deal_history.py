"""CRM exports as facts per deal, and a deal's events from the changes of its facts
(agent/deal_history.py), on the bundled sample export changed the way a CRM changes."""

from __future__ import annotations

import csv
import shutil
from datetime import UTC, datetime
from pathlib import Path

from agent.deal_history import FactChange, changes, deal_facts, digest, events, state_at
from connectors.crm.load import load_crm
from connectors.crm.model import CrmSnapshot

SAMPLE = Path(__file__).resolve().parents[2] / "agent" / "sample_data" / "crm"


def _edit(folder: Path, name: str, match: dict[str, str], **changes_: str) -> None:
    """Change the rows of ``name`` whose columns equal ``match``."""
    path = folder / name
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    fields = list(rows[0])
    hits = [r for r in rows if all(r[k] == v for k, v in match.items())]
    assert hits, (name, match)
    for row in hits:
        row.update(changes_)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def _export(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(SAMPLE, folder)
    return folder


def _history(*snapshots: CrmSnapshot) -> list[FactChange]:
    """Every snapshot's changes for OPP-1001, as the store keeps them."""
    state: dict[tuple[str, str], str | None] = {}
    found: list[FactChange] = []
    for number, snapshot in enumerate(snapshots, 1):
        at = datetime(2026, 4, number, tzinfo=UTC)
        for fact in changes(state, deal_facts(snapshot)):
            state[fact.opportunity_id, fact.key] = fact.value
            if fact.opportunity_id == "OPP-1001":
                found.append(FactChange(number, at, fact.key, fact.value, fact.source))
    return found


def test_the_same_export_is_the_same_facts_whatever_its_row_order(tmp_path: Path) -> None:
    first = deal_facts(load_crm(SAMPLE))
    shuffled = _export(tmp_path, "shuffled")
    lines = (shuffled / "po_requirements.csv").read_text().splitlines()
    (shuffled / "po_requirements.csv").write_text("\n".join([lines[0], *lines[:0:-1]]) + "\n")
    again = deal_facts(load_crm(shuffled))
    assert digest(again) == digest(first) and not changes(
        {k: f.value for k, f in first.items()}, again
    )
    # ...though each fact still says which line it came from.
    key = ("OPP-1001", "requirement.po_number")
    assert first[key].source != again[key].source


def test_a_field_received_a_status_moved_an_exception_opened_and_resolved(tmp_path: Path) -> None:
    before = load_crm(SAMPLE)
    later = _export(tmp_path, "later")
    _edit(later, "po_requirements.csv", {"opportunity_id": "OPP-1001", "field": "po_number"},
          status="received", value="PO-88123")  # fmt: skip
    _edit(later, "opportunities.csv", {"opportunity_id": "OPP-1001"}, order_queue_status="in_queue")
    with (later / "exceptions.csv").open("a", encoding="utf-8") as handle:
        handle.write("EXC-2099,OPP-1001,credit_review,lena.fischer@northwindcloud.example,open,"
                     "2026-04-02T09:00:00Z\n")  # fmt: skip
    last = _export(tmp_path, "last")
    shutil.copy(later / "po_requirements.csv", last / "po_requirements.csv")
    shutil.copy(later / "opportunities.csv", last / "opportunities.csv")
    shutil.copy(later / "exceptions.csv", last / "exceptions.csv")
    _edit(last, "exceptions.csv", {"exception_id": "EXC-2099"}, status="resolved")
    _edit(last, "opportunities.csv", {"opportunity_id": "OPP-1001"},
          sales_ops_owner="kim.lee@northwindcloud.example")  # fmt: skip

    history = _history(before, load_crm(later), load_crm(later), load_crm(last))
    found = [
        (e.snapshot_id, e.kind, e.subject, e.before, e.after) for e in events("OPP-1001", history)
    ]
    assert found == [
        (1, "field_missing", "po_number", None, "missing"),
        (1, "field_missing", "billing_entity", None, "missing"),
        (1, "field_missing", "tax_detail", None, "missing"),
        (2, "order_queue_status", "order_queue_status", "not_submitted", "in_queue"),
        (2, "field_received", "po_number", "missing", "received"),
        (2, "exception_opened", "EXC-2099", None, "open"),
        (4, "owner", "sales_ops_owner", "sam.ortiz@northwindcloud.example",
         "kim.lee@northwindcloud.example"),
        (4, "exception_resolved", "EXC-2099", "open", "resolved"),
    ]  # fmt: skip
    # The third snapshot repeated the second: it changed nothing, so it added no event.
    assert not [c for c in history if c.snapshot_id == 3]
    latest = state_at(history)
    assert '"value": "PO-88123"' in latest["requirement.po_number"]


def test_an_exception_gone_from_the_export_is_resolved(tmp_path: Path) -> None:
    later = _export(tmp_path, "later")
    lines = (later / "exceptions.csv").read_text().splitlines()
    (later / "exceptions.csv").write_text(
        "\n".join(ln for ln in lines if not ln.startswith("EXC-2001")) + "\n"
    )
    state = {k: f.value for k, f in deal_facts(load_crm(SAMPLE)).items()}
    gone = changes(state, deal_facts(load_crm(later)))
    assert [(f.opportunity_id, f.key, f.value) for f in gone] == [
        ("OPP-1009", "exception.EXC-2001", None)
    ]
    at = datetime(2026, 4, 1, tzinfo=UTC)
    history = [
        FactChange(1, at, "exception.EXC-2001", state["OPP-1009", "exception.EXC-2001"]),
        FactChange(2, at, "exception.EXC-2001", None),
    ]
    kinds = [(e.kind, e.after) for e in events("OPP-1009", history)]
    assert kinds == [("exception_opened", "open"), ("exception_resolved", "gone")]


def test_a_change_repeated_by_a_racing_import_is_no_second_event() -> None:
    at = datetime(2026, 4, 1, tzinfo=UTC)
    value = '"in_queue"'
    history = [
        FactChange(1, at, "opportunity.order_queue_status", '"not_submitted"'),
        FactChange(2, at, "opportunity.order_queue_status", value),
        FactChange(3, at, "opportunity.order_queue_status", value),
    ]
    assert len(events("OPP-1", history)) == 1
