"""JSON ``$batch`` for small per-message reads (attachment names, a few headers).

Graph runs up to 20 requests per batch. Each answers on its own: a throttled
one is retried (after its own Retry-After) without repeating the others, and
the batch POST itself is safe to replay because it only carries GETs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from connectors.outlook.client import GraphClient, Json
from connectors.outlook.connection import IMMUTABLE_IDS
from connectors.outlook.errors import GraphError, GraphThrottled, error_for

BATCH_LIMIT = 20  # Graph's maximum number of requests in one $batch

# A permanent failure of one item is handed back, not raised: one message that
# vanished between the delta page and the batch must not fail its neighbours.
BatchResult = Json | GraphError


@dataclass(frozen=True)
class BatchGet:
    """One GET inside a batch; ``path`` is relative to the API version (``/users/...``)."""

    key: str
    path: str


def batch_get(client: GraphClient, requests: Sequence[BatchGet]) -> dict[str, BatchResult]:
    """Answer every GET by key; transient failures are retried, permanent ones returned."""
    chunks = [requests[i : i + BATCH_LIMIT] for i in range(0, len(requests), BATCH_LIMIT)]
    results: dict[str, BatchResult] = {}
    if not chunks:
        return results
    workers = min(len(chunks), client.config.max_concurrency)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="graph-batch") as pool:
        for answered in pool.map(lambda chunk: _run_chunk(client, chunk), chunks):
            results.update(answered)
    return results


def _run_chunk(client: GraphClient, chunk: Sequence[BatchGet]) -> dict[str, BatchResult]:
    pending = {item.key: item for item in chunk}
    answered: dict[str, BatchResult] = {}

    def attempt(_attempt: int) -> None:
        failures = _post_batch(client, list(pending.values()), answered)
        for key in answered:
            pending.pop(key, None)
        if failures:
            # The slowest Retry-After among the throttled ones decides the wait.
            raise max(failures, key=lambda e: e.retry_after or 0.0)
        if pending:
            raise GraphThrottled("batchIncomplete", f"{len(pending)} items unanswered", 503)

    client.policy.call(attempt)
    return answered


def _post_batch(
    client: GraphClient, items: list[BatchGet], answered: dict[str, BatchResult]
) -> list[GraphError]:
    body = {
        "requests": [
            # Prefer applies per item: the batch envelope's headers do not reach them.
            {"id": str(n), "method": "GET", "url": item.path, "headers": {"Prefer": IMMUTABLE_IDS}}
            for n, item in enumerate(items)
        ]
    }
    # One attempt: this chunk's retry loop covers the batch and its items alike.
    reply = client.post_once(f"{client.config.api_base}/$batch", body)
    failures: list[GraphError] = []
    for response in _responses(reply):
        index = int(response.get("id", -1))
        if not 0 <= index < len(items):
            continue  # not one of ours: the item stays pending and is asked again
        item = items[index]
        status = int(response.get("status", 0))
        raw = response.get("body")
        payload: Json = raw if isinstance(raw, dict) else {}
        if 200 <= status < 300:
            answered[item.key] = payload
            continue
        error = _sub_error(status, payload, response.get("headers") or {})
        if error.transient:
            failures.append(error)
        else:
            answered[item.key] = error
    return failures


def _responses(reply: Json) -> Iterator[dict[str, Any]]:
    for response in reply.get("responses") or []:
        if isinstance(response, dict):
            yield response


def _sub_error(status: int, payload: Json, headers: dict[str, str]) -> GraphError:
    detail = payload.get("error") if isinstance(payload.get("error"), dict) else {}
    assert isinstance(detail, dict)
    return error_for(
        str(detail.get("code") or "unknown"),
        str(detail.get("message") or f"batch item failed with {status}"),
        status,
        headers.get("request-id") or headers.get("client-request-id"),
        headers,
    )
