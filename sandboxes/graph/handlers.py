"""Graph operations on the mailbox: messages, folders, replies, categories.

Each method takes the request and what the router resolved from the path (the link
prefix such as ``users/orders@x`` or ``me``, a folder name, an item id) and returns a
GraphResponse; problems are raised as GraphErrorReply.
"""

from __future__ import annotations

from typing import Any

from sandboxes.graph import bodies
from sandboxes.graph.api import GraphRequest, GraphResponse, ok
from sandboxes.graph.delta import DeltaTracker
from sandboxes.graph.errors import GraphErrorReply, bad_request
from sandboxes.graph.query import (
    Prefer,
    parse_message_query,
    parse_prefer,
    preference_applied,
    sort_messages,
)
from sandboxes.graph.resource import View, render
from sandboxes.graph.store import FOLDERS, MailboxStore

DEFAULT_TOP = 10  # Graph's default page size for message lists


def prefer_of(request: GraphRequest) -> Prefer:
    raw = request.header("prefer")
    return parse_prefer([raw] if raw else [])


def _applied(prefer: Prefer, page: int | None = None) -> dict[str, str]:
    value = preference_applied(prefer, page)
    return {"Preference-Applied": value} if value else {}


class MailHandlers:
    def __init__(self, store: MailboxStore, delta: DeltaTracker) -> None:
        self.store = store
        self.tracker = delta

    def _view(self, request: GraphRequest, *, for_list: bool = True) -> tuple[View, Any]:
        prefer = prefer_of(request)
        query = parse_message_query(request.query if for_list else _only_shape(request.query))
        view = View(
            select=query.select,
            text=prefer.text,
            immutable=prefer.immutable,
            extended=query.extended,
            attachments=query.attachments,
        )
        return view, query

    # messages --------------------------------------------------------------------------
    def list_messages(
        self, request: GraphRequest, prefix: str, folder: str | None
    ) -> GraphResponse:
        view, query = self._view(request)
        top = query.top or DEFAULT_TOP
        store = self.store
        with store.lock:
            found = store.candidates(folder, query.filter.equalities() if query.filter else {})
            if query.filter is not None:
                found = [m for m in found if query.filter.matches(m.value)]
            if query.orderby:
                found = sort_messages(found, query.orderby)
            values = [render(m, view) for m in found[query.skip : query.skip + top]]
        where = f"mailFolders('{folder}')/messages" if folder else "messages"
        selected = f"({','.join(query.select)})" if query.select else ""
        owner = _context_owner(prefix)
        body: dict[str, Any] = {
            "@odata.context": f"{request.graph_base}/$metadata#{owner}/{where}{selected}"
        }
        if query.count:
            body["@odata.count"] = len(found)
        body["value"] = values
        if query.skip + top < len(found):
            following = {**request.query, "$top": str(top), "$skip": str(query.skip + top)}
            body["@odata.nextLink"] = request.url(request.path, following)
        return ok(body, headers=_applied(prefer_of(request)))

    def get_message(self, request: GraphRequest, item_id: str) -> GraphResponse:
        view, _ = self._view(request, for_list=False)
        with self.store.lock:
            body = render(self.store.item(item_id), view)
        return ok(body, headers=_applied(prefer_of(request)))

    def update_message(self, request: GraphRequest, item_id: str) -> GraphResponse:
        prefer = prefer_of(request)
        with self.store.lock:
            message = self.store.update(item_id, request.body)
            body = render(message, View(text=prefer.text, immutable=prefer.immutable))
        return ok(body, headers=_applied(prefer))

    def delete_message(self, item_id: str) -> GraphResponse:
        self.store.remove(item_id)
        return GraphResponse(204)

    def create_reply(self, request: GraphRequest, item_id: str, reply_all: bool) -> GraphResponse:
        payload = request.body if request.body is not None else {}
        if not isinstance(payload, dict) or set(payload) - {"comment", "message"}:
            raise bad_request("createReply takes only 'comment' and 'message'.", "RequestBodyRead")
        comment, message = payload.get("comment"), payload.get("message")
        if message is not None and not isinstance(message, dict):
            raise bad_request("'message' must be a message object.", "RequestBodyRead")
        content: tuple[str, str] | None = None
        if message is not None and "body" in message:
            if comment:
                raise bad_request(
                    "Specify either a comment or the body property of the message parameter.",
                    "ErrorInvalidArgument",
                )
            message = dict(message)
            html, text = bodies.both_forms(message.pop("body"))
            content = (bodies.body_inner(html), text)
        elif comment:
            content = (bodies.text_fragment(str(comment)), str(comment))
        prefer = prefer_of(request)
        with self.store.lock:
            draft = self.store.create_reply(
                item_id, reply_all=reply_all, comment=content, message=message
            )
            body = render(draft, View(text=prefer.text, immutable=prefer.immutable))
        body = {"@odata.context": f"{request.graph_base}/$metadata#messages/$entity", **body}
        return ok(body, status=201, headers=_applied(prefer))

    def delta(
        self, request: GraphRequest, prefix: str, folder: str, folder_ref: str
    ) -> GraphResponse:
        prefer = prefer_of(request)
        link_base = request.url(f"{prefix}/mailFolders('{folder_ref}')/messages/delta")
        body, size = self.tracker.page(folder, link_base, request.query, prefer)
        page = size if prefer.max_page_size else None
        return ok(body, headers=_applied(prefer, page))

    def attachments(self, request: GraphRequest, item_id: str) -> GraphResponse:
        select = request.query.get("$select", "")
        view = View(attachments=tuple(s.strip() for s in select.split(",") if s.strip()))
        with self.store.lock:
            rendered = render(self.store.item(item_id), view)
        context = f"{request.graph_base}/$metadata#attachments"
        return ok({"@odata.context": context, "value": rendered["attachments"]})

    # folders ---------------------------------------------------------------------------
    def folder_resource(self, folder: str) -> dict[str, Any]:
        total, unread = self.store.counts(folder)
        return {
            "id": self.store.folder_ids[folder],
            "displayName": FOLDERS[folder],
            "parentFolderId": self.store.folder_ids["inbox"][:-6] + "AQEAAA==",
            "childFolderCount": 0,
            "unreadItemCount": unread,
            "totalItemCount": total,
            "isHidden": False,
        }

    def list_folders(self, request: GraphRequest, prefix: str) -> GraphResponse:
        values = [self.folder_resource(name) for name in FOLDERS]
        context = f"{request.graph_base}/$metadata#{_context_owner(prefix)}/mailFolders"
        return ok({"@odata.context": context, "value": values})

    # categories ------------------------------------------------------------------------
    def categories(self, request: GraphRequest, category_id: str | None) -> GraphResponse:
        master = self.store.categories
        with self.store.lock:
            if category_id is None and request.method == "GET":
                context = f"{request.graph_base}/$metadata#outlookCategories"
                return ok({"@odata.context": context, "value": master.list()})
            if category_id is None and request.method == "POST":
                return ok(master.create(_object(request.body)), status=201)
            if category_id is not None and request.method == "GET":
                return ok(master.get(category_id))
            if category_id is not None and request.method == "PATCH":
                return ok(master.update(category_id, _object(request.body)))
            if category_id is not None and request.method == "DELETE":
                master.delete(category_id)
                return GraphResponse(204)
        raise method_not_allowed()


def method_not_allowed() -> GraphErrorReply:
    return GraphErrorReply(
        405, "BadRequest", "Specified HTTP method is not allowed for the request target."
    )


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.", "RequestBodyRead")
    return body


def _only_shape(query: dict[str, str]) -> dict[str, str]:
    # A single item accepts $select and $expand; list options make no sense on it.
    return {k: v for k, v in query.items() if k.lower() in ("$select", "$expand")}


def _context_owner(prefix: str) -> str:
    if prefix == "me":
        return "users('me')"
    return f"users('{prefix.partition('/')[2]}')"
