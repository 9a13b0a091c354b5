"""Who an Entra ID sign-in lets into the console, and as what (README "Console").

Entra decides the role: the id token's ``roles`` claim (app roles assigned to the person or
their group in the app registration) is mapped through PODESK_ENTRA_ROLES, and the account's
role follows it at every sign-in. No PO Desk role, or two different ones, is refused: which
one was meant is the directory admin's to say. The console's own table still decides who is
let in at all: a disabled account is refused, whatever Entra says.

Accounts are keyed on the Entra identity (tenant id and object id, users.entra_id). The first
Entra sign-in of an address adopts the local account with that address, if there is one, or
adds an account without a password (a password sign-in to it fails until an admin sets one
with `podesk users reset-password`). An account already bound to another Entra identity is
never taken over through its address.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from agent.errors import PodeskError
from app.accounts import SignedIn, open_session
from app.entra import EntraUser
from app.store import users as store
from app.store.users import Role, UserCreate, UserRow

# No Argon2 hash has this form, so a password sign-in to the account never verifies.
NO_PASSWORD = "!entra"


class EntraAccountRefused(PodeskError):
    """Entra proved who signed in, but the console will not let them in; the message says
    why in words the person can take to their admin."""


def console_role(user: EntraUser, roles: dict[str, Role]) -> Role:
    mapped = {roles[claim] for claim in user.roles if claim in roles}
    if not mapped:
        names = ", ".join(sorted(roles)) or "none configured"
        raise EntraAccountRefused(
            f"{user.email} has no PO Desk app role in Microsoft Entra ID: ask your admin to "
            f"assign one of {names}"
        )
    if len(mapped) > 1:
        both = ", ".join(sorted(r.value for r in mapped))
        raise EntraAccountRefused(
            f"{user.email} has several PO Desk roles in Microsoft Entra ID ({both}): ask your "
            "admin to keep one"
        )
    return mapped.pop()


def sign_in_entra(
    session: Session, *, user: EntraUser, roles: dict[str, Role], lifetime: timedelta
) -> SignedIn:
    """A console session for the person Entra signed in; EntraAccountRefused otherwise.
    The caller commits."""
    role = console_role(user, roles)
    row = _account(session, user, role)
    if row.disabled:
        raise EntraAccountRefused(f"the console account {row.email} is disabled")
    if row.role != role:
        row.role = role  # Entra's assignment is the account's role from now on
        session.add(row)
    return open_session(session, user=row, lifetime=lifetime)


def _account(session: Session, user: EntraUser, role: Role) -> UserRow:
    row = store.find_entra_user(session, entra_id=user.entra_id)
    if row is not None:
        return row
    row = store.find_user(session, email=user.email)
    if row is None:
        store.add_user(
            session,
            user=UserCreate(
                email=user.email, role=role, password_hash=NO_PASSWORD, entra_id=user.entra_id
            ),
        )
        return store.require_user(session, email=user.email)
    if row.entra_id is not None:
        raise EntraAccountRefused(
            f"the console account {row.email} belongs to another Microsoft account"
        )
    row.entra_id = user.entra_id  # the first Entra sign-in adopts the local account
    session.add(row)
    return row
