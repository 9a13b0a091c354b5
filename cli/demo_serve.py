"""`podesk demo --serve`: the demo workspace, synced, with one console account per role
(passwords generated and printed once), served on loopback for a first look at the console."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from app import accounts
from app.settings import Settings
from app.store.db import make_engine
from app.store.users import Role
from cli.demo_run import make_workspace
from cli.output import console, table
from cli.serve_cmd import run_console
from cli.sync_cmd import run_sync

DEMO_DOMAIN = "demo.example"


def demo_email(role: Role) -> str:
    return f"{role.value.replace('_', '.')}@{DEMO_DOMAIN}"


def serve_demo(root: Path, *, port: int) -> None:
    settings = make_workspace(root)
    console.rule("[bold]PO Desk demo[/] — the console on the sample mailbox and CRM export")
    console.print(f"Workspace: {root}")
    report = run_sync(settings, show_progress=False)
    console.print(
        f"Synced {report.messages_read} messages in {report.threads} threads; "
        f"{report.quarantined_new} file(s) quarantined."
    )
    logins = add_demo_users(settings)
    console.print(table("Console accounts (shown once)", ("Email", "Role", "Password"), logins))
    console.print(f"Sign in at http://127.0.0.1:{port}/ ; Ctrl-C stops the demo.")
    run_console(settings, host="127.0.0.1", port=port)


def add_demo_users(settings: Settings) -> list[tuple[str, str, str]]:
    """One account per role, each with a generated password: (email, role, password)."""
    engine = make_engine(settings.resolved_database_url)
    logins = []
    try:
        with Session(engine) as session:
            for role in Role:
                password = accounts.generate_password()
                accounts.add_user(session, email=demo_email(role), role=role, password=password)
                logins.append((demo_email(role), role.value, password))
            session.commit()
    finally:
        engine.dispose()
    return logins
