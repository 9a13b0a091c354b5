"""Settings of the Graph sandbox, and the shape of one entry in its request log."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

# What an Entra app registration grants as application permissions. MailboxSettings is
# included so master categories work out of the box; pass ("Mail.ReadWrite",) to see what
# a least-privilege registration gets (403 on outlook/masterCategories).
DEFAULT_APP_ROLES = ("Mail.ReadWrite", "MailboxSettings.ReadWrite")
# The console's sign-in callback as `podesk serve` answers by default: registered out of the
# box, so "Sign in with Microsoft" can be tried against the sandbox (README).
DEFAULT_REDIRECT_URIS = (
    "http://127.0.0.1:8000/auth/entra/callback",
    "http://localhost:8000/auth/entra/callback",
)


@dataclass
class SandboxConfig:
    mailbox_address: str  # the one mailbox the app may touch
    data_dir: Path  # CA + server certificate and key are written here
    host: str = "127.0.0.1"
    port: int = 0  # 0 = pick a free port
    tenant_id: str = "sandbox-tenant"
    client_id: str = "podesk-sandbox"
    client_secret: str = "sandbox-secret"
    faults: float = 0.0  # probability per Graph request of an injected fault
    seed: int = 0  # makes the fault sequence repeatable
    max_page_size: int = 1000  # cap for Prefer: odata.maxpagesize
    # Exchange allows 4 concurrent requests per app and mailbox; 0 turns the limit off.
    max_concurrency: int = 4
    app_roles: tuple[str, ...] = DEFAULT_APP_ROLES
    # PEM certificate registered for the app: client assertions must then be signed by its
    # key. Without it any well-formed assertion for client_id is accepted.
    client_certificate: Path | None = None
    # The app registration's "Web" redirect URIs: /authorize refuses any other (AADSTS50011).
    redirect_uris: tuple[str, ...] = DEFAULT_REDIRECT_URIS
    # Seconds msal waits between device-code polls. Entra says 5; 1 keeps tests quick.
    device_code_interval: int = 1
    # Seconds each Graph request takes inside the mailbox (Exchange is not instant): makes
    # concurrency visible in tests and latency-bound behaviour in benchmarks.
    latency: float = 0.0

    def __post_init__(self) -> None:
        self.mailbox_address = self.mailbox_address.strip().lower()
        if "@" not in self.mailbox_address:
            raise ValueError(f"mailbox address needs an @: {self.mailbox_address!r}")
        if not 0.0 <= self.faults <= 1.0:
            raise ValueError(f"faults is a probability between 0 and 1, not {self.faults}")
        if self.latency < 0:
            raise ValueError("latency must not be negative")
        if self.max_page_size < 1:
            raise ValueError("max_page_size must be at least 1")
        # Rule 1 of the design: the sandbox never even pretends an app may transmit mail.
        if any(role.casefold().startswith("mail.send") for role in self.app_roles):
            raise ValueError("the sandbox never grants a permission to transmit mail")


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # percent-decoded path without the query string
    query: dict[str, str]
    headers: dict[str, str]  # Prefer, Content-Type and client-request-id when sent
    authorization: bool  # whether an Authorization header came with the request
    status: int | None  # None: the connection was reset and nothing was answered
    fault: str | None  # "429", "503", "504", "reset", "lost_response", "throttled"
    time: float  # time.time() when the request arrived
    body: Any = None  # parsed JSON body of Graph writes; never recorded for token requests
    batch_id: str | None = None  # the sub-request id when this ran inside a $batch
