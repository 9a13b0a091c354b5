"""Classify a thread: routine_follow_up | deal_exception | not_po_related, with reasons.

Detectors (agent/detect) read each inbound message — what it says that is new to us,
forwarded or quoted news from the customer's own people included — and return evidence;
the policy table (agent/policy.py) turns the evidence into the label. CRM state is context
(it can hold a reply, agent/hold.py), never a label: the opportunity is read only to compare
the PO with it. Our own Sent replies are never read as the customer's words, and mail that
is not a customer's (our colleagues, a supplier billing us) raises no business reason;
suspicious-mail detectors read every inbound message whoever sent it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from agent.detect import BUSINESS, SUSPICIOUS, MessageView, views
from agent.detect.evidence import Evidence
from agent.detect.routine import about_the_order, paperwork
from agent.detect.suspicious import lookalike
from agent.detect.views import readable
from agent.extract import po_number, tokens
from agent.lexicon.paperwork import SUPPORT
from agent.lexicon.text import protect_abbreviations, restore_abbreviations
from agent.models import Classification, Extraction, Label, Reason
from agent.policy import Findings, decide
from agent.rules.mismatch import (
    PO_DIFFERS,
    amount_against_quote,
    mismatches,
    quantity_against_ours,
    quantity_mismatch,
)
from agent.rules.routine import QUOTE_REQUEST
from agent.rules.text import message_text, normalize
from connectors.crm.model import Opportunity
from connectors.mailbox.model import MailThread


def classify(
    thread: MailThread,
    extraction: Extraction,
    *,
    opportunity: Opportunity | None,
    customer_domains: Collection[str] = (),
    linked_by_identifier: bool = False,
) -> Classification:
    """``linked_by_identifier``: the thread names its deal by opportunity ID, quote or PO
    number, so "unrelated" would mean the detectors did not understand it, not that it is."""
    findings = gather(thread, extraction, opportunity, customer_domains, linked_by_identifier)
    label, evidence = decide(findings)
    return _result(label, evidence)


def gather(
    thread: MailThread,
    extraction: Extraction,
    opportunity: Opportunity | None,
    customer_domains: Collection[str],
    linked_by_identifier: bool,
) -> Findings:
    linked = opportunity is not None
    ours = [message_text(m) for m in thread.messages if m.folder == "sent"]
    found = Findings()
    all_views = views(thread, customer_domains, linked=linked)
    for view in all_views:
        found.suspicious += _suspicious(view, customer_domains)
        if view.foreign is not None:
            found.machine.append(_note(view, Reason.UNRELATED, view.foreign))
            continue
        papers = list(paperwork(view))
        topic = about_the_order(view)
        if not _human(view, _has_po_facts(view, papers)):
            assert view.signal is not None
            found.machine.append(_note(view, view.signal.reason, view.signal.evidence))
            continue
        found.anyone_wrote = True
        if linked or topic is not None or papers:
            found.business += _business(view, opportunity, ours)
            if not readable(view.text):
                found.unreadable.append(_note(view, Reason.UNRECOGNISED_REQUEST, _UNREAD))
        if SUPPORT.search(view.folded) and not _has_po_facts(view, papers):
            continue  # "SSO fails since this morning": a support ticket, not paperwork
        found.routine += papers
        if topic is not None and not papers and linked:
            found.routine.append(_note(view, Reason.STATUS_INQUIRY, topic))
    newest = all_views[0] if all_views else None
    found.newest_is_machine = (
        newest is not None
        and newest.signal is not None
        and not any(e.message_id == newest.message.message_id for e in found.routine)
    )
    if found.anyone_wrote:
        found.routine += list(_extracted(extraction, thread))
    human = [v for v in all_views if v.foreign is None]
    if linked_by_identifier and human:
        found.unrecognised.append(
            _note(human[0], Reason.UNRECOGNISED_REQUEST, _first_line(human[0]))
        )
    first = all_views[0] if all_views else None
    found.unrelated.append(_note(first, Reason.UNRELATED, _first_line(first)) if first else _none())
    return found


_UNREAD = "written in a language PO Desk's detectors do not read"


def _human(view: MessageView, has_po_content: bool) -> bool:
    """A customer's person wrote it, or a system notice that carries real PO content."""
    if view.signal is None:
        return True
    return view.signal.soft and has_po_content


_FACTS = frozenset({Reason.PO_SUBMITTED})
_INVITED = re.compile(
    r"\b(?:invit\w*|einladung|eingeladen|uitnodig\w*|convit\w*|invito|invitad\w*|invitacion)\b"
)


def _has_po_facts(view: MessageView, papers: list[Evidence]) -> bool:
    """A system notice counts as the customer's when it carries the order's own facts: a PO
    number, a quote or opportunity reference, a PO, billing or signed record, or an
    invitation to register as their supplier."""
    message = view.message
    if po_number(message) or tokens(message) or any(e.reason in _FACTS for e in papers):
        return True
    registering = any(e.reason is Reason.SUPPLIER_REGISTRATION for e in papers)
    return registering and _INVITED.search(view.folded) is not None


def _suspicious(view: MessageView, customer_domains: Collection[str]) -> list[Evidence]:
    found = [e for detector in SUSPICIOUS.values() for e in detector(view)]
    return found + list(lookalike(view, customer_domains))


def _business(
    view: MessageView, opportunity: Opportunity | None, ours: list[str]
) -> list[Evidence]:
    found = [e for detector in BUSINESS.values() for e in detector(view)]
    text = protect_abbreviations(normalize(view.text))  # "Totaal excl. btw EUR 124.800"
    mid = view.message.message_id
    hits = [
        PO_DIFFERS.search(text),
        quantity_mismatch(text, None if opportunity else QUOTE_REQUEST),
    ]
    hits += [quantity_against_ours(text, ours)]
    if opportunity is not None:
        hits += [*mismatches(text, opportunity), amount_against_quote(text, opportunity)]
    found += [Evidence(h.reason, mid, restore_abbreviations(h.evidence)) for h in hits if h]
    return found


def _extracted(extraction: Extraction, thread: MailThread) -> Iterator[Evidence]:
    mid = thread.messages[-1].message_id
    facts = [
        (Reason.BILLING_DETAILS, extraction.billing_entity, extraction.billing_entity_source),
        (
            Reason.TAX_DETAILS,
            extraction.tax_id and f"tax id {extraction.tax_id}",
            extraction.tax_id_source,
        ),
        (
            Reason.SUPPLIER_REGISTRATION,
            extraction.supplier_registration_complete and "supplier registration complete",
            None,
        ),
        (Reason.SIGNATURE_PACKET, extraction.signature_packet_attached and "signed document", None),
    ]
    for reason, quote, source in facts:
        if quote:
            yield Evidence(reason, source or mid, str(quote))


def _note(view: MessageView, reason: Reason, quote: str) -> Evidence:
    return Evidence(reason, view.message.message_id, quote)


def _none() -> Evidence:
    return Evidence(Reason.UNRELATED, "", "no inbound message")


def _first_line(view: MessageView) -> str:
    return view.text.strip().split("\n", 1)[0][:120] or "no PO vocabulary"


def _result(label: Label, evidence: list[Evidence]) -> Classification:
    unique: dict[Reason, Evidence] = {}
    for item in evidence:  # the first (newest) evidence per reason
        unique.setdefault(item.reason, item)
    return Classification(
        label=label,
        reasons=tuple(unique),
        evidence=tuple(e.quote[:200] for e in unique.values()),
    )
