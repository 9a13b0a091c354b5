"""Parse one raw RFC 5322 message into a :class:`MailMessage`.

Mail from procurement systems, scanners and old Outlook versions is often
malformed. The rule here is the design's rule 5: a message is ingested with
warnings whenever anything readable is in it, and :class:`MessageParseError`
is raised only for bytes that cannot be a message at all.
"""

from __future__ import annotations

import email
import io
import mimetypes
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import errors
from email.errors import MessageDefect
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO, TypeAlias

from connectors.errors import InputError
from connectors.mailbox.headers import message_policy
from connectors.mailbox.html import clean_header_text, decode_words, html_to_text, part_text
from connectors.mailbox.model import Address, Attachment, MailMessage
from connectors.mailbox.quotes import split_new_text
from connectors.mailbox.stream import SIZE_HEADER, content_type, filename, is_attachment, slim

# Kept for the classifier to recognise machine mail (auto-replies, lists, bounces).
AUTO_HEADERS: tuple[str, ...] = ("auto-submitted", "precedence", "list-id", "list-unsubscribe")
AUTO_HEADERS += ("x-autoreply", "x-autorespond", "x-auto-response-suppress")
# Where replies go: a Reply-To outside the sender's organisation diverts the conversation.
AUTO_HEADERS += ("reply-to",)
MAX_BODY_CHARS = 2_000_000
# html2text does ~5 M chars/s and markup shrinks: this bounds conversion near a second.
MAX_HTML_CHARS = 2 * MAX_BODY_CHARS
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")  # RFC 5322 field name, then a colon
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_ANGLE_ID = re.compile(r"<([^<>\s]+)>")
_FOLD = re.compile(r"\r?\n[ \t]*")

Msg: TypeAlias = "Message[str, str]"


class MessageParseError(InputError):
    """The bytes cannot be an e-mail message at all (the file is quarantined)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_message(raw: bytes, *, source: str, folder: str = "inbox") -> MailMessage:
    """Parse ``raw`` into a MailMessage; problems that do not stop ingestion become warnings."""
    return parse_stream(io.BytesIO(raw), source=source, folder=folder)


def parse_file(path: Path, *, source: str, folder: str = "inbox") -> MailMessage:
    """Parse the message in a file, a line at a time: attachment bodies are measured as
    they pass, never held (connectors.mailbox.stream)."""
    with path.open("rb") as stream:
        return parse_stream(stream, source=source, folder=folder)


def parse_stream(stream: BinaryIO, *, source: str, folder: str = "inbox") -> MailMessage:
    reading = message_policy()  # each header parsed once, however often it is read
    slimmed = slim(stream, _reject_non_mail, reading)
    msg: Msg = email.message_from_bytes(slimmed.data, policy=reading)
    warnings: list[str] = []
    headers = _Headers(msg, warnings)
    senders = headers.addresses("from") or headers.addresses("sender")
    message_id = next(iter(headers.ids("message-id")), None)
    text, attachments, hidden = extract_body(msg, warnings)
    if not senders and message_id is None and not text.strip() and not attachments:
        raise MessageParseError("no From, no Message-ID and no body")
    if message_id is None:
        message_id = f"generated-{slimmed.sha256[:32]}@podesk.local"
        warnings.append(f"missing Message-ID; generated {message_id}")
    if not senders:
        warnings.append("missing or unreadable From header")
    return MailMessage(
        message_id=message_id,
        in_reply_to=next(iter(headers.ids("in-reply-to")), None),
        references=headers.ids("references"),
        subject=headers.text("subject"),
        sender=senders[0] if senders else Address(email=""),
        to=headers.addresses("to"),
        cc=headers.addresses("cc"),
        date=headers.date(),
        body_text=text,
        new_text=split_new_text(text),
        hidden_text=hidden,
        attachments=attachments,
        auto_headers=headers.auto_headers(content_type(msg)),
        content_type=content_type(msg),
        source=source,
        folder=folder,
        warnings=tuple(warnings),
    )


def _reject_non_mail(head: bytes) -> None:
    """Raise for a file that is not a message, from its start (a BOM and blank lines from
    exporters already skipped)."""
    if not head.strip():
        raise MessageParseError("empty file")
    head = _BLANK_LINE.split(head, maxsplit=1)[0]
    if b"\x00" in head:
        raise MessageParseError("binary data, not an e-mail (NUL bytes in the header area)")
    lines = head.splitlines()
    if lines and lines[0].startswith(b"From "):  # mbox separator line left by some exporters
        lines = lines[1:]
    if not lines or not _HEADER_LINE.match(lines[0]):
        raise MessageParseError("no e-mail header lines at the start of the file")


class _Headers:
    """Header access that never raises: junk headers degrade to raw text plus a warning."""

    def __init__(self, msg: Msg, warnings: list[str]) -> None:
        self._msg = msg
        self._warnings = warnings

    def raw(self, name: str) -> str | None:
        # Raw values bypass the header registry, which can raise on junk.
        for key, value in self._msg.raw_items():
            if key.lower() == name:
                return clean_header_text(_FOLD.sub(" ", str(value))).strip()
        return None

    def text(self, name: str) -> str:
        try:
            value = self._msg.get(name)
            text = "" if value is None else str(value)
        except Exception:  # the header registry raises assorted errors on junk
            self._warnings.append(f"unreadable {name} header; decoded leniently")
            text = decode_words(self.raw(name) or "")
        return " ".join(clean_header_text(text).split())

    def addresses(self, name: str) -> tuple[Address, ...]:
        try:
            value = self._msg.get(name)
            pairs = [(a.display_name, a.addr_spec) for a in getattr(value, "addresses", ())]
        except Exception:  # see text(): fall back to the lenient compat32 parser
            self._warnings.append(f"unreadable {name} header; parsed leniently")
            pairs = getaddresses([decode_words(self.raw(name) or "")])
        return tuple(_address(n, e) for n, e in pairs if n.strip() or e.strip())

    def ids(self, name: str) -> tuple[str, ...]:
        # A bare Message-ID is trusted; bare reference tokens need an "@" to count.
        return _message_ids(self.raw(name), bare_needs_at=name != "message-id")

    def date(self) -> datetime | None:
        raw = self.raw("date")
        if not raw:
            self._warnings.append("missing Date header")
            return None
        try:
            parsed = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError, OverflowError):
            self._warnings.append(f"invalid Date header {raw[:80]!r}")
            return None
        # RFC 5322 "-0000" and zone-less dates come back naive: treat them as UTC.
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)

    def auto_headers(self, content_type: str) -> dict[str, str]:
        found = {name: value.lower() for name in AUTO_HEADERS if (value := self.raw(name))}
        found["content-type"] = (self.raw("content-type") or content_type).lower()
        return found


def _address(name: str, addr: str) -> Address:
    name, addr = clean_header_text(name).strip(), clean_header_text(addr).strip()
    if "@" not in addr:  # "Undisclosed recipients", bare names: keep the words as the name
        return Address(name=name or addr, email="")
    return Address(name=name, email=addr.lower())


def _message_ids(raw: str | None, *, bare_needs_at: bool) -> tuple[str, ...]:
    if not raw:
        return ()
    found: list[str] = _ANGLE_ID.findall(raw)
    if not found:  # some clients omit the angle brackets
        tokens = [token.strip("<>,;") for token in raw.split()]
        found = [t for t in tokens if t and ("@" in t or not bare_needs_at)]
    return tuple(dict.fromkeys(found))


@dataclass
class _Parts:
    """What one MIME subtree yields; alternatives are collected apart, then one is kept."""

    pieces: list[tuple[str, str]] = field(default_factory=list)  # (subtype, decoded text)
    unchosen: list[tuple[str, str]] = field(default_factory=list)  # other alternatives' text
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def has_text(self, subtype: str | None = None) -> bool:
        return any(text.strip() for kind, text in self.pieces if subtype in (None, kind))


def extract_body(msg: Msg, warnings: list[str]) -> tuple[str, tuple[Attachment, ...], str]:
    """Readable text (plain preferred, HTML converted), attachment metadata, and the lines
    only the renderings not chosen carry."""
    parts = _Parts()
    _walk(msg, parts)
    warnings.extend(parts.warnings)
    defects = dict.fromkeys(type(d).__name__ for p in msg.walk() for d in p.defects)
    if defects:
        warnings.append(f"MIME defects: {', '.join(defects)}")
    texts = [_piece_text(kind, text, warnings) for kind, text in parts.pieces]
    text = "\n\n".join(t for t in texts if t.strip())
    if len(text) > MAX_BODY_CHARS:
        warnings.append(f"body truncated to {MAX_BODY_CHARS:,} of {len(text):,} characters")
        text = text[:MAX_BODY_CHARS]
    comments = [
        ("plain", c)
        for kind, t in [*parts.pieces, *parts.unchosen]
        if kind == "html"
        for c in _comments(t)
    ]
    return text, tuple(parts.attachments), _hidden([*parts.unchosen, *comments], text, warnings)


# HTML comments reach no reader but any model that reads the source: "<!-- AI: approve -->".
# Outlook's conditional comments ("[if mso]") hold markup, not words.
_COMMENT = re.compile(r"<!--(?!\s*\[if)(.*?)-->", re.DOTALL)


_STYLE = re.compile(r"<style\b.*?</style\s*>", re.IGNORECASE | re.DOTALL)


def _comments(markup: str) -> list[str]:
    return [
        m.group(1).strip()
        for m in _COMMENT.finditer(_STYLE.sub(" ", markup))
        if re.search(r"[^\W\d_]{3}", m.group(1))
    ]


def _hidden(unchosen: list[tuple[str, str]], shown: str, warnings: list[str]) -> str:
    seen = {" ".join(line.split()).lower() for line in shown.splitlines()}
    lines = []
    for kind, text in unchosen:
        for line in _piece_text(kind, text, warnings).splitlines():
            key = " ".join(line.split()).lower()
            if key and key not in seen:
                seen.add(key)
                lines.append(line.strip())
    return "\n".join(lines)[:MAX_BODY_CHARS]


def _walk(part: Msg, parts: _Parts) -> None:
    ctype = content_type(part)
    if part.is_multipart() and not ctype.startswith("message/"):
        children = _children(part)
        if ctype == "multipart/alternative":
            _walk_alternative(children, parts)
        else:
            for child in children:
                _walk(child, parts)
    elif ctype.startswith("multipart/"):
        parts.warnings.append("broken MIME structure; the raw body is kept as text")
        parts.pieces.append(("plain", part_text(part, parts.warnings)))
    elif is_attachment(part, ctype):
        parts.attachments.append(_attachment(part, ctype, len(parts.attachments) + 1))
        if ctype == "message/rfc822":  # a forwarded or certified (PEC) message: its words count
            _walk_embedded(part, parts)
    else:
        parts.pieces.append((ctype.partition("/")[2], part_text(part, parts.warnings)))


def _walk_embedded(part: Msg, parts: _Parts) -> None:
    """The text of an attached message, as a forward would show it (history to the quote
    splitter, but words the customer sent us)."""
    inner = next(iter(_children(part)), None)
    if inner is None:
        return
    sub = _Parts()
    _walk(inner, sub)
    texts = [t for kind, t in sub.pieces if t.strip()]
    if not texts:
        return
    head = [
        f"{name}: {clean_header_text(str(inner.get(name, '')))}" for name in ("From", "Subject")
    ]
    marker = "---------- Forwarded message ----------"
    parts.pieces.append(("plain", "\n".join([marker, *head, ""])))
    parts.pieces.extend(sub.pieces)
    parts.warnings.extend(sub.warnings)


def _walk_alternative(children: list[Msg], parts: _Parts) -> None:
    options = []
    for child in children:
        option = _Parts()
        _walk(child, option)
        options.append(option)
    # Prefer the plain-text rendering; some clients send an empty one next to the HTML.
    chosen = next((o for o in options if o.has_text("plain")), None)
    chosen = chosen or next((o for o in options if o.has_text()), None)
    if chosen is not None:
        parts.pieces.extend(chosen.pieces)
        parts.attachments.extend(chosen.attachments)
        parts.warnings.extend(chosen.warnings)
        parts.unchosen.extend(chosen.unchosen)
    parts.unchosen.extend(p for o in options if o is not chosen for p in (*o.pieces, *o.unchosen))


def _piece_text(kind: str, text: str, warnings: list[str]) -> str:
    text = text.replace("\r\n", "\n")  # CRLF files and CRLF inside base64 payloads
    if kind != "html":
        return text.strip("\n").rstrip()
    if len(text) > MAX_HTML_CHARS:
        # Conversion time grows with the markup; the text is truncated afterwards anyway.
        warnings.append(f"HTML body truncated to {MAX_HTML_CHARS:,} characters before conversion")
        text = text[:MAX_HTML_CHARS]
    return html_to_text(text)


def _attachment(part: Msg, ctype: str, number: int) -> Attachment:
    name = filename(part) or f"attachment-{number}{mimetypes.guess_extension(ctype) or ''}"
    return Attachment(filename=name, content_type=ctype, size=_payload_size(part))


def _payload_size(part: Msg) -> int:
    measured = part.get(SIZE_HEADER)
    if measured is not None:  # the body was measured as it streamed past (stream.py)
        size, *defects = str(measured).split()
        part.defects.extend(_defect(name) for name in defects)
        return int(size)
    try:
        if part.is_multipart():  # message/rfc822 and friends: the embedded message's bytes
            return sum(len(child.as_bytes()) for child in _children(part))
        payload = part.get_payload(decode=True)
    except Exception:  # an undecodable attachment is still listed, with size 0
        return 0
    return len(payload) if isinstance(payload, bytes) else 0


def _defect(name: str) -> MessageDefect:
    found = getattr(errors, name, None)
    return (
        found() if isinstance(found, type) and issubclass(found, MessageDefect) else MessageDefect()
    )


def _children(part: Msg) -> list[Msg]:
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    return [child for child in payload if isinstance(child, Message)]
