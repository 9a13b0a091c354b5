"""Relabel and relink from /reviews/{id}: sales ops correct the rules, with a reason.

The CLI's path (app/correct.py): the thread's pending review is superseded and a new review
cycle is built from the corrected label or link; the browser goes on to that new review.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from agent.errors import ConflictError, InputError, ReviewStateError
from app.correct import correct_thread
from app.store import queries
from app.store.corrections import CorrectionKind
from web.reviews import review_view
from web.security import DbSession, signed_in

router = APIRouter()
Reason = Annotated[str, Form(max_length=2_000)]


@router.post("/reviews/{review_id}/relabel")
def relabel(
    request: Request,
    session: DbSession,
    review_id: int,
    label: Annotated[str, Form(max_length=40)] = "",
    reason: Reason = "",
) -> Response:
    return _correct(request, session, review_id, CorrectionKind.RELABEL, label, reason)


@router.post("/reviews/{review_id}/relink")
def relink(
    request: Request,
    session: DbSession,
    review_id: int,
    opportunity: Annotated[str, Form(max_length=200)] = "",
    reason: Reason = "",
) -> Response:
    return _correct(request, session, review_id, CorrectionKind.RELINK, opportunity, reason)


def _correct(
    request: Request,
    session: DbSession,
    review_id: int,
    kind: CorrectionKind,
    value: str,
    reason: str,
) -> Response:
    viewer = signed_in(request)  # the role table (web/roles.py) let only sales ops this far
    detail = queries.get_review(session, review_id=review_id)
    if not value.strip():
        what = "label" if kind == CorrectionKind.RELABEL else "opportunity (or none)"
        return review_view(request, session, review_id, error=f"Choose the {what}.", status=422)
    try:
        done = correct_thread(
            request.app.state.settings,
            thread_key=detail.thread_key,
            kind=kind,
            value=value,
            reason=reason,
            actor=viewer.user.email,
            seen_cycle=detail.cycle,  # the page's: a thread moved on since is refused, 409
        )
    except InputError as exc:  # no reason, unknown deal, the same label: nothing changed
        return review_view(request, session, review_id, error=str(exc), status=422)
    except (ReviewStateError, ConflictError) as exc:  # the thread is busy or not at review
        session.expire_all()
        return review_view(request, session, review_id, error=str(exc), status=409)
    if done.review_id is None:  # stored; its cycle failed to run and the next sync runs it
        session.expire_all()
        error = f"Correction saved; its new review is not ready yet ({done.error})."
        return review_view(request, session, review_id, error=error, status=500)
    return RedirectResponse(f"/reviews/{done.review_id}?done={kind.value}", status_code=303)
