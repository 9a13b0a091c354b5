"""The scrubber: configured values in every encoding, credential shapes whoever configured
them, and ordinary error prose left alone."""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest
from pydantic import SecretStr

from connectors.redact import PATTERNS_ONLY, REDACTED, Redactor

SECRET = "Quokka/7781+zebra&co"  # shaped like no pattern: only knowing it can find it


@pytest.mark.parametrize(
    "echo",
    [
        f"Incorrect API key provided: {SECRET}.",
        f"body was {urlencode({'grant': 'x', 'cred': SECRET})}",  # form-encoded
        f"path /v1/{quote(SECRET, safe='')}/x",  # URL-encoded
        json.dumps({"error": {"message": f"got {SECRET}"}}),
        f"repr {SECRET!r}",
    ],
)
def test_a_configured_secret_goes_in_every_encoding(echo: str) -> None:
    scrubbed = Redactor([SecretStr(SECRET)])(echo)
    assert REDACTED in scrubbed
    for form in (SECRET, quote(SECRET, safe=""), SECRET.replace("/", "%2F")):
        assert form not in scrubbed
    assert PATTERNS_ONLY(echo) == echo  # the patterns alone would have missed it


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Authorization: Bearer abc.def-123_456", "abc.def-123_456"),
        ("presented Basic dXNlcjpwYXNzd29yZA== here", "dXNlcjpwYXNzd29yZA=="),
        ("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end", "eyJzdWIiOiIxIn0"),
        ("Incorrect API key provided: sk-proj-AbCdEfGhIjKlMnOpQrSt12", "AbCdEfGhIjKlMnOpQrSt12"),
        ("client_secret=s3cr3tvalue&scope=x", "s3cr3tvalue"),
        ('{"api_key": "zzzzzzzzzz", "x": 1}', "zzzzzzzzzz"),
        ("host=db password=pw-42 dbname=podesk", "pw-42"),
        ("postgresql://app:pa55@127.0.0.1:5432/podesk failed", "pa55"),
        ("secret abc8Q~ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 done", "ABCDEFGHIJKLMNOPQRST"),
        ("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----", "MIIEvQ"),
    ],
)
def test_credential_shapes_go_whoever_configured_them(text: str, gone: str) -> None:
    scrubbed = PATTERNS_ONLY(text)
    assert gone not in scrubbed and REDACTED in scrubbed


@pytest.mark.parametrize(
    "prose",
    [
        'FATAL: password authentication failed for user "podesk_app"',
        "Lifetime validation failed, the token is expired.",
        "basic authentication is disabled",
        'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common"',
        "AADSTS7000215: Invalid client secret provided.",
    ],
)
def test_error_prose_survives(prose: str) -> None:
    assert PATTERNS_ONLY(prose) == prose


def test_short_values_are_not_known_secrets_and_with_secrets_adds() -> None:
    base = Redactor(["abc", None, ""])  # too short to tell from ordinary words
    assert len(base) == 0 and base("abc abc") == "abc abc"
    more = base.with_secrets("longer-value")
    assert len(more) == 1 and more("x longer-value y") == f"x {REDACTED} y"
    assert Redactor(["outer-secret-inner", "secret"])("outer-secret-inner") == REDACTED
