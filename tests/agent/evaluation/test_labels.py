"""Loading labelled sets: a bad line stops the load and says file, line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.errors import InputError
from agent.evaluation import load_labels, load_sentences

GOOD = {"message_ids": ["<a@x>"], "label": "routine_follow_up", "opportunity_id": "OPP-1"}


def _write(tmp_path: Path, *rows: object) -> Path:
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_loads_lines_with_their_numbers(tmp_path: Path) -> None:
    labels = load_labels(_write(tmp_path, GOOD, "", {**GOOD, "message_ids": ["<b@x>"]}))
    assert [x.line for x in labels] == [1, 3]
    assert labels[0].opportunity_id == "OPP-1" and labels[0].missing_fields is None


@pytest.mark.parametrize(
    ("row", "where"),
    [
        ({**GOOD, "label": "routine"}, "line 2, field 'label'"),
        ({**GOOD, "message_ids": []}, "line 2, field 'message_ids'"),
        ({**GOOD, "customer_draft_status": "maybe"}, "line 2, field 'customer_draft_status'"),
        ({**GOOD, "missing_fields": ["po_numbr"]}, "line 2, field 'missing_fields'"),
        (
            {**GOOD, "message_ids": ["<a@x>"]},
            "line 2, field 'message_ids': <a@x> is also on line 1",
        ),
        ("{not json", "line 2: not JSON"),
        ("[1, 2]", "line 2: expected a JSON object"),
    ],
)
def test_bad_line_names_file_line_and_field(tmp_path: Path, row: object, where: str) -> None:
    path = _write(tmp_path, GOOD, row)
    with pytest.raises(InputError) as info:
        load_labels(path)
    assert str(path) in str(info.value) and where in str(info.value)


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no labelled lines"):
        load_labels(_write(tmp_path, ""))


def test_sentences_need_forbid_or_allow(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(
        json.dumps({"expect": "allow", "text": "Thanks"})
        + "\n"
        + json.dumps({"expect": "deny", "text": "x"})
        + "\n"
    )
    with pytest.raises(InputError, match="line 2, field 'expect'"):
        load_sentences(path)
