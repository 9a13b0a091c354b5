"""The Entra ID (login.microsoftonline.com) side of the sandbox.

Serves what msal 1.39 calls for an authority ``{authority_url}/{tenant}``:
``/{tenant}/v2.0/.well-known/openid-configuration`` (always), ``/common/discovery/instance``
(only when instance discovery is on and pointed here), ``/{tenant}/oauth2/v2.0/token`` and
``/{tenant}/oauth2/v2.0/devicecode``, and for a person's sign-in to a web app the
authorization code flow (sandboxes.graph.signin: its ``authorization_code`` grant and the
``discovery/v2.0/keys`` its id_tokens are signed with). The tenant in the path may be the
configured name, its GUID, ``common`` or ``organizations``. Answers are (status, JSON body) pairs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from sandboxes.graph.errors import AadError
from sandboxes.graph.signin import SignIn
from sandboxes.graph.tokens import TokenService

Answer = tuple[int, dict[str, Any]]
_TENANT_ROUTES = (
    "v2.0/.well-known/openid-configuration",
    "discovery/v2.0/keys",
    "oauth2/v2.0/token",
    "oauth2/v2.0/devicecode",
)


class Identity:
    def __init__(self, tokens: TokenService, authority_url: str, signin: SignIn) -> None:
        self._tokens = tokens
        self._authority = authority_url
        self._signin = signin

    def handles(self, path: str) -> bool:
        if path in ("/common/discovery/instance", "/devicelogin"):
            return True
        return path.strip("/").partition("/")[2] in _TENANT_ROUTES

    def is_authorize(self, path: str) -> bool:
        """The sign-in page of a known tenant: HTML and redirects, not JSON (the dispatcher)."""
        tenant, _, rest = path.strip("/").partition("/")
        return rest == "oauth2/v2.0/authorize" and tenant in self._tokens.tenants()

    def _unknown_tenant(self, tenant: str) -> Answer | None:
        if tenant in self._tokens.tenants():
            return None
        error = AadError(
            400,
            "invalid_tenant",
            90002,
            f"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID "
            "and are signing into the correct cloud.",
        )
        return 400, error.body()

    def get(self, path: str, query: dict[str, str]) -> Answer:
        if path == "/common/discovery/instance":
            return 200, self._instance_discovery(query)
        if path == "/devicelogin":
            return 200, {"message": "Graph sandbox: device sign-in completes on its own."}
        tenant, _, rest = path.strip("/").partition("/")
        if (refused := self._unknown_tenant(tenant)) is not None:
            return refused
        if rest == "v2.0/.well-known/openid-configuration":
            return self._guard(lambda: self._openid_configuration(tenant))
        if rest == "discovery/v2.0/keys":
            return 200, self._signin.jwks()
        return self._not_found(path)

    def post(self, path: str, form: dict[str, str]) -> Answer:
        tenant, _, rest = path.strip("/").partition("/")
        if (refused := self._unknown_tenant(tenant)) is not None:
            return refused
        if rest == "oauth2/v2.0/token" and form.get("grant_type") == "authorization_code":
            return self._guard(lambda: self._signin.redeem(form))
        if rest == "oauth2/v2.0/token":
            return self._guard(lambda: self._tokens.token(form))
        if rest == "oauth2/v2.0/devicecode":
            verification = f"{self._authority}/devicelogin"
            return self._guard(lambda: self._tokens.start_device_flow(form, verification))
        return self._not_found(path)

    @staticmethod
    def _guard(action: Callable[[], dict[str, Any]]) -> Answer:
        try:
            return 200, action()
        except AadError as exc:
            return exc.status, exc.body()

    @staticmethod
    def _not_found(path: str) -> Answer:
        error = AadError(404, "invalid_request", 900561, f"The endpoint {path} is not supported.")
        return 404, error.body()

    def _openid_configuration(self, tenant: str) -> dict[str, Any]:
        base = f"{self._authority}/{tenant}"
        issuer_tenant = self._tokens.tenant_guid
        host = urlsplit(self._authority).netloc
        return {
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "token_endpoint_auth_methods_supported": [
                "client_secret_post",
                "private_key_jwt",
                "client_secret_basic",
            ],
            "jwks_uri": f"{base}/discovery/v2.0/keys",
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": f"{self._authority}/{issuer_tenant}/v2.0",
            "request_uri_parameter_supported": False,
            "userinfo_endpoint": f"{self._authority}/oidc/userinfo",
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
            "http_logout_supported": True,
            "frontchannel_logout_supported": True,
            "end_session_endpoint": f"{base}/oauth2/v2.0/logout",
            "claims_supported": [
                *("sub", "iss", "cloud_instance_name", "cloud_instance_host_name"),
                *("cloud_graph_host_name", "msgraph_host", "aud", "exp", "iat", "auth_time"),
                *("acr", "nonce", "preferred_username", "name", "tid", "ver", "at_hash"),
                *("c_hash", "email"),
            ],
            "kerberos_endpoint": f"{base}/kerberos",
            "tenant_region_scope": "EU",
            "cloud_instance_name": "microsoftonline.com",
            "cloud_graph_host_name": "graph.windows.net",
            "msgraph_host": host,
            "rbac_url": "https://pas.windows.net",
        }

    def _instance_discovery(self, query: dict[str, str]) -> dict[str, Any]:
        # msal passes the authorization endpoint; its path names the tenant.
        parts = urlsplit(query.get("authorization_endpoint", "")).path.strip("/").split("/")
        tenant = parts[0] if parts and parts[0] else "common"
        host = urlsplit(self._authority).netloc
        return {
            "tenant_discovery_endpoint": (
                f"{self._authority}/{tenant}/v2.0/.well-known/openid-configuration"
            ),
            "api-version": "1.1",
            "metadata": [{"preferred_network": host, "preferred_cache": host, "aliases": [host]}],
        }
