"""O365's ``Connection`` with our msal app, our session and our retry layer inside.

O365 2.1 would build its own msal client, retry GETs through urllib3 (and not
POST or PATCH), refresh tokens by guessing from 401/403, and raise its own
``HTTPError``. Here every request, whether O365 makes it or we make it raw,
goes through ``GraphConnection.send``: a token from ``TokenProvider``, the
per-mailbox semaphore, one retry policy, and errors translated to ours.
"""

from __future__ import annotations

import json
import threading
from typing import Any

import requests
from O365.connection import Connection

from connectors.outlook.auth import TokenProvider
from connectors.outlook.config import OutlookConfig
from connectors.outlook.errors import error_from_exception, error_from_response
from connectors.outlook.retry import RetryPolicy
from connectors.redact import Redactor

# Graph ids that survive a move between folders: a draft's id stays valid when
# deal desk files it, and the ids we stored at sync time keep working.
IMMUTABLE_IDS = 'IdType="ImmutableId"'


class GraphConnection(Connection):  # type: ignore[misc]  # O365 ships no type hints
    """An O365 connection whose authentication is PO Desk's msal application."""

    def __init__(
        self,
        credentials: tuple[str, ...],
        *,
        graph_config: OutlookConfig,
        graph_tokens: TokenProvider,
        graph_policy: RetryPolicy,
        graph_semaphore: threading.BoundedSemaphore,
        **kwargs: Any,
    ) -> None:
        kwargs.update(
            token_backend=graph_tokens.cache,
            tenant_id=graph_config.tenant_id,
            request_retries=0,  # urllib3 retries would hide attempts from our policy
            requests_delay=0,  # pacing is the semaphore's and Retry-After's job
            raise_http_errors=False,  # we translate status codes ourselves
            timeout=graph_config.timeout,
        )
        super().__init__(credentials, **kwargs)
        self.tokens = graph_tokens
        self.policy = graph_policy
        self.semaphore = graph_semaphore
        self._msal_authority = graph_config.authority
        self.session = graph_tokens.session
        self.naive_session = graph_tokens.session

    @property
    def msal_client(self) -> Any:
        """O365's own msal client is ours (built lazily: it needs the network)."""
        return self.tokens.app

    def get_session(self, load_token: bool = False) -> requests.Session:
        return self.tokens.session

    def get_naive_session(self) -> requests.Session:
        return self.tokens.session

    def oauth_request(self, url: str, method: str, **kwargs: Any) -> requests.Response:
        """O365's entry point for every call it makes: all retried on transient failures.

        Its GETs and PATCHes are idempotent; the one POST we let it make creates a
        master category, whose replay after a lost response answers 409 (handled).
        """
        return self.send(method, url, **kwargs)

    def send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """An idempotent Graph request under the retry policy; a 2xx response or a GraphError."""
        return self.policy.call(lambda _attempt: self.send_once(method, url, **kwargs))

    def send_once(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Exactly one attempt (plus one after a rejected token): no retries at all."""
        response = self._exchange(method, url, kwargs)
        if response.status_code == 401:
            self.tokens.invalidate()  # the token was revoked or expired early: fetch a new one
            response = self._exchange(method, url, kwargs)
        if response.ok:
            return response
        raise error_from_response(response, self._redactor(response))

    def _exchange(self, method: str, url: str, kwargs: dict[str, Any]) -> requests.Response:
        """One HTTP exchange on the shared session, under the mailbox's semaphore.

        Not O365's ``_internal_request``: that one logs every 4xx as an error (a
        throttled request we simply retry would look like a failure) and is private.
        """
        call = dict(kwargs)
        headers = {**(call.pop("headers", None) or {})}
        headers["Authorization"] = f"Bearer {self.tokens.token()}"
        headers["Prefer"] = ", ".join(p for p in (headers.get("Prefer"), IMMUTABLE_IDS) if p)
        data = call.pop("data", None)
        if method.lower() in ("post", "patch", "put"):
            headers.setdefault("Content-Type", "application/json")
            if isinstance(data, dict | list):
                data = json.dumps(data)
        call.setdefault("timeout", self.timeout)
        with self.semaphore:
            try:
                return self.session.request(method.upper(), url, data=data, headers=headers, **call)
            except requests.RequestException as exc:
                raise error_from_exception(exc, url, self.tokens.redactor) from exc

    def _redactor(self, response: requests.Response) -> Redactor:
        """The settings' secrets and the bearer token this request presented (which an
        error body may quote; not every token is a JWT the patterns would recognise)."""
        sent = response.request.headers.get("Authorization", "") if response.request else ""
        token = sent.partition(" ")[2]
        return self.tokens.redactor.with_secrets(token or None)
