"""The console's people: accounts, their sign-in sessions and failed sign-ins (migration 0005),
and Entra ID sign-ins (0009: the account's Entra identity, the sign-ins under way).

Only hashes are stored: the password's (Argon2, app/accounts.py) and the session token's
(SHA-256; the token itself lives only in the browser's cookie), so a copy of the database
signs nobody in. Revoking is a write, never a delete: the app's database role has no DELETE
here (README: least-privilege role).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Text, func, update
from sqlmodel import Field, Session, SQLModel, col, select

from agent.errors import ConflictError, NotFoundError
from app.store.tables import EnumText, one_of, utcnow


class Role(StrEnum):
    SALES_OPS = "sales_ops"
    DEAL_DESK = "deal_desk"
    MANAGER = "manager"
    ADMIN = "admin"


class UserExists(ConflictError):
    """An account with this e-mail address exists already."""


class UserBase(SQLModel):
    email: str = Field(unique=True)  # lower case: one account per address, however typed
    role: Role = Field(sa_type=EnumText(Role))
    disabled: bool = False
    # "<tenant id>:<object id>" of the Entra user this account is (app/entra.py); None for
    # an account that has only ever signed in with a password.
    entra_id: str | None = Field(default=None, unique=True)


class UserCreate(UserBase):
    password_hash: str


class UserPublic(UserBase):
    id: int
    created_at: datetime


class UserRow(UserBase, table=True):
    __tablename__ = "users"
    __table_args__ = (one_of("users", "role", Role),)

    id: int | None = Field(default=None, primary_key=True)
    password_hash: str
    created_at: datetime = Field(default_factory=utcnow)


class WebSessionRow(SQLModel, table=True):
    """A signed-in browser. Valid while not revoked, not expired and its user not disabled."""

    __tablename__ = "web_sessions"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(unique=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    revoked_at: datetime | None = None


class LoginFailureRow(SQLModel, table=True):
    """One failed sign-in; throttling counts them per account and per client address."""

    __tablename__ = "login_failures"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    email: str = Field(index=True)
    client: str = Field(index=True)
    cleared: bool = False  # a later successful sign-in of the account clears its failures


class EntraFlowRow(SQLModel, table=True):
    """A sign-in between the redirect to Entra and the one back: msal's flow (PKCE verifier,
    state, nonce) as JSON, found by the SHA-256 of the browser's flow cookie. Used once: it
    is emptied then (rows are never deleted: the app's role has no DELETE)."""

    __tablename__ = "entra_flows"

    id: int | None = Field(default=None, primary_key=True)
    key_hash: str = Field(unique=True)
    flow: str = Field(sa_type=Text)
    next_path: str
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None


def add_user(session: Session, *, user: UserCreate) -> UserPublic:
    email = user.email.strip().lower()
    if find_user(session, email=email) is not None:
        raise UserExists(f"a user {email} exists already (see `podesk users list`)")
    row = UserRow.model_validate({**user.model_dump(), "email": email})
    session.add(row)
    session.flush()
    return UserPublic.model_validate(row, from_attributes=True)


def find_user(session: Session, *, email: str) -> UserRow | None:
    query = select(UserRow).where(UserRow.email == email.strip().lower())
    return session.exec(query).first()


def find_entra_user(session: Session, *, entra_id: str) -> UserRow | None:
    return session.exec(select(UserRow).where(UserRow.entra_id == entra_id)).first()


def require_user(session: Session, *, email: str) -> UserRow:
    row = find_user(session, email=email)
    if row is None:
        raise NotFoundError(f"no user {email.strip().lower()} (see `podesk users list`)")
    return row


def list_users(session: Session) -> list[UserPublic]:
    rows = session.exec(select(UserRow).order_by(col(UserRow.email))).all()
    return [UserPublic.model_validate(r, from_attributes=True) for r in rows]


def update_user(
    session: Session, *, email: str, disabled: bool | None = None, password_hash: str | None = None
) -> UserPublic:
    """Disable (or enable) an account or set its password; either ends its open sessions."""
    row = require_user(session, email=email)
    if disabled is not None:
        row.disabled = disabled
    if password_hash is not None:
        row.password_hash = password_hash
    session.add(row)
    assert row.id is not None
    revoke_sessions(session, user_id=row.id)
    return UserPublic.model_validate(row, from_attributes=True)


def add_web_session(
    session: Session, *, user_id: int, token_hash: str, expires_at: datetime
) -> None:
    session.add(WebSessionRow(user_id=user_id, token_hash=token_hash, expires_at=expires_at))


def session_user(session: Session, *, token_hash: str, now: datetime) -> UserPublic | None:
    """The account a session token signs in, or None (unknown, expired, revoked, disabled)."""
    query = (
        select(UserRow)
        .join(WebSessionRow, col(WebSessionRow.user_id) == col(UserRow.id))
        .where(
            WebSessionRow.token_hash == token_hash,
            col(WebSessionRow.revoked_at).is_(None),
            col(WebSessionRow.expires_at) > now,
            col(UserRow.disabled).is_(False),
        )
    )
    row = session.exec(query).first()
    return None if row is None else UserPublic.model_validate(row, from_attributes=True)


def revoke_session(session: Session, *, token_hash: str) -> None:
    session.execute(
        update(WebSessionRow)
        .where(col(WebSessionRow.token_hash) == token_hash)
        .where(col(WebSessionRow.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


def revoke_sessions(session: Session, *, user_id: int) -> None:
    session.execute(
        update(WebSessionRow)
        .where(col(WebSessionRow.user_id) == user_id)
        .where(col(WebSessionRow.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


def record_login_failure(session: Session, *, email: str, client: str) -> None:
    session.add(LoginFailureRow(email=email.strip().lower(), client=client))


def count_login_failures(
    session: Session, *, since: datetime, email: str | None = None, client: str | None = None
) -> int:
    """Failures since ``since`` of one account (not cleared) or from one client address."""
    query = select(func.count()).select_from(LoginFailureRow).where(LoginFailureRow.at > since)
    if email is not None:
        query = query.where(
            LoginFailureRow.email == email.strip().lower(), col(LoginFailureRow.cleared).is_(False)
        )
    if client is not None:
        query = query.where(LoginFailureRow.client == client)
    return int(session.exec(query).one())


def clear_login_failures(session: Session, *, email: str) -> None:
    session.execute(
        update(LoginFailureRow)
        .where(col(LoginFailureRow.email) == email.strip().lower())
        .where(col(LoginFailureRow.cleared).is_(False))
        .values(cleared=True)
    )


def add_entra_flow(
    session: Session, *, key_hash: str, flow: str, next_path: str, expires_at: datetime
) -> None:
    session.add(
        EntraFlowRow(key_hash=key_hash, flow=flow, next_path=next_path, expires_at=expires_at)
    )


def take_entra_flow(session: Session, *, key_hash: str, now: datetime) -> tuple[str, str] | None:
    """(flow, next path) of this key's unused, unexpired flow, now marked used and emptied;
    else None. A conditional UPDATE: two requests racing with one cookie cannot both win."""
    query = select(EntraFlowRow).where(
        EntraFlowRow.key_hash == key_hash,
        col(EntraFlowRow.used_at).is_(None),
        col(EntraFlowRow.expires_at) > now,
    )
    row = session.exec(query).first()
    if row is None:
        return None
    found = (row.flow, row.next_path)  # before the UPDATE rewrites the loaded row too
    taken = session.execute(
        update(EntraFlowRow)
        .where(col(EntraFlowRow.id) == row.id)
        .where(col(EntraFlowRow.used_at).is_(None))
        .values(used_at=now, flow="")
    )
    return found if getattr(taken, "rowcount", 0) == 1 else None
