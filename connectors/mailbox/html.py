"""MIME content to readable text: HTML bodies, charsets, encoded words.

Classification, extraction and quote splitting all work on text, so an
HTML-only message must come out as prose a person would recognise: link
text without URLs, no image placeholders, no markdown escape backslashes,
no hard line wrapping. Bytes in a wrong or unknown charset still become
text (with a warning) rather than stopping the message.
"""

from __future__ import annotations

import codecs
import html as std_html
import re
from email.header import decode_header, make_header
from email.message import Message

import html2text

# html2text escapes characters that would mean something in markdown
# ("1." -> "1\.", "- " -> "\- ", "\" -> "\\"); we want the original text back.
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
# Markdown table rule lines ("---|---|---") carry no information for a reader.
_TABLE_RULE = re.compile(r"^[\s|:-]*-[\s|:-]*\|[\s|:-]*$")
_TABLE_CELL = re.compile(r"(?<=\S)\| ")
_BLANK_RUN = re.compile(r"\n{3,}")
# Last-resort tag stripper for HTML that html2text cannot digest.
_TAG = re.compile(r"<[^>]*>")
_INVISIBLE = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def html_to_text(markup: str) -> str:
    """Convert an HTML body to readable text (links keep their text only)."""
    try:
        text = _converter().handle(markup)
    except Exception:  # html2text has no documented error set; junk must not abort a mailbox
        text = _strip_tags(markup)
    return _tidy(text)


def _converter() -> html2text.HTML2Text:
    # A fresh converter per call: HTML2Text keeps state between handle() calls.
    conv = html2text.HTML2Text()
    conv.ignore_images = True
    conv.ignore_links = True  # keeps the link text, drops "[text](url)" noise
    conv.ignore_emphasis = True
    conv.body_width = 0
    conv.unicode_snob = True
    conv.single_line_break = False
    return conv


def _strip_tags(markup: str) -> str:
    without_invisible = _INVISIBLE.sub(" ", markup)
    return std_html.unescape(_TAG.sub(" ", without_invisible))


def _tidy(text: str) -> str:
    lines: list[str] = []
    for line in text.splitlines():
        if _TABLE_RULE.match(line):
            continue
        cleaned = _MD_ESCAPE.sub(r"\1", line).rstrip()
        lines.append(_TABLE_CELL.sub(" | ", cleaned))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def clean_header_text(text: str) -> str:
    """Turn surrogate-escaped raw bytes (undeclared 8-bit headers) into real text."""
    if text.isascii():
        return text
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # lone surrogates that were never bytes
        return text.encode("utf-8", "replace").decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


# Declared charsets that are routinely used for bytes of a superset codec.
_SUPERSETS = {
    "iso8859-1": ("cp1252", "iso8859-1"),
    "iso2022_jp": ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2"),
    "shift_jis": ("cp932", "shift_jis"),
    "gb2312": ("gb18030",),
    "euc_kr": ("cp949",),
}


def decode_text(data: bytes, declared: str | None, warnings: list[str]) -> str:
    """Decode with the declared charset, then UTF-8; replace what neither can read."""
    label = (declared or "").strip(" \t\"'")
    codec = _codec(label) if label else "utf-8"
    if codec is None:
        warnings.append(f"unknown charset {label!r}; decoded as UTF-8")
    candidates = (*_SUPERSETS.get(codec or "utf-8", (codec or "utf-8",)), "utf-8")
    for candidate in dict.fromkeys(candidates):
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if codec is not None and candidate == "utf-8" and codec != "utf-8":
            warnings.append(f"body declared as {label!r} but was UTF-8")
        return text
    fallback = candidates[0]
    warnings.append(f"undecodable bytes in {fallback} body replaced")
    return data.decode(fallback, errors="replace")


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
        "".encode(name)  # rejects bytes-to-bytes codecs such as "base64"
    except LookupError:
        return None
    return name


def decode_words(raw: str) -> str:
    """Decode RFC 2047 words the forgiving compat32 way."""
    try:
        return str(make_header(decode_header(raw)))
    except Exception:  # unknown charsets, broken base64: keep the raw text
        return raw


def part_text(part: Message[str, str], warnings: list[str]) -> str:
    """The decoded text of one non-multipart MIME part."""
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    try:
        declared = part.get_content_charset()
    except Exception:  # junk charset parameter: decode as if none was declared
        declared = None
    return decode_text(data, declared, warnings)
