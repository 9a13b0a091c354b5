"""Rendering: one function every page goes through, and the filters templates use."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from web import roles

SHORT_LABELS = {
    "routine_follow_up": "routine",
    "deal_exception": "exception",
    "not_po_related": "not PO",
}


def render(
    request: Request, template: str, context: dict[str, Any], *, status_code: int = 200
) -> HTMLResponse:
    env: jinja2.Environment = request.app.state.templates
    viewer = getattr(request.state, "viewer", None)
    page = env.get_template(template).render(
        viewer=viewer,
        csrf=viewer.csrf if viewer else "",
        can=lambda method, path: bool(viewer and roles.allowed(method, path, viewer.user.role)),
        utc=as_utc,
        age=age,
        short_label=lambda label: SHORT_LABELS.get(label or "", label or ""),
        **context,
    )
    return HTMLResponse(page, status_code=status_code)


def as_utc(at: datetime | None) -> datetime | None:
    """SQLite gives naive UTC datetimes back, PostgreSQL aware ones: aware UTC either way."""
    if at is None:
        return None
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def age(at: datetime | None, now: datetime | None = None) -> str:
    when = as_utc(at)
    if when is None:
        return ""
    seconds = max(0, int(((now or datetime.now(UTC)) - when).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return "now"
