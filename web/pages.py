"""The read pages: home, the classification queue (and its CSV), the audit log."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from agent.models import LABELS, DraftStatus, Reason
from app.store import audit, queries
from app.store.conversation import account_names
from app.store.queue_filter import QueueFilter
from web.roles import HOME
from web.security import DbSession, signed_in
from web.views import render

router = APIRouter()
PAGE = 50


@router.get("/")
def home(request: Request) -> Response:
    return RedirectResponse(HOME[signed_in(request).user.role], status_code=303)


def _choice(value: str | None, choices: tuple[str, ...]) -> str | None:
    """A filter value from the query string; anything not offered narrows nothing."""
    return value if value in choices else None


class QueueQuery:
    """The queue's filters and page, as the query string gives them."""

    def __init__(
        self,
        label: Annotated[str | None, Query()] = None,
        status: Annotated[str | None, Query()] = None,
        reason: Annotated[str | None, Query()] = None,
        owner: Annotated[str | None, Query(max_length=200)] = None,
        q: Annotated[str | None, Query(max_length=200)] = None,
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    ) -> None:
        self.label = _choice(label, LABELS)
        self.status = _choice(status, tuple(DraftStatus))
        self.reason = _choice(reason, tuple(Reason))
        self.owner = (owner or "").strip() or None
        self.q = (q or "").strip() or None
        self.page = page

    @property
    def narrow(self) -> QueueFilter:
        return QueueFilter(status=self.status, reason=self.reason, owner=self.owner, text=self.q)

    def params(self, **change: Any) -> dict[str, Any]:
        found = {
            "label": self.label,
            "status": self.status,
            "reason": self.reason,
            "owner": self.owner,
            "q": self.q,
        }
        found |= change
        return {k: v for k, v in found.items() if v not in (None, "")}


@router.get("/queue")
def queue(
    request: Request, session: DbSession, query: Annotated[QueueQuery, Depends()]
) -> Response:
    offset = (query.page - 1) * PAGE
    # The page, and one pass counting every label under the filters (the page's total is
    # read off it): list_queue's and count_queue_by_label's, the filter looked up once.
    items, counts = queries.queue_page(
        session, label=query.label, limit=PAGE, offset=offset, narrow=query.narrow
    )
    total = counts.get(query.label, 0) if query.label else sum(counts.values())
    context = {
        "items": items,
        "accounts": account_names(session, opportunity_ids=(i.opportunity_id for i in items)),
        "counts": counts,
        "total": total,
        "query": query,
        "labels": LABELS,
        "statuses": tuple(DraftStatus),
        "reasons": tuple(Reason),
        "first": offset + 1,
        "pages": max(1, -(-total // PAGE)),
    }
    # htmx refreshes only the table (every 30 s, and as filters change).
    partial = request.headers.get("hx-request") == "true"
    return render(request, "queue_table.html" if partial else "queue.html", context)


CSV_COLUMNS = (
    "review_id",
    "label",
    "reasons",
    "opportunity_id",
    "account",
    "customer_draft",
    "review_status",
    "next_action_owner",
    "queued_at",
    "subject",
)


@router.get("/queue.csv")
def queue_csv(session: DbSession, query: Annotated[QueueQuery, Depends()]) -> Response:
    items = queries.list_queue(session, label=query.label, narrow=query.narrow)
    names = account_names(session, opportunity_ids=(i.opportunity_id for i in items))

    def rows() -> Iterator[str]:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for i in items:
            writer.writerow(
                [
                    i.review_id or "",
                    i.label or "",
                    " ".join(i.reasons),
                    i.opportunity_id or "",
                    names.get(i.opportunity_id or "", ""),
                    i.draft_status or "",
                    i.review_status or "",
                    i.next_action_owner or "",
                    i.queued_at.isoformat() if i.queued_at else "",
                    _no_formula(i.subject),
                ]
            )
        yield out.getvalue()

    headers = {"Content-Disposition": 'attachment; filename="podesk-queue.csv"'}
    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8", headers=headers)


def _no_formula(text: str) -> str:
    """A subject is the customer's text: a spreadsheet must not run it as a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@router.get("/audit")
def audit_log(
    request: Request,
    session: DbSession,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    action: Annotated[str | None, Query(max_length=100)] = None,
    thread: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    actor, action = (actor or "").strip() or None, (action or "").strip() or None
    thread = (thread or "").strip() or None
    events = audit.page_events(
        session,
        actor=actor,
        action=action,
        subject=thread,
        limit=PAGE + 1,
        offset=(page - 1) * PAGE,
    )
    context = {
        "events": events[:PAGE],
        "more": len(events) > PAGE,
        "actor": actor or "",
        "action": action or "",
        "thread": thread or "",
        "actions": audit.audit_actions(session),
        "page": page,
    }
    return render(request, "audit.html", context)
