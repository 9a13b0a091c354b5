"""Shared output helpers: rich tables for people, JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

console = Console()
err_console = Console(stderr=True)


def print_json(items: Sequence[BaseModel] | BaseModel | dict[str, Any]) -> None:
    if isinstance(items, BaseModel):
        data: Any = items.model_dump(mode="json")
    elif isinstance(items, dict):
        data = items
    else:
        data = [i.model_dump(mode="json") for i in items]
    # print() rather than rich: JSON must reach pipes byte-exact, without wrapping.
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    out = Table(title=title, show_lines=False, header_style="bold")
    for name in columns:
        out.add_column(name, overflow="fold")
    for row in rows:
        out.add_row(*["" if v is None else str(v) for v in row])
    return out
