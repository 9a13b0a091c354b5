"""`podesk users ...`: the console's local accounts (sign-in for `podesk serve`)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from agent.errors import InputError
from cli.output import console, err_console, print_json, table

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.settings import Settings

app = typer.Typer(help="Console accounts: add, list, disable, reset a password.")
ROLES = ("sales_ops", "deal_desk", "manager", "admin")  # app.store.users.Role (test_startup)
StdinOpt = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from stdin, not generated.")
]


@contextmanager
def _store(settings: Settings) -> Iterator[Session]:
    from sqlmodel import Session

    from app.store.db import make_engine

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    try:
        with Session(engine) as session:
            yield session
            session.commit()
    finally:
        engine.dispose()


def _password(from_stdin: bool) -> str | None:
    """The password from stdin (its first line, without the line break), or None: generate."""
    if not from_stdin:
        return None
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise InputError("--password-stdin: stdin gave no password")
    return line


def _actor() -> str:
    """Who the audit log names for a change made here: the server's login."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name (a container's bare uid)
        return "cli"


def _role(word: str) -> str:
    found = word.strip().lower().replace("-", "_")
    if found not in ROLES:
        raise typer.BadParameter(
            f"{word!r}: must be one of {', '.join(ROLES)}", param_hint="--role"
        )
    return found


@app.command("add")
def add(
    ctx: typer.Context,
    email: str,
    role: Annotated[str, typer.Option(help=", ".join(ROLES))],
    password_stdin: StdinOpt = False,
) -> None:
    """Add an account. Without --password-stdin a strong password is generated and printed
    once: hand it over and have it changed (`users reset-password`)."""
    from app.store.users import Role
    from app.user_admin import add_account

    wanted = Role(_role(role))
    password = _password(password_stdin)
    with _store(ctx.obj) as session:
        issued = add_account(session, actor=_actor(), email=email, role=wanted, password=password)
    console.print(f"Added {issued.user.email} ({issued.user.role}).", highlight=False)
    if issued.password:
        console.print(f"Password (shown once): {issued.password}", highlight=False, soft_wrap=True)


@app.command("list")
def list_(
    ctx: typer.Context,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every account, its role and whether it is disabled."""
    from app.store.users import list_users

    with _store(ctx.obj) as session:
        users = list_users(session)
    if json_out:
        print_json(users)
        return
    rows = [(u.email, u.role, "disabled" if u.disabled else "active") for u in users]
    console.print(table("Users", ["email", "role", "status"], rows))


@app.command("disable")
def disable(ctx: typer.Context, email: str) -> None:
    """Disable an account; its open console sessions end at once."""
    from app.user_admin import disable_account

    with _store(ctx.obj) as session:
        user = disable_account(session, actor=_actor(), email=email)
    console.print(f"Disabled {user.email}; its sessions are revoked.", highlight=False)


@app.command("reset-password")
def reset_password(ctx: typer.Context, email: str, password_stdin: StdinOpt = False) -> None:
    """Set a new password (generated and printed once, or from stdin); its sessions end."""
    from app.user_admin import reset_password as reset

    password = _password(password_stdin)
    with _store(ctx.obj) as session:
        issued = reset(session, actor=_actor(), email=email, password=password)
    user = issued.user
    console.print(f"New password set for {user.email}; its sessions are revoked.", highlight=False)
    if issued.password:
        console.print(f"Password (shown once): {issued.password}", highlight=False, soft_wrap=True)
    elif user.disabled:
        err_console.print(f"{user.email} stays disabled.", highlight=False)
