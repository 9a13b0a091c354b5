"""Fixtures for the Outlook connector: the loopback Graph sandbox and configs pointing at it.

These tests run the real msal + O365 + requests stack over HTTPS against
``sandboxes.graph``; nothing is mocked in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from connectors.mailbox.model import Address, Attachment, MailMessage
from connectors.outlook import GraphClient, OutlookConfig
from sandboxes.graph import GraphSandbox, RecordedRequest, SandboxConfig

MAILBOX = "orders@northwindcloud.example"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

SandboxFactory = Callable[..., GraphSandbox]


@pytest.fixture
def make_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxFactory]:
    started: list[GraphSandbox] = []

    def make(**changes: Any) -> GraphSandbox:
        values: dict[str, Any] = {
            "mailbox_address": MAILBOX,
            "data_dir": tmp_path_factory.mktemp("sandbox"),
        }
        values.update(changes)
        sandbox = GraphSandbox(SandboxConfig(**values))
        sandbox.start()
        started.append(sandbox)
        return sandbox

    yield make
    for sandbox in started:
        sandbox.stop()


@pytest.fixture
def sandbox(make_sandbox: SandboxFactory) -> GraphSandbox:
    return make_sandbox()


def outlook_config(sandbox: GraphSandbox, data_dir: Path, **changes: Any) -> OutlookConfig:
    values: dict[str, Any] = {
        "mailbox": sandbox.config.mailbox_address,
        "tenant_id": sandbox.config.tenant_id,
        "client_id": sandbox.config.client_id,
        "client_secret": sandbox.config.client_secret,
        "authority_url": sandbox.authority_url,
        "graph_url": sandbox.url,
        "ca_bundle": sandbox.ca_path,
        "token_cache_path": data_dir / "outlook" / "token-cache.json",
        "retry_base_delay": 0.01,
        "retry_max_delay": 0.05,  # the sandbox says Retry-After: 1; tests need not wait it out
    }
    values.update(changes)
    return OutlookConfig.model_validate(values)


def client_for(sandbox: GraphSandbox, data_dir: Path, **changes: Any) -> GraphClient:
    return GraphClient(outlook_config(sandbox, data_dir, **changes))


def customer_mail(
    n: int, *, folder: str = "inbox", attachments: int = 0, **extra: Any
) -> MailMessage:
    """Message ``n`` of a synthetic procurement mailbox: two messages per conversation."""
    thread = n // 2
    customer = Address(name=f"Buyer {thread}", email=f"buyer{thread}@customer{thread % 50}.example")
    us = Address(name="Orders", email=MAILBOX)
    root = f"thread-{thread}@customer.example"
    own = root if n % 2 == 0 else f"msg-{n}@customer.example"
    sender, to = (us, customer) if folder == "sent" else (customer, us)
    return MailMessage(
        message_id=own,
        in_reply_to=None if own == root else root,
        references=() if own == root else (root,),
        subject=f"PO 45{thread:06d}" if own == root else f"RE: PO 45{thread:06d}",
        sender=sender,
        to=(to,),
        date=T0 + timedelta(minutes=n),
        body_text=f"Please find PO 45{thread:06d} for opportunity OPP-{thread:05d}.\n",
        attachments=tuple(
            Attachment(filename=f"PO-{n}-{i}.pdf", content_type="application/pdf", size=1000 + i)
            for i in range(attachments)
        ),
        folder=folder,
        **extra,
    )


def seed(sandbox: GraphSandbox, inbox: int, sent: int = 0, *, start: int = 0) -> dict[str, str]:
    """Deliver ``inbox`` + ``sent`` messages; returns Graph id -> internet message id."""
    added: dict[str, str] = {}
    for n in range(start, start + inbox):
        mail = customer_mail(n)
        added[sandbox.add_message(mail, folder="inbox")] = mail.message_id
    for n in range(start + inbox, start + inbox + sent):
        mail = customer_mail(n, folder="sent")
        added[sandbox.add_message(mail, folder="sent")] = mail.message_id
    return added


def graph_requests(sandbox: GraphSandbox) -> list[RecordedRequest]:
    """Requests to Graph itself (not the token or discovery endpoints), $batch items included."""
    return [r for r in sandbox.requests if r.path.startswith("/v1.0")]


def sent_anything(sandbox: GraphSandbox) -> list[RecordedRequest]:
    """Any request that would transmit mail. The sandbox answers them 403; we never make one."""
    return [
        r
        for r in sandbox.requests
        if r.path.rstrip("/").lower().endswith(("/send", "/sendmail"))
        or "sendmail" in r.path.lower()
    ]
