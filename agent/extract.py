"""Extract the PO facts a thread gives: PO number, billing entity, tax id, documents, amounts.

Only what inbound messages add counts (their new text, own subject and attachment
names): quoted history and our own replies would echo old or internal facts.
Messages are read newest first, so the newest information wins.

Two weaker facts also read the sender's signature and footer and the mail of their own
people a message forwards: a legal name written anywhere (``named_entity``) and a tax ID
that stands only there (``footer_tax_id``). They tell which PO fields the thread carries,
but the classifier does not see them: a signature does not make a mail PO paperwork.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

from agent.models import Extraction, Money
from agent.rules.documents import (
    registration_complete,
    signature_packet_mentioned,
    signed_attachment,
)
from agent.rules.entity import billing_entities
from agent.rules.forwarded import forwarded_text
from agent.rules.legal_names import fold, is_named, legal_names
from agent.rules.money import find_amounts, find_quantities
from agent.rules.po_number import link_tokens, po_number_in_filename, po_numbers_in_text
from agent.rules.prerequisites import contact_named, prerequisite_given
from agent.rules.tax import find_tax_ids
from agent.rules.text import inbound, message_text, signed_text
from connectors.mailbox.model import MailMessage, MailThread

T = TypeVar("T")
# Amounts, quantities and tokens listed, the newest first: the extraction sits in every
# checkpoint of a review cycle, so it must not grow with the thread.
LISTED = 20


def extract(thread: MailThread) -> Extraction:
    newest_first = list(reversed(inbound(thread)))
    ours = vendor_labels(thread)
    po = _first(po_number(m) for m in newest_first)
    entity = _first(_sourced(billing_entities(message_text(m))[-1:], m) for m in newest_first)
    named = _first(_sourced(named_entities(m, ours), m) for m in newest_first)
    tax = _first_tax(newest_first, message_text)
    footer_tax = None if tax else _first_tax(newest_first, lambda m: whole_text(m, ours))
    return Extraction(
        po_number=po[0] if po else None,
        po_number_source=po[1] if po else None,
        billing_entity=entity[0] if entity else None,
        billing_entity_source=entity[1] if entity else None,
        tax_id=tax[0] if tax else None,
        tax_id_source=tax[1] if tax else None,
        footer_tax_id=footer_tax[0] if footer_tax else None,
        footer_tax_id_source=footer_tax[1] if footer_tax else None,
        named_entity=named[0] if named else None,
        named_entity_source=named[1] if named else None,
        supplier_registration_complete=any(
            registration_complete(message_text(m)) for m in newest_first
        ),
        signature_packet_attached=any(signature_packet(m) for m in newest_first),
        procurement_contact_named=any(contact_named(message_text(m)) for m in newest_first),
        delivery_prerequisite_given=any(
            prerequisite_given(message_text(m), m.attachments) for m in newest_first
        ),
        amounts=tuple(islice(_amounts(newest_first), LISTED)),
        quantities=tuple(_unique(q for m in newest_first for q, _, _ in _quantities(m))[:LISTED]),
        mentioned_tokens=tuple(_unique(t for m in newest_first for t in tokens(m))[:LISTED]),
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


def named_entities(message: MailMessage, ours: frozenset[str] = frozenset()) -> list[str]:
    """Legal names the message writes anywhere, signature included, except our own."""
    return [n for n in legal_names(whole_text(message, ours)) if not is_named(n, ours)]


def whole_text(message: MailMessage, ours: frozenset[str]) -> str:
    """What the customer's side wrote in a message: its text, signature and footer, and the
    mail of their own people it forwards."""
    return "\n".join(t for t in (signed_text(message), forwarded_text(message, ours)) if t)


def vendor_labels(thread: MailThread) -> frozenset[str]:
    """Our own company's name as our mail domains spell it ("quillmark" for orders@quillmark.
    example): the domain our replies come from and the domains inbound mail is sent to, except
    the customer's own."""
    theirs = {_domain_label(m.sender.domain) for m in inbound(thread)}
    ours = {_domain_label(m.sender.domain) for m in thread.messages if m.folder == "sent"}
    for m in inbound(thread):
        ours |= {_domain_label(a.domain) for a in (*m.to, *m.cc)}
    return frozenset(label for label in ours - theirs if len(label) >= 3)


def _domain_label(domain: str) -> str:
    """The name part of a domain: "quillmark" for mail.quillmark.co.uk."""
    labels = domain.lower().split(".")[:-1]
    while len(labels) > 1 and labels[-1] in _GENERIC_SLD:
        labels.pop()
    return fold(labels[-1]) if labels else ""


_GENERIC_SLD = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "gv"})


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


def _first_tax(
    messages: list[MailMessage], read: Callable[[MailMessage], str]
) -> tuple[str, str] | None:
    """Tax IDs whose check holds win over labelled ones whose check fails (a typo), in any
    message: a customer who corrects a typo sends the valid one."""
    found = {m.message_id: find_tax_ids(read(m)) for m in messages}
    for validated in (True, False):
        for m in messages:
            taxes = [t for t in found[m.message_id] if t.validated == validated]
            # A VAT number wins over a company or other tax number given next to it
            # ("SIRET 482 197 365 00018 - TVA FR67482197365", "Org.nr ... Momsreg.nr SE...").
            taxes.sort(key=lambda t: t.kind != "vat" and not _vat_prefixed(t.compact))
            if taxes:
                return taxes[0].compact, m.message_id
    return None


def _vat_prefixed(value: str) -> bool:
    return value[:2].isalpha() and value[2:3].isdigit()


def _sourced(values: list[str], message: MailMessage) -> tuple[str, str] | None:
    return (values[0], message.message_id) if values else None


def _first(items: Iterable[tuple[str, str] | None]) -> tuple[str, str] | None:
    return next((i for i in items if i), None)


def _unique(items: Iterable[T]) -> list[T]:
    return list(dict.fromkeys(items))
