"""Shared output helpers: rich tables for people, JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from pydantic import BaseModel

console = Console()
err_console = Console(stderr=True)


def print_json(items: Sequence[BaseModel] | BaseModel | dict[str, Any]) -> None:
    # Duck-typed, so printing a table never has to import pydantic.
    if hasattr(items, "model_dump"):
        data: Any = items.model_dump(mode="json")
    elif isinstance(items, dict):
        data = items
    else:
        data = [i.model_dump(mode="json") for i in items]
    # print() rather than rich: JSON must reach pipes byte-exact, without wrapping.
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def age(since: datetime | None, now: datetime | None = None) -> str:
    """How long an item has waited, for a list column: "45m", "3h", "2d"."""
    if since is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = (now - (since if since.tzinfo else since.replace(tzinfo=UTC))).total_seconds()
    if seconds < 3600:
        return f"{max(0, int(seconds // 60))}m"
    if seconds < 86400:
        return f"{int(seconds // 3600)}h"
    return f"{int(seconds // 86400)}d"


def shorten(text: str, width: int, *, wide: bool) -> str:
    """A subject cut to fit a column, with an ellipsis; whole with --wide."""
    return text if wide or len(text) <= width else text[: width - 1] + "…"


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    out = Table(title=title, show_lines=False, header_style="bold")
    for name in columns:
        out.add_column(name, overflow="fold")
    for row in rows:
        out.add_row(*["" if v is None else str(v) for v in row])
    return out


# Warnings already printed by this command (one entry point run); None outside a run.
_warned: ContextVar[set[str] | None] = ContextVar("podesk_warned", default=None)


@contextmanager
def one_command() -> Iterator[None]:
    """Scope of warn_once: one command-line invocation."""
    token = _warned.set(set())
    try:
        yield
    finally:
        _warned.reset(token)


def warn_once(key: str, message: str) -> None:
    """Print a warning to stderr, once per command for the same ``key``."""
    seen = _warned.get()
    if seen is not None:
        if key in seen:
            return
        seen.add(key)
    err_console.print(f"[yellow]Warning:[/] {message}", highlight=False)
