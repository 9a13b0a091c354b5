"""Paging for the long lists (`queue`, `review list`): one page by default, --all for scripts.

The store cuts the page (app.store.queries); here are the options, and the line that
tells a person the list goes on. That line goes to stderr, so JSON on stdout stays a list
of items with the same fields whatever the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

import typer

from cli.output import err_console

DEFAULT_LIMIT = 50
LimitOpt = Annotated[
    int, typer.Option("--limit", min=1, help=f"Items per page (default {DEFAULT_LIMIT}).")
]
OffsetOpt = Annotated[
    int, typer.Option("--offset", min=0, help="Items to skip: the next page is --offset 50.")
]


@dataclass(frozen=True)
class Window:
    limit: int | None  # None: every item from offset on
    offset: int = 0


FIRST_PAGE = Window(DEFAULT_LIMIT)


def window(limit: int, offset: int, *, every: bool) -> Window:
    return Window(limit=None if every else limit, offset=offset)


def note_more(win: Window, shown: int, total: Callable[[], int]) -> None:
    """Say how to see the rest when the page is full and more items follow.

    ``total`` counts in SQL and runs only for a full page: a short page is the end."""
    if win.limit is None or shown < win.limit:
        return
    count = total()
    following = win.offset + shown
    if count > following:
        err_console.print(
            f"Showing {win.offset + 1:,}-{following:,} of {count:,}: the next page is "
            f"--offset {following}; every item, --all.",
            highlight=False,
        )
