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


def _password(from_stdin: bool) -> tuple[str, bool]:
    """(password, generated). From stdin: its first line, without the line break."""
    from app.accounts import generate_password

    if not from_stdin:
        return generate_password(), True
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise InputError("--password-stdin: stdin gave no password")
    return line, False


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
    from app import accounts
    from app.store.users import Role

    wanted = Role(_role(role))
    password, generated = _password(password_stdin)
    with _store(ctx.obj) as session:
        user = accounts.add_user(session, email=email, role=wanted, password=password)
    console.print(f"Added {user.email} ({user.role}).", highlight=False)
    if generated:
        console.print(f"Password (shown once): {password}", highlight=False, soft_wrap=True)


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
    from app.store.users import update_user

    with _store(ctx.obj) as session:
        user = update_user(session, email=email, disabled=True)
    console.print(f"Disabled {user.email}; its sessions are revoked.", highlight=False)


@app.command("reset-password")
def reset_password(ctx: typer.Context, email: str, password_stdin: StdinOpt = False) -> None:
    """Set a new password (generated and printed once, or from stdin); its sessions end."""
    from app.accounts import hash_password
    from app.store.users import update_user

    password, generated = _password(password_stdin)
    with _store(ctx.obj) as session:
        user = update_user(session, email=email, password_hash=hash_password(password))
    console.print(f"New password set for {user.email}; its sessions are revoked.", highlight=False)
    if generated:
        console.print(f"Password (shown once): {password}", highlight=False, soft_wrap=True)
    elif user.disabled:
        err_console.print(f"{user.email} stays disabled.", highlight=False)
