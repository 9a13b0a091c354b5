"""`podesk eval` as tables for people."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table

from agent.evaluation.score import MISSING, Scores
from agent.models import LABELS

_SHORT = {"routine_follow_up": "routine", "deal_exception": "exception", "not_po_related": "not PO"}


def render(scores: Scores, *, show_mistakes: bool = False) -> Group:
    parts: list[Table] = []
    if scores.threads:
        parts += [_confusion(scores), _headline(scores), _reasons(scores), _languages(scores)]
    if scores.sentences:
        parts.append(_boundary(scores))
    if show_mistakes and scores.mistakes:
        parts.append(_mistakes(scores))
    return Group(*parts)


def _table(title: str, *columns: str) -> Table:
    out = Table(title=title, header_style="bold", title_justify="left")
    for name in columns:
        out.add_column(name, overflow="fold")
    return out


def _confusion(scores: Scores) -> Table:
    out = _table(
        "Confusion (rows: labelled, columns: PO Desk)",
        "",
        *[_SHORT[g] for g in LABELS],
        "no thread",
    )
    for gold in LABELS:
        row = scores.confusion[gold]
        out.add_row(_SHORT[gold], *[str(row[g]) for g in LABELS], str(row[MISSING]))
    return out


def _headline(scores: Scores) -> Table:
    out = _table("Scores", "measure", "value")
    rows = [
        ("threads labelled", scores.threads),
        ("label accuracy", scores.label_accuracy),
        ("exception recall", scores.exception_recall),
        ("routine precision", scores.routine_precision),
        ("unsafe (exception with a pending customer draft)", scores.unsafe),
        ("held expected, pending given", scores.held_not_held),
        ("link accuracy (PO-related)", scores.link_accuracy),
        ("missing-field F1", scores.missing_field_f1),
        ("PO number accuracy", scores.po_number_accuracy),
        ("threads no label claims", scores.unlabelled_predictions),
        ("quarantined files", scores.quarantined),
    ]
    for name, value in rows:
        out.add_row(name, str(value))
    return out


def _reasons(scores: Scores) -> Table:
    out = _table(
        "Reasons (precision: the labelled label agrees)", "reason", "fired", "precision", "recall"
    )
    for code, row in scores.reasons.items():
        out.add_row(
            code,
            *(("—" if row[k] is None else str(row[k])) for k in ("fired", "precision", "recall")),
        )
    return out


def _languages(scores: Scores) -> Table:
    out = _table("By language", "language", "threads", "accuracy", "exceptions", "exception recall")
    for lang, row in scores.languages.items():
        out.add_row(
            lang, *(str(row[k]) for k in ("threads", "accuracy", "exceptions", "exception_recall"))
        )
    return out


def _boundary(scores: Scores) -> Table:
    out = _table(
        f"Boundary: recall {scores.boundary_recall}, false positives "
        f"{scores.boundary_false_positive_rate} ({scores.sentences} sentences)",
        "language",
        "forbidden",
        "recall",
        "allowed",
        "false positives",
    )
    for lang, row in scores.boundary_languages.items():
        out.add_row(
            lang, *(str(row[k]) for k in ("forbid", "recall", "allow", "false_positive_rate"))
        )
    return out


def _mistakes(scores: Scores) -> Table:
    out = _table("Mistakes", "line", "subject / sentence", "expected", "got", "detail")
    for m in scores.mistakes:
        out.add_row(str(m.line), m.subject, m.expected, m.got, m.detail)
    return out
