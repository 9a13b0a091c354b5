"""The demo's walk-through: a workspace from the bundled sample data, a sync, the queues,
one approval and the saved draft, optionally through the Graph and model sandboxes."""

from __future__ import annotations

import email
import email.policy
import shutil
from contextlib import ExitStack
from email.message import EmailMessage
from importlib import resources
from pathlib import Path

from pydantic import SecretStr

from agent.errors import ConfigurationError
from app.settings import Settings
from app.store import queries
from app.store.db import open_session
from cli.output import console
from cli.queue_cmd import show_queue
from cli.review_cmd import decide
from cli.sync_cmd import run_sync
from connectors.llm import ChatModel
from connectors.llm.openai_chat import OpenAIChatModel
from connectors.mailbox.html import html_to_text
from sandboxes.graph import GraphSandbox, SandboxConfig
from sandboxes.model import ModelSandbox

DEMO_MAILBOX = "orders@northwindcloud.example"


def sample_data() -> Path:
    path = Path(str(resources.files("agent") / "sample_data"))
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


def run_demo(root: Path, *, outlook: bool = False, model: bool = False) -> None:
    settings = make_workspace(root)
    with ExitStack() as stack:
        graph: GraphSandbox | None = None
        if outlook:
            graph = stack.enter_context(_graph_sandbox(root))
            settings = _outlook_settings(settings, graph)
        chat = stack.enter_context(ModelSandbox("cooperative")) if model else None
        llm = _sandbox_model(chat) if chat else None
        _walk_through(root, settings, graph, llm)


def _graph_sandbox(root: Path) -> GraphSandbox:
    sandbox = GraphSandbox(SandboxConfig(mailbox_address=DEMO_MAILBOX, data_dir=root / "graph"))
    sandbox.seed_from_folder(root / "mailbox")
    return sandbox


def _outlook_settings(settings: Settings, sandbox: GraphSandbox) -> Settings:
    config = sandbox.config
    return settings.model_copy(
        update={
            "mailbox": f"outlook:{config.mailbox_address}",
            "tenant_id": config.tenant_id,
            "client_id": config.client_id,
            "client_secret": SecretStr(config.client_secret),
            "authority_url": sandbox.authority_url,
            "graph_url": sandbox.url,
            "ca_bundle": sandbox.ca_path,
        }
    )


def _sandbox_model(sandbox: ModelSandbox) -> ChatModel:
    return OpenAIChatModel(
        base_url=sandbox.base_url, api_key=None, model="sandbox-model", max_retries=0
    )


def _walk_through(
    root: Path, settings: Settings, graph: GraphSandbox | None, model: ChatModel | None
) -> None:
    where = f"Graph sandbox {graph.url}" if graph else "sample mailbox folder"
    console.rule(f"[bold]PO Desk demo[/] — {where} and CRM export")
    console.print(f"Workspace: {root}" + (" · model: loopback sandbox" if model else ""))
    report = run_sync(settings, show_progress=False, model=model)
    console.print(
        f"Synced {report.messages_read} messages in {report.threads} threads; "
        f"{report.quarantined_new} file(s) quarantined."
    )
    show_queue(settings, label=None, title="Classification queue")
    show_queue(settings, label="deal_exception", title="Exception queue")
    with open_session(settings.resolved_database_url) as session:
        pending = queries.list_reviews(session)
    drafts = [r for r in pending if r.kind == "customer_draft"]
    console.print(f"{len(pending)} review(s) pending, {len(drafts)} with a customer draft.")
    if not drafts:
        console.print("[yellow]No customer draft to approve in the sample data.[/]")
        return
    console.rule(f"Approving review {drafts[0].id}: {drafts[0].subject}")
    decide(settings, drafts[0].id, {"type": "accept", "args": None}, "demo-reviewer", model=model)
    with open_session(settings.resolved_database_url) as session:
        detail = queries.get_review(session, review_id=drafts[0].id)
    if detail.saved_location is None:
        return
    if graph is not None:
        console.rule("Saved draft, as the Graph sandbox holds it (never sent)")
        console.print(render_graph_draft(graph, detail.saved_location), markup=False)
        sent = [r for r in graph.requests if "send" in r.path.lower()]
        console.print(f"Requests to the sandbox: {len(graph.requests)}; send requests: {len(sent)}")
    else:
        console.rule("Saved draft (.eml, never sent)")
        console.print(render_eml(Path(detail.saved_location)), markup=False, highlight=False)


def render_graph_draft(sandbox: GraphSandbox, graph_id: str) -> str:
    for item in sandbox.drafts():
        if item.get("id") == graph_id:
            to = ", ".join(r["emailAddress"]["address"] for r in item.get("toRecipients", []))
            body = item.get("body", {})
            text = body.get("content", "")
            if body.get("contentType") == "html":
                text = html_to_text(text)
            return "\n".join(
                [
                    f"Graph id: {graph_id}",
                    f"Subject: {item.get('subject')}",
                    f"To: {to}",
                    f"isDraft: {item.get('isDraft')}  conversationId: {item.get('conversationId')}",
                    "",
                    text,
                ]
            )
    return f"draft {graph_id} not found in the sandbox"


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
