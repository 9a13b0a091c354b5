"""`podesk check-draft`: the customer-draft boundary check, for any text."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from agent.errors import InputError
from cli.output import console, print_json


def check_draft(
    text_file: Annotated[Path, typer.Option(help="Customer draft, plain text ('-' for stdin).")],
    allow_link_domain: Annotated[
        list[str] | None, typer.Option(help="A domain links may point to (repeatable).")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Exit 0 when the draft may go to a customer, 1 with the reasons when it may not."""
    from agent.boundary import check_customer_draft

    text = _read(text_file)
    verdict = check_customer_draft(text, allowed_link_domains=tuple(allow_link_domain or ()))
    if json_out:
        print_json({"allowed": verdict.allowed, "reasons": list(verdict.reasons)})
    elif verdict.allowed:
        console.print("[green]allowed[/]: nothing in the draft crosses the message boundary")
    else:
        console.print(f"[red]not allowed[/] ({len(verdict.reasons)} reason(s)):")
        for reason in verdict.reasons:
            console.print(f"  - {reason}", markup=False, highlight=False)
    if not verdict.allowed:
        raise typer.Exit(1)


def _read(path: Path) -> str:
    if str(path) == "-":
        import sys

        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the draft: {exc}") from exc
