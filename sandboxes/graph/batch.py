"""JSON batching: POST /v1.0/$batch with up to 20 requests.

Entries run in the order given (Graph may run independent entries in any order, so a
client must not rely on either). An entry whose dependsOn names a failed entry answers
424 Failed Dependency. Each entry goes through the same routing, checks, recording and
(status-only) fault injection as a top-level request; it inherits the batch's
Authorization header, not its Prefer header.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from sandboxes.graph.api import JSON_TYPE, GraphRequest, GraphResponse, ok
from sandboxes.graph.errors import GraphErrorReply, graph_error_body

MAX_REQUESTS = 20
_METHODS = frozenset({"GET", "POST", "PATCH", "PUT", "DELETE"})


def _invalid(message: str) -> GraphErrorReply:
    return GraphErrorReply(400, "BadRequest", message)


def _entries(body: Any) -> list[dict[str, Any]]:
    entries = body.get("requests") if isinstance(body, dict) else None
    if not isinstance(entries, list) or not entries:
        raise _invalid("Invalid batch payload format.")
    if len(entries) > MAX_REQUESTS:
        raise _invalid(f"The number of requests in a batch exceeds the limit of {MAX_REQUESTS}.")
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise _invalid("Invalid batch payload format.")
        entry_id, method, url = entry.get("id"), entry.get("method"), entry.get("url")
        if not isinstance(entry_id, str) or not entry_id or entry_id in seen:
            raise _invalid("Every batch request needs a unique, non-empty 'id'.")
        if not isinstance(method, str) or method.upper() not in _METHODS:
            raise _invalid(f"Batch request '{entry_id}' has an invalid method.")
        if not isinstance(url, str) or not url:
            raise _invalid(f"Batch request '{entry_id}' has no 'url'.")
        depends = entry.get("dependsOn", [])
        if not isinstance(depends, list) or any(d not in seen for d in depends):
            raise _invalid(f"Batch request '{entry_id}' depends on an unknown or later request.")
        if "body" in entry and "content-type" not in _lower(entry.get("headers")):
            raise _invalid(f"Batch request '{entry_id}' has a body but no Content-Type header.")
        seen.add(entry_id)
    return entries


def _lower(headers: Any) -> dict[str, str]:
    if not isinstance(headers, dict):
        return {}
    return {str(k).lower(): str(v) for k, v in headers.items()}


def run_batch(
    request: GraphRequest, execute: Callable[[GraphRequest], GraphResponse]
) -> GraphResponse:
    entries = _entries(request.body)
    statuses: dict[str, int] = {}
    responses = []
    for entry in entries:
        entry_id = entry["id"]
        failed = [d for d in entry.get("dependsOn", []) if statuses.get(d, 500) >= 400]
        if failed:
            result = GraphResponse(
                424,
                graph_error_body(
                    "FailedDependency",
                    f"Dependency failed: request {failed[0]} did not succeed.",
                    request.request_id,
                    request.header("client-request-id"),
                ),
            )
        else:
            result = execute(_sub_request(request, entry))
        statuses[entry_id] = result.status
        item: dict[str, Any] = {
            "id": entry_id,
            "status": result.status,
            "headers": {"Content-Type": JSON_TYPE, **result.headers},
        }
        if result.body is not None:
            item["body"] = result.body
        responses.append(item)
    return ok({"responses": responses})


def _sub_request(batch: GraphRequest, entry: dict[str, Any]) -> GraphRequest:
    url: str = entry["url"]
    path, _, query = url.partition("?")
    if path.lower().startswith(("http://", "https://")):
        path = "/$invalid-absolute-url"  # Graph only takes URLs relative to the version
    headers = _lower(entry.get("headers"))
    if "authorization" in batch.headers:
        headers["authorization"] = batch.headers["authorization"]
    return GraphRequest(
        method=entry["method"].upper(),
        path="/" + path.lstrip("/"),
        query=dict(parse_qsl(query, keep_blank_values=True)),
        headers=headers,
        body=entry.get("body"),
        graph_base=batch.graph_base,
        batch_id=entry["id"],
    )
