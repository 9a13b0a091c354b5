"""Delegated permission scopes as Entra parses them.

A scope is ``<resource>/<permission>`` or a bare permission (meaning Graph); the resource
may be Graph's or the sandbox's own root. ``openid profile offline_access email`` are
OpenID Connect scopes, not permissions. ``.default`` means everything consented, which for
the sandbox's app registration is the list in ``CONSENTED``. Asking for a permission that
would let the app transmit mail is refused with invalid_scope (design rule 1).
"""

from __future__ import annotations

from sandboxes.graph.errors import invalid_scope

GRAPH_RESOURCE = "https://graph.microsoft.com"
RESERVED = frozenset({"openid", "profile", "offline_access", "email"})
DELEGATED = frozenset(
    {"Mail.Read", "Mail.ReadWrite", "Mail.Read.Shared", "Mail.ReadWrite.Shared", "Mail.ReadBasic"}
    | {"MailboxSettings.Read", "MailboxSettings.ReadWrite", "User.Read"}
)
CONSENTED = ("Mail.ReadWrite", "Mail.ReadWrite.Shared", "MailboxSettings.ReadWrite", "User.Read")
_CANONICAL = {name.casefold(): name for name in DELEGATED}


def split_resource(scope: str, own_root: str) -> tuple[str, str]:
    """(resource, permission) of one scope string."""
    for resource in (GRAPH_RESOURCE, own_root):
        if scope.lower().startswith(resource.lower() + "/"):
            return resource, scope[len(resource) + 1 :]
    return GRAPH_RESOURCE, scope  # bare names mean Graph, as in Entra


def delegated_scopes(own_root: str, requested: str) -> tuple[str, ...]:
    """The permissions a space-separated scope parameter grants, in canonical spelling."""
    granted: list[str] = []
    for scope in requested.split():
        _, name = split_resource(scope, own_root)
        if name.casefold() in RESERVED:
            continue
        if name.casefold().startswith("mail.send"):
            raise invalid_scope(scope, "This tenant does not allow PO Desk to transmit mail.")
        if name == ".default":
            granted.extend(CONSENTED)
        elif name.casefold() in _CANONICAL:
            granted.append(_CANONICAL[name.casefold()])
        else:
            raise invalid_scope(scope, "")
    return tuple(dict.fromkeys(granted))
