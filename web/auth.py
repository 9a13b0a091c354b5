"""/login and /logout: local accounts, server-side sessions, throttled sign-in. The sign-in
page also offers "Sign in with Microsoft" when Entra ID is configured (web/entra.py)."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app import accounts
from web.roles import HOME
from web.security import (
    COOKIE,
    LOGIN_COOKIE,
    DbSession,
    client_address,
    secure_cookie,
    signed_in,
)
from web.views import render

router = APIRouter()


def safe_next(next_path: str | None) -> str | None:
    """Only a path on this site: never //host or a scheme (an open redirect)."""
    if next_path and next_path.startswith("/") and not next_path.startswith(("//", "/\\")):
        return next_path
    return None


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> Response:
    return login_page(request, next_path=safe_next(next))


def login_page(
    request: Request, *, next_path: str | None, error: str | None = None, status: int = 200
) -> Response:
    token = secrets.token_urlsafe(32)
    context = {
        "login_csrf": token,
        "next_path": next_path or "",
        "error": error,
        "entra": request.app.state.entra is not None,
    }
    response = render(request, "login.html", context, status_code=status)
    response.set_cookie(
        LOGIN_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=secure_cookie(request),
        path="/login",
    )
    return response


@router.post("/login")
def login(
    request: Request,
    session: DbSession,
    email: Annotated[str, Form()],
    password: Annotated[str, Form()],
    client: Annotated[str, Depends(client_address)],
    next_path: Annotated[str, Form()] = "",
) -> Response:
    lifetime = request.app.state.session_lifetime
    try:
        done = accounts.sign_in(
            session, email=email, password=password, client=client, lifetime=lifetime
        )
    except accounts.SignInThrottled as exc:
        session.commit()
        return login_page(request, next_path=safe_next(next_path), error=str(exc), status=429)
    except accounts.SignInRefused as exc:
        session.commit()  # the failure counts towards throttling
        return login_page(request, next_path=safe_next(next_path), error=str(exc), status=401)
    session.commit()
    target = safe_next(next_path) or HOME[done.user.role]
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(request, response, done.token)
    return response


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    """The signed-in browser's cookie, however it signed in (password or Entra ID)."""
    lifetime = request.app.state.session_lifetime
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(lifetime.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=secure_cookie(request),
        path="/",
    )
    response.delete_cookie(LOGIN_COOKIE, path="/login")


@router.post("/logout")
def logout(request: Request, session: DbSession) -> Response:
    viewer = signed_in(request)
    accounts.sign_out(session, token=viewer.token)
    session.commit()
    response = RedirectResponse("/login?signed_out=1", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
