"""Fixtures for the Graph sandbox tests: a seeded sandbox and a plain HTTPS client.

The environment sets REQUESTS_CA_BUNDLE, which requests lets override a session's own
``verify``; sessions here therefore ignore the environment (trust_env=False) and always
verify against the sandbox's CA.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from connectors.mailbox import MailMessage
from connectors.mailbox.folder import read_mailbox
from sandboxes.graph import GraphSandbox, SandboxConfig

ROOT = Path(__file__).resolve().parents[3]
SAMPLE_MAILBOX = ROOT / "agent" / "sample_data" / "mailbox"
MAILBOX = "orders@northwindcloud.example"
GRAPH_SCOPE = "https://graph.microsoft.com/.default"


def session_for(sandbox: GraphSandbox) -> requests.Session:
    session = requests.Session()
    session.trust_env = False
    session.verify = str(sandbox.ca_path)
    return session


class Client:
    """requests against one sandbox, with an app-only token unless told otherwise."""

    def __init__(self, sandbox: GraphSandbox, token: str | None = None) -> None:
        self.sandbox = sandbox
        self.http = session_for(sandbox)
        self.token = token if token is not None else self.app_token()
        self.root = f"{sandbox.url}/v1.0"
        self.mailbox = f"{self.root}/users/{sandbox.config.mailbox_address}"

    def app_token(self) -> str:
        config = self.sandbox.config
        response = self.http.post(
            f"{self.sandbox.authority_url}/{config.tenant_id}/oauth2/v2.0/token",
            data={
                "grant_type": "client_credentials",
                "client_id": config.client_id,
                "client_secret": config.client_secret,
                "scope": GRAPH_SCOPE,
            },
        )
        response.raise_for_status()
        return str(response.json()["access_token"])

    def request(
        self, method: str, url: str, *, prefer: str | None = None, **kwargs: Any
    ) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}))
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if prefer:
            headers["Prefer"] = prefer
        absolute = url if url.startswith("https://") else f"{self.mailbox}/{url.lstrip('/')}"
        return self.http.request(method, absolute, headers=headers, timeout=10, **kwargs)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("PATCH", url, **kwargs)

    def all_pages(self, url: str, **kwargs: Any) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        while url:
            page = self.get(url, **kwargs)
            assert page.status_code == 200, page.text
            body = page.json()
            items.extend(body["value"])
            url = body.get("@odata.nextLink", "")
            kwargs.pop("params", None)  # next links carry the query already
        return items


@pytest.fixture(scope="session")
def tls_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One CA for the whole run: generating it is cheap, reusing it is the realistic case.
    return tmp_path_factory.mktemp("graph-sandbox-tls")


@pytest.fixture(scope="session")
def sample_messages() -> tuple[MailMessage, ...]:
    # Parsed once: seed_from_folder itself is covered in test_sandbox_server.py.
    return read_mailbox(SAMPLE_MAILBOX).messages


@pytest.fixture
def make_sandbox(
    tls_dir: Path, sample_messages: tuple[MailMessage, ...]
) -> Iterator[Callable[..., GraphSandbox]]:
    started: list[GraphSandbox] = []

    def make(seeded: bool = True, **overrides: Any) -> GraphSandbox:
        config = SandboxConfig(mailbox_address=MAILBOX, data_dir=tls_dir, **overrides)
        sandbox = GraphSandbox(config)
        if seeded:
            sandbox.seed_messages(sample_messages)
        sandbox.start()
        started.append(sandbox)
        return sandbox

    yield make
    for sandbox in started:
        sandbox.stop()


@pytest.fixture
def sandbox(make_sandbox: Callable[..., GraphSandbox]) -> GraphSandbox:
    return make_sandbox()


@pytest.fixture
def client(sandbox: GraphSandbox) -> Client:
    return Client(sandbox)


def first_inbox_message(client: Client, subject_part: str) -> dict[str, Any]:
    for item in client.all_pages("mailFolders/inbox/messages", params={"$top": "100"}):
        if item["subject"].startswith(subject_part):
            return item
    raise AssertionError(f"no inbox message whose subject starts with {subject_part!r}")
