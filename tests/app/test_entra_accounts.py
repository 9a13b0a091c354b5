"""Who an Entra sign-in lets in, on a real SQLite store (app/entra_accounts.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session

from app import accounts
from app.entra import EntraUser
from app.entra_accounts import EntraAccountRefused, sign_in_entra
from app.settings import DEFAULT_ENTRA_ROLES
from app.store.db import make_engine
from app.store.users import Role

ROLES = {claim: Role(role) for claim, role in DEFAULT_ENTRA_ROLES}
HOUR = timedelta(hours=1)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    with Session(engine) as opened:
        yield opened
    engine.dispose()


def _person(entra_id: str, email: str = "ana@example.com", *roles: str) -> EntraUser:
    return EntraUser(entra_id=entra_id, email=email, roles=roles or ("PODesk.Manager",))


def test_the_same_entra_identity_keeps_its_account_when_its_address_changes(
    session: Session,
) -> None:
    first = sign_in_entra(session, user=_person("t:1"), roles=ROLES, lifetime=HOUR)
    renamed = _person("t:1", "ana.new@example.com", "PODesk.DealDesk")
    again = sign_in_entra(session, user=renamed, roles=ROLES, lifetime=HOUR)
    assert again.user.id == first.user.id and again.user.role == Role.DEAL_DESK
    assert accounts.current_user(session, token=first.token) is not None  # both sessions live


def test_an_account_bound_to_another_identity_is_not_taken_over_by_address(
    session: Session,
) -> None:
    sign_in_entra(session, user=_person("t:1"), roles=ROLES, lifetime=HOUR)
    with pytest.raises(EntraAccountRefused, match="belongs to another Microsoft account"):
        sign_in_entra(session, user=_person("t:2"), roles=ROLES, lifetime=HOUR)


def test_a_role_outside_the_map_counts_as_none(session: Session) -> None:
    stranger = _person("t:3", "bo@example.com", "Some.Other.App.Role")
    with pytest.raises(EntraAccountRefused, match="no PO Desk app role"):
        sign_in_entra(session, user=stranger, roles=ROLES, lifetime=HOUR)
