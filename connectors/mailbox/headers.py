"""The standard library's e-mail policy, with each header of a message parsed once.

With ``policy.default`` every read of a header runs the header registry again: a new class,
then a full parse of the value. Parsing one message reads its Content-Type a dozen times or
more (the parser itself, then each check of a part's type, disposition and file name), and
every header twice (the streamed walk, then the parse of what it kept). A message's own
policy remembers each header it built: the same (name, value) gives back the same object,
which nothing changes once built (a header is a str with read-only parsed fields).
"""

from __future__ import annotations

from email import policy
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import EmailPolicy

_CLASSES: dict[tuple[type, type], type[BaseHeader]] = {}  # the class built for a kind


class _Remembering(HeaderRegistry):
    """HeaderRegistry that builds each (name, value) once; junk still raises every time."""

    def __init__(self) -> None:
        super().__init__()
        self._built: dict[tuple[str, str], BaseHeader] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        # The registry makes a new class for every header it builds; one per kind will do.
        kind = self.registry.get(name.lower(), self.default_class)
        made = _CLASSES.get((kind, self.base_class))
        if made is None:
            made = _CLASSES[kind, self.base_class] = super().__getitem__(name)
        return made

    def __call__(self, name: str, value: str) -> BaseHeader:
        key = (name, value)
        header = self._built.get(key)
        if header is None:
            header = self._built[key] = super().__call__(name, value)
        return header


def message_policy() -> EmailPolicy[EmailMessage]:
    """``policy.default`` for reading one message (its memory goes with it)."""
    return policy.default.clone(header_factory=_Remembering())
