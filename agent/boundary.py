"""The deterministic boundary for customer-facing drafts (design rule 2).

A draft may thank, acknowledge receipt and ask for missing PO details. It may not
promise timing, accept or confirm the order, change or negotiate commercial terms,
carry bank or remit-to details, or contain links and images (plain text only,
except links to allowlisted domains). Every violation is reported with the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from urllib.parse import urlsplit

from agent.models import BoundaryVerdict
from agent.rules import dates, draft
from agent.rules.text import normalize, sentence_bounds


def check_customer_draft(
    text: str, *, allowed_link_domains: Collection[str] = ()
) -> BoundaryVerdict:
    clean = normalize(text)
    reasons = [
        *_found(dates.DATE, clean, "promises a date or timing"),
        *_found(dates.TIMING, clean, "promises a date or timing"),
        *_soft_timing(clean),
        *_found(draft.PROMISE, clean, "promises shipment, activation or delivery"),
        *_acceptance(clean),
        *_found(
            draft.COMMERCIAL, clean, "changes price, discount, credit, payment or contract terms"
        ),
        *_found(draft.BANK, clean, "carries bank or remit-to details"),
        *_found(draft.IMAGE, clean, "contains an image or HTML"),
        *_links(clean, allowed_link_domains),
    ]
    unique = list(dict.fromkeys(reasons))
    return BoundaryVerdict(allowed=not unique, reasons=tuple(unique))


def _found(pattern: re.Pattern[str], text: str, what: str) -> Iterator[str]:
    for m in pattern.finditer(text):
        yield f"{what}: '{m.group().strip()}'"


def _soft_timing(text: str) -> Iterator[str]:
    """'shortly', 'today' only count in a sentence about fulfilling the order."""
    for m in dates.SOFT_TIMING.finditer(text):
        left, right = sentence_bounds(text, m.start(), m.end())
        if dates.FULFILMENT.search(text, left, right):
            yield f"promises a date or timing: '{m.group()}'"


def _acceptance(text: str) -> Iterator[str]:
    """'Your order has been booked' is acceptance; 'once your order is booked' is not, and
    'could you confirm the order?' asks the customer rather than confirming anything."""
    for m in draft.ACCEPTANCE.finditer(text):
        left, _ = sentence_bounds(text, m.start(), m.end())
        if not draft.ACCEPTANCE_CONDITIONAL.search(text, max(left, m.start() - 30), m.start()):
            yield f"accepts or confirms the order: '{m.group().strip()}'"
    for m in draft.ACCEPTANCE_REQUESTABLE.finditer(text):
        left, _ = sentence_bounds(text, m.start(), m.end())
        if not draft.CUSTOMER_REQUEST.search(text, left, m.start()):
            yield f"accepts or confirms the order: '{m.group().strip()}'"


def _links(text: str, allowed: Collection[str]) -> Iterator[str]:
    domains = {d.lower().strip(".") for d in allowed if d}
    for m in draft.URL.finditer(text):
        if not _allowed(m.group(), domains):
            yield f"contains a link: '{m.group()}'"


def _allowed(link: str, domains: set[str]) -> bool:
    host = urlsplit(link if "//" in link else f"//{link}").hostname or ""
    return any(host == d or host.endswith("." + d) for d in domains)
