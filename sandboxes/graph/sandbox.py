"""GraphSandbox: the object tests, benchmarks and the CLI hold.

The mailbox exists from construction, so messages can be seeded before ``start()``;
the HTTPS server, tokens and routes exist between ``start()`` and ``stop()``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from connectors.mailbox import Address, MailMessage, build_threads
from connectors.mailbox.folder import read_mailbox
from sandboxes.graph import faults
from sandboxes.graph.certs import TlsFiles, ensure_tls_files
from sandboxes.graph.config import RecordedRequest, SandboxConfig
from sandboxes.graph.delta import DeltaTracker
from sandboxes.graph.dispatch import Dispatcher, Recorder
from sandboxes.graph.graph import GraphApi
from sandboxes.graph.handlers import MailHandlers
from sandboxes.graph.identity import Identity
from sandboxes.graph.resource import View, recipient, render
from sandboxes.graph.server import SandboxHttpServer
from sandboxes.graph.signin import SignIn
from sandboxes.graph.store import FOLDERS, MailboxStore
from sandboxes.graph.tokens import TokenService

# MailMessage.folder names and common spellings -> Graph well-known folder names
_FOLDER_ALIASES = {"sent": "sentitems", "sent items": "sentitems", "deleted": "deleteditems"}


class GraphSandbox:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.store = MailboxStore(config.mailbox_address)
        self._delta = DeltaTracker(self.store, config.max_page_size)
        self._recorder = Recorder()
        self._server: SandboxHttpServer | None = None
        self._thread: threading.Thread | None = None
        self._tls: TlsFiles | None = None
        self._tokens: TokenService | None = None
        self._signin: SignIn | None = None
        self._redirect_uris: set[str] = set(config.redirect_uris)
        self._faults = faults.FaultInjector(config.faults, config.seed)

    # lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        if self._server is not None:
            raise RuntimeError("the sandbox is already running")
        config = self.config
        self._tls = ensure_tls_files(config.data_dir, config.host)
        server = SandboxHttpServer((config.host, config.port), self._tls)
        host = f"[{config.host}]" if ":" in config.host else config.host
        base = f"https://{host}:{server.server_address[1]}"
        self._tokens = TokenService(config, graph_url=base, authority_url=base)
        self._tokens.display_name = self.store.owner["emailAddress"]["name"]
        handlers = MailHandlers(self.store, self._delta)
        self._signin = SignIn(self._tokens)
        self._signin.redirect_uris = self._redirect_uris
        server.dispatcher = Dispatcher(
            Identity(self._tokens, base, self._signin),
            GraphApi(self.store, handlers, self._tokens),
            self._tokens,
            self._faults,
            faults.ConcurrencyGate(config.max_concurrency, hold=config.latency),
            self._recorder,
            base,
            self._signin,
        )
        self._server, self._url = server, base
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.name = f"graph-sandbox-{server.server_address[1]}"
        self._thread.start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.close_connections()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> GraphSandbox:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """``https://127.0.0.1:<port>``; the Graph root is ``f"{url}/v1.0"``."""
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        return self._url

    @property
    def authority_url(self) -> str:
        """msal authority = ``f"{authority_url}/{tenant_id}"``."""
        return self.url

    @property
    def ca_path(self) -> Path:
        """PEM of the CA that signed the server certificate: what clients should trust."""
        if self._tls is None:
            raise RuntimeError("the sandbox has not been started")
        return self._tls.ca_path

    # mailbox ---------------------------------------------------------------------------
    def seed_from_folder(self, path: Path) -> int:
        """Load a folder of .eml files or a Maildir; Sent/ goes to Sent Items. Returns the count."""
        return self.seed_messages(read_mailbox(path).messages)

    def seed_messages(self, messages: Iterable[MailMessage]) -> int:
        """Store parsed messages threaded like the .eml path threads them (build_threads);
        ``folder="sent"`` goes to Sent Items. Returns the count."""
        messages = tuple(messages)
        self._adopt_display_name(messages)
        threads = build_threads(messages)
        count = 0
        for thread in threads:
            for message in thread.messages:
                self.store.add_mail(message, _folder(message.folder), thread.thread_key)
                count += 1
        return count

    def add_message(self, message: MailMessage, *, folder: str = "inbox") -> str:
        """Deliver one message; returns its immutable Graph id. Threads by reply headers."""
        return self.store.add_mail(message, _folder(folder))

    def remove_message(self, graph_id: str) -> None:
        """Delete an item; delta reports it as @removed."""
        self.store.remove(graph_id)

    def send_draft(self, graph_id: str) -> None:
        """What deal desk sending a draft from Outlook does: the draft moves to Sent Items
        and is no longer a draft (same immutable id)."""
        self.store.move(graph_id, "sentitems", sent=True)

    def move_message(self, graph_id: str, folder: str) -> None:
        """Move an item, e.g. to ``deleteditems`` as Outlook's Delete does."""
        self.store.move(graph_id, _folder(folder))

    def inject(
        self,
        fault: str,
        *,
        method: str | None = None,
        path_contains: str | None = None,
        times: int = 1,
    ) -> None:
        """Script a fault for the next matching Graph request(s), e.g.
        ``inject("lost_response", method="POST", path_contains="createReply")``.
        Kinds: "429", "503", "504", "reset", "lost_response", and "echo_auth" (a 401 that
        quotes the request's Authorization header)."""
        self._faults.script(fault, method, path_contains, times)

    def refuse_credentials(self, *, echo: bool = True) -> None:
        """From now on the token endpoint refuses every client (401 invalid_client); with
        ``echo`` its error quotes the secret, assertion or grant the request presented."""
        if self._tokens is None:
            raise RuntimeError("the sandbox is not running")
        self._tokens.refusing = "echo" if echo else "plain"

    def register_redirect_uri(self, uri: str) -> None:
        """Add a "Web" redirect URI to the app registration (a console's sign-in callback):
        /authorize refuses any other, as Entra does (AADSTS50011)."""
        self._redirect_uris.add(uri)

    def expire_delta_tokens(self) -> None:
        self._delta.expire()

    def expire_access_tokens(self) -> None:
        """Every issued access token now fails with 401 (clients must refresh)."""
        if self._tokens is not None:
            self._tokens.expire_access_tokens()

    def _adopt_display_name(self, messages: tuple[MailMessage, ...]) -> None:
        for message in messages:
            for address in (message.sender, *message.to, *message.cc):
                if address.email == self.config.mailbox_address and address.name:
                    self.store.owner = recipient(Address(name=address.name, email=address.email))
                    if self._tokens is not None:
                        self._tokens.display_name = address.name
                    return

    # inspection ------------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request so far, in the order they finished: a $batch's entries come just
        before the batch itself, each with ``batch_id`` set."""
        return self._recorder.entries()

    def clear_requests(self) -> None:
        self._recorder.clear()

    def messages(self, folder: str | None = None) -> list[dict[str, Any]]:
        """Items as Graph returns them with immutable ids, extended properties expanded."""
        view = View(immutable=True, extended=lambda _: True)
        name = _folder(folder) if folder else None
        with self.store.lock:
            return [render(m, view) for m in self.store.messages(name)]

    def drafts(self) -> list[dict[str, Any]]:
        return self.messages("drafts")

    def categories(self) -> list[dict[str, str]]:
        with self.store.lock:
            return self.store.categories.list()


def _folder(name: str) -> str:
    folder = _FOLDER_ALIASES.get(name.lower(), name.lower())
    if folder not in FOLDERS:
        raise ValueError(f"unknown folder {name!r}; use one of {', '.join(FOLDERS)}")
    return folder
