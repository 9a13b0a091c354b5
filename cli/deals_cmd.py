"""`podesk deals`: the closed-won deals not yet booked — readiness, owners, stalls."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cli.output import console, print_json, shorten, table

if TYPE_CHECKING:
    from agent.deal_board import DealRow

# The seven readiness fields, as short column marks: missing, received, not required.
_MARKS = {"missing": "✗", "received": "✓", "not_required": "–"}
_SHORT = {
    "po_number": "PO",
    "billing_entity": "bill",
    "procurement_contact": "contact",
    "signature_packet": "sign",
    "tax_detail": "tax",
    "delivery_prerequisite": "deliv",
    "supplier_registration": "reg",
}


def deals(
    ctx: typer.Context,
    order_path: Annotated[
        str | None,
        typer.Option(
            "--order-path",
            help="enterprise_po, renewal_po or signed_contract (default PODESK_ORDER_PATH).",
        ),
    ] = None,
    stalled: Annotated[bool, typer.Option("--stalled", help="Only stalled deals.")] = False,
    wide: Annotated[bool, typer.Option("--wide", help="Show notes and names whole.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every closed-won deal not yet accepted or booked, from the CRM's history and the mail."""
    from app.deals import deals_board

    settings = ctx.obj
    if order_path is not None:
        settings = settings.model_copy(update={"order_path": order_path_named(order_path)})
    rows = deals_board(settings, stalled_only=stalled)
    if json_out:
        print_json({"deals": [_json(r) for r in rows]})
        return
    if not rows:
        console.print("No closed-won deal waits (run `podesk sync` or `podesk crm import`).")
        return
    columns = ["deal", "account", "days", "fields", "queue", "next owner", "stalled"]
    if wide:
        columns += ["contract", "exceptions", "note"]
    console.print(table("Deals", columns, [_cells(r, wide) for r in rows]))
    legend = " ".join(_SHORT.values())
    console.print(
        f"fields: {legend} — ✗ missing, ✓ received, – not required; --wide adds the contract, "
        "exceptions and PO Desk's note; --json where each came from",
        highlight=False,
    )


def order_path_named(value: str) -> str:
    paths = ("enterprise_po", "renewal_po", "signed_contract")
    if value not in paths:
        raise typer.BadParameter(f"{value!r}: one of {', '.join(paths)}", param_hint="--order-path")
    return value


def _cells(row: DealRow, wide: bool) -> list[Any]:
    cells: list[Any] = [
        row.opportunity_id,
        shorten(row.account_name, 16, wide=wide),
        row.days_since_closed_won,
        "".join(_MARKS.get(f.status, "?") for f in row.fields),
        row.order_queue_status,
        (row.next_owner or "").split("@")[0] if not wide else row.next_owner or "",
        f"{row.stalled_business_days} bd" if row.stalled else "",
    ]
    if wide:
        exceptions = ", ".join(f"{i} ({owner}, {age}d)" for i, owner, age in row.open_exceptions)
        cells += [row.contract_status, exceptions, row.status_note or ""]
    return cells


def _json(row: DealRow) -> dict[str, Any]:
    found = asdict(row)
    found["closed_won"] = row.closed_won.isoformat()
    found["last_customer_message"] = (
        row.last_customer_message.isoformat() if row.last_customer_message else None
    )
    found["fields"] = {f.field: {"status": f.status, "source": f.source} for f in row.fields}
    found["open_exceptions"] = [
        {"id": i, "owner": owner, "age_days": age} for i, owner, age in row.open_exceptions
    ]
    return found
