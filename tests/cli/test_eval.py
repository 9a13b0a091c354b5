"""`podesk eval` end to end on the shipped sample data, in the documented format."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli.conftest import Cli

SAMPLE = Path(__file__).resolve().parents[2] / "agent" / "sample_data"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "set"
    shutil.copytree(SAMPLE, target)
    return target


def test_eval_reports_scores_as_json(cli: Cli) -> None:
    data = cli.json("eval", "--data", str(SAMPLE), "--no-llm")
    assert data["threads"] == 47
    assert set(data["confusion"]) == {"routine_follow_up", "deal_exception", "not_po_related"}
    assert data["unsafe"] == 0 and data["failures"] == []
    assert 0.0 <= data["label_accuracy"] <= 1.0


def test_eval_exits_1_below_a_threshold(cli: Cli, tmp_path: Path) -> None:
    data = _copy(tmp_path)
    lines = (data / "labels.jsonl").read_text().splitlines()
    flipped = []
    for line in lines:  # relabel every routine thread as an exception: recall holds, accuracy drops
        row = json.loads(line)
        if row["label"] == "routine_follow_up":
            row["label"] = "deal_exception"
        flipped.append(json.dumps(row))
    (data / "labels.jsonl").write_text("\n".join(flipped) + "\n")
    out = cli(
        "eval",
        "--data",
        str(data),
        "--no-llm",
        "--min-label-accuracy",
        "0.9",
        "--max-unsafe",
        "0",
        code=1,
    )
    assert "label accuracy" in out and "below 0.9" in out
    assert "unsafe drafts" in out  # every routine draft is now a draft on an "exception"


def test_eval_boundary_file(cli: Cli, tmp_path: Path) -> None:
    sentences = tmp_path / "s.jsonl"
    sentences.write_text(
        json.dumps({"expect": "forbid", "text": "Your order is confirmed.", "lang": "en"})
        + "\n"
        + json.dumps({"expect": "allow", "text": "Thank you for your PO.", "lang": "en"})
        + "\n"
    )
    data = cli.json("eval", "--boundary", str(sentences))
    assert data["boundary_recall"] == 1.0 and data["boundary_false_positive_rate"] == 0.0
    assert data["threads"] == 0


def test_eval_without_labels_is_a_configuration_error(cli: Cli, tmp_path: Path) -> None:
    data = _copy(tmp_path)
    (data / "labels.jsonl").unlink()
    out = cli("eval", "--data", str(data), code=2)
    assert "labels.jsonl" in out


def test_eval_bad_label_line_names_it(cli: Cli, tmp_path: Path) -> None:
    data = _copy(tmp_path)
    with (data / "labels.jsonl").open("a") as f:
        f.write('{"message_ids": ["<x@y>"], "label": "urgent"}\n')
    out = cli("eval", "--data", str(data), code=1)
    assert "labels.jsonl, line 48, field 'label'" in " ".join(out.split())
