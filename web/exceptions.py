"""/exceptions: the CRM's open exceptions and the threads classified as deal exceptions,
aged against the SLA; assign, escalate and resolve (PO Desk's own record, app.exception_desk)
and release a held customer draft (the runner, as the review page's accept)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from agent.errors import InputError, NotFoundError, ReviewStateError
from app import exception_desk
from app.decisions import AlreadyDecided, decide_review, draft_fingerprint
from app.exception_desk import Change, StaleException
from app.store import queries
from app.store.conversation import account_names
from app.store.exception_list import ExceptionFilter, find_exception, list_exceptions
from app.store.exceptions import RecordStatus
from app.store.users import Role, list_users
from web.roles import may_work_exception
from web.security import DbSession, signed_in
from web.views import render

router = APIRouter()
PAGE = 50
DONE = {
    "assign": "Owner assigned",
    "escalate": "Escalated",
    "resolve": "Resolved",
    "release": "Draft released and saved",
}


class ExceptionQuery:
    """The page's filters, as the query string gives them; status "any" lists every one."""

    def __init__(
        self,
        status: Annotated[str | None, Query(max_length=20)] = None,
        owner: Annotated[str | None, Query(max_length=200)] = None,
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
        done: Annotated[str | None, Query(max_length=20)] = None,
    ) -> None:
        self.status: str = (
            status if status is not None and status in (*RecordStatus, "any") else "open"
        )
        self.owner = (owner or "").strip() or None
        self.page = page
        self.notice = DONE.get(done or "")

    @property
    def narrow(self) -> ExceptionFilter:
        status = None if self.status == "any" else RecordStatus(self.status)
        return ExceptionFilter(status=status, owner=self.owner)

    def params(self, **change: Any) -> dict[str, Any]:
        found = {"status": self.status, "owner": self.owner, "page": self.page} | change
        return {k: v for k, v in found.items() if v not in (None, "", 1)}


@router.get("/exceptions")
def exceptions_page(
    request: Request, session: DbSession, query: Annotated[ExceptionQuery, Depends()]
) -> Response:
    return _page(request, session, query)


def _page(
    request: Request,
    session: DbSession,
    query: ExceptionQuery,
    *,
    error: str | None = None,
    status: int = 200,
) -> Response:
    offset = (query.page - 1) * PAGE
    items = list_exceptions(session, narrow=query.narrow, limit=PAGE + 1, offset=offset)
    viewer = signed_in(request)
    sla = timedelta(hours=request.app.state.settings.exception_sla_hours)
    now = datetime.now(UTC)
    context = {
        "items": items[:PAGE],
        "more": len(items) > PAGE,
        "accounts": account_names(session, opportunity_ids=(i.opportunity_id for i in items)),
        "managers": [
            u.email for u in list_users(session) if u.role == Role.MANAGER and not u.disabled
        ],
        "query": query,
        "statuses": [s.value for s in RecordStatus],
        "sla_hours": request.app.state.settings.exception_sla_hours,
        "overdue": lambda item: item.status != RecordStatus.RESOLVED and now - item.since > sla,
        "may": lambda item, verb: may_work_exception(
            viewer.user.role, viewer.user.email, item.owner, verb
        ),
        "fingerprint": draft_fingerprint,
        "error": error,
    }
    return render(request, "exceptions.html", context, status_code=status)


def _act(request: Request, session: DbSession, key: str, version: int, change: Change) -> Response:
    viewer = signed_in(request)
    item = find_exception(session, key=key)
    if item is None:
        raise NotFoundError(f"no exception {key}")
    if not may_work_exception(viewer.user.role, viewer.user.email, item.owner, change.verb):
        raise HTTPException(
            403, f"{key} is owned by {item.owner or 'nobody'}: not yours to {change.verb}"
        )
    try:
        exception_desk.apply(
            session, key=key, seen_version=version, actor=viewer.user.email, change=change
        )
    except StaleException as exc:
        return _page(request, session, ExceptionQuery(), error=str(exc), status=409)
    except InputError as exc:
        session.rollback()
        return _page(request, session, ExceptionQuery(), error=str(exc), status=422)
    session.commit()
    return RedirectResponse(f"/exceptions?done={change.verb}", status_code=303)


Key = Annotated[str, Form(max_length=300)]
Version = Annotated[int, Form(ge=0)]
Note = Annotated[str, Form(max_length=10_000)]


@router.post("/exceptions/assign")
def assign(
    request: Request,
    session: DbSession,
    key: Key,
    version: Version,
    owner: Annotated[str, Form(max_length=200)],
) -> Response:
    return _act(request, session, key, version, Change(verb="assign", owner=owner))


@router.post("/exceptions/escalate")
def escalate(
    request: Request,
    session: DbSession,
    key: Key,
    version: Version,
    manager: Annotated[str, Form(max_length=200)],
    note: Note = "",
) -> Response:
    return _act(request, session, key, version, Change(verb="escalate", owner=manager, note=note))


@router.post("/exceptions/resolve")
def resolve(
    request: Request, session: DbSession, key: Key, version: Version, note: Note = ""
) -> Response:
    return _act(request, session, key, version, Change(verb="resolve", note=note))


@router.post("/exceptions/release")
def release(
    request: Request,
    session: DbSession,
    review_id: Annotated[int, Form()],
    seen_draft: Annotated[str, Form(max_length=64)],
) -> Response:
    """A manager accepts a held customer draft: saved exactly as the review page's accept."""
    viewer = signed_in(request)
    detail = queries.get_review(session, review_id=review_id)
    if detail.draft_status != "held":
        return _page(
            request,
            session,
            ExceptionQuery(),
            error=f"review {review_id} holds no held draft",
            status=409,
        )
    try:
        decide_review(
            request.app.state.settings,
            review_id=review_id,
            answer={"type": "accept", "args": None},
            reviewer=viewer.user.email,
            seen_draft=seen_draft,
            manager=True,
        )
    except (AlreadyDecided, ReviewStateError) as exc:
        session.expire_all()
        code = 409 if isinstance(exc, AlreadyDecided) else 422
        return _page(request, session, ExceptionQuery(), error=str(exc), status=code)
    return RedirectResponse("/exceptions?done=release", status_code=303)
