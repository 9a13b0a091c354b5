"""Tokens for Microsoft Graph through msal: app-only or a delegated device-code sign-in.

App-only (client credentials, secret or certificate) is the default: a shared
procurement mailbox has no person to sign in. Delegated use signs a person in
once with a device code; their refresh token in the cache keeps it working.
Either way the scopes come from ``OutlookConfig.scopes()``, which refuses the
permission to send mail.

msal and O365 share one HTTP session, ``PinnedCASession``. ``requests`` lets
REQUESTS_CA_BUNDLE and CURL_CA_BUNDLE override a session's ``verify``
attribute (``merge_environment_settings`` prefers the environment when the
per-request value is unset), so a configured CA bundle is passed on every
single request instead.

Whatever the token endpoint or msal says goes through the provider's ``redactor``, which
knows the client secret and the certificate passphrase: an error never carries them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import msal
import requests

from connectors.outlook.config import OutlookConfig
from connectors.outlook.errors import (
    GraphAuthError,
    GraphError,
    GraphThrottled,
    OutlookConfigError,
    error_from_exception,
)
from connectors.outlook.token_cache import FileTokenCache
from connectors.redact import PATTERNS_ONLY, Redactor

# OAuth error codes that mean "try again later", not "you are not allowed".
_TRANSIENT_OAUTH_ERRORS = frozenset({"temporarily_unavailable", "server_error", "toomanyrequests"})

DevicePrompt = Callable[[str, str], None]  # (verification URL, user code)


class PinnedCASession(requests.Session):
    """A ``requests.Session`` whose every request verifies TLS against one bundle."""

    def __init__(self, ca_bundle: Path | None = None) -> None:
        super().__init__()
        if ca_bundle is not None and not ca_bundle.is_file():
            raise OutlookConfigError(f"CA bundle {ca_bundle} does not exist")
        self.ca_bundle = ca_bundle
        if ca_bundle is not None:
            self.verify = str(ca_bundle)  # for code that reads the attribute

    def request(
        self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any
    ) -> requests.Response:
        if self.ca_bundle is not None:
            # Explicit per request: the environment can no longer replace it.
            kwargs["verify"] = str(self.ca_bundle)
        return super().request(method, url, *args, **kwargs)


def build_msal_app(
    config: OutlookConfig, session: requests.Session, cache: FileTokenCache
) -> msal.ClientApplication:
    """The msal application for the configured mode, on our session and cache."""
    common: dict[str, Any] = {
        "authority": config.authority,
        "token_cache": cache,
        "http_client": session,  # msal then ignores its own verify/proxies: ours rule
        "timeout": config.timeout,
    }
    if not config.is_microsoft_cloud:
        # A sandbox or private cloud: do not ask login.microsoftonline.com about it.
        common["instance_discovery"] = False
    if config.auth_mode == "delegated":
        return msal.PublicClientApplication(config.client_id, **common)
    return msal.ConfidentialClientApplication(
        config.client_id, client_credential=_credential(config), **common
    )


def _credential(config: OutlookConfig) -> str | dict[str, str]:
    if config.client_secret is not None:
        return config.client_secret.get_secret_value()
    passphrase = config.certificate_passphrase
    extra = {"passphrase": passphrase.get_secret_value()} if passphrase else {}
    if config.certificate_pfx_path is not None:
        return {"private_key_pfx_path": str(config.certificate_pfx_path), **extra}
    assert config.certificate_path is not None and config.certificate_thumbprint
    pem = config.certificate_path.read_text(encoding="utf-8")
    return {"private_key": pem, "thumbprint": config.certificate_thumbprint, **extra}


class TokenProvider:
    """Hands out a valid access token; msal serves it from the cache until it expires."""

    def __init__(
        self,
        config: OutlookConfig,
        session: requests.Session | None = None,
        cache: FileTokenCache | None = None,
        redactor: Redactor = PATTERNS_ONLY,
    ) -> None:
        self.config = config
        # The settings' secrets (when given) and the credential this provider presents.
        self.redactor = redactor.with_secrets(config.client_secret, config.certificate_passphrase)
        self.session = session or PinnedCASession(config.ca_bundle)
        self.cache = cache or FileTokenCache(config.token_cache_path)
        self.cache.load_token()
        self._app: msal.ClientApplication | None = None
        self._lock = threading.RLock()  # one token request at a time, not one per worker

    @property
    def app(self) -> msal.ClientApplication:
        """Built on first use: msal reads the authority's metadata over the network then."""
        with self._lock:
            if self._app is None:
                try:
                    self._app = build_msal_app(self.config, self.session, self.cache)
                except requests.RequestException as exc:
                    raise error_from_exception(exc, self.config.authority, self.redactor) from exc
                except ValueError as exc:  # msal's word for "no authority metadata"
                    text = self.redactor(str(exc))
                    raise GraphThrottled("authorityUnavailable", text, 503) from exc
            return self._app

    def token(self) -> str:
        with self._lock:
            result = self._acquire()
            self.cache.save_token()
        return _access_token(result, self.redactor)

    def invalidate(self) -> None:
        """Forget cached access tokens after Graph rejected one (revoked, clock skew)."""
        with self._lock:
            for entry in list(self.cache.search(msal.TokenCache.CredentialType.ACCESS_TOKEN)):
                self.cache.remove_at(entry)

    def _acquire(self) -> Mapping[str, Any]:
        scopes, app = self.config.scopes(), self.app
        try:
            if isinstance(app, msal.ConfidentialClientApplication):
                return app.acquire_token_for_client(scopes=scopes) or {}
            accounts = app.get_accounts()
            if not accounts:
                raise GraphAuthError(
                    "signInRequired", "no signed-in user: run the device-code sign-in first", 401
                )
            return app.acquire_token_silent_with_error(scopes, account=accounts[0]) or {}
        except requests.RequestException as exc:
            raise error_from_exception(exc, self.config.authority, self.redactor) from exc
        except ValueError as exc:  # msal could not read the token endpoint's answer
            raise GraphThrottled("badTokenResponse", self.redactor(str(exc)), 503) from exc

    def sign_in_with_device_code(self, on_prompt: DevicePrompt) -> str:
        """Delegated mode: show URL and code through ``on_prompt``, wait, return the user."""
        app = self.app
        if not isinstance(app, msal.PublicClientApplication):
            raise GraphAuthError("wrongMode", "device-code sign-in is for auth_mode=delegated", 400)
        try:
            flow = app.initiate_device_flow(scopes=self.config.scopes())
            if "user_code" not in flow:
                raise _oauth_error(flow, self.redactor)
            on_prompt(str(flow["verification_uri"]), str(flow["user_code"]))
            result = app.acquire_token_by_device_flow(flow)
        except requests.RequestException as exc:
            raise error_from_exception(exc, self.config.authority, self.redactor) from exc
        _access_token(result, self.redactor)
        with self._lock:
            self.cache.save_token()
        claims = result.get("id_token_claims") or {}
        return str(claims.get("preferred_username") or claims.get("oid") or "")


def device_code_sign_in(
    config: OutlookConfig,
    on_prompt: DevicePrompt,
    *,
    session: requests.Session | None = None,
    redactor: Redactor = PATTERNS_ONLY,
) -> str:
    """Sign a person in for delegated use; their refresh token lands in the token cache."""
    provider = TokenProvider(config, session, redactor=redactor)
    return provider.sign_in_with_device_code(on_prompt)


def _access_token(result: Mapping[str, Any], redact: Redactor) -> str:
    token = result.get("access_token")
    if not token:
        raise _oauth_error(result, redact)
    return str(token)


def _oauth_error(result: Mapping[str, Any], redact: Redactor) -> GraphError:
    error = result.get("error")
    if isinstance(error, Mapping):  # a Graph-style error body from a proxy or sandbox
        code, text = str(error.get("code") or "unknown"), str(error.get("message") or "")
    else:
        code, text = str(error or "noToken"), str(result.get("error_description") or "")
    text = redact(text)  # a token endpoint (or a proxy before it) may quote what it was sent
    if code.lower() in _TRANSIENT_OAUTH_ERRORS:
        return GraphThrottled(code, text or "token endpoint busy", 503)
    return GraphAuthError(code, text or "no access token in the token response", 401)
