"""Default factories of the table models, with their signatures ready.

SQLModel's constructor asks pydantic for the default of every field not given, and pydantic
(2.14) inspects the factory's signature each time, at every row built. For ``list`` and
``dict`` that means parsing their text signature: 0.15 ms a field, every row (a cycle's
results build several). A factory here carries its ``__signature__``, which ``inspect``
returns as it is.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

_Factory = TypeVar("_Factory", bound=Callable[[], Any])


def _signed(factory: _Factory) -> _Factory:
    factory.__signature__ = inspect.signature(factory)  # type: ignore[attr-defined]
    return factory


@_signed
def utcnow() -> datetime:
    return datetime.now(UTC)


@_signed
def empty_list() -> list[Any]:
    return []


@_signed
def empty_dict() -> dict[str, Any]:
    return {}
