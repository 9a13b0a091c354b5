"""`podesk queue` and `podesk packet`: what sales ops and managers watch."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from agent.errors import NotFoundError
from cli.output import age, console, print_json, shorten, table
from cli.paging import (
    DEFAULT_LIMIT,
    FIRST_PAGE,
    LimitOpt,
    OffsetOpt,
    Window,
    note_more,
    window,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.settings import Settings


def _session(settings: Settings) -> Session:
    from app.store.db import open_session

    return open_session(settings.resolved_database_url)


SHORT_LABELS = {
    "routine_follow_up": "routine",
    "deal_exception": "exception",
    "not_po_related": "not PO",
}
LABELS = tuple(SHORT_LABELS)  # agent.models.LABELS (tests/cli/test_startup.py keeps them equal)
# --label takes the words the table prints as well as the full names.
_LABEL_WORDS = {**{v.lower(): k for k, v in SHORT_LABELS.items()}, "not-po": "not_po_related"}


def label_named(word: str | None) -> str | None:
    """The label a --label word means: "exception", "routine", "not PO" or a full name."""
    if word is None:
        return None
    key = word.strip().lower()
    found = _LABEL_WORDS.get(key) or key.replace("-", "_")
    if found not in LABELS:
        choices = ", ".join(["routine", "exception", "not PO", *LABELS])
        raise typer.BadParameter(f"{word!r}: must be one of {choices}", param_hint="--label")
    return found


def show_queue(
    settings: Settings,
    *,
    label: str | None,
    title: str,
    wide: bool = False,
    win: Window = FIRST_PAGE,
) -> None:
    from app.store import queries

    with _session(settings) as session:
        items = queries.list_queue(session, label=label, limit=win.limit, offset=win.offset)
        rows = [
            (
                i.review_id or "",
                SHORT_LABELS.get(i.label or "", i.label),
                i.opportunity_id or "unlinked",
                ", ".join(r.split(".", 1)[1] for r in i.reasons),
                i.draft_status,
                (i.next_action_owner or "").split("@")[0],
                age(i.queued_at),
                shorten(i.subject, 48, wide=wide),
            )
            for i in items
        ]
        console.print(
            table(
                title,
                [
                    "review",
                    "label",
                    "opportunity",
                    "reasons",
                    "customer draft",
                    "next action",
                    "age",
                    "subject",
                ],
                rows,
            )
        )
        note_more(win, len(items), lambda: queries.count_queue(session, label=label))


def queue(
    ctx: typer.Context,
    label: Annotated[
        str | None, typer.Option(help="routine, exception, not PO (or the full label names).")
    ] = None,
    quarantined: Annotated[bool, typer.Option(help="Show quarantined files instead.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    wide: Annotated[bool, typer.Option("--wide", help="Show subjects whole.")] = False,
    limit: LimitOpt = DEFAULT_LIMIT,
    offset: OffsetOpt = 0,
    every: Annotated[bool, typer.Option("--all", help="Every item, not one page.")] = False,
) -> None:
    """The classification queue (or the quarantine), oldest first, a page at a time."""
    label = label_named(label)
    win = window(limit, offset, every=every)
    if quarantined:
        show_quarantine(ctx.obj, win, json_out=json_out)
    elif json_out:
        from app.store import queries

        with _session(ctx.obj) as session:
            items = queries.list_queue(session, label=label, limit=win.limit, offset=win.offset)
            print_json(items)
            note_more(win, len(items), lambda: queries.count_queue(session, label=label))
    else:
        show_queue(ctx.obj, label=label, title="Classification queue", wide=wide, win=win)


def show_quarantine(settings: Settings, win: Window, *, json_out: bool) -> None:
    from app.store import queries

    with _session(settings) as session:
        items = queries.list_quarantine(session, limit=win.limit, offset=win.offset)
        if json_out:
            print_json(items)
        else:
            rows = [(q.id, q.source, q.reason, q.size) for q in items]
            console.print(table("Quarantined files", ["id", "file", "reason", "bytes"], rows))
        note_more(win, len(items), lambda: queries.count_quarantine(session))


def packet(
    ctx: typer.Context,
    opportunity_id: Annotated[str, typer.Argument(help="Opportunity ID, e.g. OPP-1001.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The PO follow-up packet(s) for one opportunity, each field with its source."""
    from app.store import queries

    with _session(ctx.obj) as session:
        rows = queries.packets_for_opportunity(session, opportunity_id=opportunity_id)
        data = [
            {
                "thread_key": r.thread_key,
                "cycle": r.cycle,
                **r.data,
                "internal_note": r.internal_note,
            }
            for r in rows
        ]
    if not data:
        raise NotFoundError(f"no packet for opportunity {opportunity_id} (run `podesk sync`?)")
    if json_out:
        print_json({"packets": data})
        return
    for item in data:
        rows_out = []
        for name, value in item.items():
            if isinstance(value, dict) and "source" in value:
                shown = value.get("value")
                shown = ", ".join(shown) if isinstance(shown, list) else shown
                rows_out.append((name, shown if shown not in (None, "") else "—", value["source"]))
        for exc in item.get("open_exceptions", []):  # holds a customer draft, never a label
            age = f", {exc['age_days']} day(s) old" if exc.get("age_days") is not None else ""
            shown = f"{exc['exception_id']} {exc['kind']} (owner {exc['owner']}{age})"
            rows_out.append(("open_exception", shown, exc.get("source", "")))
        boundary = item.get("message_boundary", {})
        if boundary.get("held_by"):
            rows_out.append(("customer_draft", "held: " + ", ".join(boundary["held_by"]), "CRM"))
        rows_out.append(
            (
                "message_boundary",
                "customer draft allowed"
                if boundary.get("customer_reply_allowed")
                else "internal only",
                "policy",
            )
        )
        console.print(
            table(
                f"Packet {opportunity_id} · thread {item['thread_key']} cycle {item['cycle']}",
                ["field", "value", "source"],
                rows_out,
            )
        )
