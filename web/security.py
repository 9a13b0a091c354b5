"""Sign-in, roles and CSRF for every request, and the headers on every response.

``authorize`` runs before every route (a global dependency): it finds the signed-in user from
the session cookie, checks the route against web.roles.ROUTES (303 to /login when signed out,
403 for a role without access, 403 for a route the table does not list), and on every POST
checks the CSRF token (form field ``csrf_token`` or header ``X-CSRF-Token``, which htmx sends).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request
from sqlmodel import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import accounts
from app.store.users import UserPublic
from web import roles

COOKIE = "podesk_session"
LOGIN_COOKIE = "podesk_login_csrf"  # double-submit token of the sign-in form (no session yet)
CSRF_HEADER = "x-csrf-token"
# No inline script or style anywhere, nothing from another origin, never framed.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "object-src 'none'"
)
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),  # pages show customer mail: keep them out of caches
)


class SecurityHeaders:
    """Pure ASGI middleware: adds HEADERS to every HTTP response, errors and files included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass(frozen=True)
class Viewer:
    user: UserPublic
    token: str

    @property
    def csrf(self) -> str:
        return accounts.csrf_token(self.token)


def db_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


DbSession = Annotated[Session, Depends(db_session)]


def current_viewer(request: Request, session: DbSession) -> Viewer | None:
    token = request.cookies.get(COOKIE)
    user = accounts.current_user(session, token=token) if token else None
    return Viewer(user=user, token=token) if user and token else None


def client_address(request: Request) -> str:
    """Who throttling counts failures against (behind a proxy: uvicorn's --proxy-headers)."""
    return request.client.host if request.client else "unknown"


class SignInRequired(Exception):
    """Answered with 303 to /login (web.app's handler)."""

    def __init__(self, next_path: str) -> None:
        self.location = f"/login?next={quote(next_path, safe='/')}"


async def authorize(
    request: Request, viewer: Annotated[Viewer | None, Depends(current_viewer)]
) -> None:
    route = request.scope.get("route")
    path = str(getattr(route, "path", ""))
    verdict = roles.allowed(request.method, path, viewer.user.role if viewer else None)
    if verdict is None:
        raise HTTPException(403, f"{request.method} {path} is not in the console's role table")
    if not verdict:
        if viewer is None:
            raise SignInRequired(request.url.path if request.method == "GET" else "/")
        raise HTTPException(403, f"your role ({viewer.user.role}) may not open this page")
    request.state.viewer = viewer
    if request.method == "POST":
        # Public forms (sign-in) have no session yet: their token is a double-submit cookie.
        public = roles.ROUTES[(request.method, path)] == roles.PUBLIC
        expected = request.cookies.get(LOGIN_COOKIE) if public or not viewer else viewer.csrf
        await _check_csrf(request, expected)


async def _check_csrf(request: Request, expected: str | None) -> None:
    given = request.headers.get(CSRF_HEADER)
    if given is None:
        form = await request.form()
        value = form.get("csrf_token")
        given = value if isinstance(value, str) else None
    if expected is None or not accounts.same_token(given, expected):
        raise HTTPException(403, "the form's security token is missing or stale: reload the page")


def signed_in(request: Request) -> Viewer:
    """The viewer of a route that requires sign-in (authorize has checked it)."""
    viewer: Viewer | None = getattr(request.state, "viewer", None)
    if viewer is None:
        raise HTTPException(403, "sign in first")
    return viewer


def secure_cookie(request: Request) -> bool:
    return request.url.scheme == "https"
