"""Message bodies as Exchange stores and returns them.

Exchange keeps a body in one format and converts on the way out: Graph returns full HTML
documents (``<html><head>...</head><body>...</body></html>``) unless the request prefers
``outlook.body-content-type="text"``. The sandbox keeps both forms side by side. Reply
drafts get Outlook's reply header block and the quoted original, like createReply does.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from connectors.mailbox import html_to_text

PREVIEW_LENGTH = 255  # Graph: "The first 255 characters of the message body"
_BODY = re.compile(r"<body[^>]*>(.*)</body\s*>", re.IGNORECASE | re.DOTALL)
_HEAD = (
    '<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
    '<meta name="Generator" content="Microsoft Exchange Server">\r\n'
    "<style>\r\n<!--\r\n.EmailQuote{margin-left:1pt;padding-left:4pt;"
    "border-left:#800000 2px solid}\r\n-->\r\n</style>\r\n</head>\r\n"
)
_SEPARATOR_TEXT = "\r\n\r\n________________________________\r\n"


def html_document(inner: str) -> str:
    return f"{_HEAD}<body>\r\n{inner}\r\n</body>\r\n</html>\r\n"


def text_to_html(text: str) -> str:
    """A plain-text body as the HTML document Exchange derives from it."""
    return html_document(text_fragment(text))


def text_fragment(text: str) -> str:
    lines = text.replace("\r\n", "\n").split("\n")
    return '<div dir="ltr">' + "<br>\r\n".join(html.escape(line) for line in lines) + "</div>"


def body_inner(document: str) -> str:
    """What is between <body> and </body>; the whole text when there is no body element."""
    match = _BODY.search(document)
    return match.group(1).strip() if match else document


def html_to_plain(document: str) -> str:
    return html_to_text(document)


def preview(text: str) -> str:
    return " ".join(text.split())[:PREVIEW_LENGTH]


def both_forms(body: dict[str, Any]) -> tuple[str, str]:
    """(html, text) for an itemBody sent by a client; contentType is case-insensitive."""
    content = str(body.get("content") or "")
    if str(body.get("contentType") or "text").lower() == "html":
        return content if "<html" in content.lower() else html_document(content), html_to_text(
            content
        )
    return text_to_html(content), content


def _who(recipient: dict[str, Any] | None) -> str:
    if not recipient:
        return ""
    address = recipient["emailAddress"]
    name, email = address.get("name") or "", address.get("address") or ""
    return f"{name} <{email}>" if name and name != email else email


def _names(recipients: list[dict[str, Any]]) -> str:
    return "; ".join(_who(r) for r in recipients)


def _sent_label(sent: str) -> str:
    when = datetime.fromisoformat(sent.replace("Z", "+00:00"))
    return f"{when:%A, %B} {when.day}, {when:%Y} {when:%I:%M %p}".replace(" 0", " ")


def reply_header(original: dict[str, Any]) -> tuple[str, str]:
    """Outlook's "From/Sent/To/Cc/Subject" block above the quoted original: (html, text)."""
    rows = [
        ("From", _who(original.get("from"))),
        ("Sent", _sent_label(original["sentDateTime"])),
        ("To", _names(original.get("toRecipients") or [])),
        ("Cc", _names(original.get("ccRecipients") or [])),
        ("Subject", original.get("subject") or ""),
    ]
    rows = [(label, value) for label, value in rows if value or label != "Cc"]
    html_rows = "<br>\r\n".join(f"<b>{label}:</b> {html.escape(value)}" for label, value in rows)
    text_rows = "\r\n".join(f"{label}: {value}" for label, value in rows)
    block = (
        '<hr style="display:inline-block;width:98%" tabindex="-1">\r\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
        f'style="font-size:11pt" color="#000000">{html_rows}</font>\r\n<div>&nbsp;</div>\r\n</div>'
    )
    return block, text_rows


def reply_bodies(
    original: dict[str, Any],
    original_html: str,
    original_text: str,
    reply_html: str,
    reply_text: str,
) -> tuple[str, str]:
    """The draft body createReply produces: new content, header block, quoted original."""
    header_html, header_text = reply_header(original)
    inner = f"{reply_html}\r\n{header_html}\r\n<div>{body_inner(original_html)}</div>"
    text = f"{reply_text}{_SEPARATOR_TEXT}{header_text}\r\n\r\n{original_text}"
    return html_document(inner), text
