"""A person's sign-in: Entra's authorization code flow with PKCE, as a web app meets it.

``GET /{tenant}/oauth2/v2.0/authorize`` checks the request as Entra does (a registered client
and redirect URI, ``response_type=code``, ``openid`` scope, an S256 ``code_challenge``, a
``state`` and a ``nonce``) and then shows a sign-in page where the test (or a person trying
the console) picks who signs in and with which app roles; submitting it redirects back with a
one-time code. The token endpoint's ``authorization_code`` grant redeems that code once, for
the same client and redirect URI, with the ``code_verifier`` whose SHA-256 is the challenge,
and answers an id_token signed by a key published at ``discovery/v2.0/keys``.
"""

from __future__ import annotations

import hashlib
import html
import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from sandboxes.graph import ids, webtokens
from sandboxes.graph.errors import AadError
from sandboxes.graph.tokens import LIFETIME, TokenService

CODE_LIFETIME = 600  # seconds; Entra's codes live about ten minutes
USER_FIELD = "sandbox_user"  # the sign-in page's fields, also accepted straight in the query
ROLES_FIELD = "sandbox_roles"  # comma-separated app role values
Page = tuple[int, bytes, dict[str, str]]


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str
    nonce: str
    scope: str
    user: str
    roles: tuple[str, ...]
    expires_at: float
    redeemed: bool = False


class SignIn:
    def __init__(self, tokens: TokenService) -> None:
        self._tokens = tokens
        # A fresh key per run: clients fetch it from the JWKS, as they must from Entra's.
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self._kid = secrets.token_hex(8)
        self._codes: dict[str, _Code] = {}
        self._lock = threading.Lock()
        self.redirect_uris: set[str] = set()  # the app registration's "Web" redirect URIs

    def jwks(self) -> dict[str, Any]:
        numbers = self._key.public_key().public_numbers()
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "use": "sig",
                    "alg": "RS256",
                    "kid": self._kid,
                    "n": _b64_int(numbers.n),
                    "e": _b64_int(numbers.e),
                }
            ]
        }

    # /authorize ---------------------------------------------------------------------------
    def authorize(self, path: str, query: dict[str, str]) -> Page:
        client_id, redirect_uri = query.get("client_id", ""), query.get("redirect_uri", "")
        if client_id != self._tokens.config.client_id:
            return _error_page(700016, f"Application with identifier '{client_id}' was not found.")
        if redirect_uri not in self.redirect_uris:
            return _error_page(
                50011,
                f"The redirect URI '{redirect_uri}' specified in the request does not match the "
                f"redirect URIs configured for the application '{client_id}'.",
            )
        problem = _request_problem(query)
        if problem is not None:
            return _redirect(
                redirect_uri,
                {
                    "error": "invalid_request",
                    "error_description": problem,
                    "state": query.get("state", ""),
                },
            )
        if not query.get(USER_FIELD):
            return 200, _form(path, query), {"Content-Type": "text/html; charset=utf-8"}
        code = secrets.token_urlsafe(48)
        roles = tuple(r.strip() for r in query.get(ROLES_FIELD, "").split(",") if r.strip())
        with self._lock:
            self._codes[code] = _Code(
                client_id,
                redirect_uri,
                query["code_challenge"],
                query["nonce"],
                query.get("scope", ""),
                query[USER_FIELD].strip().lower(),
                roles,
                time.time() + CODE_LIFETIME,
            )
        session_state = secrets.token_hex(16)
        return _redirect(
            redirect_uri, {"code": code, "state": query["state"], "session_state": session_state}
        )

    # the token endpoint's authorization_code grant -----------------------------------------
    def redeem(self, form: dict[str, str]) -> dict[str, Any]:
        self._tokens.check_client(form, confidential=True)
        with self._lock:
            grant = self._codes.get(form.get("code", ""))
            if grant is None:
                raise AadError(
                    400, "invalid_grant", 70000, "Provided grant is invalid or malformed."
                )
            if grant.redeemed:
                raise AadError(
                    400,
                    "invalid_grant",
                    54005,
                    "OAuth2 Authorization code was already redeemed, please retry "
                    "with a new valid code or use an existing refresh token.",
                )
            grant.redeemed = True  # any attempt uses it up: a wrong verifier burns the code
        if grant.expires_at < time.time():
            raise AadError(
                400,
                "invalid_grant",
                70008,
                "The provided authorization code or refresh token has expired due to inactivity.",
            )
        if (
            form.get("client_id") != grant.client_id
            or form.get("redirect_uri") != grant.redirect_uri
        ):
            raise AadError(
                400,
                "invalid_grant",
                50148,
                "The redirect_uri or client_id does not "
                "match the one used in the authorization request.",
            )
        if _s256(form.get("code_verifier", "")) != grant.challenge:
            raise AadError(
                400,
                "invalid_grant",
                501481,
                "The Code_Verifier does not match the "
                "code_challenge supplied in the authorization request.",
            )
        return self._tokens_for(grant)

    def _tokens_for(self, grant: _Code) -> dict[str, Any]:
        tid, oid, now = self._tokens.tenant_guid, ids.object_id(grant.user), int(time.time())
        claims: dict[str, Any] = {
            "aud": grant.client_id,
            "iss": f"{self._tokens.authority_url}/{tid}/v2.0",
            "iat": now,
            "nbf": now,
            "exp": now + LIFETIME,
            "nonce": grant.nonce,
            "name": grant.user.split("@")[0].replace(".", " ").title(),
            "preferred_username": grant.user,
            "email": grant.user,
            "oid": oid,
            "sub": webtokens.b64url(ids.object_id(oid).encode())[:43],
            "tid": tid,
            "ver": "2.0",
        }
        if grant.roles:
            claims["roles"] = list(grant.roles)  # Entra omits the claim when none is assigned
        client_info = json.dumps({"uid": oid, "utid": tid}, separators=(",", ":")).encode()
        return {
            "token_type": "Bearer",
            "scope": grant.scope,
            "expires_in": LIFETIME,
            "ext_expires_in": LIFETIME,
            # No API was asked for: this access token opens nothing here (it is not recorded).
            "access_token": webtokens.encode({"aud": grant.client_id, "oid": oid, "tid": tid}),
            "id_token": self._sign(claims),
            "client_info": webtokens.b64url(client_info),
        }

    def _sign(self, claims: dict[str, Any]) -> str:
        header = {"typ": "JWT", "alg": "RS256", "kid": self._kid}
        parts = [json.dumps(p, separators=(",", ":")).encode() for p in (header, claims)]
        signing_input = ".".join(webtokens.b64url(p) for p in parts)
        signature = self._key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
        return f"{signing_input}.{webtokens.b64url(signature)}"


def _request_problem(query: dict[str, str]) -> str | None:
    """What Entra would refuse in a well-addressed request (it redirects back with it)."""
    if query.get("response_type") != "code":
        return "AADSTS700054: response_type 'code' is the only one this app may use."
    if "openid" not in query.get("scope", "").split():
        return "AADSTS900144: The request body must contain the scope 'openid'."
    if not query.get("code_challenge") or query.get("code_challenge_method") != "S256":
        return "AADSTS501491: code_challenge with code_challenge_method S256 is required."
    if not query.get("state") or not query.get("nonce"):
        return "AADSTS900144: The request must contain a state and a nonce."
    return None


def _s256(verifier: str) -> str:
    return webtokens.b64url(hashlib.sha256(verifier.encode("ascii", "replace")).digest())


def _b64_int(value: int) -> str:
    return webtokens.b64url(value.to_bytes((value.bit_length() + 7) // 8, "big"))


def _redirect(uri: str, params: dict[str, str]) -> Page:
    joiner = "&" if "?" in uri else "?"
    return 302, b"", {"Location": f"{uri}{joiner}{urlencode(params)}"}


def _error_page(code: int, message: str) -> Page:
    # Entra shows these to the person and never redirects: the redirect URI is not trusted.
    text = html.escape(f"AADSTS{code}: {message}")
    body = f"<!doctype html><title>Sign in</title><h1>Sorry</h1><p id='error'>{text}</p>"
    return 400, body.encode(), {"Content-Type": "text/html; charset=utf-8"}


def _form(path: str, query: dict[str, str]) -> bytes:
    """Entra's sign-in page, reduced to picking the account and its assigned app roles."""
    keep = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
        for k, v in query.items()
        if k not in (USER_FIELD, ROLES_FIELD)
    )
    page = f"""<!doctype html><html lang="en"><title>Sign in to your account</title>
<h1>Sign in (Graph sandbox)</h1>
<form method="get" action="{html.escape(path)}">{keep}
<label for="user">Account</label> <input id="user" name="{USER_FIELD}" type="email" required>
<label for="roles">App roles (comma-separated)</label> <input id="roles" name="{ROLES_FIELD}">
<button type="submit">Sign in</button></form></html>"""
    return page.encode()
