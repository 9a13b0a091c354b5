"""`podesk demo`: the whole flow, offline, on the sample data shipped in the package."""

from __future__ import annotations

import email
import email.policy
import shutil
import tempfile
from email.message import EmailMessage
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from sqlmodel import Session

from agent.cli.output import console
from agent.cli.queue_cmd import show_queue
from agent.cli.review_cmd import decide
from agent.cli.sync_cmd import run_sync
from agent.errors import ConfigurationError
from agent.settings import Settings
from agent.store import queries
from agent.store.db import make_engine


def sample_data() -> Path:
    root = resources.files("agent") / "sample_data"
    path = Path(str(root))
    if not (path / "mailbox").is_dir():
        raise ConfigurationError(f"sample data is missing from the installation: {path}")
    return path


def make_workspace(target: Path) -> Settings:
    source = sample_data()
    shutil.copytree(source / "mailbox", target / "mailbox")
    shutil.copytree(source / "crm", target / "crm")
    return Settings(
        mailbox=str(target / "mailbox"),
        crm_dir=target / "crm",
        data_dir=target / "data",
        database_url=None,
        reviewer="demo-reviewer",
    )


def demo(
    workspace: Annotated[
        Path | None,
        typer.Option(
            help="Keep the demo workspace in this (new) folder instead of a temporary one."
        ),
    ] = None,
) -> None:
    """Run PO Desk end to end on bundled sample data: sync, queues, approve one, show the draft."""
    if workspace is not None:
        if workspace.exists() and any(workspace.iterdir()):
            raise ConfigurationError(f"--workspace {workspace} must be a new or empty folder")
        workspace.mkdir(parents=True, exist_ok=True)
        run_demo(workspace)
        return
    with tempfile.TemporaryDirectory(prefix="podesk-demo-") as tmp:
        run_demo(Path(tmp))


def run_demo(root: Path) -> None:
    settings = make_workspace(root)
    console.rule("[bold]PO Desk demo[/] — sample procurement mailbox and CRM export")
    console.print(f"Workspace: {root}")
    report = run_sync(settings, show_progress=False)
    console.print(
        f"Synced {report.messages_read} messages in {report.threads} threads; "
        f"{report.quarantined_new} file(s) quarantined."
    )
    show_queue(settings, label=None, title="Classification queue")
    show_queue(settings, label="deal_exception", title="Exception queue")
    with Session(make_engine(settings.resolved_database_url)) as session:
        pending = queries.list_reviews(session)
    drafts = [r for r in pending if r.kind == "customer_draft"]
    console.print(f"{len(pending)} review(s) pending, {len(drafts)} with a customer draft.")
    if not drafts:
        console.print("[yellow]No customer draft to approve in the sample data.[/]")
        return
    console.rule(f"Approving review {drafts[0].id}: {drafts[0].subject}")
    decide(settings, drafts[0].id, {"type": "accept", "args": None}, "demo-reviewer")
    with Session(make_engine(settings.resolved_database_url)) as session:
        detail = queries.get_review(session, review_id=drafts[0].id)
    if detail.saved_location:
        console.rule("Saved reply draft (.eml, never sent)")
        console.print(render_eml(Path(detail.saved_location)), markup=False, highlight=False)


def render_eml(path: Path) -> str:
    """Headers a person checks, then the decoded body (the file itself is quoted-printable)."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    head = [
        f"{name}: {message[name]}"
        for name in ("From", "To", "Subject", "In-Reply-To", "X-PODesk-Idempotency-Key")
        if message[name]
    ]
    body = message.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    return "\n".join([f"File: {path}", *head, "", text])
