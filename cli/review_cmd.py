"""`podesk review ...`: the human gate. Nothing reaches a mailbox before accept/edit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from agent.errors import InputError
from cli.output import age, console, err_console, print_json, shorten, table
from cli.paging import DEFAULT_LIMIT, LimitOpt, OffsetOpt, note_more, window

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.settings import Settings
    from connectors.llm import ChatModel

app = typer.Typer(help="List, inspect and decide pending reviews.", no_args_is_help=True)
ReviewerOpt = Annotated[str | None, typer.Option(help="Who decides (PODESK_REVIEWER).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


STATUSES = ("pending", "decided", "superseded", "any")


@app.command("list")
def list_(
    ctx: typer.Context,
    all_: Annotated[
        bool,
        typer.Option("--all", help="Every review, decided and superseded ones too, not one page."),
    ] = False,
    status: Annotated[
        str | None,
        typer.Option(help="pending (the default), decided, superseded or any."),
    ] = None,
    json_out: JsonOpt = False,
    wide: Annotated[bool, typer.Option("--wide", help="Show subjects whole.")] = False,
    limit: LimitOpt = DEFAULT_LIMIT,
    offset: OffsetOpt = 0,
) -> None:
    """Pending reviews (customer drafts to approve, exceptions to acknowledge), oldest first,
    a page at a time."""
    from app.store import queries

    # --all keeps what it always meant (every review); --status narrows it.
    chosen = _status(status) if status is not None else ("any" if all_ else "pending")
    wanted = None if chosen == "any" else chosen
    win = window(limit, offset, every=all_)
    with _session(ctx.obj) as session:
        items = queries.list_reviews(session, status=wanted, limit=win.limit, offset=win.offset)
        if json_out:
            print_json(items)
        else:
            console.print(
                table(
                    "Reviews",
                    ["id", "kind", "status", "label", "opportunity", "age", "subject"],
                    [
                        (
                            r.id,
                            r.kind,
                            r.status,
                            r.label,
                            r.opportunity_id or "unlinked",
                            age(r.created_at),
                            shorten(r.subject, 60, wide=wide),
                        )
                        for r in items
                    ],
                )
            )
        note_more(win, len(items), lambda: queries.count_reviews(session, status=wanted))


def _status(word: str) -> str:
    found = word.strip().lower()
    if found not in STATUSES:
        raise typer.BadParameter(
            f"{word!r}: must be one of {', '.join(STATUSES)}", param_hint="--status"
        )
    return found


def _session(settings: Settings) -> Session:
    from app.store.db import open_session

    return open_session(settings.resolved_database_url)


def show_review(settings: Settings, review_id: int, *, json_out: bool = False) -> None:
    from app.store import queries

    with _session(settings) as session:
        detail = queries.get_review(session, review_id=review_id)
    if json_out:
        print_json(detail)
        return
    console.print(
        f"[bold]Review {detail.id}[/] · {detail.kind} · {detail.status} · "
        f"{detail.label} · {detail.opportunity_id or 'unlinked'}"
    )
    console.print(f"[bold]Subject:[/] {detail.subject}")
    console.print("[bold]Internal note[/]")
    console.print(detail.internal_note, markup=False, highlight=False)
    if detail.draft_text:
        console.print(f"[bold]Customer draft ({detail.draft_status})[/]")
        console.print(detail.draft_text, markup=False, highlight=False)
    word = "held" if detail.draft_status == "held" else "suppressed"
    for reason in detail.suppression_reasons:
        console.print(f"[yellow]{word}:[/] {reason}", highlight=False)
    if detail.saved_location:
        console.print(f"[green]Saved draft:[/] {detail.saved_location}")


@app.command("show")
def show(ctx: typer.Context, review_id: int, json_out: JsonOpt = False) -> None:
    """One review: packet, internal note, customer draft."""
    show_review(ctx.obj, review_id, json_out=json_out)


def decide(
    settings: Settings,
    review_id: int,
    answer: dict[str, Any],
    reviewer: str | None,
    *,
    json_out: bool = False,
    model: ChatModel | None = None,
) -> None:
    from app.wiring import open_app
    from cli.checks import reviewer_name, warn_crm_loaded

    answer = {**answer, "reviewer": reviewer_name(settings, reviewer)}
    with open_app(settings, model=model) as podesk:
        warn_crm_loaded(settings, podesk.crm)
        podesk.runner.decide(review_id, answer)
    show_review(settings, review_id, json_out=json_out)


@app.command("accept")
def accept(
    ctx: typer.Context, review_id: int, reviewer: ReviewerOpt = None, json_out: JsonOpt = False
) -> None:
    """Approve: the customer draft becomes the saved draft, a reply draft in Outlook or the
    Drafts folder (never sent). A held draft only by its exception's owner or a manager
    (PODESK_MANAGERS)."""
    from app.store import queries

    decide(ctx.obj, review_id, {"type": "accept", "args": None}, reviewer, json_out=json_out)
    with _session(ctx.obj) as session:
        detail = queries.get_review(session, review_id=review_id)
    if detail.saved_location is None:
        err_console.print(
            f"Review {review_id} has no customer draft to save ({detail.draft_status or 'none'}):"
            " the packet is acknowledged and nothing was saved.",
            highlight=False,
        )


@app.command("edit")
def edit(
    ctx: typer.Context,
    review_id: int,
    text_file: Annotated[Path, typer.Option(help="File with the edited customer draft.")],
    reviewer: ReviewerOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Approve with your own wording (boundary-checked again before saving). A refused edit
    exits 1 naming each offending sentence; the previous draft stays pending, unchanged. An
    edit of a held draft stays held."""
    try:
        text = text_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{text_file}: cannot read the edited draft: {exc}") from exc
    decide(ctx.obj, review_id, {"type": "edit", "args": text}, reviewer, json_out=json_out)


@app.command("respond")
def respond(
    ctx: typer.Context,
    review_id: int,
    message: Annotated[
        str,
        typer.Option(help="An instruction to the drafter; never pasted into the customer draft."),
    ],
    reviewer: ReviewerOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Send feedback: the customer draft is regenerated and comes back for review. The rules
    drafter understands "also ask for / don't ask for <PO field>", "shorter" and "more formal"; a
    model gets the feedback as a fenced instruction. The feedback itself is only kept internally
    (the internal note and the audit log)."""
    decide(ctx.obj, review_id, {"type": "response", "args": message}, reviewer, json_out=json_out)


@app.command("ignore")
def ignore(
    ctx: typer.Context, review_id: int, reviewer: ReviewerOpt = None, json_out: JsonOpt = False
) -> None:
    """Close the review; no draft is saved."""
    decide(ctx.obj, review_id, {"type": "ignore", "args": None}, reviewer, json_out=json_out)
