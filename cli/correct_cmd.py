"""`podesk review relabel|relink THREAD`: a person corrects the rules, with a reason.

The correction opens the thread's next review cycle (app/correct.py): the pending review is
superseded and a new one, built from the corrected label or link, waits in `review list`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from cli.output import console, err_console, print_json

if TYPE_CHECKING:
    from app.correct import Corrected
    from app.settings import Settings
    from app.store.corrections import CorrectionKind

ThreadArg = Annotated[str, typer.Argument(help="The thread key (as `podesk queue` shows it).")]
ReasonOpt = Annotated[
    str, typer.Option(help="Why the rules got it wrong (required; kept in the audit log).")
]
ReviewerOpt = Annotated[str | None, typer.Option(help="Who corrects (PODESK_REVIEWER).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def relabel(
    ctx: typer.Context,
    thread: ThreadArg,
    label: Annotated[
        str, typer.Option(help="routine_follow_up, deal_exception or not_po_related.")
    ],
    reason: ReasonOpt,
    reviewer: ReviewerOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Set a thread's label: a new review cycle is built from it (a deal exception gets no
    customer draft; routine still passes every boundary rule and CRM hold). New mail on the
    thread keeps the label until someone relabels it again; a label that took a deal exception
    away covers only the mail read so far (later mail read as an exception stays one)."""
    from app.store.corrections import CorrectionKind

    _correct(ctx.obj, thread, CorrectionKind.RELABEL, label, reason, reviewer, json_out)


def relink(
    ctx: typer.Context,
    thread: ThreadArg,
    opportunity: Annotated[
        str, typer.Option(help="A closed-won opportunity id from the CRM, or 'none'.")
    ],
    reason: ReasonOpt,
    reviewer: ReviewerOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Link a thread to another closed-won opportunity (or to none): a new review cycle is
    built with that deal's CRM facts. New mail keeps the link until someone relinks it."""
    from app.store.corrections import CorrectionKind

    _correct(ctx.obj, thread, CorrectionKind.RELINK, opportunity, reason, reviewer, json_out)


def _correct(
    settings: Settings,
    thread: str,
    kind: CorrectionKind,
    value: str,
    reason: str,
    reviewer: str | None,
    json_out: bool,
) -> None:
    from app.correct import correct_thread
    from cli.checks import reviewer_name

    actor = reviewer_name(settings, reviewer)
    done = correct_thread(
        settings, thread_key=thread, kind=kind, value=value, reason=reason, actor=actor
    )
    if json_out:
        print_json(_as_dict(done))
    else:
        verb = "Relabelled" if done.kind == "relabel" else "Relinked"
        was, now = done.before or "unlinked", done.after or "unlinked"
        review = f"review {done.review_id} pending" if done.review_id else "no review yet"
        console.print(
            f"{verb} {done.thread_key}: {was} -> {now} (cycle {done.cycle}, {review})",
            highlight=False,
            markup=False,
        )
    if done.error is not None:
        err_console.print(
            f"the new cycle did not run ({done.error}); the next sync runs it", highlight=False
        )
        raise typer.Exit(1)


def _as_dict(done: Corrected) -> dict[str, object]:
    return {
        "thread_key": done.thread_key,
        "cycle": done.cycle,
        "kind": str(done.kind),
        "from": done.before,
        "to": done.after,
        "review_id": done.review_id,
        "error": done.error,
    }
