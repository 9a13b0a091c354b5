"""A small OData v4 $filter parser and evaluator, as far as Outlook mail needs it.

Supported: eq ne gt ge lt le, and/or/not, parentheses, property paths
(``from/emailAddress/address``), string/number/boolean/null/date-time literals,
startswith/endswith/contains, and lambdas (``singleValueExtendedProperties/Any(ep: ep/id eq
'...' and ep/value eq '...')``, ``categories/any(c: c eq 'x')``). String comparisons ignore
case, as Exchange does. Unknown properties fail the way Graph fails on them.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

Node = tuple[Any, ...]
Resolver = Callable[[str], Any]

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>'(?:[^']|'')*')
    | (?P<datetime>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<name>[A-Za-z_][\w.]*)
    | (?P<punct>[()/,:])
    )""",
    re.VERBOSE,
)
_COMPARISONS = {"eq", "ne", "gt", "ge", "lt", "le"}
_FUNCTIONS = {"startswith", "endswith", "contains"}
_LITERALS = {"true": True, "false": False, "null": None}
_ORDERING = {"gt": operator.gt, "ge": operator.ge, "lt": operator.lt, "le": operator.le}


class ODataError(Exception):
    def __init__(self, message: str, code: str = "BadRequest") -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def parse_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class Filter:
    """A parsed $filter. ``properties`` lists the top-level paths in order of appearance."""

    def __init__(self, text: str, known: Mapping[str, str], type_name: str) -> None:
        self.text = text
        self._known = known  # casefolded name -> canonical name
        self._type = type_name
        self.properties: list[str] = []
        self._tokens = self._tokenize(text)
        self._pos = 0
        self.root = self._or(frozenset())
        if self._pos != len(self._tokens):
            self._fail(f"unexpected '{self._tokens[self._pos][1]}'")

    # parsing -------------------------------------------------------------------------
    def _tokenize(self, text: str) -> list[tuple[str, str]]:
        tokens, pos = [], 0
        while pos < len(text.rstrip()):
            match = _TOKEN.match(text, pos)
            if not match or match.end() == pos:
                raise ODataError(
                    f"Invalid filter clause: Syntax error at position {pos} in '{text}'."
                )
            kind = match.lastgroup or ""
            tokens.append((kind, match.group(kind)))
            pos = match.end()
        return tokens

    def _fail(self, detail: str) -> None:
        raise ODataError(f"Invalid filter clause: {detail} in '{self.text}'.")

    def _peek(self, offset: int = 0) -> tuple[str, str]:
        index = self._pos + offset
        return self._tokens[index] if index < len(self._tokens) else ("end", "")

    def _take(self, value: str | None = None) -> tuple[str, str]:
        token = self._peek()
        if token[0] == "end" or (value is not None and token[1].lower() != value):
            self._fail(f"expected '{value or 'more'}' but found '{token[1] or 'end'}'")
        self._pos += 1
        return token

    def _or(self, scope: frozenset[str]) -> Node:
        node = self._and(scope)
        while self._peek()[1].lower() == "or":
            self._take()
            node = ("or", node, self._and(scope))
        return node

    def _and(self, scope: frozenset[str]) -> Node:
        node = self._unary(scope)
        while self._peek()[1].lower() == "and":
            self._take()
            node = ("and", node, self._unary(scope))
        return node

    def _unary(self, scope: frozenset[str]) -> Node:
        if self._peek() == ("name", "not") or self._peek()[1].lower() == "not":
            self._take()
            return ("not", self._unary(scope))
        left = self._primary(scope)
        if self._peek()[1].lower() in _COMPARISONS:
            op = self._take()[1].lower()
            return ("cmp", op, left, self._primary(scope))
        return left

    def _primary(self, scope: frozenset[str]) -> Node:
        kind, value = self._take()
        if value == "(":
            node = self._or(scope)
            self._take(")")
            return node
        if kind == "string":
            return ("lit", value[1:-1].replace("''", "'"))
        if kind == "datetime":
            return ("lit", parse_datetime(value))
        if kind == "number":
            return ("lit", float(value))
        if kind != "name":
            self._fail(f"unexpected '{value}'")
        if value.lower() in _LITERALS:
            return ("lit", _LITERALS[value.lower()])
        if value.lower() in _FUNCTIONS and self._peek()[1] == "(":
            self._take("(")
            args = [self._or(scope)]
            while self._peek()[1] == ",":
                self._take()
                args.append(self._or(scope))
            self._take(")")
            return ("func", value.lower(), args)
        return self._path(value, scope)

    def _path(self, first: str, scope: frozenset[str]) -> Node:
        segments = [first]
        while self._peek()[1] == "/":
            self._take()
            name = self._take()[1]
            if name.lower() in ("any", "all") and self._peek()[1] == "(":
                self._take("(")
                variable = self._take()[1]
                self._take(":")
                body = self._or(scope | {variable})
                self._take(")")
                return (name.lower(), self._root(segments, scope), variable, body)
            segments.append(name)
        return self._root(segments, scope)

    def _root(self, segments: list[str], scope: frozenset[str]) -> Node:
        if segments[0] in scope:
            return ("var", tuple(segments))
        canonical = self._known.get(segments[0].casefold())
        if canonical is None:
            raise ODataError(
                f"Could not find a property named '{segments[0]}' on type '{self._type}'.",
                "RequestBroker--ParseUri",
            )
        path = (canonical, *segments[1:])
        joined = "/".join(path)
        if joined not in self.properties:
            self.properties.append(joined)
        return ("path", path)

    # evaluation ----------------------------------------------------------------------
    def matches(self, resolve: Resolver) -> bool:
        return bool(_eval(self.root, resolve, {}))

    def equalities(self) -> dict[str, Any]:
        """Top-level ``property eq literal`` terms joined by and: candidates for an index."""
        found: dict[str, Any] = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node[0] == "and":
                stack.extend(node[1:])
            elif (
                node[0] == "cmp"
                and node[1] == "eq"
                and node[2][0] == "path"
                and len(node[2][1]) == 1
                and node[3][0] == "lit"
            ):
                found[node[2][1][0]] = node[3][1]
        return found


def _walk(value: Any, segments: tuple[str, ...]) -> Any:
    for segment in segments:
        if not isinstance(value, dict):
            return None
        if segment in value:
            value = value[segment]
        else:
            folded = segment.casefold()
            value = next((v for k, v in value.items() if k.casefold() == folded), None)
    return value


def _eval(node: Node, resolve: Resolver, env: dict[str, Any]) -> Any:
    kind = node[0]
    if kind == "lit":
        return node[1]
    if kind == "path":
        return _walk(resolve(node[1][0]), node[1][1:])
    if kind == "var":
        return _walk(env.get(node[1][0]), node[1][1:])
    if kind == "and":
        return bool(_eval(node[1], resolve, env)) and bool(_eval(node[2], resolve, env))
    if kind == "or":
        return bool(_eval(node[1], resolve, env)) or bool(_eval(node[2], resolve, env))
    if kind == "not":
        return not _eval(node[1], resolve, env)
    if kind == "cmp":
        return _compare(node[1], _eval(node[2], resolve, env), _eval(node[3], resolve, env))
    if kind == "func":
        haystack, needle = (_eval(arg, resolve, env) for arg in node[2][:2])
        if not isinstance(haystack, str) or not isinstance(needle, str):
            return False
        haystack, needle = haystack.casefold(), needle.casefold()
        method = {"startswith": haystack.startswith, "endswith": haystack.endswith}
        return method[node[1]](needle) if node[1] in method else needle in haystack
    items = _eval(node[1], resolve, env) or []
    results = (_eval(node[3], resolve, {**env, node[2]: item}) for item in items)
    return any(results) if kind == "any" else all(results)


def _compare(op: str, left: Any, right: Any) -> bool:
    if isinstance(left, datetime) or isinstance(right, datetime):
        try:
            left, right = (
                v if isinstance(v, datetime) else parse_datetime(v) for v in (left, right)
            )
        except (TypeError, ValueError):
            return op == "ne"
    if isinstance(left, str) and isinstance(right, str):
        left, right = left.casefold(), right.casefold()
    if op == "eq":
        return bool(left == right)
    if op == "ne":
        return bool(left != right)
    if left is None or right is None:
        return False
    try:
        return bool(_ORDERING[op](left, right))
    except TypeError:
        return False
