"""Judgement on labelled sets, through the whole workflow, scored as `podesk eval` scores.

The floors are the levels reached, so a rule change that loses ground fails here. The
corpus's frozen holdout is held to the floors of its last measured scores, and a failure
prints only its scores: nobody who changes rules reads its mail (corpus/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from agent.evaluation.labels import load_labels
from agent.evaluation.score import Scores, score_threads
from cli.triage_cmd import triage_lines

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Floor:
    accuracy: float
    exception_recall: float
    routine_precision: float
    unsafe: int
    link: float


TUNING = Floor(accuracy=0.95, exception_recall=0.94, routine_precision=0.94, unsafe=1, link=0.93)
SETS = {
    "agent/sample_data": Floor(1.0, 1.0, 1.0, 0, 1.0),
    "tests/fixtures/labelled": Floor(1.0, 1.0, 1.0, 0, 1.0),
    "tests/fixtures/holdout": Floor(0.95, 0.94, 0.93, 0, 1.0),
    **{f"corpus/tuning/threads-{s}": TUNING for s in "abcde"},
    **{f"corpus/tuning/threads-{s}": Floor(0.87, 0.96, 0.92, 1, 0.90) for s in "fghij"},
    "corpus/tuning/threads-k": Floor(0.93, 0.97, 1.0, 0, 0.97),
    "corpus/tuning/threads-l": Floor(0.92, 1.0, 1.0, 0, 1.0),
    "corpus/tuning/threads-m": Floor(0.95, 1.0, 1.0, 0, 0.98),
    "corpus/tuning/threads-n": Floor(0.92, 0.97, 0.96, 1, 1.0),
    "corpus/tuning/threads-o": Floor(0.91, 1.0, 1.0, 0, 1.0),
    "corpus/tuning/threads-p": Floor(0.84, 1.0, 0.91, 0, 1.0),
    "corpus/tuning/threads-q": Floor(0.94, 1.0, 1.0, 0, 1.0),
    "corpus/tuning/threads-r": Floor(0.91, 1.0, 0.91, 0, 1.0),
    "corpus/tuning/threads-s": Floor(0.92, 1.0, 0.96, 0, 1.0),
    "corpus/tuning/threads-t": Floor(0.90, 1.0, 1.0, 0, 1.0),
    "corpus/tuning/threads-u": Floor(0.86, 1.0, 0.92, 0, 1.0),
    "corpus/tuning/threads-v": Floor(0.92, 1.0, 1.0, 0, 1.0),
    "corpus/tuning/threads-w": Floor(0.91, 1.0, 1.0, 0, 1.0),
    "corpus/tuning/threads-x": Floor(0.97, 1.0, 0.96, 0, 1.0),
    # Six languages the detectors do not read: their routine mail goes to a person.
    "corpus/tuning/threads-y": Floor(0.57, 1.0, 1.0, 0, 1.0),
    # The frozen holdout: last measured scores, rounded down (targets: corpus/SCORES.md).
    "corpus/holdout/threads-h1": Floor(0.90, 0.97, 0.93, 1, 1.0),
    "corpus/holdout/threads-h2": Floor(0.90, 0.94, 0.88, 2, 1.0),
    "corpus/holdout/threads-h3": Floor(0.93, 1.0, 1.0, 0, 1.0),
    "corpus/holdout/threads-h4": Floor(0.88, 0.95, 0.93, 1, 0.96),
    "corpus/holdout/threads-h5": Floor(0.95, 0.94, 0.94, 0, 0.98),
    "corpus/holdout/threads-h6": Floor(0.88, 0.97, 0.93, 1, 1.0),
    "corpus/holdout/threads-h7": Floor(0.92, 0.95, 0.96, 1, 1.0),
    "corpus/holdout/threads-h8": Floor(0.95, 1.0, 1.0, 0, 1.0),
    "corpus/holdout/threads-h9": Floor(0.93, 0.95, 0.95, 1, 1.0),
    "corpus/holdout/threads-h10": Floor(0.86, 1.0, 1.0, 0, 1.0),
    "corpus/holdout/threads-h11": Floor(0.85, 0.88, 0.87, 4, 1.0),
    "corpus/holdout/threads-h12": Floor(0.87, 0.93, 0.87, 1, 1.0),
}


def _score(path: str) -> Scores:
    data = ROOT / path
    records = triage_lines(data / "mailbox", data / "crm")
    return score_threads(load_labels(data / "labels.jsonl"), records)


@pytest.mark.parametrize("path", sorted(SETS))
def test_judgement_holds_its_floor(path: str) -> None:
    floor, scores = SETS[path], _score(path)
    summary = (
        f"{path}: accuracy {scores.label_accuracy}, exception recall {scores.exception_recall}, "
        f"routine precision {scores.routine_precision}, unsafe {scores.unsafe}, "
        f"link {scores.link_accuracy}"
    )
    # Plain comparisons, not asserts on Scores: a failure must not print the holdout's mail.
    failed = [
        name
        for name, ok in {
            "threads": scores.threads >= 40 and scores.unlabelled_predictions == 0,
            "accuracy": scores.label_accuracy >= floor.accuracy,
            "exception recall": scores.exception_recall >= floor.exception_recall,
            "routine precision": scores.routine_precision >= floor.routine_precision,
            "unsafe": scores.unsafe <= floor.unsafe,
            "link": scores.link_accuracy >= floor.link,
        }.items()
        if not ok
    ]
    assert not failed, f"below the floor on {', '.join(failed)} -- {summary}"
