"""JSON Web Tokens as far as the sandbox needs them.

Tokens the sandbox issues look like Entra's (three base64url parts, the usual claims) but
are signed by nothing: clients must not validate Graph access tokens anyway, msal reads the
id_token's claims without checking its signature (msal 1.38+), and the server validates an
access token by looking it up. Client assertions (certificate credentials) are checked for
shape and claims, and for their signature when the app's certificate is configured.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
_CLOCK_SKEW = 300


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode(claims: dict[str, Any], kid: str = "sandbox") -> str:
    header = {"typ": "JWT", "alg": "RS256", "kid": kid}
    parts = [json.dumps(part, separators=(",", ":")).encode() for part in (header, claims)]
    return ".".join([*(b64url(p) for p in parts), b64url(secrets.token_bytes(64))])


def decode(token: str) -> tuple[dict[str, Any], dict[str, Any], bytes, bytes]:
    """(header, claims, signing input, signature); ValueError when it is not a JWT."""
    pieces = token.split(".")
    if len(pieces) != 3:
        raise ValueError("not a JWT: expected three dot-separated parts")
    try:
        header, claims = (json.loads(b64url_decode(p)) for p in pieces[:2])
        signature = b64url_decode(pieces[2])
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"not a JWT: {exc}") from exc
    if not isinstance(header, dict) or not isinstance(claims, dict):
        raise ValueError("not a JWT: header and payload must be JSON objects")
    return header, claims, ".".join(pieces[:2]).encode("ascii"), signature


def check_assertion(
    assertion: str, client_id: str, audiences: set[str], certificate: Path | None
) -> str | None:
    """None when the client assertion is acceptable, else why it is not (AADSTS wording)."""
    try:
        header, claims, signed, signature = decode(assertion)
    except ValueError as exc:
        return f"Client assertion is not a valid JWT: {exc}."
    if header.get("alg") not in ("RS256", "PS256"):
        return f"Client assertion uses an unsupported algorithm {header.get('alg')!r}."
    if claims.get("iss") != client_id or claims.get("sub") != client_id:
        return "Client assertion iss and sub must both be the application's client id."
    if claims.get("aud") not in audiences:
        return f"Client assertion audience {claims.get('aud')!r} is not this token endpoint."
    now = time.time()
    if not isinstance(claims.get("exp"), int | float) or claims["exp"] < now - _CLOCK_SKEW:
        return "Client assertion has expired."
    if certificate is None:
        return None
    return _check_signature(header, signed, signature, certificate)


def _check_signature(
    header: dict[str, Any], signed: bytes, signature: bytes, certificate: Path
) -> str | None:
    cert = x509.load_pem_x509_certificate(certificate.read_bytes())
    der = cert.public_bytes(Encoding.DER)
    thumbprints = {
        header.get("x5t"): hashlib.sha1(der).digest(),  # x5t is defined as SHA-1
        header.get("x5t#S256"): hashlib.sha256(der).digest(),
    }
    if not any(t is not None and b64url_decode(t) == digest for t, digest in thumbprints.items()):
        return "Client assertion's thumbprint does not match a registered certificate."
    key = cert.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        return "The registered certificate must hold an RSA key."
    scheme: padding.AsymmetricPadding = (
        padding.PKCS1v15()
        if header["alg"] == "RS256"
        else padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
    )
    try:
        key.verify(signature, signed, scheme, hashes.SHA256())
    except InvalidSignature:
        return "Client assertion failed signature validation."
    return None
