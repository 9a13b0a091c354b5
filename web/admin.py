"""The admin's pages: users (add with a role, disable, reset a password: app.user_admin, as
`podesk users` does, audited) and the read-only settings.

A generated password is in the answer to the form that made it and nowhere else: the page
is rendered straight from the POST (no redirect that would have to carry it), the response
is ``Cache-Control: no-store`` (web.security), and the store keeps only its hash.
"""

from __future__ import annotations

import os
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from agent.errors import ConflictError, InputError
from app import settings_view, user_admin
from app.store.users import Role, list_users
from web.security import DbSession, signed_in
from web.views import render

router = APIRouter()
Email = Annotated[str, Form(max_length=200)]
DONE = {"disable": "Account disabled; its sessions ended"}


def _users_page(
    request: Request,
    session: DbSession,
    *,
    notice: str | None = None,
    issued: user_admin.Issued | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    context = {
        "users": list_users(session),
        "roles": [r.value for r in Role],
        "notice": notice,
        "issued": issued,
        "error": error,
    }
    return render(request, "users.html", context, status_code=status)


@router.get("/admin/users")
def users(request: Request, session: DbSession, done: str | None = None) -> Response:
    return _users_page(request, session, notice=DONE.get(done or ""))


@router.post("/admin/users/add")
def add(
    request: Request, session: DbSession, email: Email, role: Annotated[Role, Form()]
) -> Response:
    actor = signed_in(request).user.email
    try:
        issued = user_admin.add_account(session, actor=actor, email=email, role=role)
    except (InputError, ConflictError) as exc:
        session.rollback()
        code = 409 if isinstance(exc, ConflictError) else 422
        return _users_page(request, session, error=str(exc), status=code)
    session.commit()
    notice = f"Added {issued.user.email} ({issued.user.role.value})"
    return _users_page(request, session, notice=notice, issued=issued)


def _not_self(request: Request, email: str, verb: str) -> str:
    """The admin's own account is changed with `podesk users` on the server: disabling it
    or resetting its password here would end the very session doing it."""
    actor = signed_in(request).user.email
    if email.strip().lower() == actor:
        raise HTTPException(422, f"you cannot {verb} your own account here: use `podesk users`")
    return actor


@router.post("/admin/users/disable")
def disable(request: Request, session: DbSession, email: Email) -> Response:
    actor = _not_self(request, email, "disable")
    user_admin.disable_account(session, actor=actor, email=email)  # NotFoundError: 404
    session.commit()
    return RedirectResponse("/admin/users?done=disable", status_code=303)


@router.post("/admin/users/reset-password")
def reset_password(request: Request, session: DbSession, email: Email) -> Response:
    actor = _not_self(request, email, "reset the password of")
    issued = user_admin.reset_password(session, actor=actor, email=email)
    session.commit()
    notice = f"New password set for {issued.user.email}; its sessions ended"
    return _users_page(request, session, notice=notice, issued=issued)


@router.get("/admin/settings")
def settings_page(request: Request) -> Response:
    from dotenv import dotenv_values

    settings = request.app.state.settings
    env_file = settings.model_config.get("env_file")
    # What the process was started with; read per request, only to say where a value came from.
    dotenv = dotenv_values(env_file) if isinstance(env_file, str) else {}
    shown = settings_view.describe(settings, environ=os.environ, dotenv=dotenv)
    return render(request, "settings.html", {"settings": shown})
