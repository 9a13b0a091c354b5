"""/reviews/{id}: the packet, the conversation, the internal note and the customer draft, and
the reviewer's decision, applied through app.decisions (the CLI's path: wiring -> runner)."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from agent.errors import ReviewStateError
from agent.models import LABELS
from app.decisions import AlreadyDecided, decide_review, draft_fingerprint
from app.store import queries
from app.store.conversation import thread_messages
from app.store.exception_list import review_exception_owner
from app.store.neighbours import queue_neighbours
from app.store.users import Role
from web.draft_check import check_context
from web.roles import may_decide
from web.security import DbSession, signed_in
from web.views import render

router = APIRouter()
Action = Literal["accept", "edit", "response", "ignore"]
DONE = {
    "accept": "Accepted",
    "edit": "Edit saved",
    "response": "Sent back",
    "ignore": "Ignored",
    "relabel": "Relabelled: this is the thread's new review",
    "relink": "Relinked: this is the thread's new review",
}


@router.get("/reviews/{review_id}")
def review_page(
    request: Request, session: DbSession, review_id: int, done: str | None = None
) -> Response:
    notice = DONE.get(done or "")
    return review_view(request, session, review_id, notice=notice)


def review_view(
    request: Request,
    session: DbSession,
    review_id: int,
    *,
    notice: str | None = None,
    error: str | None = None,
    status: int = 200,
    typed: str | None = None,
) -> Response:
    detail = queries.get_review(session, review_id=review_id)
    viewer = signed_in(request).user
    may = partial(
        may_decide,
        viewer.role,
        detail.kind,
        detail.draft_status,
        email=viewer.email,
        owner=exception_owner(session, detail),
    )
    shown = detail.draft_text if typed is None else typed
    previous, following = queue_neighbours(session, review_id=review_id)
    context = {
        "review": detail,
        "fields": packet_fields(detail.packet),
        "boundary": detail.packet.get("message_boundary") or {},
        "exceptions": detail.packet.get("open_exceptions") or [],
        "messages": thread_messages(session, thread_key=detail.thread_key),
        "decidable": detail.status == "pending" and may(),
        # Deal desk only acknowledges the exception reviews they own (web.roles).
        "ignorable": may(action="ignore"),
        "seen_draft": draft_fingerprint(detail.draft_text),
        "typed": shown,
        "notice": notice,
        "error": error,
        "previous": previous,
        "next": following,
        "labels": LABELS,
    }
    if shown is not None:  # the check and diff of what the textbox holds, before any typing
        context |= check_context(shown, detail.generated_text or detail.draft_text)
    return render(request, "review.html", context, status_code=status)


def exception_owner(session: DbSession, detail: queries.ReviewDetail) -> str | None:
    return review_exception_owner(session, review_id=detail.id, kind=detail.kind)


def packet_fields(packet: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, value, source) for each packet field that carries its source."""
    found = []
    for name, field in packet.items():
        if isinstance(field, dict) and "source" in field:
            value = field.get("value")
            shown = ", ".join(map(str, value)) if isinstance(value, list) else value
            found.append(
                (name.replace("_", " "), "" if shown is None else str(shown), field["source"])
            )
    return found


@router.post("/reviews/{review_id}/decision")
def decision(
    request: Request,
    session: DbSession,
    review_id: int,
    action: Annotated[Action, Form()],
    seen_draft: Annotated[str, Form(max_length=64)],
    draft_text: Annotated[str, Form(max_length=100_000)] = "",
    feedback: Annotated[str, Form(max_length=10_000)] = "",
) -> Response:
    viewer = signed_in(request)
    detail = queries.get_review(session, review_id=review_id)
    owner = exception_owner(session, detail)
    if not may_decide(
        viewer.user.role,
        detail.kind,
        detail.draft_status,
        email=viewer.user.email,
        owner=owner,
        action=action,
    ):
        mine = "" if owner is None else f" (its exception is {owner}'s)"
        raise HTTPException(
            403, f"your role ({viewer.user.role}) may not {action} this review{mine}"
        )
    if action == "response" and not feedback.strip():
        return review_view(
            request, session, review_id, error="Write the feedback first.", status=422
        )
    args = {"edit": draft_text, "response": feedback}.get(action)
    try:
        decide_review(
            request.app.state.settings,
            review_id=review_id,
            answer={"type": action, "args": args},
            reviewer=viewer.user.email,
            seen_draft=seen_draft,
            manager=viewer.user.role == Role.MANAGER,
        )
    except AlreadyDecided as exc:
        session.expire_all()  # read the review as the other decision left it
        return review_view(request, session, review_id, error=str(exc), status=409)
    except ReviewStateError as exc:  # refused: a held draft, a boundary violation; nothing changed
        typed = draft_text if action == "edit" else None
        session.expire_all()
        return review_view(request, session, review_id, error=str(exc), status=422, typed=typed)
    return RedirectResponse(f"/reviews/{review_id}?done={action}", status_code=303)
