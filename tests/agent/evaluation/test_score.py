"""Scoring: each number on a set small enough to count by hand."""

from __future__ import annotations

from typing import Any

from agent.evaluation import LabelledThread, Sentence, Thresholds, score_boundary, score_threads
from agent.models import BoundaryVerdict


def _label(ids: list[str], label: str, **kw: Any) -> LabelledThread:
    return LabelledThread(message_ids=tuple(ids), label=label, **kw)  # type: ignore[arg-type]


def _pred(ids: list[str], label: str, **kw: Any) -> dict[str, Any]:
    return {
        "message_ids": ids,
        "label": label,
        "reasons": [],
        "opportunity_id": None,
        "missing_fields": [],
        "customer_draft_status": "none",
        "extracted": {},
        **kw,
    }


LABELS = [
    _label(["a1", "a2"], "deal_exception", opportunity_id="O1", missing_fields=("po_number",)),
    _label(["b1"], "deal_exception", opportunity_id="O2", missing_fields=()),
    _label(
        ["c1"],
        "routine_follow_up",
        opportunity_id="O3",
        missing_fields=("tax_detail", "po_number"),
        customer_draft_status="held",
    ),
    _label(["d1"], "not_po_related"),
    _label(["e1"], "routine_follow_up", opportunity_id="O5", language="de"),
]
PREDICTIONS = [
    # the thread split in two by the threader: the one holding more ids wins
    _pred(
        ["a1"],
        "deal_exception",
        opportunity_id="O1",
        missing_fields=["po_number"],
        reasons=["exception.price_change"],
    ),
    _pred(
        ["b1"],
        "routine_follow_up",
        opportunity_id="O2",
        customer_draft_status="pending_review",
        reasons=["routine.po_submitted"],
    ),
    _pred(
        ["c1"],
        "routine_follow_up",
        opportunity_id="O3",
        missing_fields=["tax_detail"],
        customer_draft_status="pending_review",
    ),
    _pred(["d1"], "not_po_related"),
    _pred(["zz"], "not_po_related"),
    {"quarantined": True, "source": "x.eml", "reason": "empty"},
]


def test_thread_scores() -> None:
    s = score_threads(LABELS, PREDICTIONS)
    assert s.threads == 5 and s.quarantined == 1 and s.unlabelled_predictions == 1
    assert s.confusion["deal_exception"] == {
        "routine_follow_up": 1,
        "deal_exception": 1,
        "not_po_related": 0,
        "missing": 0,
    }
    assert s.confusion["routine_follow_up"]["missing"] == 1
    assert s.label_accuracy == 0.6  # a, c, d right; b wrong; e has no thread
    assert s.exception_recall == 0.5
    assert s.routine_precision == 0.5  # said routine twice, once rightly
    assert s.unsafe == 1  # b: an exception with a pending customer draft
    assert s.held_not_held == 1  # c
    assert s.link_accuracy == 0.75  # e has no thread
    # pairs: gold {a:po} {c:tax,po} ; got {a:po} {c:tax} -> tp 2, fp 0, fn 1
    assert s.missing_field_f1 == round(2 * 1.0 * (2 / 3) / (1 + 2 / 3), 4)
    assert s.reasons["exception.price_change"]["precision"] == 1.0
    assert s.reasons["routine.po_submitted"]["precision"] == 0.0
    assert s.languages["de"] == {
        "threads": 1,
        "accuracy": 0.0,
        "exceptions": 0,
        "exception_recall": 1.0,
    }


def test_thresholds_name_what_failed() -> None:
    s = score_threads(LABELS, PREDICTIONS)
    failures = Thresholds(min_exception_recall=0.9, max_unsafe=0, min_label_accuracy=0.5).failures(
        s
    )
    assert failures == ["exception recall 0.5 is below 0.9", "unsafe drafts 1 is above 0"]


def test_boundary_recall_and_false_positives() -> None:
    sentences = [
        Sentence(expect="forbid", text="bad one", lang="en"),
        Sentence(expect="forbid", text="bad two", lang="en"),
        Sentence(expect="allow", text="good bad", lang="fr"),
        Sentence(expect="allow", text="fine", lang="fr"),
    ]
    s = score_threads(LABELS, PREDICTIONS)

    def check(text: str) -> BoundaryVerdict:
        return BoundaryVerdict(
            allowed="bad" not in text or text == "bad two", reasons=("x",) if "bad" in text else ()
        )

    score_boundary(s, sentences, check)
    assert s.boundary_recall == 0.5 and s.boundary_false_positive_rate == 0.5
    assert s.boundary_languages["fr"]["false_positive_rate"] == 0.5
    assert Thresholds(min_boundary_recall=0.97).failures(s) == ["boundary recall 0.5 is below 0.97"]
