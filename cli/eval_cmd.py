"""`podesk eval`: score PO Desk on a labelled mailbox and/or a boundary sentence file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from agent.errors import ConfigurationError
from cli.output import console, err_console, print_json

if TYPE_CHECKING:
    from agent.evaluation import Scores

_Min = Annotated[float | None, typer.Option(min=0.0, max=1.0)]


def evaluate(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(file_okay=False, help="Labelled set: mailbox/, crm/, labels.jsonl."),
    ] = None,
    boundary: Annotated[
        Path | None,
        typer.Option(dir_okay=False, help="Sentences (JSONL, expect forbid|allow)."),
    ] = None,
    no_llm: Annotated[bool, typer.Option("--no-llm", help="Rules only (no model).")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    show_mistakes: Annotated[
        bool, typer.Option("--show-mistakes", help="List every wrong label and sentence.")
    ] = False,
    min_label_accuracy: _Min = None,
    min_exception_recall: _Min = None,
    min_routine_precision: _Min = None,
    max_unsafe: Annotated[int | None, typer.Option(min=0)] = None,
    min_link_accuracy: _Min = None,
    min_missing_field_f1: _Min = None,
    min_boundary_recall: _Min = None,
    max_boundary_fpr: _Min = None,
) -> None:
    """Print a confusion matrix, per-reason and per-language scores, and boundary recall and
    false positives; exit 1 when a score is below a threshold given as a flag."""
    if data is None and boundary is None:
        raise ConfigurationError("give --data DIR (a labelled set) and/or --boundary FILE")
    from agent.evaluation import Scores, Thresholds, load_sentences, score_boundary

    scores = Scores()
    if data is not None:
        scores = _score_set(ctx, data, no_llm=no_llm)
        if boundary is None and (data / "sentences.jsonl").is_file():
            boundary = data / "sentences.jsonl"
    if boundary is not None:
        from agent.boundary import check_customer_draft

        score_boundary(scores, load_sentences(boundary), check_customer_draft)
    thresholds = Thresholds(
        min_label_accuracy,
        min_exception_recall,
        min_routine_precision,
        max_unsafe,
        min_link_accuracy,
        min_missing_field_f1,
        min_boundary_recall,
        max_boundary_fpr,
    )
    failures = thresholds.failures(scores)
    if json_out:
        print_json({**scores.as_dict(with_mistakes=show_mistakes), "failures": failures})
    else:
        from agent.evaluation.report import render

        console.print(render(scores, show_mistakes=show_mistakes))
        for failure in failures:
            err_console.print(f"[red]below threshold:[/] {failure}", highlight=False)
    if failures:
        raise typer.Exit(1)


def _score_set(ctx: typer.Context, data: Path, *, no_llm: bool) -> Scores:
    from agent.evaluation import load_labels, score_threads
    from app.wiring import chat_model
    from cli.triage_cmd import triage_lines

    for part in ("mailbox", "crm", "labels.jsonl"):
        if not (data / part).exists():
            raise ConfigurationError(f"{data}: no {part} (see the labelled-mailbox format)")
    labels = load_labels(data / "labels.jsonl")
    model = None if no_llm else chat_model(ctx.obj)
    records = triage_lines(data / "mailbox", data / "crm", model=model)
    return score_threads(labels, records)
