"""The app factory: settings in, a FastAPI app out (uvicorn serves it; tests drive it).

Pages are rendered on the server by Jinja2 with autoescaping on for every template: mail text
is only ever inserted as escaped text. htmx (vendored, static/) enhances filters and refresh.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from sqlalchemy.engine import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.errors import NotFoundError
from app.entra import EntraSignIn, entra_config
from app.settings import Settings
from app.store.db import make_engine
from web import (
    admin,
    auth,
    corrections,
    deals,
    draft_check,
    drafts,
    entra,
    exceptions,
    pages,
    reviews,
)
from web.security import SecurityHeaders, SignInRequired, authorize
from web.views import render

HERE = Path(__file__).parent


def create_app(settings: Settings, *, engine: Engine | None = None) -> FastAPI:
    """``engine`` defaults to the settings' store (created and schema-checked here)."""
    app = FastAPI(
        title="PO Desk",
        docs_url=None,  # no API explorer: it would load scripts from a CDN
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(authorize)],
    )
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.resolved_database_url)
    app.state.session_lifetime = timedelta(hours=settings.session_hours)
    entra_settings = entra_config(settings)  # None: no "Sign in with Microsoft"
    app.state.entra = (
        EntraSignIn(entra_settings, settings.redactor()) if entra_settings is not None else None
    )
    app.state.templates = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
    )
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (
        auth,
        entra,
        pages,
        reviews,
        draft_check,
        corrections,
        exceptions,
        drafts,
        deals,
        admin,
    ):
        app.include_router(module.router)
    app.add_exception_handler(SignInRequired, _to_login)
    app.add_exception_handler(StarletteHTTPException, _error_page)
    app.add_exception_handler(NotFoundError, _not_found)
    return app


def route_list(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path template) of every route, through included routers (which FastAPI
    wraps, without a prefix here): what web.roles.ROUTES must list exactly."""
    found: list[tuple[str, str]] = []
    pending: list[Any] = list(app.routes)
    while pending:
        route = pending.pop()
        if isinstance(route, APIRoute):
            found += [(method, route.path) for method in sorted(route.methods or ())]
        elif hasattr(route, "original_router"):
            pending += route.original_router.routes
    return sorted(found)


async def _to_login(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SignInRequired)
    return RedirectResponse(exc.location, status_code=303)


async def _error_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    return _error(request, exc.status_code, str(exc.detail))


async def _not_found(request: Request, exc: Exception) -> Response:
    return _error(request, 404, str(exc))


def _error(request: Request, status: int, message: str) -> HTMLResponse:
    context: dict[str, Any] = {"status": status, "message": message}
    return render(request, "error.html", context, status_code=status)
