"""From raw HTTP request to outcome: identity or Graph, faults, throttling, the log.

Kept apart from the socket code so the whole behaviour (including resets, which are an
outcome like any other) can be reasoned about without threads or TLS.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from sandboxes.graph import faults
from sandboxes.graph.api import JSON_TYPE, GraphRequest, GraphResponse, from_error
from sandboxes.graph.batch import run_batch
from sandboxes.graph.config import RecordedRequest
from sandboxes.graph.errors import GraphErrorReply, graph_error_body
from sandboxes.graph.graph import GraphApi
from sandboxes.graph.identity import Identity
from sandboxes.graph.signin import SignIn
from sandboxes.graph.tokens import TokenService

VERSION = "/v1.0"
_DIAGNOSTIC = '{"ServerInfo":{"DataCenter":"Sandbox","Slice":"E","Ring":"5","ScaleUnit":"000"}}'
_RECORDED_HEADERS = ("prefer", "content-type", "client-request-id")


@dataclass
class Outcome:
    status: int | None  # None: reset the connection without answering
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class Recorder:
    def __init__(self) -> None:
        self._entries: list[RecordedRequest] = []
        self._lock = threading.Lock()

    def add(self, entry: RecordedRequest) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def _record(
    method: str,
    path: str,
    query: dict[str, str],
    headers: dict[str, str],
    arrived: float,
    *,
    status: int | None,
    fault: str | None = None,
    body: Any = None,
    batch_id: str | None = None,
) -> RecordedRequest:
    return RecordedRequest(
        method=method,
        path=path,
        query=dict(query),
        headers={k: headers[k] for k in _RECORDED_HEADERS if k in headers},
        authorization="authorization" in headers,
        status=status,
        fault=fault,
        time=arrived,
        body=body,
        batch_id=batch_id,
    )


class Dispatcher:
    def __init__(
        self,
        identity: Identity,
        graph: GraphApi,
        tokens: TokenService,
        injector: faults.FaultInjector,
        gate: faults.ConcurrencyGate,
        recorder: Recorder,
        base_url: str,
        signin: SignIn,
    ) -> None:
        self._identity = identity
        self._signin = signin
        self._graph = graph
        self._tokens = tokens
        self._faults = injector
        self._gate = gate
        self._recorder = recorder
        self._graph_base = base_url + VERSION

    def dispatch(
        self, method: str, raw_path: str, query: dict[str, str], headers: dict[str, str], raw: bytes
    ) -> Outcome:
        arrived = time.time()
        path = unquote(raw_path)
        if raw_path == VERSION or raw_path.startswith(VERSION + "/"):
            return self._graph_request(method, raw_path, query, headers, raw, arrived)
        if method == "GET" and self._identity.is_authorize(path):
            status, page, page_headers = self._signin.authorize(path, query)
            self._recorder.add(_record(method, path, query, headers, arrived, status=status))
            return Outcome(status, page, page_headers)
        if self._identity.handles(path):
            form = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
            form.update(_basic_credentials(headers.get("authorization")))
            status, body = (
                self._identity.post(path, form)
                if method == "POST"
                else self._identity.get(path, query)
            )
        else:
            status, body = 404, graph_error_body("NotFound", f"No endpoint at {path}.", "", None)
        self._recorder.add(_record(method, path, query, headers, arrived, status=status))
        return Outcome(status, _json(body), {"Content-Type": "application/json; charset=utf-8"})

    def _graph_request(
        self,
        method: str,
        raw_path: str,
        query: dict[str, str],
        headers: dict[str, str],
        raw: bytes,
        arrived: float,
    ) -> Outcome:
        request = GraphRequest(
            method, raw_path[len(VERSION) :], query, headers, None, self._graph_base
        )
        path = unquote(raw_path)
        fault: str | None = None
        with self._gate.enter() as admitted:
            try:
                request.body = json.loads(raw) if raw.strip() else None
            except ValueError:
                request.body = None
                response = from_error(
                    GraphErrorReply(400, "BadRequest", "Unable to read JSON request payload."),
                    request,
                )
            else:
                if not admitted:
                    fault, response = faults.THROTTLED, from_error(faults.throttled(), request)
                else:
                    fault = self._faults.draw(method, path)
                    if fault == faults.RESET:
                        response = GraphResponse(0)
                    elif fault == faults.ECHO_AUTH:
                        echoed = faults.echo_auth(headers.get("authorization"))
                        response = from_error(echoed, request)
                    elif fault is not None and fault != faults.LOST_RESPONSE:
                        response = from_error(faults.status_fault(fault), request)
                    else:
                        response = self._execute(request)
        reset = fault in (faults.RESET, faults.LOST_RESPONSE)
        status = None if reset else response.status
        self._recorder.add(
            _record(
                method, path, query, headers, arrived, status=status, fault=fault, body=request.body
            )
        )
        if reset:
            return Outcome(None)
        return _graph_outcome(response, request)

    def _execute(self, request: GraphRequest) -> GraphResponse:
        if request.segments() != ["$batch"]:
            return self._graph.handle(request)
        try:
            self._tokens.validate(request.header("authorization"))
            if request.method != "POST":
                raise GraphErrorReply(405, "BadRequest", "$batch takes POST only.")
            return run_batch(request, self._execute_entry)
        except GraphErrorReply as exc:
            return from_error(exc, request)

    def _execute_entry(self, request: GraphRequest) -> GraphResponse:
        arrived = time.time()
        path = unquote(VERSION + request.path)
        fault = self._faults.draw(request.method, path, in_batch=True)
        if fault is not None:
            response = from_error(faults.status_fault(fault), request)
        elif request.segments()[:1] == ["$batch"]:
            response = from_error(
                GraphErrorReply(400, "BadRequest", "A batch cannot nest."), request
            )
        else:
            response = self._graph.handle(request)
        entry = _record(
            request.method,
            path,
            request.query,
            request.headers,
            arrived,
            status=response.status,
            fault=fault,
            body=request.body,
            batch_id=request.batch_id,
        )
        self._recorder.add(entry)
        return response


def _graph_outcome(response: GraphResponse, request: GraphRequest) -> Outcome:
    headers = {
        "Cache-Control": "private",
        "request-id": request.request_id,
        "client-request-id": request.header("client-request-id") or request.request_id,
        "x-ms-ags-diagnostic": _DIAGNOSTIC,
        "Strict-Transport-Security": "max-age=31536000",
        **response.headers,
    }
    if response.body is None:
        return Outcome(response.status, b"", headers)
    headers["OData-Version"] = "4.0"
    headers["Content-Type"] = JSON_TYPE
    return Outcome(response.status, _json(response.body), headers)


def _json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _basic_credentials(authorization: str | None) -> dict[str, str]:
    """client_secret_basic: the client id and secret in an HTTP Basic header."""
    scheme, _, value = (authorization or "").partition(" ")
    if scheme.lower() != "basic":
        return {}
    try:
        client_id, _, secret = base64.b64decode(value).decode("utf-8").partition(":")
    except ValueError:
        return {}
    return {"client_id": unquote(client_id), "client_secret": unquote(secret)}
