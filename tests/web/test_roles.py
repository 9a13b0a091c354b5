"""Every route, as every role and signed out, answers what web.roles says: the page (200, or
the route's own answer), 303 to /login, or 403. Built from the app's own route list, so a
route added without a line in the role table fails here."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.settings import Settings
from app.store import queries
from app.store.users import Role
from tests.web.conftest import csrf_of, email_of, sign_in
from web import roles
from web.app import create_app, route_list

# What an allowed caller gets from a route whose answer is not the page itself.
ALLOWED_ANSWER: dict[tuple[str, str], int] = {
    ("GET", "/"): 303,  # to the role's home page
    ("POST", "/login"): 401,  # the matrix signs in with a wrong password here
    ("POST", "/logout"): 303,  # to /login?signed_out=1
    # Sign-in with Microsoft is not configured here (tests/web/test_entra.py configures it).
    ("GET", "/login/entra"): 404,
    ("GET", "/auth/entra/callback"): 404,
    ("POST", "/reviews/{review_id}/decision"): 409,  # a stale draft: refused, nothing decided
    # No label, no opportunity, no reason: refused, nothing corrected.
    ("POST", "/reviews/{review_id}/relabel"): 422,
    ("POST", "/reviews/{review_id}/relink"): 422,
    # A stale record version: refused, nothing changed (and a draft that is not held).
    ("POST", "/exceptions/assign"): 409,
    ("POST", "/exceptions/escalate"): 409,
    ("POST", "/exceptions/resolve"): 409,
    ("POST", "/exceptions/release"): 409,
    ("POST", "/admin/users/disable"): 404,  # an address with no account: nothing changed
    ("POST", "/admin/users/reset-password"): 404,
}
EXCEPTION = "crm:EXC-2001"  # the sample CRM's, owned by someone with no console account
EXCEPTION_OWNER = "lena.fischer@northwindcloud.example"
EXCEPTION_FORM = {"key": EXCEPTION, "version": "99", "owner": "x@example.com", "note": "n"}


def _routes(settings: Settings) -> list[tuple[str, str]]:
    app = create_app(settings)
    found = route_list(app)
    app.state.engine.dispose()
    return found


def test_the_role_table_lists_exactly_the_apps_routes(settings: Settings) -> None:
    found = _routes(settings)
    assert len(found) >= 10 and ("GET", "/reviews/{review_id}") in found  # the walk sees them
    assert found == sorted(roles.ROUTES)


def _pending_draft(settings: Settings) -> queries.ReviewDetail:
    from app.store.db import make_engine

    engine = make_engine(settings.resolved_database_url)
    with Session(engine) as session:
        for review in queries.list_reviews(session, status="pending"):
            detail = queries.get_review(session, review_id=review.id)
            if detail.draft_status == "pending_review":
                engine.dispose()
                return detail
    raise AssertionError("the sample data has no pending customer draft")


def _expected(method: str, path: str, role: Role | None, review: queries.ReviewDetail) -> int:
    verdict = roles.allowed(method, path, role)
    if not verdict:
        return 303 if role is None else 403
    if path.endswith(("/decision", "/check")) and role is not None:
        mine = roles.may_decide(
            role, review.kind, review.draft_status, email=email_of(role), owner=None
        )
        answer = 409 if path.endswith("/decision") else 200  # the check: its fragment
        return answer if mine else 403
    verb = path.removeprefix("/exceptions/")
    if method == "POST" and verb in ("assign", "escalate", "resolve") and role is not None:
        mine = roles.may_work_exception(role, email_of(role), EXCEPTION_OWNER, verb)
        return 409 if mine else 403
    return ALLOWED_ANSWER.get((method, path), 200)


@pytest.mark.parametrize("role", [None, *Role], ids=lambda r: r or "signed-out")
def test_every_route_as_every_role(settings: Settings, web: TestClient, role: Role | None) -> None:
    review = _pending_draft(settings)
    if role is not None:
        assert sign_in(web, role) == 303
    web.get("/login")  # the sign-in form's token cookie
    csrf = "" if role is None else csrf_of(web)
    checked = []
    # Sign-out last: it ends the session the other calls use.
    for method, path in sorted(_routes(settings), key=lambda r: r == ("POST", "/logout")):
        url = path.replace("{review_id}", str(review.id))
        data: dict[str, Any] = {"csrf_token": csrf}
        if path == "/login":
            data |= {"email": "nobody@example.com", "password": "wrong password!"}
            data["csrf_token"] = web.cookies.get("podesk_login_csrf", "")
        if path.endswith("/decision"):
            data |= {"action": "accept", "seen_draft": "stale"}
        if path.startswith("/admin/users/"):
            data |= {"email": "nobody@example.com", "role": "sales_ops"}
            if path.endswith("/add"):  # a new account each time, so that it is added
                data["email"] = f"new.{role}@example.com"
        if path.startswith("/exceptions/"):
            data |= EXCEPTION_FORM | {"manager": email_of(Role.MANAGER)}
            data |= {"review_id": str(review.id), "seen_draft": "stale"}
        answer = web.request(
            method, url, data=data if method == "POST" else None, follow_redirects=False
        )
        expected = _expected(method, path, role, review)
        assert answer.status_code == expected, (method, path, role, answer.text[:300])
        if expected == 303 and role is None:
            assert answer.headers["location"].startswith("/login")
        checked.append((method, path))
    assert len(checked) == len(roles.ROUTES)
