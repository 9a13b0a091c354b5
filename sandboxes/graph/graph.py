"""Routing of Graph v1.0 requests: authentication, the mailbox boundary, permissions.

Order of checks, as Graph applies them: the bearer token (401), then actions that would
transmit mail (403 - the sandbox implements none of them and refuses them wherever they
appear, inside $batch too), then the mailbox (403 for any mailbox but the configured one,
400 for ``/me`` with an app-only token), then the permission the operation needs.
"""

from __future__ import annotations

from typing import Any

from sandboxes.graph import ids
from sandboxes.graph.api import GraphRequest, GraphResponse, from_error, ok
from sandboxes.graph.errors import GraphErrorReply, access_denied, bad_request, item_not_found
from sandboxes.graph.handlers import MailHandlers, method_not_allowed
from sandboxes.graph.store import MailboxStore
from sandboxes.graph.tokens import Grant, TokenService

MAIL_WRITE = frozenset({"Mail.ReadWrite", "Mail.ReadWrite.Shared"})
MAIL_READ = MAIL_WRITE | {"Mail.Read", "Mail.Read.Shared", "Mail.ReadBasic", "Mail.ReadBasic.All"}
SETTINGS_WRITE = frozenset({"MailboxSettings.ReadWrite"})
SETTINGS_READ = SETTINGS_WRITE | {"MailboxSettings.Read"}
# Message actions that transmit mail immediately; every segment starting "send" too.
_TRANSMITTING = frozenset({"reply", "replyall", "forward"})


def transmits(segments: list[str]) -> bool:
    lowered = [s.lower() for s in segments]
    return any(s.startswith("send") for s in lowered) or bool(
        lowered and lowered[-1] in _TRANSMITTING
    )


def _require(grant: Grant, allowed: frozenset[str]) -> None:
    if not grant.permissions & allowed:
        raise access_denied()


def _not_found(segment: str) -> GraphErrorReply:
    return bad_request(f"Resource not found for the segment '{segment}'.")


class GraphApi:
    def __init__(self, store: MailboxStore, handlers: MailHandlers, tokens: TokenService) -> None:
        self._store = store
        self._mail = handlers
        self._tokens = tokens

    def handle(self, request: GraphRequest) -> GraphResponse:
        try:
            return self._route(request)
        except GraphErrorReply as exc:
            return from_error(exc, request)

    def _route(self, request: GraphRequest) -> GraphResponse:
        segments = request.segments()
        grant = self._tokens.validate(request.header("authorization"))
        if transmits(segments):
            raise access_denied()
        if not segments:
            raise _not_found("")
        prefix, rest = self._mailbox(segments, grant)
        lowered = [s.lower() for s in rest]
        method = request.method
        if not rest:
            if method != "GET":
                raise method_not_allowed()
            return ok(self._user(request))
        if lowered[0] == "messages":
            return self._messages(request, grant, prefix, None, rest[1:], lowered[1:])
        if lowered[0] == "mailfolders":
            return self._folders(request, grant, prefix, rest[1:], lowered[1:])
        if lowered[:2] == ["outlook", "mastercategories"] and len(rest) <= 3:
            _require(grant, SETTINGS_READ if method == "GET" else SETTINGS_WRITE)
            return self._mail.categories(request, rest[2] if len(rest) == 3 else None)
        raise _not_found(rest[0])

    def _mailbox(self, segments: list[str], grant: Grant) -> tuple[str, list[str]]:
        head = segments[0].lower()
        if head == "me":
            if grant.kind == "app":
                raise bad_request("/me request is only valid with delegated authentication flow.")
            return "me", segments[1:]
        if head == "users" and len(segments) >= 2:
            mailbox = self._store.address
            if segments[1].lower() not in (mailbox, ids.object_id(mailbox)):
                raise access_denied()
            return f"users/{segments[1]}", segments[2:]
        raise _not_found(segments[0])

    def _user(self, request: GraphRequest) -> dict[str, Any]:
        address = self._store.address
        return {
            "@odata.context": f"{request.graph_base}/$metadata#users/$entity",
            "businessPhones": [],
            "displayName": self._store.owner["emailAddress"]["name"],
            "mail": address,
            "userPrincipalName": address,
            "id": ids.object_id(address),
        }

    def _folders(
        self, request: GraphRequest, grant: Grant, prefix: str, rest: list[str], low: list[str]
    ) -> GraphResponse:
        _require(grant, MAIL_READ)
        if not rest:
            if request.method != "GET":
                raise method_not_allowed()
            return self._mail.list_folders(request, prefix)
        folder = self._store.folder(rest[0])
        if len(rest) == 1 or low[1:] == ["childfolders"]:
            if request.method != "GET":
                raise method_not_allowed()
            if len(rest) == 1:
                return ok(self._mail.folder_resource(folder))
            return ok({"value": []})
        if low[1] == "messages":
            return self._messages(request, grant, prefix, (folder, rest[0]), rest[2:], low[2:])
        raise _not_found(rest[1])

    def _messages(
        self,
        request: GraphRequest,
        grant: Grant,
        prefix: str,
        folder: tuple[str, str] | None,
        rest: list[str],
        low: list[str],
    ) -> GraphResponse:
        method = request.method
        _require(grant, MAIL_READ if method == "GET" else MAIL_WRITE)
        if not rest:
            if method != "GET":
                raise method_not_allowed()
            return self._mail.list_messages(request, prefix, folder[0] if folder else None)
        if low == ["delta"]:
            if folder is None or method != "GET":
                raise bad_request("Change tracking is supported on the messages of a mail folder.")
            return self._mail.delta(request, prefix, folder[0], folder[1])
        if folder is not None and self._store.item(rest[0]).folder != folder[0]:
            raise item_not_found()
        if len(rest) == 1:
            if method == "GET":
                return self._mail.get_message(request, rest[0])
            if method == "PATCH":
                return self._mail.update_message(request, rest[0])
            if method == "DELETE":
                return self._mail.delete_message(rest[0])
            raise method_not_allowed()
        if len(rest) == 2 and low[1] in ("createreply", "createreplyall"):
            if method != "POST":
                raise method_not_allowed()
            return self._mail.create_reply(request, rest[0], reply_all=low[1] == "createreplyall")
        if len(rest) == 2 and low[1] == "attachments" and method == "GET":
            return self._mail.attachments(request, rest[0])
        raise _not_found(rest[1])
