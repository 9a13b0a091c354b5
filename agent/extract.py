"""Extract the PO facts a thread gives: PO number, billing entity, tax id, documents, amounts.

Only what inbound messages add counts (their new text, own subject and attachment
names): quoted history and our own replies would echo old or internal facts.
Messages are read newest first, so the newest information wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from agent.models import Extraction, Money
from agent.rules.documents import (
    registration_complete,
    signature_packet_mentioned,
    signed_attachment,
)
from agent.rules.entity import billing_entities
from agent.rules.money import find_amounts, find_quantities
from agent.rules.po_number import link_tokens, po_number_in_filename, po_numbers_in_text
from agent.rules.tax import find_tax_ids
from agent.rules.text import inbound, message_text
from connectors.mailbox.model import MailMessage, MailThread

T = TypeVar("T")


def extract(thread: MailThread) -> Extraction:
    newest_first = list(reversed(inbound(thread)))
    po = _first(po_number(m) for m in newest_first)
    entity = _first(_sourced(billing_entities(message_text(m))[-1:], m) for m in newest_first)
    tax = _first(_sourced(_tax_ids(m, validated=True), m) for m in newest_first) or _first(
        _sourced(_tax_ids(m, validated=False), m) for m in newest_first
    )
    return Extraction(
        po_number=po[0] if po else None,
        po_number_source=po[1] if po else None,
        billing_entity=entity[0] if entity else None,
        billing_entity_source=entity[1] if entity else None,
        tax_id=tax[0] if tax else None,
        tax_id_source=tax[1] if tax else None,
        supplier_registration_complete=any(
            registration_complete(message_text(m)) for m in newest_first
        ),
        signature_packet_attached=any(signature_packet(m) for m in newest_first),
        amounts=tuple(_amounts(newest_first)),
        quantities=tuple(_unique(q for m in newest_first for q, _, _ in _quantities(m))),
        mentioned_tokens=tuple(_unique(t for m in newest_first for t in tokens(m))),
    )


def po_number(message: MailMessage) -> tuple[str, str] | None:
    """(number, source): the text first, then attachment names, then a number the
    text itself calls a duplicate ("cancel the duplicate PO 4500012345")."""
    text = message_text(message)
    stated = po_numbers_in_text(text)
    if stated:
        return stated[0], message.message_id
    for attachment in message.attachments:
        number = po_number_in_filename(attachment.filename)
        if number:
            return number, f"attachment:{attachment.filename}@{message.message_id}"
    corrected = po_numbers_in_text(text, corrected=True)
    return (corrected[0], message.message_id) if corrected else None


def signature_packet(message: MailMessage) -> str | None:
    """A signed PDF attached, or the text saying a signed document is attached."""
    return signed_attachment(message.attachments) or signature_packet_mentioned(
        message_text(message)
    )


def tokens(message: MailMessage) -> list[str]:
    names = (a.filename for a in message.attachments)
    return link_tokens("\n".join([message_text(message), *names]))


def _quantities(message: MailMessage) -> list[tuple[int, int, int]]:
    return find_quantities(message_text(message))


def _amounts(messages: list[MailMessage]) -> Iterator[Money]:
    seen: set[tuple[object, str | None]] = set()
    for m in messages:
        for hit in find_amounts(message_text(m)):
            key = (hit.money.amount.normalize(), hit.money.currency)
            if key not in seen:
                seen.add(key)
                yield hit.money


def _tax_ids(message: MailMessage, *, validated: bool) -> list[str]:
    """Tax IDs whose check holds win over labelled ones whose check fails (a typo), in any
    message: a customer who corrects a typo sends the valid one."""
    return [t.compact for t in find_tax_ids(message_text(message)) if t.validated == validated]


def _sourced(values: list[str], message: MailMessage) -> tuple[str, str] | None:
    return (values[0], message.message_id) if values else None


def _first(items: Iterable[tuple[str, str] | None]) -> tuple[str, str] | None:
    return next((i for i in items if i), None)


def _unique(items: Iterable[T]) -> list[T]:
    return list(dict.fromkeys(items))
