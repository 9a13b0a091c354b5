"""Microsoft Graph failures as PO Desk's own types, translated at the seam.

Nothing above this package sees a ``requests`` exception, an O365 ``HTTPError``
or an msal error dict: callers catch these types, and the retry layer decides
from them alone. Each carries Graph's error code and the request id, which is
what Microsoft support asks for. Their messages quote Graph and the token endpoint, so they
are scrubbed when made: of credential-shaped text always, and of the configured secrets
where the caller passes its ``Redactor`` (the connection and the token provider do).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from connectors.errors import ConfigurationError, OutsideSystemError
from connectors.redact import PATTERNS_ONLY, Redactor

# Graph's answers to a delta link it no longer knows; the fix is a full resync.
_STALE_DELTA_CODES = frozenset({"syncstatenotfound", "syncstateinvalid", "resyncrequired"})
_TRANSIENT_STATUSES = frozenset({429, 502, 503, 504})


class OutlookConfigError(ConfigurationError):
    """The Outlook settings are missing or contradictory: fix the configuration."""


class GraphError(OutsideSystemError):
    """A request to Microsoft Graph failed after every retry it was allowed."""

    def __init__(
        self,
        code: str,
        message: str,
        status: int,
        request_id: str | None = None,
        *,
        retry_after: float | None = None,
    ) -> None:
        message = PATTERNS_ONLY(message)  # a bearer token never survives, whoever forgot
        where = f" (request {request_id})" if request_id else ""
        super().__init__(f"{status} {code}: {message}{where}")
        self.code = code
        self.message = message
        self.status = status
        self.request_id = request_id
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        """True when the same request may succeed later (throttling, outage, lost line)."""
        return False


class GraphAuthError(GraphError):
    """No token, or Graph refused this app or mailbox (401/403)."""


class GraphNotFound(GraphError):
    """The message, folder or mailbox does not exist (any more)."""


class StaleDeltaToken(GraphError):
    """A stored delta link expired; the folder must be read again from scratch."""


class GraphThrottled(GraphError):
    """429/503/504 (and 502): Graph asked us to come back later."""

    @property
    def transient(self) -> bool:
        return True


class GraphConnectionError(GraphError):
    """The connection failed or reset; a write may or may not have been committed."""

    @property
    def transient(self) -> bool:
        return True


def error_from_response(
    response: requests.Response, redact: Redactor = PATTERNS_ONLY
) -> GraphError:
    """The error a non-2xx Graph (or token endpoint) response stands for."""
    body = _json_body(response)
    error = body.get("error")
    detail: Mapping[str, Any] = error if isinstance(error, Mapping) else {}
    code = str(detail.get("code") or (error if isinstance(error, str) else "") or "unknown")
    message = str(detail.get("message") or body.get("error_description") or response.reason)
    inner = detail.get("innerError") or detail.get("innererror") or {}
    request_id = response.headers.get("request-id") or (
        str(inner.get("request-id"))
        if isinstance(inner, Mapping) and inner.get("request-id")
        else None
    )
    return error_for(code, redact(message), response.status_code, request_id, response.headers)


def error_for(
    code: str,
    message: str,
    status: int,
    request_id: str | None,
    headers: Mapping[str, str] | None = None,
) -> GraphError:
    """Pick the specific type for a status and Graph error code."""
    retry_after = parse_retry_after((headers or {}).get("Retry-After"))
    kind: type[GraphError] = GraphError
    if status == 410 or code.lower() in _STALE_DELTA_CODES:
        kind = StaleDeltaToken
    elif status in _TRANSIENT_STATUSES:
        kind = GraphThrottled
    elif status in (401, 403):
        kind = GraphAuthError
    elif status == 404:
        kind = GraphNotFound
    return kind(code, message, status, request_id, retry_after=retry_after)


def error_from_exception(
    exc: requests.RequestException, url: str, redact: Redactor = PATTERNS_ONLY
) -> GraphError:
    """A transport failure (reset, refused, timeout, TLS) as a Graph error."""
    if isinstance(exc, requests.exceptions.SSLError):
        # A wrong CA bundle never heals by retrying: say so instead of hammering.
        return GraphError("tlsError", redact(f"TLS verification failed for {url}: {exc}"), 0)
    text = redact(f"{type(exc).__name__} on {url}: {exc}")
    return GraphConnectionError("connectionError", text, 0)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None  # unreadable: the caller falls back to its own backoff
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _json_body(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except (json.JSONDecodeError, ValueError):
        return {}
    return body if isinstance(body, dict) else {}
