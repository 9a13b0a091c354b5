"""Small builders for mail values in domain and workflow tests (adapters use real files)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.mailbox.model import Address, Attachment, MailMessage, MailThread

_T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def message(
    text: str,
    *,
    sender: str = "buyer@acme.example",
    subject: str = "PO for our order",
    n: int = 0,
    folder: str = "inbox",
    attachments: tuple[tuple[str, str, int], ...] = (),
    **extra: Any,
) -> MailMessage:
    mid = extra.pop("message_id", f"m{n}-{hashlib.sha1(text.encode()).hexdigest()[:8]}@test")
    return MailMessage(
        message_id=mid,
        subject=subject,
        sender=Address(name=sender.split("@")[0].title(), email=sender),
        to=(Address(email="orders@vendor.example"),),
        date=_T0 + timedelta(hours=n),
        body_text=text,
        new_text=text,
        attachments=tuple(
            Attachment(filename=f, content_type=t, size=s) for f, t, s in attachments
        ),
        folder=folder,
        source=f"{mid}.eml",
        **extra,
    )


def thread(*messages: MailMessage, key: str = "t-1") -> MailThread:
    return MailThread(thread_key=key, subject=messages[0].subject, messages=tuple(messages))
