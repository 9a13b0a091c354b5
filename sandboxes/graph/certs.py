"""TLS material for the sandbox: a private CA and a server certificate it signed.

msal refuses http authorities, so the sandbox must speak HTTPS. A CA plus a leaf (rather
than one self-signed leaf) passes strict X.509 verification (VERIFY_X509_STRICT, the
default from Python 3.13 on) as well as the lenient kind. Clients trust ``ca.pem``.
Existing files are reused while they are valid for the host, so a client that was pointed
at the CA file keeps working across sandbox restarts.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_FILE = "graph-sandbox-ca.pem"
CERT_FILE = "graph-sandbox-cert.pem"  # leaf followed by the CA: the chain the server sends
KEY_FILE = "graph-sandbox-key.pem"
_VALIDITY = timedelta(days=825)
_RENEW_BEFORE = timedelta(days=1)


@dataclass(frozen=True)
class TlsFiles:
    ca_path: Path
    cert_path: Path
    key_path: Path


def ensure_tls_files(data_dir: Path, host: str) -> TlsFiles:
    data_dir.mkdir(parents=True, exist_ok=True)
    files = TlsFiles(data_dir / CA_FILE, data_dir / CERT_FILE, data_dir / KEY_FILE)
    if not _still_valid(files, host):
        _generate(files, host)
    return files


def _names(host: str) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = [
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.DNSName("localhost"),
    ]
    try:
        extra: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        extra = x509.DNSName(host)
    if extra not in names:
        names.append(extra)
    return names


def _still_valid(files: TlsFiles, host: str) -> bool:
    if not all(p.is_file() for p in (files.ca_path, files.cert_path, files.key_path)):
        return False
    try:
        leaf = x509.load_pem_x509_certificate(files.cert_path.read_bytes())
        san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (ValueError, x509.ExtensionNotFound):
        return False
    fresh = leaf.not_valid_after_utc - _RENEW_BEFORE > datetime.now(UTC)
    return fresh and all(name in san for name in _names(host))


def _generate(files: TlsFiles, host: str) -> None:
    now = datetime.now(UTC) - timedelta(minutes=5)  # tolerate small clock skew
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "PO Desk Graph sandbox CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + _VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + _VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(_names(host)), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    key_pem = key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    _write(files.key_path, key_pem, mode=0o600)  # the key is for the server's eyes only
    _write(files.cert_path, leaf.public_bytes(pem) + ca.public_bytes(pem), mode=0o644)
    _write(files.ca_path, ca.public_bytes(pem), mode=0o644)


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=not cert_sign,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _write(path: Path, data: bytes, *, mode: int) -> None:
    # Write then rename: a concurrent reader never sees half a PEM file.
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(temp, path)
