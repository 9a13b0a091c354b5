"""Query options and Prefer headers of message requests, validated the way Graph does.

Notable rules kept from the service: ``$top`` between 1 and 1000; ``$select`` of an unknown
property fails; with ``$filter`` and ``$orderby`` together the ordered properties must come
first in the filter, in the same order (else 400 InefficientFilter); the delta function
accepts only ``receivedDateTime ge|gt`` filters and ``receivedDateTime desc`` ordering.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sandboxes.graph.errors import GraphErrorReply, bad_request
from sandboxes.graph.odata import Filter, ODataError, _walk
from sandboxes.graph.resource import NAVIGATION, ORDER, SELECTABLE, StoredMessage

MESSAGE_TYPE = "microsoft.graph.message"
MAX_TOP = 1000
_KNOWN = {name.casefold(): name for name in (*SELECTABLE, *NAVIGATION)}
_EXTENDED_KNOWN = {"id": "id", "value": "value"}
_LIST_OPTIONS = {"$select", "$filter", "$orderby", "$top", "$skip", "$expand", "$count"}
_DELTA_OPTIONS = {"$select", "$filter", "$orderby", "$top", "$expand", "$deltatoken", "$skiptoken"}


@dataclass(frozen=True)
class Prefer:
    max_page_size: int | None = None
    text: bool = False
    immutable: bool = False


def parse_prefer(values: list[str]) -> Prefer:
    page, text, immutable = None, False, False
    for value in values:
        for item in value.split(","):
            name, _, raw = item.strip().partition("=")
            name, raw = name.strip().lower(), raw.strip().strip('"')
            if name == "odata.maxpagesize" and raw.isdigit() and int(raw) > 0:
                page = int(raw)
            elif name == "outlook.body-content-type":
                text = raw.lower() == "text"
            elif name == "idtype":
                immutable = raw.lower() == "immutableid"
    return Prefer(page, text, immutable)


def preference_applied(prefer: Prefer, page_size: int | None) -> str | None:
    applied = []
    if page_size is not None:
        applied.append(f"odata.maxpagesize={page_size}")
    if prefer.text:
        applied.append('outlook.body-content-type="text"')
    if prefer.immutable:
        applied.append('IdType="ImmutableId"')
    return ", ".join(applied) or None


@dataclass(frozen=True)
class MessageQuery:
    select: tuple[str, ...] | None = None
    filter: Filter | None = None
    orderby: tuple[tuple[str, bool], ...] = ()  # (path, descending)
    top: int | None = None
    skip: int = 0
    count: bool = False
    extended: Callable[[dict[str, Any]], bool] | None = None
    attachments: tuple[str, ...] | None = None


def parse_message_query(query: dict[str, str], *, delta: bool = False) -> MessageQuery:
    allowed = _DELTA_OPTIONS if delta else _LIST_OPTIONS
    for option in query:
        if option.startswith("$") and option.lower() not in allowed:
            raise bad_request(f"Query option '{option}' is not allowed.")
    options = {k.lower(): v for k, v in query.items()}
    try:
        select = _select(options["$select"]) if "$select" in options else None
        flt = Filter(options["$filter"], _KNOWN, MESSAGE_TYPE) if "$filter" in options else None
        extended, attachments = _expand(options.get("$expand", ""))
    except ODataError as exc:
        raise GraphErrorReply(400, exc.code, exc.message) from exc
    orderby = _orderby(options.get("$orderby", ""))
    if delta:
        _check_delta(flt, orderby)
    elif flt is not None and orderby:
        ordered = [path for path, _ in orderby]
        if flt.properties[: len(ordered)] != ordered:
            raise GraphErrorReply(
                400,
                "InefficientFilter",
                "The restriction or sort order is too complex for this operation.",
            )
    return MessageQuery(
        select=select,
        filter=flt,
        orderby=orderby,
        top=_integer(options, "$top", 1, MAX_TOP),
        skip=_integer(options, "$skip", 0, None) or 0,
        count=options.get("$count", "").lower() == "true",
        extended=extended,
        attachments=attachments,
    )


def _integer(options: dict[str, str], name: str, low: int, high: int | None) -> int | None:
    if name not in options:
        return None
    raw = options[name].strip()
    if not raw.isdigit() or int(raw) < low or (high is not None and int(raw) > high):
        limit = f" and {high}" if high is not None else ""
        raise bad_request(
            f"Invalid value '{raw}' for {name}: must be an integer from {low}{limit}."
        )
    return int(raw)


def _not_found(name: str) -> ODataError:
    return ODataError(
        f"Could not find a property named '{name}' on type '{MESSAGE_TYPE}'.",
        "RequestBroker--ParseUri",
    )


def _select(text: str) -> tuple[str, ...]:
    names = set()
    for raw in text.split(","):
        name = _KNOWN.get(raw.strip().casefold())
        if raw.strip() == "" or name is None or name in NAVIGATION:
            raise _not_found(raw.strip())
        names.add(name)
    return tuple(sorted(names, key=ORDER.__getitem__))


def _orderby(text: str) -> tuple[tuple[str, bool], ...]:
    keys = []
    for raw in filter(None, (part.strip() for part in text.split(","))):
        path, _, direction = raw.partition(" ")
        segments = path.split("/")
        canonical = _KNOWN.get(segments[0].casefold())
        if canonical is None or canonical in NAVIGATION:
            raise GraphErrorReply(400, "RequestBroker--ParseUri", str(_not_found(segments[0])))
        if direction.strip().lower() not in ("", "asc", "desc"):
            raise bad_request(f"Invalid $orderby direction '{direction.strip()}'.")
        keys.append(("/".join([canonical, *segments[1:]]), direction.strip().lower() == "desc"))
    return tuple(keys)


def _split_top_level(text: str, separators: str = ",") -> list[str]:
    """Split at separators outside parentheses and outside 'quoted' literals."""
    parts, depth, quoted, current = [], 0, False, ""
    for char in text:
        if char == "'":
            quoted = not quoted
        elif not quoted:
            depth += {"(": 1, ")": -1}.get(char, 0)
        if char in separators and depth == 0 and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    return [p.strip() for p in [*parts, current] if p.strip()]


def _expand(
    text: str,
) -> tuple[Callable[[dict[str, Any]], bool] | None, tuple[str, ...] | None]:
    extended: Callable[[dict[str, Any]], bool] | None = None
    attachments: tuple[str, ...] | None = None
    for item in _split_top_level(text):
        name, _, inner = item.partition("(")
        inner = inner[:-1] if inner.endswith(")") else inner
        options = {}
        for part in _split_top_level(inner, ";"):
            option, equals, value = part.partition("=")
            if not equals:
                raise ODataError(f"Invalid $expand option '{part}'.")
            options[option.strip().lower()] = value.strip()
        canonical = _KNOWN.get(name.strip().casefold())
        if canonical == "singleValueExtendedProperties":
            extended = _extended_filter(options.get("$filter"))
        elif canonical == "attachments":
            selected = options.get("$select", "").split(",")
            attachments = tuple(s.strip() for s in selected if s.strip())
        else:
            raise ODataError(
                f"Parsing OData Select and Expand failed: {_not_found(name.strip())}",
                "BadRequest",
            )
    return extended, attachments


def _extended_filter(raw: str | None) -> Callable[[dict[str, Any]], bool]:
    if not raw:
        return lambda _: True
    flt = Filter(raw, _EXTENDED_KNOWN, "microsoft.graph.singleValueLegacyExtendedProperty")

    def matches(prop: dict[str, Any]) -> bool:
        return flt.matches(prop.get)

    return matches


def _check_delta(flt: Filter | None, orderby: tuple[tuple[str, bool], ...]) -> None:
    if flt is not None:
        root = flt.root
        ok = (
            root[0] == "cmp"
            and root[1] in ("ge", "gt")
            and root[2] == ("path", ("receivedDateTime",))
        )
        if not ok:
            raise bad_request(
                "Delta query only supports $filter=receivedDateTime ge|gt {value}.",
                "ErrorInvalidUrlQueryFilter",
            )
    if orderby and orderby != (("receivedDateTime", True),):
        raise bad_request("Delta query only supports $orderby=receivedDateTime desc.")


def sort_messages(
    messages: list[StoredMessage], orderby: tuple[tuple[str, bool], ...]
) -> list[StoredMessage]:
    """Sort by the $orderby keys (stable, last key first); Graph's default is newest first."""
    keys = orderby or (("receivedDateTime", True),)
    result = sorted(messages, key=lambda m: m.order, reverse=True)
    for path, descending in reversed(keys):
        first, *rest = path.split("/")

        def key(m: StoredMessage, first: str = first, rest: tuple[str, ...] = tuple(rest)) -> Any:
            value = _walk(m.value(first), rest)
            value = value.casefold() if isinstance(value, str) else value
            return (value is not None, value if value is not None else 0)

        result.sort(key=key, reverse=descending)
    return result
