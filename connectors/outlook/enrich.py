"""What a delta page does not carry: attachment metadata and machine-mail headers.

Both cost requests, so both are fetched only where they can matter, batched
20 to a ``$batch``: attachments for messages with ``hasAttachments``, and
``internetMessageHeaders`` (which the delta query does not hand out) only for
inbound messages that look machine-made by sender or subject. A normal
customer mail from a person costs nothing extra.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from connectors.mailbox.model import MailMessage
from connectors.outlook.batch import BatchGet, batch_get
from connectors.outlook.client import GraphClient
from connectors.outlook.errors import GraphError
from connectors.outlook.mapping import attachments_from, auto_headers_from

_MACHINE_SENDER = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|bounces?|notifications?"
    r"|notify|alerts?|news(?:letter)?|marketing|info|automated|system)\b",
    re.IGNORECASE,
)
_MACHINE_SUBJECT = re.compile(
    r"\b(?:auto(?:matic)?[\s-]?(?:reply|response|antwort)|autoreply|out\s+of\s+(?:the\s+)?office"
    r"|abwesen|absence|undeliverable|delivery|unsubscribe|newsletter|notification)",
    re.IGNORECASE,
)
_ATTACHMENT_FIELDS = "name,contentType,size"


def enrich(client: GraphClient, messages: Sequence[MailMessage]) -> list[MailMessage]:
    """``messages`` with attachments and auto headers filled in where they were fetched."""
    wanted: list[BatchGet] = []
    for message in messages:
        base = client.relative(client.message_url(message.source))
        if message.content_type == "multipart/mixed":  # mapped from hasAttachments
            wanted.append(
                BatchGet(f"a:{message.source}", f"{base}/attachments?$select={_ATTACHMENT_FIELDS}")
            )
        if needs_headers(message):
            wanted.append(BatchGet(f"h:{message.source}", f"{base}?$select=internetMessageHeaders"))
    if not wanted:
        return list(messages)
    answers = batch_get(client, wanted)
    return [_apply(message, answers) for message in messages]


def needs_headers(message: MailMessage) -> bool:
    """Inbound mail whose sender or subject suggests no person wrote it."""
    if message.folder != "inbox":
        return False
    local = message.sender.email.partition("@")[0]
    return bool(_MACHINE_SENDER.match(local) or _MACHINE_SUBJECT.search(message.subject))


def _apply(message: MailMessage, answers: dict[str, dict[str, object] | GraphError]) -> MailMessage:
    update: dict[str, object] = {}
    warnings = list(message.warnings)
    attachments = answers.get(f"a:{message.source}")
    if isinstance(attachments, GraphError):
        warnings.append(f"attachment list unavailable: {attachments.code}")
    elif attachments is not None:
        update["attachments"] = attachments_from(_values(attachments.get("value")))
    headers = answers.get(f"h:{message.source}")
    if isinstance(headers, GraphError):
        warnings.append(f"headers unavailable: {headers.code}")
    elif headers is not None:
        found = auto_headers_from(
            _values(headers.get("internetMessageHeaders")), message.content_type
        )
        update["auto_headers"] = message.auto_headers | found  # replyTo came with the message
        if found["content-type"].startswith("multipart/report"):
            update["content_type"] = "multipart/report"  # a bounce or read receipt
    if warnings != list(message.warnings):
        update["warnings"] = tuple(warnings)
    return message.model_copy(update=update) if update else message


def _values(value: object) -> list[dict[str, object]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
