"""Who may do what in the console: the one table every route and decision is checked against.

``ROUTES`` maps each route (method, path template) to the roles that may call it; PUBLIC
routes need no sign-in. A route missing here is refused to everyone (web.security) and fails
the route-matrix test (tests/web/test_roles.py). ``DECISIONS`` narrows the review decisions
further by what the review holds: the runner then checks who may release a held draft.
"""

from __future__ import annotations

from typing import Literal

from app.store.users import Role

Access = frozenset[Role] | Literal["public"]
PUBLIC: Access = "public"  # no sign-in needed
EVERYONE = frozenset(Role)
READERS = frozenset({Role.SALES_OPS, Role.DEAL_DESK, Role.MANAGER})
DECIDERS = READERS
ADMINS = frozenset({Role.ADMIN})  # users and settings; no review decisions

ROUTES: dict[tuple[str, str], Access] = {
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("GET", "/login/entra"): PUBLIC,  # to Microsoft's sign-in (when configured)
    ("GET", "/auth/entra/callback"): PUBLIC,  # and back, signed in (web/entra.py)
    ("POST", "/logout"): EVERYONE,
    ("GET", "/"): EVERYONE,  # each role's home page
    ("GET", "/queue"): READERS,
    ("GET", "/queue.csv"): frozenset({Role.SALES_OPS}),
    ("GET", "/reviews/{review_id}"): READERS,
    ("POST", "/reviews/{review_id}/decision"): DECIDERS,
    ("POST", "/reviews/{review_id}/check"): DECIDERS,  # the live boundary check as one types
    # Correcting the rules' label or link is sales ops' work (issue 10; app/correct.py).
    ("POST", "/reviews/{review_id}/relabel"): frozenset({Role.SALES_OPS}),
    ("POST", "/reviews/{review_id}/relink"): frozenset({Role.SALES_OPS}),
    ("GET", "/exceptions"): READERS,
    ("POST", "/exceptions/assign"): frozenset({Role.MANAGER}),
    ("POST", "/exceptions/escalate"): frozenset({Role.DEAL_DESK, Role.MANAGER}),
    ("POST", "/exceptions/resolve"): frozenset({Role.DEAL_DESK, Role.MANAGER}),
    ("POST", "/exceptions/release"): frozenset({Role.MANAGER}),
    ("GET", "/drafts"): READERS,
    ("GET", "/deals"): READERS,  # the deals board (issue 11)
    ("GET", "/audit"): frozenset({Role.MANAGER}),
    ("GET", "/admin/users"): ADMINS,
    ("POST", "/admin/users/add"): ADMINS,
    ("POST", "/admin/users/disable"): ADMINS,
    ("POST", "/admin/users/reset-password"): ADMINS,
    ("GET", "/admin/settings"): ADMINS,
}

HOME: dict[Role, str] = {
    Role.SALES_OPS: "/queue",
    Role.DEAL_DESK: "/exceptions",
    Role.MANAGER: "/exceptions",
    Role.ADMIN: "/admin/users",
}

ReviewSort = Literal["customer_draft", "held_draft", "exception"]

# Sales ops decide customer drafts that are not held; a held one is the exception owner's
# (deal desk) or a manager's to release; an exception review is acknowledged by a manager,
# or by deal desk when the exception it is about is theirs (may_decide).
DECISIONS: dict[ReviewSort, frozenset[Role]] = {
    "customer_draft": frozenset({Role.SALES_OPS}),
    "held_draft": frozenset({Role.DEAL_DESK, Role.MANAGER}),
    "exception": frozenset({Role.DEAL_DESK, Role.MANAGER}),
}
# Deal desk works the exceptions they own; managers any (README "Console").
OWNERS_ONLY = frozenset({Role.DEAL_DESK})
# What deal desk may do with an exception review they own: acknowledge it (accept), not
# ignore it; resolving or escalating the exception itself is on /exceptions.
OWNER_ACTIONS = frozenset({"accept"})


def allowed(method: str, path: str, role: Role | None) -> bool | None:
    """True or False for a known route; None for one the table does not know (refused)."""
    roles = ROUTES.get((method, path))
    if roles is None:
        return None
    if roles == PUBLIC:
        return True
    return role is not None and role in roles


def review_sort(kind: str, draft_status: str | None) -> ReviewSort:
    if kind != "customer_draft":
        return "exception"
    return "held_draft" if draft_status == "held" else "customer_draft"


def may_decide(
    role: Role,
    kind: str,
    draft_status: str | None,
    *,
    email: str,
    owner: str | None,
    action: str | None = None,
) -> bool:
    """May this person decide the review (``action``; None: any action at all)? ``owner``
    is the owner of the exception an exception review is about (web.reviews finds it)."""
    sort = review_sort(kind, draft_status)
    if role not in DECISIONS[sort]:
        return False
    if sort != "exception" or role not in OWNERS_ONLY:
        return True
    return _owns(email, owner) and (action is None or action in OWNER_ACTIONS)


def _owns(email: str, owner: str | None) -> bool:
    return bool(owner) and (owner or "").strip().lower() == email.strip().lower()


def may_work_exception(role: Role, email: str, owner: str | None, verb: str) -> bool:
    """May this person ``verb`` (assign, escalate, resolve) an exception owned by ``owner``?"""
    if not allowed("POST", f"/exceptions/{verb}", role):
        return False
    return role not in OWNERS_ONLY or _owns(email, owner)
