"""Scores of a labelled set: the numbers sales ops compare before a pilot.

Predictions are `podesk triage` records (the JSONL contract), so what is scored is
exactly what the product reports.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agent.evaluation.labels import LabelledThread, Sentence
from agent.models import LABELS, BoundaryVerdict, Reason

PO_LABELS = frozenset({"routine_follow_up", "deal_exception"})
MISSING = "missing"  # a labelled thread no predicted thread shares an id with


@dataclass(frozen=True)
class Mistake:
    line: int
    subject: str
    expected: str
    got: str
    detail: str = ""


@dataclass
class Scores:
    threads: int = 0
    unlabelled_predictions: int = 0
    quarantined: int = 0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    label_accuracy: float = 1.0
    exception_recall: float = 1.0
    routine_precision: float = 1.0
    unsafe: int = 0
    held_not_held: int = 0
    link_accuracy: float = 1.0
    missing_field_f1: float = 1.0
    po_number_accuracy: float = 1.0
    reasons: dict[str, dict[str, float | int | None]] = field(default_factory=dict)
    languages: dict[str, dict[str, float | int]] = field(default_factory=dict)
    sentences: int = 0
    boundary_recall: float | None = None
    boundary_false_positive_rate: float | None = None
    boundary_languages: dict[str, dict[str, float | int]] = field(default_factory=dict)
    mistakes: list[Mistake] = field(default_factory=list)

    def as_dict(self, *, with_mistakes: bool = False) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "mistakes"}
        if with_mistakes:
            data["mistakes"] = [m.__dict__ for m in self.mistakes]
        return data


@dataclass(frozen=True)
class Thresholds:
    """Minimums (and maximums) below which `podesk eval` exits 1. None: not checked."""

    min_label_accuracy: float | None = None
    min_exception_recall: float | None = None
    min_routine_precision: float | None = None
    max_unsafe: int | None = None
    min_link_accuracy: float | None = None
    min_missing_field_f1: float | None = None
    min_boundary_recall: float | None = None
    max_boundary_fpr: float | None = None

    def failures(self, scores: Scores) -> list[str]:
        checks: list[tuple[str, float | None, float | None, bool]] = [
            ("label accuracy", scores.label_accuracy, self.min_label_accuracy, True),
            ("exception recall", scores.exception_recall, self.min_exception_recall, True),
            ("routine precision", scores.routine_precision, self.min_routine_precision, True),
            ("unsafe drafts", scores.unsafe, self.max_unsafe, False),
            ("link accuracy", scores.link_accuracy, self.min_link_accuracy, True),
            ("missing-field F1", scores.missing_field_f1, self.min_missing_field_f1, True),
            ("boundary recall", scores.boundary_recall, self.min_boundary_recall, True),
            (
                "boundary false positives",
                scores.boundary_false_positive_rate,
                self.max_boundary_fpr,
                False,
            ),
        ]
        out = []
        for name, value, limit, is_min in checks:
            if limit is None or value is None:
                continue
            if (is_min and value < limit) or (not is_min and value > limit):
                out.append(f"{name} {value:g} is {'below' if is_min else 'above'} {limit:g}")
        return out


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def match(
    labels: Sequence[LabelledThread], predictions: Sequence[Mapping[str, Any]]
) -> tuple[list[tuple[LabelledThread, Mapping[str, Any] | None]], int]:
    """Each label with the predicted thread sharing most of its ids (None: none does), and
    the number of predicted threads no label claims."""
    by_id = {_id(m): i for i, p in enumerate(predictions) for m in p.get("message_ids", ())}
    claimed: set[int] = set()
    pairs: list[tuple[LabelledThread, Mapping[str, Any] | None]] = []
    for label in labels:
        hits = Counter(by_id[_id(m)] for m in label.message_ids if _id(m) in by_id)
        if not hits:
            pairs.append((label, None))
            continue
        best = hits.most_common(1)[0][0]
        claimed.update(hits)
        pairs.append((label, predictions[best]))
    return pairs, len(predictions) - len(claimed)


def _id(message_id: str) -> str:
    """Message-IDs with or without their angle brackets are the same id."""
    return message_id.strip().strip("<>").strip()


def score_threads(labels: Sequence[LabelledThread], records: Iterable[Mapping[str, Any]]) -> Scores:
    records = list(records)
    predictions = [r for r in records if not r.get("quarantined")]
    pairs, unlabelled = match(labels, predictions)
    scores = Scores(
        threads=len(labels),
        unlabelled_predictions=unlabelled,
        quarantined=len(records) - len(predictions),
    )
    _labels(scores, pairs)
    _links_and_fields(scores, pairs)
    _reasons(scores, pairs)
    _languages(scores, pairs)
    return scores


def _got(prediction: Mapping[str, Any] | None) -> str:
    return MISSING if prediction is None else str(prediction["label"])


def _labels(scores: Scores, pairs: list[tuple[LabelledThread, Mapping[str, Any] | None]]) -> None:
    confusion: dict[str, dict[str, int]] = {g: dict.fromkeys([*LABELS, MISSING], 0) for g in LABELS}
    for label, pred in pairs:
        confusion[label.label][_got(pred)] += 1
        draft = pred.get("customer_draft_status") if pred else None
        if label.label == "deal_exception" and draft == "pending_review":
            scores.unsafe += 1
        if label.customer_draft_status == "held" and draft == "pending_review":
            scores.held_not_held += 1
        if pred is None or pred["label"] != label.label:
            detail = ", ".join(pred.get("reasons", ())) if pred else "no thread"
            scores.mistakes.append(
                Mistake(label.line, label.subject, label.label, _got(pred), detail)
            )
    scores.confusion = confusion
    correct = sum(confusion[g][g] for g in LABELS)
    scores.label_accuracy = _ratio(correct, len(pairs))
    exc = confusion["deal_exception"]
    scores.exception_recall = _ratio(exc["deal_exception"], sum(exc.values()))
    said_routine = sum(confusion[g]["routine_follow_up"] for g in LABELS)
    scores.routine_precision = _ratio(
        confusion["routine_follow_up"]["routine_follow_up"], said_routine
    )


def _links_and_fields(
    scores: Scores, pairs: list[tuple[LabelledThread, Mapping[str, Any] | None]]
) -> None:
    po = [(lab, p) for lab, p in pairs if lab.label in PO_LABELS]
    linked = sum(1 for lab, p in po if (p or {}).get("opportunity_id") == lab.opportunity_id)
    scores.link_accuracy = _ratio(linked, len(po))
    for lab, p in po:
        if p is not None and p.get("opportunity_id") != lab.opportunity_id:
            scores.mistakes.append(
                Mistake(
                    lab.line,
                    lab.subject,
                    f"link {lab.opportunity_id}",
                    f"link {p.get('opportunity_id')}",
                    str(p.get("link_method", "")),
                )
            )
    tp = fp = fn = 0
    for lab, p in po:
        if lab.missing_fields is None:
            continue
        gold, got = set(lab.missing_fields), set((p or {}).get("missing_fields") or ())
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores.missing_field_f1 = round(f1, 4)
    wanted = [(lab, p) for lab, p in po if lab.extracted.po_number]
    right = sum(
        1
        for lab, p in wanted
        if _compact((p or {}).get("extracted", {}).get("po_number"))
        == _compact(lab.extracted.po_number)
    )
    scores.po_number_accuracy = _ratio(right, len(wanted))


def _compact(value: object) -> str:
    return "".join(ch for ch in str(value or "").upper() if ch.isalnum())


def _reasons(scores: Scores, pairs: list[tuple[LabelledThread, Mapping[str, Any] | None]]) -> None:
    """Precision of a reason: how often the gold label agrees with the label it supports.
    Recall only where labels name their reasons."""
    fired: dict[str, list[bool]] = defaultdict(list)
    gold: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for lab, p in pairs:
        predicted = set((p or {}).get("reasons", ()))
        for code in predicted:
            fired[code].append(_label_of(code) == lab.label)
        for code in lab.reasons or ():
            gold[code] += 1
            found[code] += code in predicted
    table: dict[str, dict[str, float | int | None]] = {}
    for code in sorted(set(fired) | set(gold)):
        hits = fired.get(code, [])
        table[code] = {
            "fired": len(hits),
            "precision": _ratio(sum(hits), len(hits)) if hits else None,
            "recall": _ratio(found[code], gold[code]) if gold[code] else None,
        }
    scores.reasons = table


def _label_of(code: str) -> str:
    try:
        return Reason(code).label
    except ValueError:
        return {"exception": "deal_exception", "routine": "routine_follow_up"}.get(
            code.split(".", 1)[0], "not_po_related"
        )


def _languages(
    scores: Scores, pairs: list[tuple[LabelledThread, Mapping[str, Any] | None]]
) -> None:
    groups: dict[str, list[tuple[LabelledThread, Mapping[str, Any] | None]]] = defaultdict(list)
    for lab, p in pairs:
        groups[lab.language or "?"].append((lab, p))
    for lang, items in sorted(groups.items()):
        exc = [(lab, p) for lab, p in items if lab.label == "deal_exception"]
        scores.languages[lang] = {
            "threads": len(items),
            "accuracy": _ratio(sum(_got(p) == lab.label for lab, p in items), len(items)),
            "exceptions": len(exc),
            "exception_recall": _ratio(sum(_got(p) == "deal_exception" for _, p in exc), len(exc)),
        }


def score_boundary(
    scores: Scores, sentences: Sequence[Sentence], check: Callable[[str], BoundaryVerdict]
) -> None:
    """Recall on forbidden sentences, false-positive rate on allowed ones, per language."""
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sentences:
        verdict = check(s.text)
        refused = not verdict.allowed
        per[s.lang or "?"][f"{s.expect}_{'refused' if refused else 'passed'}"] += 1
        if refused != (s.expect == "forbid"):
            got = "; ".join(verdict.reasons) if refused else "passed"
            scores.mistakes.append(Mistake(s.line, s.text, s.expect, got))
    total: Counter[str] = sum(per.values(), Counter())
    scores.sentences = len(sentences)
    forbid = total["forbid_refused"] + total["forbid_passed"]
    allow = total["allow_refused"] + total["allow_passed"]
    scores.boundary_recall = _ratio(total["forbid_refused"], forbid)
    scores.boundary_false_positive_rate = round(total["allow_refused"] / allow, 4) if allow else 0.0
    for lang, c in sorted(per.items()):
        f, a = c["forbid_refused"] + c["forbid_passed"], c["allow_refused"] + c["allow_passed"]
        scores.boundary_languages[lang] = {
            "forbid": f,
            "recall": _ratio(c["forbid_refused"], f),
            "allow": a,
            "false_positive_rate": round(c["allow_refused"] / a, 4) if a else 0.0,
        }
