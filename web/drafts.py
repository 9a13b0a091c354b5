"""/drafts: the saved drafts (approved customer drafts in the mailbox), newest first, with
what later syncs saw become of them (still a draft, sent by deal desk, deleted)."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.store.saved_drafts import SavedDraftPublic, count_saved_drafts, list_saved_drafts
from web.security import DbSession
from web.views import render

router = APIRouter()
PAGE = 50
# Whitespace, controls, quotes and angle brackets have no place in a link Outlook gives.
_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f\"'<>\\`]")
FATES = {
    None: "draft (not looked at yet)",
    "draft": "still a draft",
    "sent": "sent by deal desk",
    "deleted": "deleted",
}


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
        "fates": FATES,
    }
    return render(request, "drafts.html", context)


def where_it_is(draft: SavedDraftPublic) -> tuple[str, str]:
    """("link", url) for an Outlook draft with a safe web link, ("path", file) for an .eml
    in the mailbox folder, ("outlook", message id) for an Outlook draft known by id only."""
    link = safe_https_url(draft.web_link)
    if link is not None:
        return "link", link
    location = draft.location
    if location.endswith(".eml") or location.startswith("/"):
        return "path", location
    return "outlook", location


def safe_https_url(value: str | None) -> str | None:
    """``value`` when it is an absolute https URL with a host and nothing that could end the
    attribute or hide another scheme; else None. The link came from a server (Graph) and is
    stored: it is checked where it becomes a link, whatever wrote it."""
    if not value or len(value) > 4096 or _UNSAFE_IN_URL.search(value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme != "https" or not parts.hostname or parts.username or parts.password:
        return None
    return value
