"""Error bodies exactly as Microsoft Graph and Entra ID (AAD) write them.

Graph: {"error": {"code", "message", "innerError": {"date", "request-id",
"client-request-id"}}}. Entra token endpoint: {"error", "error_description" starting with
an AADSTS number, "error_codes", "timestamp", "trace_id", "correlation_id"}.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

ACCESS_DENIED = "Access is denied. Check credentials and try again."


class GraphErrorReply(Exception):
    """Raised by handlers; the server turns it into Graph's error JSON. The fake service's
    answer, not one of PO Desk's errors (those derive from connectors.errors.PodeskError;
    the client's side of this reply is connectors.outlook.GraphError)."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def access_denied() -> GraphErrorReply:
    return GraphErrorReply(403, "ErrorAccessDenied", ACCESS_DENIED)


def bad_request(message: str, code: str = "BadRequest") -> GraphErrorReply:
    return GraphErrorReply(400, code, message)


def item_not_found() -> GraphErrorReply:
    return GraphErrorReply(
        404, "ErrorItemNotFound", "The specified object was not found in the store."
    )


def graph_error_body(
    code: str, message: str, request_id: str, client_request_id: str | None
) -> dict[str, Any]:
    inner = {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "request-id": request_id,
        "client-request-id": client_request_id or request_id,
    }
    return {"error": {"code": code, "message": message, "innerError": inner}}


class AadError(Exception):
    """An OAuth error from the token, device-code or discovery endpoints."""

    def __init__(self, status: int, error: str, aadsts: int, description: str) -> None:
        super().__init__(f"{error}: AADSTS{aadsts}: {description}")
        self.status = status
        self.error = error
        self.aadsts = aadsts
        self.description = description

    def body(self, correlation_id: str | None = None) -> dict[str, Any]:
        trace_id = str(uuid.uuid4())
        correlation = correlation_id or str(uuid.uuid4())
        now = datetime.now(UTC)
        return {
            "error": self.error,
            "error_description": (
                f"AADSTS{self.aadsts}: {self.description} Trace ID: {trace_id} "
                f"Correlation ID: {correlation} Timestamp: {now:%Y-%m-%d %H:%M:%SZ}"
            ),
            "error_codes": [self.aadsts],
            "timestamp": f"{now:%Y-%m-%d %H:%M:%SZ}",
            "trace_id": trace_id,
            "correlation_id": correlation,
        }


def invalid_scope(scope: str, detail: str) -> AadError:
    return AadError(
        400,
        "invalid_scope",
        70011,
        f"The provided value for the input parameter 'scope' is not valid. "
        f"The scope {scope} is not valid. {detail}".rstrip(),
    )
