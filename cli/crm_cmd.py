"""`podesk crm ...`: keep CRM exports as dated snapshots; show a deal's history."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from agent.errors import InputError
from cli.output import console, print_json

app = typer.Typer(help="The CRM export's history: dated snapshots and each deal's events.")
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _as_of(text: str | None) -> datetime | None:
    """An ISO date (midnight UTC) or date and time (UTC unless it says otherwise)."""
    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"--as-of {text!r} is not a date: write it as 2026-12-01 or 2026-12-01T17:30"
        ) from None
    if len(text) == 10:  # a date alone
        when = datetime.combine(date.fromisoformat(text), datetime.min.time())
    return when if when.tzinfo else when.replace(tzinfo=UTC)


@app.command("import")
def import_(
    ctx: typer.Context,
    folder: Annotated[
        Path | None, typer.Argument(help="Export folder; default PODESK_CRM_DIR.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The export's date (ISO); default now.")
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Keep a CRM export as a dated snapshot (only what changed is stored)."""
    from app.crm_import import import_crm
    from cli.checks import warn_crm_loaded

    snapshot, result = import_crm(ctx.obj, folder, as_of=_as_of(as_of))
    warn_crm_loaded(ctx.obj.model_copy(update={"crm_dir": folder or ctx.obj.crm_dir}), snapshot)
    if json_out:
        print_json(
            {
                "snapshot_id": result.snapshot_id,
                "as_of": result.as_of.isoformat() if result.as_of else None,
                "added": result.added,
                "deals": result.deals,
                "changes": result.changes,
            }
        )
        return
    when = f"{result.as_of:%Y-%m-%d %H:%M}" if result.as_of else "?"
    if result.added:
        console.print(
            f"Snapshot {result.snapshot_id} as of {when}: {result.deals} deal(s), "
            f"{result.changes} fact(s) changed."
        )
    else:
        console.print(
            f"Nothing changed since snapshot {result.snapshot_id} ({when}): nothing added."
        )


@app.command("history")
def history(
    ctx: typer.Context,
    opportunity_id: Annotated[str, typer.Argument(help="The deal's opportunity id.")],
    json_out: JsonOpt = False,
) -> None:
    """A deal's events, snapshot by snapshot, and its facts as of the latest snapshot."""
    from app.crm_import import history as read_history

    changes, found, latest = read_history(ctx.obj, opportunity_id)
    if not changes:
        raise InputError(
            f"no CRM history for {opportunity_id}: check the id, or run `podesk crm import`"
        )
    if json_out:
        print_json(
            {
                "opportunity_id": opportunity_id,
                "events": [
                    {
                        "at": e.at.isoformat(),
                        "snapshot_id": e.snapshot_id,
                        "kind": e.kind,
                        "subject": e.subject,
                        "before": e.before,
                        "after": e.after,
                        "source": e.source,
                    }
                    for e in found
                ],
                "facts": latest,
            }
        )
        return
    for e in found:
        console.print(
            f"{e.at:%Y-%m-%d}  {e.kind:<20} {escape(e.subject)}: "
            f"{escape(str(e.before))} → {escape(str(e.after))}",
            highlight=False,
        )
    if not found:
        console.print("No events: nothing has changed since the deal was first imported.")
