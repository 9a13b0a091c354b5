"""Attachments are measured as they stream past, never held: the sizes are what decoding
the whole message gives, and memory stays flat whatever the attachment's size."""

from __future__ import annotations

import base64
import binascii
import email
import hashlib
import io
import tracemalloc
from email import policy
from email.message import EmailMessage, Message
from pathlib import Path

import pytest

from connectors.mailbox.folder import read_mailbox
from connectors.mailbox.measure import Base64Meter, QuotedPrintableMeter
from connectors.mailbox.parse import MessageParseError, parse_file, parse_message
from connectors.mailbox.stream import SIZE_HEADER, content_type, is_attachment, slim

EML = Path(__file__).resolve().parents[1] / "fixtures" / "eml"
MB = 1024 * 1024


def whole_sizes(raw: bytes) -> list[int]:
    """Attachment sizes as the standard library gives them, decoding the whole message
    (attached messages aside: they are sized as messages, not decoded)."""
    sizes: list[int] = []

    def visit(part: Message) -> None:
        ctype = content_type(part)
        if ctype.startswith("message/"):
            return
        if part.is_multipart():
            for child in part.get_payload():
                visit(child)
        elif is_attachment(part, ctype) and not ctype.startswith("multipart/"):  # no boundary
            sizes.append(len(part.get_payload(decode=True) or b""))

    visit(email.message_from_bytes(raw, policy=policy.default))
    return sorted(sizes)


def with_attachment(path: Path, size: int, *, cte: str = "base64", name: str = "PO.pdf") -> None:
    """A customer message with a ``size``-byte PDF, written without holding it either."""
    boundary = "b-42"
    head = (
        "From: Ava <ava@acme.example>\nMessage-ID: <big@acme.example>\nSubject: PO\n"
        f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain\n\nOur PO is attached.\n"
        f"--{boundary}\nContent-Type: application/pdf\nContent-Transfer-Encoding: {cte}\n"
        f'Content-Disposition: attachment; filename="{name}"\n\n'
    )
    with path.open("wb") as out:
        out.write(head.encode())
        block = bytes(range(256)) * 228  # 58,368 bytes: a multiple of 57
        for start in range(0, size, len(block)):
            data = block[: min(len(block), size - start)]
            out.write(base64.encodebytes(data) if cte == "base64" else data.hex().encode() + b"\n")
        out.write(f"\n--{boundary}--\n".encode())


def test_a_large_attachment_is_measured_without_being_held(tmp_path: Path) -> None:
    path = tmp_path / "big.eml"
    with_attachment(path, 20 * MB)
    parse_file(path, source="warm-up.eml")  # imports and caches out of the way
    tracemalloc.start()
    message = parse_file(path, source="big.eml")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [(a.filename, a.size) for a in message.attachments] == [("PO.pdf", 20 * MB)]
    assert message.body_text == "Our PO is attached."
    assert peak < 2 * MB, peak  # the whole file is 27 MB, its decoded attachment 20 MB


def test_what_the_parser_gets_holds_no_attachment_body(tmp_path: Path) -> None:
    path = tmp_path / "big.eml"
    with_attachment(path, 3 * MB)
    with path.open("rb") as stream:
        slimmed = slim(stream, lambda head: None)
    assert len(slimmed.data) < 1024
    assert f"{SIZE_HEADER}: {3 * MB}".encode() in slimmed.data
    assert slimmed.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(p.name for p in EML.glob("*.eml")))
def test_sizes_are_what_decoding_the_whole_message_gives(name: str) -> None:
    raw = (EML / name).read_bytes()
    try:
        message = parse_message(raw, source=name)
    except MessageParseError:
        return  # not mail (tests/connectors/test_mailbox_folder.py)
    sizes = sorted(a.size for a in message.attachments if not a.content_type.startswith("message"))
    assert sizes == whole_sizes(raw)


def test_a_file_and_its_bytes_parse_the_same(tmp_path: Path) -> None:
    for source in EML.glob("*.eml"):
        try:
            expected = parse_message(source.read_bytes(), source="x.eml")
        except MessageParseError:
            continue
        assert parse_file(source, source="x.eml") == expected, source.name


def test_a_size_header_in_the_mail_cannot_set_a_size() -> None:
    mail = EmailMessage()
    mail["From"], mail["Message-ID"], mail["Subject"] = "a@acme.example", "<s@acme>", "PO"
    mail.set_content("See attached.")
    mail.add_attachment(b"x" * 5000, "application", "pdf", filename="PO.pdf")
    raw = bytes(mail).replace(
        b"Content-Disposition: attachment",
        f"{SIZE_HEADER}: 1\nContent-Disposition: attachment".encode(),
    )
    assert [a.size for a in parse_message(raw, source="s.eml").attachments] == [5000]


def test_a_forwarded_message_with_a_large_attachment_is_not_held(tmp_path: Path) -> None:
    inner = tmp_path / "inner.eml"
    with_attachment(inner, 5 * MB)
    body = inner.read_bytes()
    path = tmp_path / "fwd.eml"
    path.write_bytes(
        b"From: b@acme.example\nMessage-ID: <o@acme.example>\nSubject: Fwd: PO\n"
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="o"\n\n'
        b"--o\nContent-Type: text/plain\n\nForwarding the PO mail.\n"
        b"--o\nContent-Type: message/rfc822\n\n" + body + b"\n--o--\n"
    )
    parse_file(path, source="warm-up.eml")
    tracemalloc.start()
    message = parse_file(path, source="fwd.eml")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    (forwarded,) = message.attachments
    # Its bytes as the file holds them, up to the boundary that ends it.
    assert forwarded.content_type == "message/rfc822" and forwarded.size == len(body) + 1
    assert "Our PO is attached." in message.body_text  # the forwarded words still count
    assert peak < 2 * MB, peak


def test_a_message_without_an_id_keeps_the_id_made_from_all_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noid.eml"
    with_attachment(path, 200_000)
    raw = path.read_bytes().replace(b"Message-ID: <big@acme.example>\n", b"")
    path.write_bytes(raw)
    digest = hashlib.sha256(raw).hexdigest()[:32]
    assert parse_file(path, source="noid.eml").message_id == f"generated-{digest}@podesk.local"


def test_a_folder_reads_a_large_attachment_as_metadata(tmp_path: Path) -> None:
    with_attachment(tmp_path / "big.eml", 4 * MB, cte="7bit", name="PO.hex")
    (message,) = read_mailbox(tmp_path).messages
    assert [a.size for a in message.attachments] == whole_sizes((tmp_path / "big.eml").read_bytes())


@pytest.mark.parametrize(
    "encoded",
    [b"QUJD", b"QUI=", b"QQ==", b"QQ", b"QUJ", b"Q", b"QU*JD", b"QQ==QUJD", b"QUJD====",
     b"=QUJD", b"QQ===", b"Q Q = =", b"", b"QUJDRA\r\nRUY=\r\n"],
)  # fmt: skip
def test_base64_is_counted_as_the_standard_library_decodes(encoded: bytes) -> None:
    whole = email.message_from_bytes(
        b"Content-Transfer-Encoding: base64\n\n" + encoded, policy=policy.default
    )
    expected = len(whole.get_payload(decode=True))
    meter = Base64Meter()
    for line in io.BytesIO(encoded).readlines():
        meter.feed(line)
    size, defects = meter.result()
    assert (size, defects) == (expected, [type(d).__name__ for d in whole.defects])


def test_a_quoted_printable_soft_break_before_a_bare_cr_skips_to_the_next_lf() -> None:
    body = b"ab=\rcd\r=41\ref\nXY=\n"  # old Mac line ends: "=\r" skips up to a "\n"
    meter = QuotedPrintableMeter()
    for line in body.splitlines(keepends=True):
        meter.feed(line)
    assert meter.result() == (len(binascii.a2b_qp(body)), []) == (4, [])
