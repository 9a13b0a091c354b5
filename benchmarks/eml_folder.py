"""Synthetic mailboxes as folders of .eml files, for benchmarks/mailbox_scale.py.

The conversations are benchmarks/graph_mailbox.py's (customers' PO mail, our replies in
Sent/, replies quoting what they answer); here each message is written as the .eml file a
mail client would export, its PDF attachment as real base64 bytes of the stated size.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable, Iterable
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from benchmarks.graph_mailbox import synthetic_mail
from connectors.mailbox.model import Address, MailMessage


def write_mailbox(root: Path, n: int, *, attachment_share: float = 0.3) -> list[MailMessage]:
    """Write ``n`` messages under ``root`` (Sent/ for ours); returns them as generated."""
    messages = []
    noise = random.Random(5)
    for k, (message, folder) in enumerate(
        synthetic_mail(n, attachment_share=attachment_share, machine_share=0.02)
    ):
        folder_path = root / ("Sent" if folder == "sent" else "Inbox")
        folder_path.mkdir(parents=True, exist_ok=True)
        (folder_path / f"{k:06d}.eml").write_bytes(to_eml(message, noise))
        messages.append(message)
    return messages


def to_eml(message: MailMessage, noise: random.Random) -> bytes:
    mail = EmailMessage()
    mail["From"] = _address(message.sender)
    mail["To"] = ", ".join(_address(a) for a in message.to)
    mail["Subject"] = message.subject
    if message.date is not None:
        mail["Date"] = format_datetime(message.date)
    mail["Message-ID"] = f"<{message.message_id}>"
    if message.in_reply_to:
        mail["In-Reply-To"] = f"<{message.in_reply_to}>"
    if message.references:
        mail["References"] = " ".join(f"<{r}>" for r in message.references)
    mail.set_content(message.body_text)
    for attachment in message.attachments:
        data = noise.randbytes(attachment.size)
        mail.add_attachment(data, "application", "pdf", filename=attachment.filename)
    return bytes(mail)


def write_big_attachment(path: Path, megabytes: int) -> None:
    """One customer message with a ``megabytes`` MB PDF attached, written a line at a time."""
    boundary = "podesk-benchmark-boundary"
    head = (
        "From: Buyer <buyer@customer1.example>\nTo: orders@northwindcloud.example\n"
        "Subject: Signed order form and PO 4500012345\n"
        "Message-ID: <big-attachment@customer1.example>\n"
        "Date: Mon, 02 Mar 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
    )
    text = "Hello,\n\nplease find our signed order form and PO 4500012345 attached.\n\nBuyer\n"
    with path.open("wb") as out:
        out.write(head.encode())
        out.write(f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n".encode())
        out.write(
            f"--{boundary}\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
            'Content-Disposition: attachment; filename="PO_4500012345.pdf"\n\n'.encode()
        )
        _base64_lines(out.write, megabytes * 1024 * 1024)
        out.write(f"\n--{boundary}--\n".encode())


def _base64_lines(write: Callable[[bytes], object], size: int) -> None:
    noise = random.Random(9)
    chunk = 57 * 1024  # a multiple of 57 bytes: whole 76-character base64 lines
    left = size
    while left > 0:
        data = noise.randbytes(min(chunk, left))
        left -= len(data)
        encoded = base64.encodebytes(data)
        write(encoded if left > 0 else encoded.rstrip(b"\n"))


def _address(address: Address) -> str:
    return f"{address.name} <{address.email}>" if address.name else address.email


def total_bytes(paths: Iterable[Path]) -> int:
    return sum(p.stat().st_size for p in paths)
