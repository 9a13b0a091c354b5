"""Outside systems that quote our secrets back leave no trace of them anywhere.

Known secrets are configured (a model API key, an Outlook client secret; the PostgreSQL
case adds a database password), the real sandboxes are told to quote what they were sent
in their errors, and the real CLI runs. Then every place PO Desk keeps or shows text is
searched: every file in the data folder as raw bytes (store, WAL, checkpoints.sqlite,
locks; not msal's token cache, whose job is to hold tokens), every row of every table,
stdout and stderr, and every log record at DEBUG. Each test also checks that the echo did
happen and was replaced by the marker, so a sandbox that stopped echoing cannot pass it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.redact import REDACTED
from sandboxes.graph import GraphSandbox, SandboxConfig
from sandboxes.model import ModelSandbox
from tests.cli.conftest import Cli
from tests.leaks import data_files, leaks, postgres_rows, sqlite_rows

# Shaped like no credential pattern: only the configured values can find them.
LLM_KEY = "llmkey-Quokka-7781-zebra"
CLIENT_SECRET = "clientsecret-Wombat-4411"
DB_PASSWORD = "dbpass-Numbat-9090"
ADDRESS = "orders@northwindcloud.example"


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModelSandbox]:
    with ModelSandbox() as sandbox:
        sandbox.echo_key = True
        for name, value in {
            "PODESK_LLM_MODEL": "sandbox-model",
            "PODESK_LLM_BASE_URL": sandbox.base_url,
            "PODESK_LLM_API_KEY": LLM_KEY,
            "PODESK_LLM_MAX_RETRIES": "0",
        }.items():
            monkeypatch.setenv(name, value)
        yield sandbox


@pytest.fixture
def graph(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphSandbox]:
    config = SandboxConfig(
        mailbox_address=ADDRESS, data_dir=workspace / "graph", client_secret=CLIENT_SECRET
    )
    with GraphSandbox(config) as sandbox:
        sandbox.seed_from_folder(workspace / "mailbox")
        for name, value in {
            "PODESK_MAILBOX": f"outlook:{ADDRESS}",
            "PODESK_TENANT_ID": config.tenant_id,
            "PODESK_CLIENT_ID": config.client_id,
            "PODESK_CLIENT_SECRET": CLIENT_SECRET,
            "PODESK_AUTHORITY_URL": sandbox.authority_url,
            "PODESK_GRAPH_URL": sandbox.url,
            "PODESK_CA_BUNDLE": str(sandbox.ca_path),
        }.items():
            monkeypatch.setenv(name, value)
        yield sandbox


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)  # the libraries' debug records too
    return caplog


def everywhere(
    data_dir: Path, output: str, logs: pytest.LogCaptureFixture
) -> dict[str, str | bytes]:
    sources: dict[str, str | bytes] = {"output": output, "logs": logs.text}
    sources.update(data_files(data_dir))
    for name in ("podesk.db", "checkpoints.sqlite"):
        if (data_dir / name).is_file():
            sources.update(sqlite_rows(data_dir / name))
    return sources


def test_a_model_server_quoting_the_key_in_errors(
    workspace: Path, cli: Cli, model: ModelSandbox, logs: pytest.LogCaptureFixture
) -> None:
    model.fail_next(500, times=1000)  # every call fails; the rules' results stand
    output = cli("sync")
    assert "fell back to the rules" in output
    data = workspace / "data"
    rows = sqlite_rows(data / "podesk.db")
    # The echo happened, reached the notes and the audit log, and was replaced there.
    assert f"{REDACTED}".encode() in rows["podesk.db:packets"]
    assert b"Model not used: model error" in rows["podesk.db:packets"]
    assert REDACTED.encode() in rows["podesk.db:audit_log"]
    assert model.requests and not leaks(everywhere(data, output, logs), [LLM_KEY])


def test_a_rejected_key_stops_the_sync_in_one_line(
    workspace: Path, cli: Cli, model: ModelSandbox, logs: pytest.LogCaptureFixture
) -> None:
    model.fail_next(401, times=1000, message="Incorrect API key provided")
    output = cli("sync", code=2)
    assert len(output.strip().splitlines()) == 1, output
    assert "refused the credentials (check PODESK_LLM_API_KEY)" in output
    assert REDACTED in output and "Traceback" not in output
    assert len(model.requests) == 1  # stopped at the first thread, not once per thread
    data = workspace / "data"
    failures = sqlite_rows(data / "podesk.db")["podesk.db:audit_log"].count(b"cycle_failed")
    assert failures == 1
    checkpoints = sqlite_rows(data / "checkpoints.sqlite")["checkpoints.sqlite:writes"]
    assert b"ModelConfigError" in checkpoints and REDACTED.encode() in checkpoints
    assert not leaks(everywhere(data, output, logs), [LLM_KEY])
    # The traceback --debug adds holds the SDK's own exception (the raw body): scrubbed too.
    debug = cli("--debug", "sync", code=2)
    assert "Traceback" in debug and "AuthenticationError" in debug and REDACTED in debug
    assert not leaks({"debug output": debug}, [LLM_KEY])


def test_a_token_endpoint_quoting_the_client_secret(
    workspace: Path, cli: Cli, graph: GraphSandbox, logs: pytest.LogCaptureFixture
) -> None:
    graph.refuse_credentials(echo=True)
    output = cli("sync", code=1)
    assert "invalid_client" in output and REDACTED in output
    assert "Traceback" not in output and len(output.strip().splitlines()) == 1
    sources = everywhere(workspace / "data", output, logs)
    assert not leaks(sources, [CLIENT_SECRET])


def test_graph_quoting_the_bearer_token(
    workspace: Path, cli: Cli, graph: GraphSandbox, logs: pytest.LogCaptureFixture
) -> None:
    cli("sync")
    reviews = cli.json("review", "list")
    review = next(r for r in reviews if r["kind"] == "customer_draft")
    graph.inject("echo_auth", method="POST", path_contains="createReply", times=2)
    output = cli("review", "accept", str(review["id"]), "--reviewer", "rita", code=1)
    assert "InvalidAuthenticationToken" in output and REDACTED in output
    data = workspace / "data"
    cache = json.loads((data / "outlook" / "outlook-token-cache.json").read_text())
    tokens = [entry["secret"] for entry in cache["AccessToken"].values()]
    assert tokens  # the tokens Graph quoted: none may be kept or shown anywhere
    checkpoints = sqlite_rows(data / "checkpoints.sqlite")["checkpoints.sqlite:writes"]
    assert b"GraphAuthError" in checkpoints  # the failed save, recorded scrubbed
    assert not leaks(everywhere(data, output, logs), [*tokens, CLIENT_SECRET])


def test_on_postgresql_neither_the_key_nor_the_database_password_is_kept(
    workspace: Path, cli: Cli, model: ModelSandbox, logs: pytest.LogCaptureFixture, pg_url: str
) -> None:
    scheme, rest = pg_url.split("://", 1)
    role, place = rest.split("@", 1)
    url = f"{scheme}://{role}:{DB_PASSWORD}@{place}"  # trust auth: accepted, and secret
    model.fail_next(500, times=1000)
    output = cli("--database-url", url, "sync")
    assert "fell back to the rules" in output
    rows = postgres_rows(url)
    assert REDACTED.encode() in rows["postgres:packets"]  # the echo was there, scrubbed
    assert rows["postgres:checkpoint_blobs"]  # the workflow's state lives here too
    sources: dict[str, str | bytes] = {"output": output, "logs": logs.text, **rows}
    sources.update(data_files(workspace / "data"))
    assert not leaks(sources, [LLM_KEY, DB_PASSWORD])
