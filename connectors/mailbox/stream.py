"""Read a message a line at a time, keeping what the parser needs and measuring the rest.

An attachment's body is never held: as its lines stream past its decoded size is counted
(connectors.mailbox.measure), and the parser gets the part's headers, with that size in a
header of ours (SIZE_HEADER), instead of the body. Everything else is kept byte for byte.
The walk follows the standard library's parser (email.feedparser) step for step: the same
line breaks, header/body split, boundaries (any enclosing one ends a part), part defaults
and kinds, so the parser finds the same structure in what is kept as in the whole file.
"""

from __future__ import annotations

import email
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage, Message
from email.policy import EmailPolicy
from typing import BinaryIO, TypeAlias

from connectors.mailbox.headers import message_policy
from connectors.mailbox.html import clean_header_text, decode_words
from connectors.mailbox.measure import meter_for, strip_eol

SIZE_HEADER = "X-PODesk-Attachment-Size"  # ours alone: renamed wherever the mail has it
HEAD_BYTES = 64 * 1024  # enough for any real header block
_CHUNK = 64 * 1024
_MAX_LINE = 1024 * 1024  # a longer line is passed on in pieces (a body without breaks)
_HEADER = re.compile(rb"^(From |[\041-\071\073-\176]*:|[\t ])")  # feedparser's headerRE
_OURS = re.compile(rb"^" + SIZE_HEADER.encode() + rb"[ \t]*:", re.IGNORECASE)
_BOM = b"\xef\xbb\xbf"

Msg: TypeAlias = "Message[str, str]"
Reading: TypeAlias = "EmailPolicy[EmailMessage]"  # how a message's headers are read
_CTYPE = "_podesk_content_type"  # where content_type() keeps what it read on the part
Matcher = Callable[[bytes], object]


@dataclass(frozen=True)
class Slimmed:
    data: bytes  # the message with attachment bodies left out
    sha256: str  # of the file as read, every byte
    head: bytes  # its first HEAD_BYTES, after a BOM and leading blank lines


class _Tail(bytes):
    """The rest of a line longer than _MAX_LINE: it starts no line, so it is no boundary."""


class Lines:
    """The file as email.feedparser sees it: lines split at \r\n, \r or \n, a pushback,
    and the stack of boundary matchers that end a part early (a "false EOF"). Boundary
    lines start with "--", so other lines are not matched at all."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._ready: list[bytes] = []  # reversed: pop() is the next line
        self._partial = b""
        self._at_start = True  # the next line filled in starts a line
        self._eof = False
        self._matchers: list[Matcher] = []
        self.digest = hashlib.sha256()
        self.consumed = 0
        self.fresh = True  # the last line returned starts a line (not a long line's tail)
        self.head = self._skip_start()

    def _skip_start(self) -> bytes:
        """Drop a BOM and blank lines before the headers (exporters leave them), as the
        parser's caller always has; return what follows, up to HEAD_BYTES, unconsumed."""
        data = self._read()
        while not self._eof and len(data) < HEAD_BYTES:
            data += self._read()
        data = data.removeprefix(_BOM).lstrip(b"\r\n")
        self._partial = data
        return data[:HEAD_BYTES]

    def _read(self) -> bytes:
        chunk = self._stream.read(_CHUNK)
        self.digest.update(chunk)
        self._eof = not chunk
        return chunk

    def push(self, matcher: Matcher) -> None:
        self._matchers.append(matcher)

    def pop(self) -> None:
        self._matchers.pop()

    def readline(self) -> bytes | None:
        """The next line; None at the end of the file or of the current part."""
        if not self._ready and not self._fill():
            return None
        line = self._ready[-1]
        if self._ends_part(line):
            return None
        self._took([self._ready.pop()])
        return line

    def read_block(self) -> list[bytes] | None:
        """The next lines of the current part, as many as are read in (None at its end):
        a body's bulk with one look at each line."""
        if not self._ready and not self._fill():
            return None
        ready, block = self._ready, []
        while ready and not self._ends_part(ready[-1]):
            block.append(ready.pop())
        if not block:
            return None
        self._took(block)
        return block

    def unread(self, line: bytes) -> None:
        self._ready.append(line)
        self.consumed -= len(line)

    def _ends_part(self, line: bytes) -> bool:
        if not line.startswith(b"--") or isinstance(line, _Tail):
            return False
        return any(match(line) for match in reversed(self._matchers))

    def _took(self, lines: list[bytes]) -> None:
        last = lines[-1]
        self.consumed += sum(map(len, lines)) if len(lines) > 1 else len(last)
        self.fresh = not isinstance(last, _Tail)

    def _fill(self) -> bool:
        while not self._ready:
            if self._eof and not self._partial:
                return False
            data = self._partial if self._eof else self._partial + self._read()
            lines = data.splitlines(keepends=True)
            # A last line without its break may go on in the next chunk ("\r" may be "\r\n").
            self._partial = lines.pop() if lines and not self._eof else b""
            if len(self._partial) > _MAX_LINE:
                lines.append(self._partial)
                self._partial = b""
            if not lines:
                continue
            if not self._at_start:
                lines[0] = _Tail(lines[0])
            self._at_start = lines[-1].endswith((b"\n", b"\r"))
            lines.reverse()
            self._ready = lines
        return True


def slim(
    stream: BinaryIO, check_head: Callable[[bytes], None], reading: Reading | None = None
) -> Slimmed:
    """The message in ``stream`` with attachment bodies replaced by their sizes.

    ``check_head`` sees the start of the file first and may raise (not mail): a large file
    that is not mail is never read further. Parts' headers are read with ``reading``, the
    policy the caller then parses the result with (connectors.mailbox.headers)."""
    reading = reading or message_policy()
    lines = Lines(stream)
    check_head(lines.head)
    out: list[bytes] = []
    _part(lines, out, "text/plain", in_multipart=False, reading=reading)
    _copy(lines, out)  # the top level reads to the end; nothing is ever dropped
    return Slimmed(b"".join(out), lines.digest.hexdigest(), lines.head)


def _part(
    lines: Lines, out: list[bytes], default: str, *, in_multipart: bool, reading: Reading
) -> bool:
    """One message or MIME part (feedparser._parsegen); True when a body was left out."""
    headers, separator = _headers(lines)
    part = _header_part(headers, default, reading)
    out.extend(headers)
    if headers and not headers[-1].endswith((b"\n", b"\r")):
        out.append(b"\n")  # the last header ended the file: a header of ours may follow
    at = len(out)  # where a size header goes: after the headers, before the separator
    out.append(separator)
    ctype = content_type(part)
    if ctype == "message/delivery-status":  # header blocks, small: kept as they are
        _copy(lines, out)
        return False
    maintype = ctype.partition("/")[0]
    if maintype == "message":  # an attached message: walk into it
        start = lines.consumed
        if _part(lines, out, "text/plain", in_multipart=in_multipart, reading=reading):
            # The embedded message's bytes as the file holds them (the whole parse counted
            # them re-serialised: a few bytes apart, as header folding differs).
            out.insert(at, _size_header(lines.consumed - start))
            return True
        return False
    if maintype == "multipart":
        return _multipart(lines, out, part, in_multipart=in_multipart, reading=reading)
    meter = meter_for(str(part.get("content-transfer-encoding", "")).lower())
    if meter is None or not is_attachment(part, ctype):
        _copy(lines, out)
        return False
    held = None  # the last line: its break may belong to the boundary after it
    while (block := lines.read_block()) is not None:
        meter.feed(b"".join([held or b"", *block[:-1]]))
        held = block[-1]
    if held is not None:  # feedparser drops the line break before a boundary
        meter.feed(strip_eol(held) if in_multipart else held)
    size, defects = meter.result()
    if held is not None and not separator:  # the parser notes a body with no blank line
        defects.insert(0, "MissingHeaderBodySeparatorDefect")
    out.insert(at, _size_header(size, defects))
    return True


def _headers(lines: Lines) -> tuple[list[bytes], bytes]:
    """The header lines, and the blank line ending them if there was one. A header named
    like ours is renamed (kept, so the structure stays the same): only we set its value."""
    headers: list[bytes] = []
    while (line := lines.readline()) is not None:
        if lines.fresh and not _HEADER.match(line):
            if line[:1] in (b"\r", b"\n"):
                return headers, line
            lines.unread(line)  # no blank line: the body starts here
            break
        headers.append(_OURS.sub(b"X-Sender-" + SIZE_HEADER.encode() + b":", line, count=1))
    return headers, b""


def _header_part(headers: list[bytes], default: str, reading: Reading) -> Msg:
    part: Msg = email.message_from_bytes(b"".join(headers), policy=reading)
    part.set_default_type(default)
    return part


def _multipart(
    lines: Lines, out: list[bytes], part: Msg, *, in_multipart: bool, reading: Reading
) -> bool:
    """Preamble, parts and epilogue, as feedparser splits them at the boundary."""
    boundary = _boundary(part)
    if boundary is None:  # no usable boundary: the parser keeps the body as text
        _copy(lines, out)
        return False
    child = "message/rfc822" if content_type(part) == "multipart/digest" else "text/plain"
    started = stripped = False
    while (line := lines.readline()) is not None:
        found = boundary.match(line) if lines.fresh else None
        out.append(line)
        if found is None:
            continue  # the preamble
        if found.group("end"):
            if started:
                break
            _copy(lines, out)  # a close before any part: the parser keeps it all as text
            return stripped
        started = True
        while (line := lines.readline()) is not None:  # repeated boundaries make no part
            if not (lines.fresh and boundary.match(line)):
                lines.unread(line)
                break
            out.append(line)
        lines.push(boundary.match)
        stripped |= _part(lines, out, child, in_multipart=True, reading=reading)
        lines.pop()
    _copy(lines, out)  # the epilogue
    return stripped


def _boundary(part: Msg) -> re.Pattern[bytes] | None:
    try:
        boundary = part.get_boundary()
        if boundary is None:
            return None
        separator = ("--" + boundary).encode("ascii", "surrogateescape")
    except (UnicodeError, ValueError, TypeError):
        return None  # no line of the file can match it
    return re.compile(
        rb"(?P<sep>" + re.escape(separator) + rb")(?P<end>--)?(?P<ws>[ \t]*)"
        rb"(?P<linesep>\r\n|\r|\n)?$"
    )


def _copy(lines: Lines, out: list[bytes]) -> None:
    while (line := lines.readline()) is not None:
        out.append(line)


def _size_header(size: int, defects: list[str] | None = None) -> bytes:
    return f"{SIZE_HEADER}: {' '.join([str(size), *(defects or [])])}\n".encode()


def content_type(part: Msg) -> str:
    """The part's content type, read once: each read of a header re-parses it."""
    known: str | None = getattr(part, _CTYPE, None)
    if known is None:
        try:
            known = part.get_content_type()
        except Exception:  # a junk Content-Type header must not stop the message
            known = "text/plain"
        setattr(part, _CTYPE, known)
    return known


def is_attachment(part: Msg, ctype: str) -> bool:
    """What the parser lists as an attachment rather than reads as text."""
    if ctype not in ("text/plain", "text/html"):
        return True
    try:
        if part.get_content_disposition() == "attachment":
            return True
    except Exception:  # unreadable disposition: decide by the file name alone
        pass
    return filename(part) is not None


def filename(part: Msg) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # malformed RFC 2231 parameters
        return None
    if not name:
        return None
    if "=?" in name:  # Outlook puts RFC 2047 words inside the parameter
        name = decode_words(name)
    # Keep only the base name: some clients send the sender's full local path.
    name = clean_header_text(name).replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name or None
