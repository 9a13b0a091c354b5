"""/login/entra and /auth/entra/callback: "Sign in with Microsoft" (app/entra.py).

The browser goes to Entra with msal's flow kept server-side (entra_flows), found by a random
key in a short-lived cookie that only the callback path receives: the flow is bound to the
browser that started it, used once, and its PKCE verifier never leaves the server. The
cookie is SameSite=Lax because Entra's redirect back is a cross-site navigation. A sign-in
ends like a password one: a server-side session and the same session cookie.
"""

from __future__ import annotations

import json
import secrets
from datetime import timedelta

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from app import accounts
from app.entra import CALLBACK_PATH, EntraConfig, EntraRefused, EntraSignIn
from app.entra_accounts import EntraAccountRefused, sign_in_entra
from app.store import users as store
from app.store.tables import utcnow
from web.auth import login_page, safe_next, set_session_cookie
from web.roles import HOME
from web.security import DbSession, secure_cookie

router = APIRouter()
FLOW_COOKIE = "podesk_entra_flow"
FLOW_LIFETIME = timedelta(minutes=10)  # Entra's codes live about as long


def _signin(request: Request) -> EntraSignIn:
    found: EntraSignIn | None = request.app.state.entra
    if found is None:
        raise HTTPException(404, "sign-in with Microsoft is not configured here")
    return found


def _redirect_uri(request: Request, config: EntraConfig) -> str:
    # Behind a proxy the registered URI is the one to send (PODESK_ENTRA_REDIRECT_URI).
    return config.redirect_uri or str(request.url.replace(path=CALLBACK_PATH, query=""))


@router.get("/login/entra")
def entra_start(request: Request, session: DbSession, next: str | None = None) -> Response:
    signin = _signin(request)
    try:
        flow = signin.start(_redirect_uri(request, signin.config))
    except EntraRefused as exc:
        return login_page(request, next_path=safe_next(next), error=str(exc), status=502)
    key = secrets.token_urlsafe(32)
    store.add_entra_flow(
        session,
        key_hash=accounts.token_hash(key),
        flow=json.dumps(flow),
        next_path=safe_next(next) or "",
        expires_at=utcnow() + FLOW_LIFETIME,
    )
    session.commit()
    response = RedirectResponse(str(flow["auth_uri"]), status_code=303)
    response.set_cookie(
        FLOW_COOKIE,
        key,
        max_age=int(FLOW_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=secure_cookie(request),
        path=CALLBACK_PATH,
    )
    return response


@router.get(CALLBACK_PATH)
def entra_callback(request: Request, session: DbSession) -> Response:
    signin = _signin(request)
    key = request.cookies.get(FLOW_COOKIE)
    taken = None
    if key:
        taken = store.take_entra_flow(session, key_hash=accounts.token_hash(key), now=utcnow())
        session.commit()  # used up now, whatever follows: a replayed callback finds nothing
    if taken is None:
        message = "this sign-in with Microsoft has expired or was already used: start again"
        return _refused(request, message, 400)
    flow, next_path = taken
    try:
        user = signin.finish(json.loads(flow), dict(request.query_params))
        lifetime = request.app.state.session_lifetime
        done = sign_in_entra(session, user=user, roles=signin.config.roles, lifetime=lifetime)
    except EntraRefused as exc:
        return _refused(request, str(exc), 401)
    except EntraAccountRefused as exc:
        return _refused(request, str(exc), 403)
    session.commit()
    response = RedirectResponse(safe_next(next_path) or HOME[done.user.role], status_code=303)
    set_session_cookie(request, response, done.token)
    response.delete_cookie(FLOW_COOKIE, path=CALLBACK_PATH)
    return response


def _refused(request: Request, message: str, status: int) -> Response:
    response = login_page(request, next_path=None, error=message, status=status)
    response.delete_cookie(FLOW_COOKIE, path=CALLBACK_PATH)
    return response
