"""Synthetic procurement threads and a CRM for the benchmarks (deterministic, no files)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from connectors.crm import fake as crm
from connectors.crm.model import CrmSnapshot
from connectors.mailbox.model import Address, Attachment, MailMessage, MailThread

TEMPLATES = (
    (
        "PO {po} for quote {quote}",
        "Hello,\n\nplease find attached our purchase order {po} for "
        "quote {quote}. Please invoice {entity}, VAT ID DE136695976.\n\nKind regards,\n{name}",
    ),
    (
        "Re: order form {quote}",
        "Hi team,\n\nthanks for the call. Before we can raise the PO we "
        "need net 90 payment terms instead of net 30, and a 10% discount.\n\nBest,\n{name}",
    ),
    (
        "Supplier registration",
        "Hello,\n\nwe have completed the supplier registration for your "
        "company; your vendor number is V-{n}. What else do you still need from us?\n\n{name}",
    ),
    (
        "Go-live for {quote}",
        "Hi,\n\ncan you confirm the licences will be live by 1 April? "
        "Our PO {po} is ready.\n\nThanks,\n{name}",
    ),
    (
        "Automatic reply: PO {po}",
        "I am out of the office until Monday with limited access to e-mail.\n\n{name}",
    ),
    (
        "Webinar invitation",
        "Join our webinar on modern data platforms next week. Register now!\n\nThe events team",
    ),
)


def snapshot(opportunities: int = 500) -> CrmSnapshot:
    opps, contacts, reqs = [], [], []
    for i in range(opportunities):
        oid = f"OPP-{10000 + i}"
        opps.append(
            crm.opportunity(
                oid,
                account_domains=(f"customer{i}.example",),
                quote_number=f"Q-2026-{i:05d}",
                amount=Decimal(10000 + 100 * i),
            )
        )
        contacts.append(crm.contact(oid, f"buyer@customer{i}.example", name=f"Buyer {i}"))
        reqs += [crm.requirement(oid, f) for f in ("po_number", "billing_entity", "tax_detail")]
    return crm.snapshot(opps, contacts, reqs)


def threads(n: int, *, opportunities: int = 500, seed: int = 7) -> Iterator[MailThread]:
    """Generated lazily so the benchmark's memory reflects the workflow, not its input."""
    rng = random.Random(seed)
    t0 = datetime(2026, 3, 1, tzinfo=UTC)
    for k in range(n):
        i = rng.randrange(opportunities)
        subject_t, body_t = TEMPLATES[k % len(TEMPLATES)]
        values = {
            "po": f"45000{k:05d}",
            "quote": f"Q-2026-{i:05d}",
            "entity": f"Customer {i} GmbH",
            "name": f"Buyer {i}",
            "n": k,
        }
        body = body_t.format(**values)
        msg = MailMessage(
            message_id=f"bench-{k}@customer{i}.example",
            subject=subject_t.format(**values),
            sender=Address(name=f"Buyer {i}", email=f"buyer@customer{i}.example"),
            to=(Address(email="orders@vendor.example"),),
            date=t0 + timedelta(minutes=k),
            body_text=body,
            new_text=body,
            source=f"bench-{k}.eml",
            attachments=(
                Attachment(
                    filename=f"PO_{values['po']}.pdf", content_type="application/pdf", size=48_213
                ),
            ),
        )
        yield MailThread(thread_key=f"bench{k:08d}", subject=msg.subject, messages=(msg,))
