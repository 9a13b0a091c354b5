"""/deals: the deals board (app/deals.py), the console's view of `podesk deals`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.deals import board
from web.security import DbSession
from web.views import render

router = APIRouter()
ORDER_PATHS = ("enterprise_po", "renewal_po", "signed_contract")
MARKS = {"missing": "✗ missing", "received": "✓ received", "not_required": "– not required"}


@router.get("/deals")
def deals_page(
    request: Request,
    session: DbSession,
    order_path: Annotated[str | None, Query(max_length=40)] = None,
    stalled: Annotated[bool, Query()] = False,
) -> Response:
    settings = request.app.state.settings
    chosen = order_path if order_path in ORDER_PATHS else settings.order_path
    rows = board(
        session,
        settings=settings.model_copy(update={"order_path": chosen}),
        stalled_only=stalled,
    )
    context = {
        "rows": rows,
        "order_path": chosen,
        "order_paths": ORDER_PATHS,
        "stalled": stalled,
        "stall_days": settings.stall_days,
        "marks": MARKS,
    }
    return render(request, "deals.html", context)
