"""Requests and responses inside the sandbox, independent of the HTTP server.

The same GraphRequest shape comes from a socket or from a $batch entry, so batch
sub-requests run through exactly the code top-level requests run through.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

from sandboxes.graph.errors import GraphErrorReply, graph_error_body

JSON_TYPE = (
    "application/json;odata.metadata=minimal;odata.streaming=true;"
    "IEEE754Compatible=false;charset=utf-8"
)


@dataclass
class GraphRequest:
    method: str
    path: str  # below the version segment, percent-encoded as received: "/users/x/messages"
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: Any
    graph_base: str  # "https://127.0.0.1:port/v1.0"
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    batch_id: str | None = None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def segments(self) -> list[str]:
        """Path segments, decoded; ``name('key')`` (OData key syntax) becomes two segments."""
        result: list[str] = []
        for raw in self.path.strip("/").split("/"):
            segment = unquote(raw)
            if segment.endswith("')") and "('" in segment:
                name, _, key = segment[:-2].partition("('")
                result.extend([name, key.replace("''", "'")])
            elif segment:
                result.append(segment)
        return result

    def url(self, path: str, query: dict[str, str] | None = None) -> str:
        """An absolute URL below the Graph root, as next and delta links are written."""
        text = f"{self.graph_base}/{path.lstrip('/')}"
        if query:
            text += "?" + "&".join(
                f"{k}={quote(str(v), safe=',()/:=$@')}" for k, v in query.items()
            )
        return text


@dataclass
class GraphResponse:
    status: int
    body: Any = None  # a JSON-serialisable value, or None for an empty body
    headers: dict[str, str] = field(default_factory=dict)


def ok(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> GraphResponse:
    return GraphResponse(status, body, dict(headers or {}))


def from_error(error: GraphErrorReply, request: GraphRequest) -> GraphResponse:
    client_request_id = request.header("client-request-id")
    body = graph_error_body(error.code, error.message, request.request_id, client_request_id)
    return GraphResponse(error.status, body, dict(error.headers))
