"""A loopback OpenAI-compatible server: the fake model for tests and the offline demo.

``ModelSandbox(mode="cooperative" | "hostile")`` serves POST /v1/chat/completions
and GET /v1/models on 127.0.0.1 with the OpenAI response shape (usage included).
It understands ``response_format`` json_schema, forced tool calls and plain
prompts, records every request body, and can be told to lack a structured mode,
fail, or answer slowly, so the real adapter's fallbacks can be exercised. With
``echo_key`` its error bodies quote the credential a request came with, as some proxies
and self-hosted servers do: what PO Desk must scrub before it keeps or prints an error.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Collection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sandboxes.model.answers import Mode, answer

_SCHEMA_MARKER = "JSON schema:"
ALL_MODES = frozenset({"json_schema", "tool_call", "plain_json"})


class ModelSandbox:
    """Start with ``with ModelSandbox() as sandbox:``; point a client at ``sandbox.base_url``."""

    def __init__(
        self,
        mode: Mode = "cooperative",
        port: int = 0,
        *,
        supports: Collection[str] = ALL_MODES,
        model_name: str = "sandbox-model",
    ) -> None:
        self.mode: Mode = mode
        self.supports = frozenset(supports)
        self.model_name = model_name
        self.requests: list[dict[str, Any]] = []  # every chat request body, in order
        self.delay_s = 0.0  # answer this late (to provoke client timeouts)
        self.omit_usage = False
        self.raw_content: str | None = None  # answer this text verbatim instead
        self.echo_key = False  # error bodies quote the request's Authorization header
        self._failures: list[tuple[int, str]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> ModelSandbox:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> ModelSandbox:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def fail_next(self, status: int, times: int = 1, message: str = "sandbox failure") -> None:
        """The next ``times`` chat requests get this HTTP error."""
        with self._lock:
            self._failures += [(status, message)] * times

    def prompts(self) -> list[str]:
        """All message text of every recorded request, one string per request."""
        with self._lock:
            bodies = list(self.requests)
        return ["\n".join(str(m.get("content", "")) for m in b.get("messages", [])) for b in bodies]

    def chat(
        self, body: dict[str, Any], authorization: str | None = None
    ) -> tuple[int, dict[str, Any]]:
        """(status, JSON body) for one chat request; the handler's whole job."""
        with self._lock:
            self.requests.append(body)
            serial = len(self.requests)
            failure = self._failures.pop(0) if self._failures else None
        if failure is not None:
            return failure[0], _error(self._quoting(failure[1], authorization))
        if self.delay_s:
            self._stopping.wait(self.delay_s)
        rejected = _rejection(body, self.supports)
        if rejected:
            return 400, _error(self._quoting(rejected, authorization))
        return 200, self._completion(body, serial)

    def _quoting(self, message: str, authorization: str | None) -> str:
        if not self.echo_key:
            return message
        key = (authorization or "").partition(" ")[2]
        return f"{message} (Authorization: {authorization}; api key {key!r})"

    def _completion(self, body: dict[str, Any], serial: int) -> dict[str, Any]:
        messages = body.get("messages", [])
        prompt = "\n".join(str(m.get("content", "")) for m in messages)
        user = "\n".join(str(m.get("content", "")) for m in messages if m.get("role") == "user")
        tool = _forced_tool(body)
        content = self.raw_content
        if content is None:
            content = json.dumps(answer(_schema(body), user, self.mode, serial))
        message: dict[str, Any] = {"role": "assistant", "content": content}
        finish = "stop"
        if tool is not None and self.raw_content is None:
            call = {"name": tool, "arguments": content}
            message = {"role": "assistant", "content": None, "tool_calls": [_call(serial, call)]}
            finish = "tool_calls"
        reply: dict[str, Any] = {
            "id": f"chatcmpl-sandbox-{serial}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": str(body.get("model") or self.model_name),
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        }
        if not self.omit_usage:
            prompt_tokens, completion_tokens = len(prompt) // 4 + 1, len(content) // 4 + 1
            reply["usage"] = {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            }
        return reply

    def models(self) -> dict[str, Any]:
        entry = {"id": self.model_name, "object": "model", "owned_by": "sandbox", "created": 0}
        return {"object": "list", "data": [entry]}


def _rejection(body: dict[str, Any], supports: frozenset[str]) -> str | None:
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema" and "json_schema" not in supports:
        return "response_format type json_schema is not supported by this server"
    if body.get("tools") and "tool_call" not in supports:
        return "tools and tool_choice are not supported by this server"
    return None


def _schema(body: dict[str, Any]) -> dict[str, Any]:
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return dict(fmt.get("json_schema", {}).get("schema", {}))
    for tool in body.get("tools") or []:
        return dict(tool.get("function", {}).get("parameters", {}))
    for message in body.get("messages", []):
        text = str(message.get("content", ""))
        if _SCHEMA_MARKER in text:
            start = text.index("{", text.index(_SCHEMA_MARKER))
            schema, _ = json.JSONDecoder().raw_decode(text, start)
            return dict(schema)
    return {}


def _forced_tool(body: dict[str, Any]) -> str | None:
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        return str(choice.get("function", {}).get("name") or "") or None
    tools = body.get("tools") or []
    return str(tools[0]["function"]["name"]) if tools else None


def _call(serial: int, function: dict[str, str]) -> dict[str, Any]:
    return {"id": f"call_{serial}", "type": "function", "function": function}


def _error(message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error", "code": None}}


def _handler(sandbox: ModelSandbox) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # one small answer per request: no 40 ms ACK stalls

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                self._send(200, sandbox.models())
            else:
                self._send(404, _error(f"no route {self.path}"))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except json.JSONDecodeError:
                self._send(400, _error("body is not JSON"))
                return
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, _error(f"no route {self.path}"))
                return
            self._send(*sandbox.chat(body, self.headers.get("Authorization")))

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                if status in (408, 409, 429) or status >= 500:
                    self.send_header("retry-after-ms", "1")  # keep SDK retries fast in tests
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test); nothing to tell it

        def log_message(self, format: str, *args: Any) -> None:
            return None  # quiet: tests and the demo print nothing from here

    return Handler
