"""Token issuance and validation: client credentials, device code, refresh tokens.

Error responses carry the AADSTS numbers Entra uses for the same situations. Delegated
sign-ins are the mailbox's own user (so ``/me`` is the mailbox). Requests for a permission
that would let the app transmit mail fail with invalid_scope: PO Desk must never ask.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from sandboxes.graph import ids, webtokens
from sandboxes.graph.config import SandboxConfig
from sandboxes.graph.errors import AadError, GraphErrorReply
from sandboxes.graph.scopes import GRAPH_RESOURCE, delegated_scopes

GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000"
LIFETIME = 3599  # seconds, as Entra reports expires_in for Graph tokens
DEVICE_CODE_LIFETIME = 900


@dataclass(frozen=True)
class Grant:
    kind: str  # "app" (client credentials) or "user" (delegated)
    permissions: frozenset[str]  # roles of an app token, scp of a user token
    expires_at: float


@dataclass
class _DeviceCode:
    scopes: tuple[str, ...]
    expires_at: float
    polls: int = 0
    redeemed: bool = False


@dataclass
class TokenService:
    config: SandboxConfig
    graph_url: str  # the sandbox's own Graph root, accepted as a resource like Graph's
    authority_url: str
    display_name: str = ""
    refusing: str = ""  # "plain" or "echo": refuse every client (GraphSandbox.refuse_credentials)
    _access: dict[str, Grant] = field(default_factory=dict)
    _refresh: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _devices: dict[str, _DeviceCode] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def tenant_guid(self) -> str:
        return ids.tenant_guid(self.config.tenant_id)

    def check_client(self, form: dict[str, str], confidential: bool) -> None:
        client_id = form.get("client_id", "")
        if self.refusing:
            raise _refusal(form, echo=self.refusing == "echo")
        if client_id != self.config.client_id:
            raise AadError(
                400,
                "unauthorized_client",
                700016,
                f"Application with identifier '{client_id}' was not found in the directory "
                f"'{self.config.tenant_id}'.",
            )
        if form.get("client_assertion"):
            if form.get("client_assertion_type") != webtokens.ASSERTION_TYPE:
                raise AadError(400, "invalid_request", 50027, "Invalid client_assertion_type.")
            audiences = {f"{self.authority_url}/{t}/oauth2/v2.0/token" for t in self.tenants()}
            problem = webtokens.check_assertion(
                form["client_assertion"],
                client_id,
                audiences,
                self.config.client_certificate,
            )
            if problem:
                raise AadError(401, "invalid_client", 700027, problem)
        elif "client_secret" in form:
            if form["client_secret"] != self.config.client_secret:
                raise AadError(
                    401,
                    "invalid_client",
                    7000215,
                    "Invalid client secret provided. Ensure the secret being sent in the request "
                    f"is the client secret value, not the client secret ID, for app '{client_id}'.",
                )
        elif confidential:
            raise AadError(
                401,
                "invalid_client",
                7000218,
                "The request body must contain the following parameter: 'client_assertion' or "
                "'client_secret'.",
            )

    def tenants(self) -> tuple[str, ...]:
        return (self.config.tenant_id, self.tenant_guid, "common", "organizations")

    # grants ----------------------------------------------------------------------------
    def token(self, form: dict[str, str]) -> dict[str, Any]:
        grant_type = form.get("grant_type", "")
        if grant_type == "client_credentials":
            return self._client_credentials(form)
        if grant_type == "urn:ietf:params:oauth:grant-type:device_code":
            return self._device_code_grant(form)
        if grant_type == "refresh_token":
            return self._refresh_grant(form)
        raise AadError(
            400,
            "unsupported_grant_type",
            70003,
            f"The app requested an unsupported grant type '{grant_type}'.",
        )

    def _client_credentials(self, form: dict[str, str]) -> dict[str, Any]:
        self.check_client(form, confidential=True)
        scopes = form.get("scope", "").split()
        if len(scopes) != 1 or not scopes[0].endswith("/.default"):
            raise AadError(
                400,
                "invalid_scope",
                1002012,
                f"The provided value for scope {form.get('scope', '')} is not valid. Client "
                "credential flows must have a scope value with /.default suffixed to the "
                "resource identifier (application ID URI).",
            )
        resource = scopes[0][: -len("/.default")]
        if resource.lower().rstrip("/") not in (GRAPH_RESOURCE, self.graph_url.lower()):
            raise AadError(
                400,
                "invalid_resource",
                500011,
                f"The resource principal named {resource} was not found in the tenant named "
                f"{self.config.tenant_id}.",
            )
        access = self._issue("app", frozenset(self.config.app_roles))
        return {
            "token_type": "Bearer",
            "expires_in": LIFETIME,
            "ext_expires_in": LIFETIME,
            **access,
        }

    def start_device_flow(self, form: dict[str, str], verification_uri: str) -> dict[str, Any]:
        self.check_client(form, confidential=False)
        scopes = delegated_scopes(self.graph_url, form.get("scope", ""))
        device_code = secrets.token_urlsafe(48)
        user_code = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
        with self._lock:
            self._devices[device_code] = _DeviceCode(scopes, time.time() + DEVICE_CODE_LIFETIME)
        return {
            "user_code": user_code,
            "device_code": device_code,
            "verification_uri": verification_uri,
            "expires_in": DEVICE_CODE_LIFETIME,
            "interval": self.config.device_code_interval,
            "message": f"To sign in, use a web browser to open the page {verification_uri} and "
            f"enter the code {user_code} to authenticate.",
        }

    def _device_code_grant(self, form: dict[str, str]) -> dict[str, Any]:
        self.check_client(form, confidential=False)
        with self._lock:
            state = self._devices.get(form.get("device_code", ""))
            if state is None:
                raise AadError(
                    400, "invalid_grant", 70000, "Provided grant is invalid or malformed."
                )
            if state.expires_at < time.time():
                raise AadError(400, "expired_token", 70019, "Verification code expired.")
            if state.redeemed:
                raise AadError(
                    400, "invalid_grant", 54005, "OAuth2 Authorization code was already redeemed."
                )
            state.polls += 1
            if state.polls == 1:  # the person has not finished signing in yet
                raise AadError(
                    400,
                    "authorization_pending",
                    70016,
                    "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
                )
            state.redeemed = True
        return self._user_tokens(state.scopes)

    def _refresh_grant(self, form: dict[str, str]) -> dict[str, Any]:
        self.check_client(form, confidential=False)
        with self._lock:
            granted = self._refresh.get(form.get("refresh_token", ""))
        if granted is None:
            raise AadError(
                400, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid."
            )
        wanted = delegated_scopes(self.graph_url, form.get("scope", "")) or granted
        missing = [s for s in wanted if s not in granted]
        if missing:
            raise AadError(
                400,
                "invalid_grant",
                65001,
                f"The user or administrator has not consented to use the application with ID "
                f"'{self.config.client_id}'. Send an interactive authorization request for "
                f"this user and resource. Missing: {' '.join(missing)}.",
            )
        return self._user_tokens(granted)

    def _user_tokens(self, scopes: tuple[str, ...]) -> dict[str, Any]:
        mailbox, now = self.config.mailbox_address, int(time.time())
        oid, tid = ids.object_id(mailbox), self.tenant_guid
        refresh = secrets.token_urlsafe(96)
        with self._lock:
            self._refresh[refresh] = scopes
        id_claims = {
            "aud": self.config.client_id,
            "iss": f"{self.authority_url}/{tid}/v2.0",
            "iat": now,
            "nbf": now,
            "exp": now + LIFETIME,
            "name": self.display_name or mailbox,
            "oid": oid,
            "preferred_username": mailbox,
            "sub": webtokens.b64url(ids.object_id(oid).encode())[:43],
            "tid": tid,
            "ver": "2.0",
        }
        client_info = json.dumps({"uid": oid, "utid": tid}, separators=(",", ":")).encode()
        return {
            "token_type": "Bearer",
            "scope": " ".join(scopes),
            "expires_in": LIFETIME,
            "ext_expires_in": LIFETIME,
            **self._issue("user", frozenset(scopes)),
            "refresh_token": refresh,
            "id_token": webtokens.encode(id_claims),
            "client_info": webtokens.b64url(client_info),
        }

    def _issue(self, kind: str, permissions: frozenset[str]) -> dict[str, str]:
        now = int(time.time())
        claims: dict[str, Any] = {
            "aud": GRAPH_RESOURCE,
            "iss": f"https://sts.windows.net/{self.tenant_guid}/",
            "iat": now,
            "nbf": now,
            "exp": now + LIFETIME,
            "appid": self.config.client_id,
            "idtyp": kind,
            "tid": self.tenant_guid,
            "uti": secrets.token_urlsafe(16),
            "ver": "1.0",
        }
        if kind == "app":
            claims["roles"] = sorted(permissions)
        else:
            claims.update(
                scp=" ".join(sorted(permissions)),
                upn=self.config.mailbox_address,
                oid=ids.object_id(self.config.mailbox_address),
            )
        token = webtokens.encode(claims)
        with self._lock:
            self._access[token] = Grant(kind, permissions, now + LIFETIME)
        return {"access_token": token}

    # validation ------------------------------------------------------------------------
    def expire_access_tokens(self) -> None:
        with self._lock:
            self._access = {t: Grant(g.kind, g.permissions, 0.0) for t, g in self._access.items()}

    def validate(self, authorization: str | None) -> Grant:
        scheme, _, token = (authorization or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise _unauthenticated("Access token is empty.")
        with self._lock:
            grant = self._access.get(token)
        if grant is None:
            detail = "Invalid signature." if token.count(".") == 2 else "JWT is not well formed."
            raise _unauthenticated(f"Access token validation failure. {detail}")
        if grant.expires_at < time.time():
            raise _unauthenticated("Lifetime validation failed, the token is expired.")
        return grant


def _refusal(form: dict[str, str], *, echo: bool) -> AadError:
    sent = [form[k] for k in ("client_secret", "client_assertion", "refresh_token") if form.get(k)]
    quoted = f" Presented: '{sent[0]}'." if echo and sent else ""
    return AadError(401, "invalid_client", 7000215, f"Invalid client secret provided.{quoted}")


def _unauthenticated(message: str) -> GraphErrorReply:
    challenge = (
        'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/'
        f'authorize", client_id="{GRAPH_APP_ID}"'
    )
    return GraphErrorReply(
        401, "InvalidAuthenticationToken", message, {"WWW-Authenticate": challenge}
    )
