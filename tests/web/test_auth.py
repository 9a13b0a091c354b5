"""Sign-in: cookies, throttling, revocation, CSRF and the headers on every response."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from fastapi.testclient import TestClient
from sqlmodel import Session

from app import accounts
from app.settings import Settings
from app.store.users import Role, update_user
from tests.web.conftest import PASSWORD, Markup, csrf_of, email_of, sign_in
from web import security
from web.app import create_app

STATIC = Path(security.__file__).with_name("static")


def test_the_session_cookie_is_httponly_lax_and_secure_only_over_https(settings: Settings) -> None:
    app = create_app(settings)
    for base, secure in (("http://testserver", False), ("https://testserver", True)):
        with TestClient(app, base_url=base) as client:
            assert sign_in(client, Role.SALES_OPS) == 303
            cookie = next(c for c in client.cookies.jar if c.name == security.COOKIE)
            assert cookie.secure is secure
            assert cookie.has_nonstandard_attr("HttpOnly")
    app.state.engine.dispose()


def test_sign_in_sets_the_flags_in_the_header(web: TestClient) -> None:
    form = web.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token is not None
    data = {"email": email_of(Role.MANAGER), "password": PASSWORD, "csrf_token": token.group(1)}
    done = web.post("/login", data=data, follow_redirects=False)
    cookie = next(v for v in done.headers.get_list("set-cookie") if v.startswith("podesk_session"))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    assert done.headers["location"] == "/exceptions"  # a manager starts on the exceptions


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS, "not the password") == 401
    assert web.get("/queue", follow_redirects=False).status_code == 303


def test_five_failures_lock_the_account_even_for_the_right_password(web: TestClient) -> None:
    for _ in range(accounts.ACCOUNT_LIMIT):
        assert sign_in(web, Role.DEAL_DESK, "guess guess guess") == 401
    assert sign_in(web, Role.DEAL_DESK) == 429
    assert sign_in(web, Role.MANAGER) == 303  # another account is not locked


def test_twenty_failures_from_one_client_lock_that_client_only(settings: Settings) -> None:
    app = create_app(settings)
    address = {"ip": "203.0.113.7"}
    app.dependency_overrides[security.client_address] = lambda: address["ip"]
    with TestClient(app) as client:
        for n in range(accounts.CLIENT_LIMIT):  # one failure each for many accounts
            assert sign_in(client, Role.ADMIN, "x" * 12, email=f"n{n}@example.com") == 401
        assert sign_in(client, Role.ADMIN) == 429  # every account, from this address
        address["ip"] = "203.0.113.8"
        assert sign_in(client, Role.ADMIN) == 303  # not from another one
    app.state.engine.dispose()


def test_sign_out_revokes_the_session_on_the_server(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    stolen = web.cookies.get(security.COOKIE)
    out = web.post("/logout", data={"csrf_token": csrf_of(web)}, follow_redirects=False)
    assert out.headers["location"] == "/login?signed_out=1"
    web.cookies.set(security.COOKIE, stolen or "")  # the old cookie, replayed
    assert web.get("/queue", follow_redirects=False).status_code == 303


def test_disabling_an_account_ends_its_open_session(web: TestClient, settings: Settings) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    assert web.get("/queue").status_code == 200
    engine = web.app.state.engine  # type: ignore[attr-defined]
    with Session(engine) as session:
        update_user(session, email=email_of(Role.SALES_OPS), disabled=True)
        session.commit()
    assert web.get("/queue", follow_redirects=False).status_code == 303
    assert sign_in(web, Role.SALES_OPS) == 401


def test_a_post_without_the_csrf_token_is_refused(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    assert web.post("/logout", data={}).status_code == 403
    assert web.post("/logout", data={"csrf_token": "x" * 64}).status_code == 403
    assert web.get("/queue").status_code == 200  # still signed in
    header = {"X-CSRF-Token": csrf_of(web)}  # what htmx sends
    assert web.post("/logout", headers=header, follow_redirects=False).status_code == 303


def test_sign_in_needs_its_form_token(web: TestClient) -> None:
    data = {"email": email_of(Role.SALES_OPS), "password": PASSWORD, "csrf_token": "forged"}
    web.get("/login")
    assert web.post("/login", data=data, follow_redirects=False).status_code == 403


def test_every_response_carries_the_security_headers(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    for path in ("/login", "/queue", "/static/app.js", "/reviews/999999", "/audit"):
        answer = web.get(path)
        csp = answer.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, path
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "same-origin"


def test_pages_load_nothing_from_another_origin_and_have_no_inline_script(web: TestClient) -> None:
    assert sign_in(web, Role.MANAGER) == 303
    for path in ("/login", "/queue", "/audit"):
        page = Markup(web.get(path).text)
        assert len(page.tags) > 20 and page.unsafe() == [], path


def test_the_vendored_htmx_is_the_pinned_release() -> None:
    digest = hashlib.sha256((STATIC / "htmx-2.0.4.min.js").read_bytes()).hexdigest()
    assert digest in (STATIC / "VENDORED.md").read_text()
    assert "Zero-Clause BSD" in (STATIC / "htmx-2.0.4.LICENSE").read_text()


def test_the_readme_states_the_policy_and_limits_the_code_has() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    assert f"Content-Security-Policy: {security.CSP}" in readme
    assert f"{accounts.ACCOUNT_LIMIT} failed sign-ins for one account" in readme
    assert f"{accounts.CLIENT_LIMIT} from one client address" in readme
    minutes = int(accounts.THROTTLE_WINDOW.total_seconds() // 60)
    assert f"Sign-in is refused for {minutes}\nminutes" in readme
