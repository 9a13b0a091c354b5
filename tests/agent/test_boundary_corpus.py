"""The message boundary on every labelled sentence set, scored as `podesk eval --boundary`
scores it. The floors are the levels reached (recall at least, false positives at most), so
a rule change that loses ground on any set fails here. Holdout sets print only their scores:
nobody who changes rules reads their sentences (corpus/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.boundary import check_customer_draft
from agent.evaluation.labels import load_sentences
from agent.evaluation.score import Scores, score_boundary

ROOT = Path(__file__).resolve().parents[2] / "corpus"

# (recall floor, false-positive ceiling), as measured on 2026-12-07.
FLOORS: dict[str, tuple[float, float]] = {
    "tuning/sentences": (1.0, 0.005),
    "tuning/sentences-b": (1.0, 0.0),
    "tuning/sentences-c": (0.966, 0.009),
    "tuning/sentences-d": (0.987, 0.025),
    "tuning/sentences-e": (0.991, 0.075),
    "tuning/sentences-f": (0.962, 0.054),
    "tuning/sentences-g": (0.891, 0.038),
    "tuning/sentences-h": (0.958, 0.021),
    "tuning/sentences-i": (0.954, 0.100),
    "holdout/sentences": (0.992, 0.031),
    "holdout/sentences-s2": (0.945, 0.059),
    "holdout/sentences-s3": (0.937, 0.080),
    "holdout/sentences-s4": (0.933, 0.100),
    "holdout/sentences-s5": (0.920, 0.092),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_boundary_holds_its_floor(name: str) -> None:
    recall_floor, fp_ceiling = FLOORS[name]
    scores = Scores()
    score_boundary(scores, load_sentences(ROOT / name / "sentences.jsonl"), check_customer_draft)
    recall, fpr = scores.boundary_recall, scores.boundary_false_positive_rate
    assert recall is not None and fpr is not None and scores.sentences >= 260
    # Plain comparisons, not asserts on Scores: a failure must not print a holdout sentence.
    failed = [
        n for n, ok in (("recall", recall >= recall_floor), ("fp", fpr <= fp_ceiling)) if not ok
    ]
    assert not failed, f"{name}: recall {recall}, false positives {fpr} ({', '.join(failed)})"
