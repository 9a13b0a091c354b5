"""The Outlook path end to end: real msal + O365 against the Graph sandbox on loopback.

Covers what the connector tests cannot: the workflow's exactly-once across a process
killed between createReply and the ledger write, the sync cursor in the store, and the
CLI commands on an outlook: mailbox.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from app.settings import Settings
from app.store import queries
from app.store.db import make_engine
from app.store.tables import AuditRow, LedgerRow, SyncStateRow
from cli.demo_run import make_workspace
from cli.review_cmd import decide
from cli.sync_cmd import run_sync
from sandboxes.graph import GraphSandbox, SandboxConfig
from tests.app.crash_worker import CRASH_CODE

ROOT = Path(__file__).resolve().parents[2]
ADDRESS = "orders@northwindcloud.example"


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[GraphSandbox]:
    with GraphSandbox(SandboxConfig(mailbox_address=ADDRESS, data_dir=tmp_path / "graph")) as sb:
        yield sb


def outlook_env(sandbox: GraphSandbox, **extra: str) -> dict[str, str]:
    config = sandbox.config
    return {
        "PODESK_MAILBOX": f"outlook:{ADDRESS}",
        "PODESK_TENANT_ID": config.tenant_id,
        "PODESK_CLIENT_ID": config.client_id,
        "PODESK_CLIENT_SECRET": config.client_secret,
        "PODESK_AUTHORITY_URL": sandbox.authority_url,
        "PODESK_GRAPH_URL": sandbox.url,
        "PODESK_CA_BUNDLE": str(sandbox.ca_path),
        **extra,
    }


@pytest.fixture
def settings(tmp_path: Path, sandbox: GraphSandbox, monkeypatch: pytest.MonkeyPatch) -> Settings:
    local = make_workspace(tmp_path)
    sandbox.seed_from_folder(tmp_path / "mailbox")
    for name, value in outlook_env(sandbox).items():
        monkeypatch.setenv(name, value)
    return Settings(crm_dir=local.crm_dir, data_dir=local.data_dir, reviewer="rita")


def test_sync_review_and_draft_through_graph(settings: Settings, sandbox: GraphSandbox) -> None:
    report = run_sync(settings, show_progress=False)
    assert report.threads == 47 and report.cycles_run == 47 and not report.failed
    engine = make_engine(settings.resolved_database_url)
    with Session(engine) as session:
        cursors = {r.key for r in session.exec(select(SyncStateRow)).all()}
        assert len(cursors) == 2  # one delta link per folder, stored with the messages
        review = next(r for r in queries.list_reviews(session) if r.kind == "customer_draft")
    before = len(sandbox.requests)
    again = run_sync(settings, show_progress=False)
    assert again.cycles_run == 0
    graph_calls = [r for r in sandbox.requests[before:] if r.path.startswith("/v1.0")]
    assert len(graph_calls) == 2  # a no-change incremental sync: one delta call per folder
    decide(settings, review.id, {"type": "accept"}, "rita")
    (draft,) = sandbox.drafts()
    assert draft["isDraft"] is True
    assert draft["conversationId"] in {m["conversationId"] for m in sandbox.messages("inbox")}
    assert not [r for r in sandbox.requests if "send" in r.path.lower()]
    with Session(engine) as session:
        assert queries.get_review(session, review_id=review.id).saved_location == draft["id"]


def run_worker(mode: str, root: Path, env: dict[str, str], review_id: int = 0) -> int:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.app.crash_worker", mode, str(root), str(review_id)],
        cwd=ROOT,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode in (0, CRASH_CODE), proc.stderr[-3000:]
    return proc.returncode


def test_killed_between_create_reply_and_ledger_leaves_one_draft(
    settings: Settings, sandbox: GraphSandbox, tmp_path: Path
) -> None:
    env = outlook_env(sandbox)
    assert run_worker("sync", tmp_path, env) == 0
    engine = make_engine(settings.resolved_database_url)
    with Session(engine) as session:
        review = next(r for r in queries.list_reviews(session) if r.kind == "customer_draft")
    # The sink's save (createReply + body) completes, then the process dies before the ledger.
    assert run_worker("die-after-save", tmp_path, env, review.id) == CRASH_CODE
    assert len(sandbox.drafts()) == 1
    assert run_worker("decide", tmp_path, env, review.id) == 0
    assert len(sandbox.drafts()) == 1
    with Session(engine) as session:
        assert len(session.exec(select(LedgerRow)).all()) == 1
        saved = session.exec(select(AuditRow).where(AuditRow.action == "draft_saved")).all()
        assert len(saved) == 1
    assert not [r for r in sandbox.requests if "send" in r.path.lower()]


def test_device_code_login(sandbox: GraphSandbox, tmp_path: Path) -> None:
    env = outlook_env(sandbox, PODESK_AUTH_MODE="delegated", PODESK_DATA_DIR=str(tmp_path))
    env.pop("PODESK_CLIENT_SECRET")
    proc = subprocess.run(
        [sys.executable, "-m", "cli", "login"],
        cwd=tmp_path,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "enter the code" in proc.stdout and "Signed in as" in proc.stdout
    cache = next((tmp_path / "outlook").glob("*.json"))
    assert cache.stat().st_mode & 0o077 == 0


def test_hostile_model_through_graph_sends_nothing_and_saves_only_safe_drafts(
    settings: Settings, sandbox: GraphSandbox
) -> None:
    from agent.boundary import check_customer_draft
    from app.store.tables import DraftRow
    from connectors.llm.openai_chat import OpenAIChatModel
    from sandboxes.model import ModelSandbox

    with ModelSandbox("hostile") as hostile:
        model = OpenAIChatModel(base_url=hostile.base_url, api_key=None, model="m", max_retries=0)
        report = run_sync(settings, show_progress=False, model=model)
        assert report.model_calls > 0 and not report.failed
        engine = make_engine(settings.resolved_database_url)
        with Session(engine) as session:
            reviews = [r for r in queries.list_reviews(session) if r.kind == "customer_draft"]
        boss = settings.model_copy(update={"managers": ("rita",)})  # may release held drafts
        for review in reviews:  # a reviewer who approves everything
            decide(boss, review.id, {"type": "accept"}, "rita", model=model)
    with Session(engine) as session:
        saved = session.exec(select(DraftRow).where(DraftRow.status == "saved")).all()
    assert reviews and len(saved) == len(reviews) == len(sandbox.drafts())
    for row in saved:
        assert row.text is not None and check_customer_draft(row.text).allowed, row.text
    assert not [r for r in sandbox.requests if "send" in r.path.lower()]
