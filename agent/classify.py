"""Classify a thread: routine_follow_up | deal_exception | not_po_related, with reasons.

Detectors (agent/detect) read each inbound message — what it says that is new to us,
forwarded or quoted news from the customer's own people included — and return evidence;
the policy table (agent/policy.py) turns the evidence into the label. CRM state is context
(it can hold a customer draft, agent/hold.py), never a label: the opportunity is read only to
compare the PO with it. Our own Sent replies are never read as the customer's words, and mail that
is not a customer's (our colleagues, a supplier billing us) raises no business reason;
suspicious-mail detectors read every inbound message whoever sent it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from agent.detect import BUSINESS, FALLBACK, SUSPICIOUS, MessageView, views
from agent.detect.evidence import Evidence
from agent.detect.routine import about_the_order, asks, paperwork
from agent.detect.suspicious import lookalike
from agent.detect.views import readable
from agent.extract import po_number, tokens
from agent.lexicon.paperwork import SUPPORT
from agent.lexicon.procurement import ASK
from agent.lexicon.text import fold, protect_abbreviations, restore_abbreviations
from agent.models import Classification, Extraction, Label, Reason
from agent.policy import Findings, decide
from agent.rules.domains import within
from agent.rules.mismatch import (
    PO_DIFFERS,
    amount_against_quote,
    mismatches,
    price_against_quote,
    quantity_against_ours,
    quantity_mismatch,
    total_below_quote,
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
    fallback: Evidence | None = None
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
        customer = _from_customer(view, customer_domains) or _FORWARD.match(view.message.subject)
        broadcast = _broadcast(view)
        if broadcast:
            # a notice to every supplier asks this deal for nothing unless it says so ("please
            # complete your registration"): a portal it only points to is no request; billing
            # and tax facts in it still reach the packet
            papers = [e for e in papers if e.reason not in _POINTERS or ASK.search(fold(e.quote))]
            topic = None
        if (linked or topic is not None or papers or customer) and not broadcast:
            found.business += _presales_aside(_business(view, opportunity, ours), view, linked)
            if not readable(view.text):
                found.unreadable.append(_note(view, Reason.UNRECOGNISED_REQUEST, _UNREAD))
        if SUPPORT.search(view.folded) and not _has_po_facts(view, papers):
            continue  # "SSO fails since this morning": a support ticket, not paperwork
        asked = asks(view) if linked and customer and not papers else None
        if asked is not None:
            # A closed-won customer asks something no detector understood, and not where the
            # order stands: a person reads it (fail closed), unless paperwork explains it.
            found.unrecognised.append(_note(view, Reason.UNRECOGNISED_REQUEST, asked))
        found.routine += papers
        # About the order and asking nothing else: a status inquiry.
        quiet = asked is None and not papers and (linked or customer)
        if topic is not None and quiet and fallback is None:
            fallback = _note(view, Reason.STATUS_INQUIRY, topic)
    newest = all_views[0] if all_views else None
    found.newest_is_machine = (
        newest is not None
        and newest.signal is not None
        and not any(e.message_id == newest.message.message_id for e in found.routine)
    )
    if found.anyone_wrote:
        found.routine += list(_extracted(extraction, thread))
    if not found.routine and fallback is not None:  # about the order, nothing more specific
        found.routine.append(fallback)
    human = [v for v in all_views if v.foreign is None]
    if linked_by_identifier and human:
        found.unrecognised.append(
            _note(human[0], Reason.UNRECOGNISED_REQUEST, _first_line(human[0]))
        )
    first = all_views[0] if all_views else None
    found.unrelated.append(_note(first, Reason.UNRELATED, _first_line(first)) if first else _none())
    return found


_UNREAD = "written in a language PO Desk's detectors do not read"


def _from_customer(view: MessageView, customer_domains: Collection[str]) -> bool:
    return within(view.message.sender.domain, customer_domains)


def _human(view: MessageView, has_po_content: bool) -> bool:
    """A customer's person wrote it, or a system notice that carries real PO content."""
    if view.signal is None:
        return True
    return view.signal.soft and has_po_content


_FACTS = frozenset({Reason.PO_SUBMITTED})
_POINTERS = frozenset({Reason.SUPPLIER_REGISTRATION, Reason.DOCUMENT_REQUEST})
_INVITED = re.compile(
    r"\b(?:invit\w*|einladung|eingeladen|uitnodig\w*|convit\w*|invito|invitad\w*|invitacion|reminder"
    r"|herinnering|erinnerung|rappel|recordatorio|promemoria|lembrete|complete[d]?|approved|goedgekeurd"
    r"|abgeschlossen|freigegeben|terminee|completad[oa]|completat[oa]|conclu[ií]d[oa]|aprovad[oa]"
    r"|aprobad[oa]|approvat[oa]|validee?)\b"
)
_FORWARD = re.compile(r"^\s*(?:fw|fwd|wg|tr|vs|rv|enc|i)\s*:", re.IGNORECASE)
# A notice to every supplier ("Notice to all suppliers: payment run moves to Friday") speaks of
# no deal, unless it names one.
_ALL_SUPPLIERS = re.compile(
    r"\b(?:(?:to|an|a|aan|para|notice\s+to)\s+all\s+(?:our\s+)?(?:suppliers|vendors)|dear\s+(?:valued\s+)?"
    r"(?:suppliers|vendors|supplier|vendor)|an\s+alle\w*\s+(?:unsere\w*\s+)?lieferanten|sehr\s+geehrte\w*"
    r"\s+lieferanten|a\s+tous\s+(?:nos\s+|les\s+)?fournisseurs|chers\s+fournisseurs|a\s+todos\s+(?:nuestros"
    r"\s+|los\s+)?proveedores|estimados\s+proveedores|a\s+tutti\s+i\s+(?:nostri\s+)?fornitori|gentili"
    r"\s+fornitori|aan\s+alle\s+(?:onze\s+)?leveranciers|beste\s+leveranciers|a\s+todos\s+os\s+(?:nossos\s+)?"
    r"fornecedores|prezados\s+fornecedores"
    # the circular's own name: "Notice to suppliers", "Lieferanteninformation", "Comunicado a
    # proveedores", "Comunicazione a tutti i fornitori", "Information fournisseurs"
    r"|(?:notice|information|letter|memo|circular|announcement)\s+(?:to|for)\s+(?:our\s+)?(?:suppliers"
    r"|vendors)|lieferanten(?:information|rundschreiben|mitteilung)|rundschreiben\s+an\s+(?:alle\s+)?"
    r"lieferanten|information\s+fournisseurs|(?:comunicado|circular|aviso)\s+a\s+(?:todos\s+)?(?:los\s+)?"
    r"proveedores|(?:comunicazione|circolare|avviso)\s+a\s+(?:tutti\s+)?(?:i\s+)?fornitori"
    r"|(?:comunicado|circular|aviso)\s+(?:a|aos)\s+(?:todos\s+)?(?:os\s+)?fornecedores)\b"
)
# Unlinked, asking for a new quote: pre-sales talk, not a change to a won deal.
_PRESALES_REASONS = frozenset(
    {Reason.PRICE_CHANGE, Reason.DESCOPE, Reason.PO_QUANTITY_MISMATCH, Reason.DISCOUNT_REQUEST}
)


def _broadcast(view: MessageView) -> bool:
    """Addressed to every supplier at the top, and naming no PO, quote or deal."""
    head = f"{fold(view.message.subject)}\n{view.folded[:200]}"
    message = view.message
    return bool(_ALL_SUPPLIERS.search(head)) and not tokens(message) and not po_number(message)


def _presales_aside(found: list[Evidence], view: MessageView, linked: bool) -> list[Evidence]:
    if linked or QUOTE_REQUEST.search(view.text) is None:
        return found
    return [e for e in found if e.reason not in _PRESALES_REASONS]


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
        hits += [total_below_quote(text, opportunity)]
        hits += [price_against_quote(text, opportunity)]
    found += [Evidence(h.reason, mid, restore_abbreviations(h.evidence)) for h in hits if h]
    if not found:  # nothing explained the message: commercial wording goes to a person
        found = [e for detector in FALLBACK.values() for e in detector(view)]
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
