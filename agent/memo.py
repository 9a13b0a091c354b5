"""Memo for the rules' pure text functions, for one review cycle at a time.

The detectors of one thread fold, normalise and split the same texts many times over
(every detector scans every sentence's clauses; extraction and classification both read each
message's own text; every reply is compared with all the mail before it). Within a
``cycle_memo()`` block, a ``per_cycle`` function computes each distinct argument once;
outside one it just runs. The memo lives only as long as the block (one thread's cycle), so
nothing is carried from one thread to the next, and its size is bounded by what one thread
says. Only pure functions of hashable arguments that return values nobody mutates (strings,
tuples) may be decorated.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])

_MEMO: ContextVar[dict[Any, Any] | None] = ContextVar("podesk_cycle_memo", default=None)
_MISSING = object()


@contextmanager
def cycle_memo() -> Iterator[None]:
    """Memoise ``per_cycle`` functions until the block ends (nested blocks share the outer
    memo: a cycle run inside another's block reads the same immutable results)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_cycle(fn: F) -> F:
    """Compute ``fn`` once per distinct positional arguments inside a ``cycle_memo()``."""

    @functools.wraps(fn)
    def memoized(*args: Any) -> Any:
        memo = _MEMO.get()
        if memo is None:
            return fn(*args)
        key = (fn, args)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            found = memo[key] = fn(*args)
        return found

    return cast(F, memoized)
