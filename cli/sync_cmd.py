"""`podesk sync`: read the mailbox, classify new threads, stop each at the review gate."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from cli.output import console, print_json

if TYPE_CHECKING:
    from app.report import SyncReport
    from app.settings import Settings
    from connectors.llm import ChatModel


def run_sync(
    settings: Settings, *, show_progress: bool = True, model: ChatModel | None = None
) -> SyncReport:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from app.wiring import open_app
    from cli.checks import warn_crm_loaded

    with open_app(settings, model=model) as app:
        warn_crm_loaded(settings, app.crm)
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=console,
            disable=not show_progress,
            transient=True,
        ) as bar:
            task = bar.add_task("Classifying threads", total=None)
            report = app.runner.sync(
                app.mailbox,
                app.crm,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        return report


def sync(
    ctx: typer.Context,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Sync the mailbox: ingest new mail, classify, draft, and queue reviews."""
    report = run_sync(ctx.obj, show_progress=not json_out)
    if json_out:
        print_json(report.__dict__)
    else:
        print_report(report)
    if report.failed:
        raise typer.Exit(1)


def print_report(report: SyncReport) -> None:
    console.print(
        f"Read {report.messages_read} message(s) in {report.threads} thread(s); "
        f"ran {report.cycles_run} review cycle(s); {report.quarantined_new} newly quarantined."
    )
    for label, count in sorted(report.labels.items()):
        console.print(f"  {label}: {count}")
    if report.holds_changed:
        console.print(
            f"{report.holds_changed} pending customer draft(s) held or released by this CRM "
            "import (see the audit log)"
        )
    if report.drafts_changed:
        console.print(f"{report.drafts_changed} saved draft(s) sent or deleted since the last look")
    if report.drafts_error:
        console.print(
            f"Could not look at the saved drafts ({escape(report.drafts_error)}); "
            "the next sync looks again",
            highlight=False,
        )
    if report.model_calls or report.model_fallbacks:
        console.print(
            f"Model: {report.model_calls} call(s); {report.model_fallbacks} cycle(s) fell back "
            "to the rules because the model failed (see the internal notes)"
        )
    for failure in report.failed:
        # One line each, whatever the terminal's width; the text is data, not markup.
        console.print(
            f"[red]failed[/] {escape(repr(failure['subject']))} ({failure['thread_key']}): "
            f"{escape(failure['error'])} — it stays queued and is retried on the next sync",
            highlight=False,
            soft_wrap=True,
        )
