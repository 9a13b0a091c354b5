"""Identifiers in the shapes Exchange Online hands out through Graph.

Every id is derived from the mailbox address and a counter, so the same seed folder gives
the same ids on every run. Message ids come in two formats like the real service: the
default REST id (``AAMkA...``) and the immutable id (``AAkAL...``) returned when the
request carries ``Prefer: IdType="ImmutableId"``. Both are accepted as input either way.
Folder ids are the same in both formats, as in Exchange.
"""

from __future__ import annotations

import base64
import hashlib
import re
import uuid

_REST_PREFIX = "AAMkAGI2"
_IMMUTABLE_PREFIX = "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A"
_FOLDER_PREFIX = "AQMkAGI2"
_CONVERSATION_PREFIX = "AAQkAGI2"
_WELL_FORMED = re.compile(r"^[A-Za-z0-9_-]{16,}={0,2}$")
_NAMESPACE = uuid.UUID("6c3fb2a4-1d0e-4d5e-9a3c-2f1c6b7d8e90")


def _digest(*parts: str, size: int = 48) -> bytes:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=size).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def message_ids(mailbox: str, number: int) -> tuple[str, str]:
    """(immutable id, REST id) of the ``number``-th item created in the mailbox."""
    seed = _digest(mailbox, str(number), size=60)
    return (
        f"{_IMMUTABLE_PREFIX}{_b64(seed[:45])}AAA=",
        f"{_REST_PREFIX}{_b64(seed[15:])}AAA=",
    )


def is_well_formed_item_id(value: str) -> bool:
    return bool(_WELL_FORMED.match(value)) and value.startswith((_REST_PREFIX, _IMMUTABLE_PREFIX))


def folder_id(mailbox: str, name: str) -> str:
    return f"{_FOLDER_PREFIX}{_b64(_digest(mailbox, 'folder', name, size=30))}AAA="


def change_key(key: str, version: int) -> str:
    # Exchange change keys start with the item class marker "CQAAABYAAAD".
    return "CQAAABYAAAD" + _b64(_digest(key, str(version), size=15))


def conversation_id(mailbox: str, thread_key: str) -> str:
    return f"{_CONVERSATION_PREFIX}{_b64(_digest(mailbox, 'conversation', thread_key))}AAA="


def conversation_index(thread_seed: str, depth: int) -> str:
    """PidTagConversationIndex: a 22-byte header plus 5 bytes per reply level."""
    header = b"\x01" + _digest(thread_seed, "index", size=21)
    replies = b"".join(_digest(thread_seed, str(level), size=5) for level in range(depth))
    return base64.b64encode(header + replies).decode("ascii")


def internet_message_id(mailbox: str, number: int) -> str:
    local = _digest(mailbox, "imid", str(number), size=15).hex().upper()
    return f"<{local}@SANDBOX.prod.outlook.com>"


def object_id(mailbox: str) -> str:
    """The Entra object id (oid) of the mailbox's user."""
    return str(uuid.uuid5(_NAMESPACE, f"user:{mailbox}"))


def tenant_guid(tenant: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"tenant:{tenant}"))


def category_id(mailbox: str, display_name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"category:{mailbox}:{display_name.casefold()}"))


def attachment_id(message_key: str, number: int) -> str:
    return f"{_REST_PREFIX}{_b64(_digest(message_key, 'attachment', str(number), size=36))}="
