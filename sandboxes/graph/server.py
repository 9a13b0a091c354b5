"""HTTPS on loopback: a threading HTTP/1.1 server with keep-alive and real resets.

TLS handshakes run in the connection's own thread (the listening socket does not
handshake on accept), so one slow client cannot stall the others. A reset sets SO_LINGER
to zero before closing, which makes the kernel send RST: the client sees "connection reset
by peer", exactly as when a load balancer drops a connection.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from sandboxes.graph.certs import TlsFiles
from sandboxes.graph.dispatch import Dispatcher, Outcome

logger = logging.getLogger(__name__)
IDLE_TIMEOUT_SECONDS = 120.0


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every response carries Content-Length
    timeout = IDLE_TIMEOUT_SECONDS
    server: SandboxHttpServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without NODELAY, Nagle's algorithm
        # and the client's delayed ACK stall every response by about 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass  # the peer (or a reset we injected) closed the socket first
        finally:
            self.server.track(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _serve(self) -> None:
        split = urlsplit(self.path)
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        raw = self._read_body()
        headers = {name.lower(): value for name, value in self.headers.items()}
        dispatcher = self.server.dispatcher
        try:
            if dispatcher is None:
                raise RuntimeError("request before the sandbox finished starting")
            outcome = dispatcher.dispatch(self.command, split.path, query, headers, raw)
        except Exception:  # a sandbox bug must answer 500, not kill the connection silently
            logger.exception("sandbox failed on %s %s", self.command, self.path)
            body = b'{"error":{"code":"InternalServerError","message":"Sandbox failure."}}'
            outcome = Outcome(500, body, {"Content-Type": "application/json"})
        if outcome.status is None:
            self._reset()
            return
        self.send_response(outcome.status)
        for name, value in outcome.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(outcome.body)))
        self.end_headers()
        self.wfile.write(outcome.body)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            # Streaming clients send chunked bodies; every byte must be read, or the next
            # request on this kept-alive connection would start in the middle of this one.
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _reset(self) -> None:
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass


class SandboxHttpServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], tls: TlsFiles) -> None:
        # Set right after binding: the dispatcher's URLs need the port the OS picked.
        self.dispatcher: Dispatcher | None = None
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(tls.cert_path, tls.key_path)
        self.socket = context.wrap_socket(
            self.socket, server_side=True, do_handshake_on_connect=False
        )

    def track(self, connection: socket.socket, *, add: bool) -> None:
        with self._connections_lock:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """Drop kept-alive connections so their threads end with the server."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Handshake failures and peers that hang up are routine; anything else is logged.
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)
