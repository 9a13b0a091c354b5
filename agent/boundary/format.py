"""Format rules of a customer draft: plain text, no images or HTML, links only to allowed
domains."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from urllib.parse import urlsplit

_URL = re.compile(
    r"\b(?:https?|ftp)://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+"
    r"|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|de|fr|uk|eu|biz|info|app|ly|me|us|ch|nl"
    r"|at|be|ai|dev|link|site|online|xyz|es|it|pt|br|se|dk|pl|cz)(?:/[^\s<>\"')\]]*)?"
    r"(?![\w@.-]*@)\b",
    re.IGNORECASE,
)
_IMAGE = re.compile(
    r"<\s*img\b[^>]*>?|!\[[^\]]*\]\([^)]*\)|\bdata:image/\w+|\bcid:\S+|<\s*a\s+href[^>]*>?",
    re.IGNORECASE,
)


def format_reasons(text: str, allowed_link_domains: Collection[str] = ()) -> list[str]:
    reasons = [f"contains an image or HTML: '{m.group().strip()}'" for m in _IMAGE.finditer(text)]
    return reasons + list(_links(text, allowed_link_domains))


def _links(text: str, allowed: Collection[str]) -> Iterator[str]:
    domains = {d.lower().strip(".") for d in allowed if d}
    for m in _URL.finditer(text):
        host = urlsplit(m.group() if "//" in m.group() else f"//{m.group()}").hostname or ""
        if not any(host == d or host.endswith("." + d) for d in domains):
            yield f"contains a link: '{m.group()}'"
