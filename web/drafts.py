"""/drafts: the saved drafts (approved customer drafts in the mailbox), newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.store.saved_drafts import count_saved_drafts, list_saved_drafts
from web.security import DbSession
from web.views import render

router = APIRouter()
PAGE = 50


@router.get("/drafts")
def drafts_page(
    request: Request, session: DbSession, page: Annotated[int, Query(ge=1, le=100_000)] = 1
) -> Response:
    offset = (page - 1) * PAGE
    drafts = list_saved_drafts(session, limit=PAGE, offset=offset)
    total = count_saved_drafts(session)
    context = {
        "drafts": drafts,
        "page": page,
        "total": total,
        "first": offset + 1,
        "pages": max(1, -(-total // PAGE)),
        "where_it_is": where_it_is,
    }
    return render(request, "drafts.html", context)


def where_it_is(location: str) -> tuple[str, str]:
    """("link", url) for a draft Outlook gave a link to, ("path", file) for an .eml in the
    mailbox folder, ("outlook", message id) for an Outlook draft known by its id only."""
    if location.startswith("https://"):
        return "link", location
    if location.endswith(".eml") or location.startswith("/"):
        return "path", location
    return "outlook", location
