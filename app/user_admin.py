"""Managing console accounts: what `podesk users` and the console's admin pages both do.

One set of rules for both (an e-mail address, a role, a password of at least
``accounts.MIN_PASSWORD`` characters, Argon2-hashed; see app/accounts.py) and one audit event
per change with whoever made it as actor: the admin's address in the console, ``cli:<login>``
from the command line. A password reaches neither the audit log nor the store: only its hash
is kept, and a generated one is handed back to be shown once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session

from app import accounts
from app.store import users as store
from app.store.audit import record_event
from app.store.users import Role, UserPublic


@dataclass(frozen=True)
class Issued:
    """An account and the password it was given: generated (show it once), else None."""

    user: UserPublic
    password: str | None


def _choose(password: str | None) -> tuple[str, str | None]:
    """(the password to set, the one to show): a generated one is shown, a chosen one not."""
    if password is None:
        generated = accounts.generate_password()
        return generated, generated
    return password, None


def _audit(
    session: Session, *, actor: str, action: str, user: UserPublic, **detail: object
) -> None:
    record_event(
        session,
        actor=actor,
        action=action,
        subject=user.email,
        # Each change is its own event: the same account may be reset many times.
        event_key=f"{action}:{user.email}:{uuid.uuid4().hex}",
        detail={"email": user.email, "role": user.role.value, **detail},
    )


def add_account(
    session: Session, *, actor: str, email: str, role: Role, password: str | None = None
) -> Issued:
    """A new account (UserExists, InputError otherwise); the caller commits."""
    chosen, shown = _choose(password)
    user = accounts.add_user(session, email=email, role=role, password=chosen)
    _audit(session, actor=actor, action="user_add", user=user, generated=shown is not None)
    return Issued(user=user, password=shown)


def disable_account(session: Session, *, actor: str, email: str) -> UserPublic:
    """Disable the account (NotFoundError if none); its open sessions end at once."""
    user = store.update_user(session, email=email, disabled=True)
    _audit(session, actor=actor, action="user_disable", user=user)
    return user


def reset_password(
    session: Session, *, actor: str, email: str, password: str | None = None
) -> Issued:
    """A new password (generated unless given); the account's open sessions end."""
    chosen, shown = _choose(password)
    user = store.update_user(session, email=email, password_hash=accounts.hash_password(chosen))
    _audit(
        session,
        actor=actor,
        action="user_reset_password",
        user=user,
        generated=shown is not None,
    )
    return Issued(user=user, password=shown)
