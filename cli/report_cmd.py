"""`podesk report`: the pilot's scorecard over a window (app/scorecard.py)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

import typer

from agent.errors import InputError
from cli.deals_cmd import order_path_named
from cli.output import console, print_json, table


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{option} {text!r} is not a date: write it as 2026-04-01") from None


def report(
    ctx: typer.Context,
    since: Annotated[
        str | None, typer.Option(help="First day (ISO); default 30 days back.")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Last day (ISO); default today.")] = None,
    order_path: Annotated[
        str | None, typer.Option("--order-path", help="One order path (default PODESK_ORDER_PATH).")
    ] = None,
    fmt: Annotated[
        Literal["table", "json"], typer.Option("--format", help="table or json.")
    ] = "table",
    json_out: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
) -> None:
    """The scorecard: stalled handoffs, missing-field resolution, order-readiness time."""
    from app.scorecard import default_window
    from app.scorecard import report as build

    settings = ctx.obj
    if order_path is not None:
        settings = settings.model_copy(update={"order_path": order_path_named(order_path)})
    window = default_window(_day(since, "--since"), _day(until, "--until"))
    if window.since > window.until:
        raise InputError(f"--since {window.since} is after --until {window.until}")
    found = build(settings, window)
    if fmt == "json" or json_out:
        print_json(found.as_json())
        return
    _print(found.as_json())


def _print(data: dict[str, Any]) -> None:
    window, metrics = data["window"], data["metrics"]
    console.print(f"Window {window['since']} – {window['until']}: {len(data['deals'])} deal(s)")
    console.print(f"Stalled handoffs: {metrics['stalled_handoffs']}")
    found = metrics["missing_field_resolution"]
    rows = [
        [name, f["opened"], f["resolved"], _rate(f["rate"]), _num(f["median_days"])]
        for name, f in [*found["by_field"].items(), ("all fields", found)]
    ]
    columns = ["field", "missing", "received", "rate", "median days"]
    console.print(table("Missing-field resolution", columns, rows))
    ready = metrics["order_readiness_days"]
    rows = [
        [path, t["deals"], t["ready"], t["open"], _num(t["median"]), _num(t["p90"]), t["booked"]]
        for path, t in ready.items()
    ]
    columns = ["order path", "deals", "ready", "open", "median days", "p90", "booked"]
    console.print(table("Order readiness (close date to ready)", columns, rows))


def _rate(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
