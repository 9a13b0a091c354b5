"""Console sign-in with Microsoft Entra ID: OpenID Connect's authorization code flow with PKCE.

msal does the protocol: ``initiate_auth_code_flow`` makes the state, the nonce and the PKCE
verifier and the URL to send the browser to; ``acquire_token_by_auth_code_flow`` checks the
state and redeems the code with the verifier, and checks the nonce. msal no longer validates
the id token itself (1.38+), so ``_verified`` does: its RS256 signature against the key the
tenant's OpenID metadata publishes (PyJWT, which msal depends on), the audience, the issuer
and the lifetime. Every request goes through ``PinnedCASession``, as Graph's do, so a
configured CA bundle wins over REQUESTS_CA_BUNDLE. Who may then use the console is
app/entra_accounts.py's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pydantic import SecretStr

from agent.errors import ConfigurationError, PodeskError
from app.settings import Settings
from app.store.users import Role
from connectors.outlook.config import MICROSOFT_AUTHORITY_HOSTS
from connectors.redact import Redactor

if TYPE_CHECKING:
    import msal
    import requests

CALLBACK_PATH = "/auth/entra/callback"
_TIMEOUT = 30.0
_LEEWAY = 120  # seconds of clock skew allowed on exp/nbf/iat, as msal allows


class EntraRefused(PodeskError):
    """The sign-in did not prove who the person is (or Entra said no); the message says why
    and never carries a token or the client secret."""


@dataclass(frozen=True)
class EntraConfig:
    client_id: str
    tenant_id: str
    client_secret: SecretStr
    authority_url: str
    redirect_uri: str | None
    roles: dict[str, Role]  # app role value -> PO Desk role
    ca_bundle: Path | None

    @property
    def authority(self) -> str:
        return f"{self.authority_url}/{self.tenant_id}"


@dataclass(frozen=True)
class EntraUser:
    """Who Entra says signed in: the validated id token's claims that matter here."""

    entra_id: str  # "<tid>:<oid>": stable, unlike the address
    email: str
    roles: tuple[str, ...]


def entra_config(settings: Settings) -> EntraConfig | None:
    """None when Entra sign-in is off (none of its three settings given); a half-done
    configuration is an error, not a silently missing button."""
    given = {
        "PODESK_ENTRA_CLIENT_ID": settings.entra_client_id,
        "PODESK_ENTRA_TENANT_ID": settings.entra_tenant_id,
        "PODESK_ENTRA_CLIENT_SECRET": settings.entra_client_secret,
    }
    if not any(given.values()):
        return None
    missing = [name for name, value in given.items() if not value]
    if missing:
        raise ConfigurationError(f"Entra sign-in needs {', '.join(missing)} as well")
    authority = (settings.entra_authority or settings.authority_url).rstrip("/")
    if urlsplit(authority).scheme != "https":
        raise ConfigurationError("PODESK_ENTRA_AUTHORITY must be an https:// URL")
    if settings.ca_bundle is not None and not settings.ca_bundle.is_file():
        raise ConfigurationError(f"PODESK_CA_BUNDLE {settings.ca_bundle} does not exist")
    assert settings.entra_client_id and settings.entra_tenant_id and settings.entra_client_secret
    return EntraConfig(
        client_id=settings.entra_client_id,
        tenant_id=settings.entra_tenant_id,
        client_secret=settings.entra_client_secret,
        authority_url=authority,
        redirect_uri=settings.entra_redirect_uri,
        roles=_role_map(settings.entra_roles),
        ca_bundle=settings.ca_bundle,
    )


def _role_map(pairs: dict[str, str]) -> dict[str, Role]:
    try:
        return {claim: Role(role) for claim, role in pairs.items() if claim}
    except ValueError as exc:
        known = ", ".join(r.value for r in Role)
        raise ConfigurationError(f"PODESK_ENTRA_ROLES: {exc} (roles: {known})") from None


class EntraSignIn:
    """Starts and finishes sign-ins. A new msal application per step: its token cache would
    otherwise keep every person's tokens in memory, and the console wants none of them."""

    def __init__(self, config: EntraConfig, redactor: Redactor) -> None:
        self.config = config
        self._redactor = redactor

    def start(self, redirect_uri: str) -> dict[str, Any]:
        """msal's flow (state, nonce, PKCE verifier; ``auth_uri`` is where the browser goes)."""
        # The code comes back in the query, not form_post (which msal recommends): a
        # cross-site POST would not carry the SameSite=Lax flow cookie. A code that leaks
        # from a URL is still useless: it is redeemed once, with the verifier kept here.
        with self._session() as http:
            flow: dict[str, Any] = self._app(http).initiate_auth_code_flow(
                scopes=[], redirect_uri=redirect_uri, response_mode="query"
            )
        return flow

    def finish(self, flow: dict[str, Any], answer: dict[str, str]) -> EntraUser:
        """Redeem the code Entra sent back (``answer``: the callback's query parameters)."""
        with self._session() as http:
            try:
                result = self._app(http).acquire_token_by_auth_code_flow(flow, answer)
            except (ValueError, RuntimeError) as exc:  # state or nonce mismatch (msal's words)
                raise EntraRefused(self._clean(f"the sign-in did not match: {exc}")) from None
            if "error" in result:
                said = result.get("error_description") or result["error"]
                raise EntraRefused(self._clean(f"Microsoft refused the sign-in: {said}"))
            claims = self._verified(http, str(result.get("id_token", "")))
        roles = claims.get("roles") or []
        email = str(claims.get("preferred_username") or claims.get("email") or "").lower()
        if "@" not in email:
            raise EntraRefused("Microsoft did not say which account signed in")
        return EntraUser(
            entra_id=f"{claims['tid']}:{claims['oid']}",
            email=email,
            roles=tuple(str(r) for r in roles) if isinstance(roles, list) else (),
        )

    def _verified(self, http: requests.Session, id_token: str) -> dict[str, Any]:
        import jwt

        metadata_url = f"{self.config.authority}/v2.0/.well-known/openid-configuration"
        try:
            metadata = http.get(metadata_url, timeout=_TIMEOUT).json()
            keys = jwt.PyJWKSet.from_dict(http.get(metadata["jwks_uri"], timeout=_TIMEOUT).json())
            kid = jwt.get_unverified_header(id_token).get("kid")
            key = next(k for k in keys.keys if k.key_id == kid)
            claims: dict[str, Any] = jwt.decode(
                id_token,
                key=key.key,
                algorithms=["RS256"],
                audience=self.config.client_id,
                leeway=_LEEWAY,
                options={"require": ["exp", "iat", "iss", "aud", "tid", "oid"]},
            )
        except (jwt.PyJWTError, StopIteration, KeyError, ValueError, OSError) as exc:
            raise EntraRefused(self._clean(f"the id token is not valid: {exc!r}")) from None
        # A multi-tenant authority's issuer says {tenantid}: the token's own tenant fills it.
        issuer = str(metadata.get("issuer", "")).replace("{tenantid}", str(claims["tid"]))
        if claims["iss"] != issuer:
            raise EntraRefused("the id token was not issued by the configured authority")
        return claims

    def _app(self, http: requests.Session) -> msal.ConfidentialClientApplication:
        import msal

        try:
            return msal.ConfidentialClientApplication(
                self.config.client_id,
                client_credential=self.config.client_secret.get_secret_value(),
                authority=self.config.authority,
                http_client=http,  # msal then ignores its own verify/proxies: ours rule
                timeout=_TIMEOUT,
                token_cache=msal.TokenCache(),
                # A sandbox or private cloud: do not ask login.microsoftonline.com about it.
                instance_discovery=urlsplit(self.config.authority_url).hostname
                in MICROSOFT_AUTHORITY_HOSTS,
            )
        except (ValueError, OSError) as exc:  # msal's word for "no authority metadata"
            raise EntraRefused(self._clean(f"cannot reach Microsoft sign-in: {exc}")) from None

    def _session(self) -> requests.Session:
        from connectors.outlook.auth import PinnedCASession

        return PinnedCASession(self.config.ca_bundle)

    def _clean(self, text: str) -> str:
        return self._redactor(text)
