"""Decoded sizes of attachment bodies, counted as their lines stream past.

Each meter gives what ``len(part.get_payload(decode=True))`` gives for the whole body, and
the decoding defects the standard library would have recorded on the part, without ever
holding the body: a 30 MB attachment costs a line's worth of memory.
"""

from __future__ import annotations

import binascii
import copy
import re
from typing import Protocol

_NOT_ALPHABET = re.compile(rb"[^A-Za-z0-9+/]")
_ALPHABET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_PAD = ord("=")
_EOL = re.compile(rb"(\r\n|\r|\n)\Z")


class Meter(Protocol):
    def feed(self, line: bytes) -> None: ...

    def result(self) -> tuple[int, list[str]]:
        """(decoded size, names of email.errors defects)."""
        ...


class RawMeter:
    """7bit, 8bit, binary and unknown encodings: the payload is the bytes themselves."""

    def __init__(self) -> None:
        self.size = 0

    def feed(self, line: bytes) -> None:
        self.size += len(line)

    def result(self) -> tuple[int, list[str]]:
        return self.size, []


class QuotedPrintableMeter:
    """quopri decodes line by line, but for one thing: "=" before a bare "\r" (a file with
    old Mac line ends) is a soft break that skips everything up to the next "\n"."""

    def __init__(self) -> None:
        self.size = 0
        self.skipping = False

    def feed(self, line: bytes) -> None:
        if self.skipping:
            end = line.find(b"\n")
            if end < 0:
                return
            line, self.skipping = line[end + 1 :], False
        decoded = len(binascii.a2b_qp(line))
        self.size += decoded
        # Does a soft break still skip at the end? Then a "\n" after it adds nothing.
        if line.endswith(b"\r") and b"=" in line:
            self.skipping = len(binascii.a2b_qp(line + b"\n")) == decoded

    def result(self) -> tuple[int, list[str]]:
        return self.size, []


class _Decoder:
    """binascii.a2b_base64 (Python 3.11) as a counter of the bytes it would write."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.seen = 0  # characters so far
        self.quad = 0  # position in the current group of four
        self.pads = 0
        self.size = 0
        self.padded = False  # a "=" was seen
        self.finished = False  # a completed padding: the decoder stopped there
        self.failed = False  # strict only: it raised

    def ok(self) -> bool:
        return not self.failed and (self.finished or self.quad == 0)

    def simple(self) -> bool:
        return not (self.padded or self.finished or self.failed)

    def run(self, count: int) -> None:
        """``count`` alphabet characters, when simple()."""
        total = self.quad + count
        self.size += (total // 4) * 3 + max(0, total % 4 - 1) - max(0, self.quad - 1)
        self.quad, self.pads, self.seen = total % 4, 0, self.seen + count

    def char(self, char: int) -> None:
        self.seen += 1
        if self.failed or self.finished:
            self.failed = self.failed or self.strict  # strict: data after the padding
        elif char == _PAD:
            self._pad()
        elif char not in _ALPHABET:
            self.failed = self.strict
        elif self.strict and self.padded:
            self.failed = True  # discontinuous padding
        else:
            self.seen -= 1
            self.run(1)

    def _pad(self) -> None:
        if self.strict and self.seen == 1:
            self.failed = True  # leading padding
            return
        self.padded = True
        if self.quad >= 2:
            self.pads += 1
            self.finished = self.quad + self.pads >= 4


class Base64Meter:
    """email._encoded_words.decode_b as a counter: a strict decode with the missing padding
    added, else binascii's lenient one (characters outside the alphabet skipped), else
    that with "==" added, else the text as it is; each fallback is a defect."""

    def __init__(self) -> None:
        self.length = 0  # characters, line breaks removed (decode_b's len(encoded))
        self.strict = _Decoder(strict=True)
        self.lenient = _Decoder(strict=False)

    def feed(self, line: bytes) -> None:
        data = line.replace(b"\r", b"").replace(b"\n", b"")
        self.length += len(data)
        if self.strict.simple() and self.lenient.simple() and not _NOT_ALPHABET.search(data):
            self.strict.run(len(data))  # the common line: data characters only
            self.lenient.run(len(data))
            return
        for char in data:
            self.strict.char(char)
            self.lenient.char(char)

    def result(self) -> tuple[int, list[str]]:
        strict = _finish(self.strict, (-self.length) % 4)
        if strict.ok():
            return strict.size, ["InvalidBase64PaddingDefect"] if self.length % 4 else []
        if self.lenient.ok():
            return self.lenient.size, ["InvalidBase64CharactersDefect"]
        padded = _finish(self.lenient, 2)
        if padded.ok():
            return padded.size, ["InvalidBase64CharactersDefect", "InvalidBase64PaddingDefect"]
        return self.length, ["InvalidBase64LengthDefect"]  # kept as it is: nothing decodes


def _finish(decoder: _Decoder, pads: int) -> _Decoder:
    """The decoder as it ends after ``pads`` more "=" (a copy)."""
    end = copy.copy(decoder)
    for _ in range(pads):
        end.char(_PAD)
    return end


def meter_for(encoding: str) -> Meter | None:
    """A meter for a Content-Transfer-Encoding; None for uuencode, which is kept whole."""
    if encoding == "base64":
        return Base64Meter()
    if encoding == "quoted-printable":
        return QuotedPrintableMeter()
    if encoding in ("x-uuencode", "uuencode", "uue", "x-uue"):
        return None
    return RawMeter()


def strip_eol(line: bytes) -> bytes:
    """The line without its line break: the break before a boundary belongs to the boundary."""
    return _EOL.sub(b"", line, count=1)
