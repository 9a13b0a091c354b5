"""Classification accuracy per label on labelled real-file sets, through the whole workflow.

Two sets: the demo's sample data, and an independent set written by someone who did not
write the rules (tests/fixtures/labelled). Thresholds are per label; exception recall is
held highest because a missed exception is the expensive error.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agent.cli.triage_cmd import triage_lines
from connectors.mailbox import read_mailbox

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Dataset:
    root: Path
    labels: Path
    min_accuracy: dict[str, float]
    min_link_accuracy: float


DATASETS = {
    "sample": Dataset(
        ROOT / "agent" / "sample_data",
        ROOT / "agent" / "sample_data" / "expected.csv",
        {"routine_follow_up": 1.0, "deal_exception": 1.0, "not_po_related": 1.0},
        1.0,
    ),
    "labelled": Dataset(
        ROOT / "tests" / "fixtures" / "labelled",
        ROOT / "tests" / "fixtures" / "labelled" / "labels.csv",
        {"routine_follow_up": 0.9, "deal_exception": 0.95, "not_po_related": 0.9},
        0.9,
    ),
    # Written by a third author who never saw the rules; never tuned against. Its Dutch and
    # Spanish mail is outside the rules' languages: the unrecognised-request net catches it.
    "holdout": Dataset(
        ROOT / "tests" / "fixtures" / "holdout",
        ROOT / "tests" / "fixtures" / "holdout" / "labels.csv",
        {"routine_follow_up": 0.9, "deal_exception": 0.95, "not_po_related": 0.9},
        0.95,
    ),
}


def evaluate(ds: Dataset) -> tuple[list[dict[str, str]], dict[str, dict[str, Any]]]:
    mailbox = ds.root / "mailbox"
    lines = [x for x in triage_lines(mailbox, ds.root / "crm") if not x.get("quarantined")]
    source = {m.message_id: m.source for m in read_mailbox(mailbox).messages}
    by_file = {source[mid]: line for line in lines for mid in line["message_ids"]}
    with ds.labels.open(encoding="utf-8") as f:
        return list(csv.DictReader(f)), by_file


@pytest.fixture(scope="module", params=sorted(DATASETS))
def results(request: pytest.FixtureRequest) -> tuple[Dataset, list[dict[str, str]], dict[str, Any]]:
    ds = DATASETS[request.param]
    rows, by_file = evaluate(ds)
    return ds, rows, by_file


def test_every_labelled_thread_is_reported(results: Any) -> None:
    _, rows, by_file = results
    missing = [r["file"] for r in rows if r["file"] not in by_file]
    assert not missing


def test_accuracy_per_label(results: Any) -> None:
    ds, rows, by_file = results
    total, right, wrong = Counter(), Counter(), []
    for row in rows:
        got = by_file[row["file"]]
        total[row["label"]] += 1
        if got["label"] == row["label"]:
            right[row["label"]] += 1
        else:
            wrong.append(f"{row['file']}: want {row['label']} got {got['label']} {got['reasons']}")
    for label, minimum in ds.min_accuracy.items():
        assert total[label] >= 5, f"too few {label} examples to measure"
        accuracy = right[label] / total[label]
        assert accuracy >= minimum, f"{label}: {accuracy:.2f} < {minimum}\n" + "\n".join(wrong)


def test_linking_accuracy(results: Any) -> None:
    ds, rows, by_file = results
    right = sum((by_file[r["file"]]["opportunity_id"] or "") == r["opportunity_id"] for r in rows)
    assert right / len(rows) >= ds.min_link_accuracy


def test_exceptions_cite_an_expected_reason(results: Any) -> None:
    """A caught exception should also be caught for the right reason most of the time."""
    _, rows, by_file = results
    exceptions = [r for r in rows if r["label"] == "deal_exception"]
    cited = sum(
        bool(set(r["reasons"].split(";")) & set(by_file[r["file"]]["reasons"])) for r in exceptions
    )
    assert cited / len(exceptions) >= 0.85


def test_exceptions_and_unlinked_threads_never_get_a_customer_draft(results: Any) -> None:
    _, _, by_file = results
    for line in by_file.values():
        if line["label"] != "routine_follow_up" or line["opportunity_id"] is None:
            assert line["customer_draft_status"] not in ("pending_review", "held"), line
