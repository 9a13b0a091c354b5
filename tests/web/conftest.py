"""The console against a real store: the demo's sample mailbox (plus one hostile thread) and
CRM export, synced once by the real workflow, copied per test; one account per role."""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlmodel import Session

from app import accounts
from app.settings import Settings
from app.store.users import Role
from app.wiring import open_app
from cli.demo_run import make_workspace
from web.app import create_app

PASSWORD = "correct horse battery staple"
HOSTILE = Path(__file__).with_name("hostile.eml")
CHROMIUM = Path("/usr/bin/chromium")


def email_of(role: Role) -> str:
    return f"{role.value.replace('_', '.')}@example.com"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Settings read PODESK_* and .env: keep the developer's own out of the tests.
    for name in [n for n in os.environ if n.startswith("PODESK_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def _settings(root: Path) -> Settings:
    return Settings(
        mailbox=str(root / "mailbox"),
        crm_dir=root / "crm",
        data_dir=root / "data",
        database_url=None,
    )


@pytest.fixture(scope="session")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace synced once (about 10 s), with one account per role."""
    root = tmp_path_factory.mktemp("template")
    make_workspace(root)
    shutil.copy(HOSTILE, root / "mailbox" / "zz-hostile.eml")
    settings = _settings(root)
    with open_app(settings) as podesk:
        report = podesk.runner.sync(podesk.mailbox, podesk.crm)
        assert not report.failed
        with Session(podesk.engine) as session:
            for role in Role:
                accounts.add_user(session, email=email_of(role), role=role, password=PASSWORD)
            session.commit()
    return root


@pytest.fixture
def settings(synced: Path, tmp_path: Path) -> Settings:
    """A private copy of the synced workspace: each test may decide what it likes."""
    root = tmp_path / "ws"
    shutil.copytree(synced, root)
    return _settings(root)


@pytest.fixture
def web(settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings)
    with TestClient(app) as client:
        yield client
    app.state.engine.dispose()


def sign_in(
    client: TestClient, role: Role, password: str = PASSWORD, *, email: str | None = None
) -> int:
    """Sign ``client`` in through the login form; the response's status."""
    form = client.get("/login")
    # The login form's own token: a signed-in page also carries the sign-out form's.
    token = re.search(r'action="/login".*?name="csrf_token" value="([^"]+)"', form.text, re.S)
    assert token is not None
    data = {"email": email or email_of(role), "password": password, "csrf_token": token.group(1)}
    return client.post("/login", data=data, follow_redirects=False).status_code


def csrf_of(client: TestClient, path: str = "/") -> str:
    page = client.get(path)
    found = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    assert found is not None, page.text[:500]
    return found.group(1)


class Markup(HTMLParser):
    """The elements a page really has (not the text that looks like them)."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def unsafe(self) -> list[str]:
        """Inline script or style, event handlers, javascript: links, other origins."""
        found = []
        for tag, attrs in self.tags:
            if tag == "script" and not attrs.get("src"):
                found.append("inline <script>")
            for name, value in attrs.items():
                text = (value or "").strip().lower()
                if name.startswith("on") or name == "style" or tag in ("iframe", "object"):
                    found.append(f"<{tag} {name}>")
                if name in ("src", "href", "action") and (
                    text.startswith(("javascript:", "//", "http:", "https:"))
                ):
                    found.append(f"<{tag} {name}={text}>")
        return found


@pytest.fixture
def server(settings: Settings) -> Iterator[str]:
    """`podesk serve` as the command runs it (create_app on uvicorn), on a free port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(settings)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    served = uvicorn.Server(config)
    thread = threading.Thread(target=served.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not served.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    served.should_exit = True
    thread.join(timeout=10)
    app.state.engine.dispose()


@pytest.fixture
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True
        )
        yield launched
        launched.close()
