"""Console accounts: Argon2 password hashes, sign-in with throttling, revocable sessions.

The console and `podesk users` both come here; the store (app/store/users.py) only keeps
hashes. Throttling counts failed sign-ins in the database, so it holds across restarts and
across several `podesk serve` processes on one store.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session

from agent.errors import InputError, PodeskError
from app.store import users as store
from app.store.tables import utcnow
from app.store.users import Role, UserCreate, UserPublic, UserRow

# README "Console": a sign-in is refused for THROTTLE_WINDOW after ACCOUNT_LIMIT failures
# for one account, or CLIENT_LIMIT failures from one client address (many accounts tried).
ACCOUNT_LIMIT = 5
CLIENT_LIMIT = 20
THROTTLE_WINDOW = timedelta(minutes=15)
MIN_PASSWORD = 12

_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified when the account does not exist, so an unknown address costs as long as a known one.
_DUMMY_HASH = _HASHER.hash("podesk: no such account")


class SignInRefused(PodeskError):
    """Wrong address or password, or a disabled account; which one is not said."""


class SignInThrottled(PodeskError):
    """Too many failed sign-ins lately, for this account or from this client."""


@dataclass(frozen=True)
class SignedIn:
    token: str  # goes to the browser's cookie only; the store keeps its hash
    user: UserPublic


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InputError(f"a password needs at least {MIN_PASSWORD} characters")
    return _HASHER.hash(password)


def generate_password() -> str:
    return secrets.token_urlsafe(18)  # 144 bits, 24 characters


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(session: Session, *, email: str, role: Role, password: str) -> UserPublic:
    if "@" not in email:
        raise InputError(f"{email!r} is not an e-mail address")
    return store.add_user(
        session, user=UserCreate(email=email, role=role, password_hash=hash_password(password))
    )


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def sign_in(
    session: Session, *, email: str, password: str, client: str, lifetime: timedelta
) -> SignedIn:
    """A new session for the account, or SignInThrottled / SignInRefused (failure recorded).
    The caller commits: the failure must be kept even though the sign-in is refused."""
    since = utcnow() - THROTTLE_WINDOW
    if (
        store.count_login_failures(session, since=since, email=email) >= ACCOUNT_LIMIT
        or store.count_login_failures(session, since=since, client=client) >= CLIENT_LIMIT
    ):
        minutes = int(THROTTLE_WINDOW.total_seconds() // 60)
        raise SignInThrottled(
            f"too many failed sign-ins: wait {minutes} minutes, or ask an admin to reset the "
            "password"
        )
    row = store.find_user(session, email=email)
    ok = _verify(row.password_hash if row else _DUMMY_HASH, password)
    if row is None or not ok or row.disabled:
        store.record_login_failure(session, email=email, client=client)
        raise SignInRefused("wrong e-mail address or password, or the account is disabled")
    store.clear_login_failures(session, email=email)
    return open_session(session, user=row, lifetime=lifetime)


def open_session(session: Session, *, user: UserRow, lifetime: timedelta) -> SignedIn:
    """A new server-side session for an account whose sign-in was proved (here, or by
    Entra ID in app/entra_accounts.py)."""
    assert user.id is not None
    token = secrets.token_urlsafe(32)
    store.add_web_session(
        session, user_id=user.id, token_hash=token_hash(token), expires_at=utcnow() + lifetime
    )
    return SignedIn(token=token, user=UserPublic.model_validate(user, from_attributes=True))


def current_user(session: Session, *, token: str) -> UserPublic | None:
    return store.session_user(session, token_hash=token_hash(token), now=utcnow())


def sign_out(session: Session, *, token: str) -> None:
    store.revoke_session(session, token_hash=token_hash(token))


def csrf_token(session_token: str) -> str:
    """The form token of a session: derived from the cookie's secret, which the store never
    holds, so it cannot be computed from a copy of the database."""
    return hashlib.sha256(f"podesk-csrf:{session_token}".encode()).hexdigest()


def same_token(given: str | None, expected: str) -> bool:
    return given is not None and secrets.compare_digest(given, expected)
