"""Scrubbing secrets out of text that came back from an outside system.

A model server, Microsoft Graph, a token endpoint or a database may quote what it was sent
in an error: an API key, a client secret, a bearer token, a connection string. Such text is
passed through a ``Redactor`` before it becomes one of our errors, a log line, a note, an
audit row or a checkpoint. A ``Redactor`` replaces

- every value it was given (the configured secrets), also URL-, form- and JSON-encoded, and
- whatever looks like a credential whoever configured it: ``Authorization`` values,
  ``Bearer``/``Basic`` tokens, JWTs, ``sk-…`` keys, Entra client secrets, PEM private keys,
  ``password=``/``client_secret=``/``api_key=``-style values and URL userinfo passwords.

It is a leaf module (standard library only): the connectors build one from the credentials
they hold, the application one from every secret in its settings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Protocol
from urllib.parse import quote, quote_plus

REDACTED = "[REDACTED]"  # upper case: rich markup reads "[lowercase]" as a style tag
# Shorter values cannot be told apart from ordinary words; in URLs and key=value pairs the
# patterns below still catch them.
MIN_SECRET_CHARS = 4

_TOKEN = r"[A-Za-z0-9\-._~+/]"
_KEY_NAMES = (
    r"client[_-]?secret|client[_-]?assertion|api[_-]?key|apikey|x-api-key|access[_-]?token|"
    r"refresh[_-]?token|id[_-]?token|token|password|passwd|pwd|passphrase|secret|"
    r"authorization"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)", re.S
        ),
        REDACTED,
    ),
    # "Authorization: Bearer x", "'api_key': 'x'", "client_secret=x&", "password=x " (libpq)
    (
        re.compile(
            rf"(?i)([\"']?\b(?:{_KEY_NAMES})\b[\"']?\s*[=:]\s*[\"']?)"
            r"(?:(?:bearer|basic)\s+)?[^\s\"'&,;}\])]+"
        ),
        rf"\1{REDACTED}",
    ),
    # A token after its scheme; it must hold a digit or punctuation, so that prose such as
    # "basic authentication" survives.
    (
        re.compile(rf"(?i)\b(bearer|basic)(\s+)(?={_TOKEN}{{8}}){_TOKEN}*[0-9.~+/=_-]{_TOKEN}*=*"),
        rf"\1\2{REDACTED}",
    ),
    (re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"), REDACTED),  # JWT
    (re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"), REDACTED),  # OpenAI-style keys (sk-proj-… too)
    (re.compile(r"\b[A-Za-z0-9_.-]{3}\dQ~[A-Za-z0-9_.~-]{30,}"), REDACTED),  # Entra secrets
    # scheme://user:password@host
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/@:]*:)[^\s/@]+(@)"), rf"\1{REDACTED}\2"),
)


class SecretLike(Protocol):
    """pydantic's SecretStr, without importing pydantic here."""

    def get_secret_value(self) -> str: ...


Secret = str | SecretLike | None


class Redactor:
    """``redactor(text)``: the text with known secrets and credential-shaped tokens replaced.

    Immutable; ``with_secrets`` returns a new one that also knows the given values."""

    def __init__(self, secrets: Iterable[Secret] = ()) -> None:
        values = {_plain(s) for s in secrets} - {None}
        self._secrets = frozenset(v for v in values if v is not None)
        forms = {form for value in self._secrets for form in _encodings(value)}
        # Longest first: a secret that contains another is replaced whole.
        self._forms = tuple(sorted(forms, key=len, reverse=True))

    def with_secrets(self, *secrets: Secret) -> Redactor:
        return Redactor((*self._secrets, *secrets))

    def __call__(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, REDACTED)
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text

    def __len__(self) -> int:
        """How many known values (not patterns) it replaces."""
        return len(self._secrets)


def _plain(secret: Secret) -> str | None:
    if secret is None:
        return None
    value = secret if isinstance(secret, str) else secret.get_secret_value()
    value = value.strip()
    return value if len(value) >= MIN_SECRET_CHARS else None


def _encodings(value: str) -> set[str]:
    """The ways a secret comes back inside an error: as sent in a URL, a form or JSON."""
    forms = {
        value,
        quote(value, safe=""),
        quote_plus(value),
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        repr(value)[1:-1],
    }
    return {f for f in forms if len(f) >= MIN_SECRET_CHARS}


PATTERNS_ONLY = Redactor()  # for text whose source holds no configured secret
