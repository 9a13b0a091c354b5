"""Classify a thread: routine_follow_up | deal_exception | not_po_related, with reasons.

Precedence, strongest first: any exception (from any inbound message, old ones
too, or from the CRM) > machine mail (auto-reply, bounce, newsletter, invite) >
routine PO paperwork > unrelated. Only inbound messages' own words count: our
Sent replies quoted back ("we cannot change payment terms") are not requests.
Inbound mail that is not a customer's (our colleagues' internal mail, a supplier
billing us) raises no business exception and no routine reason; suspicious-mail
rules still read it, like machine mail.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from agent.extract import po_number, signature_packet, tokens
from agent.models import Classification, Extraction, Label, Reason
from agent.rules.commercial import COMMERCIAL_RULES
from agent.rules.documents import registration_complete
from agent.rules.domains import lookalike_of
from agent.rules.entity import billing_entities
from agent.rules.machine import MachineSignal, machine_signal
from agent.rules.mismatch import (
    PO_DIFFERS,
    mismatches,
    quantity_against_ours,
    quantity_mismatch,
)
from agent.rules.order_changes import ORDER_RULES
from agent.rules.origin import not_customer_mail
from agent.rules.po_number import po_number_in_filename
from agent.rules.routine import PO_VOCABULARY, QUOTE_REQUEST, ROUTINE_RULES
from agent.rules.suspicious import BANK, INSTRUCTIONS, bank_numbers_with_update
from agent.rules.tax import find_tax_ids
from agent.rules.text import Hit, first_hits, inbound, message_text, normalize, snippet
from connectors.crm.model import CrmException, Opportunity
from connectors.mailbox.model import MailMessage, MailThread

BUSINESS_RULES = (*COMMERCIAL_RULES, *ORDER_RULES, PO_DIFFERS)
# Seat counts in a request for a (new) quote are pre-sales talk unless a won deal is linked.
_SEAT_REASONS = frozenset({Reason.PO_QUANTITY_MISMATCH, Reason.DESCOPE})
_UNLINKED_RULES = tuple(
    replace(r, sentence_vetoes=QUOTE_REQUEST) if r.reason in _SEAT_REASONS else r
    for r in BUSINESS_RULES
)


@dataclass(frozen=True)
class _View:
    message: MailMessage
    text: str
    signal: MachineSignal | None
    foreign: str | None  # why a person's mail is not a customer's, e.g. internal mail

    @property
    def human(self) -> bool:
        """A customer's person wrote it, or a system notice that carries real PO facts."""
        if self.foreign is not None:
            return False
        if self.signal is None:
            return True
        return self.signal.soft and _has_po_facts(self.message, self.text)


def _view(message: MailMessage, customers: Collection[str], ours: Collection[str]) -> _View:
    text = message_text(message)
    foreign = not_customer_mail(message, text, customers, ours)
    return _View(message, text, machine_signal(message), foreign)


def classify(
    thread: MailThread,
    extraction: Extraction,
    *,
    opportunity: Opportunity | None,
    open_exceptions: Sequence[CrmException] = (),
    customer_domains: Collection[str] = (),
    linked_by_identifier: bool = False,
) -> Classification:
    """``linked_by_identifier``: the thread names its deal by opportunity ID, quote or PO
    number, so "unrelated" would mean the rules did not understand it, not that it is."""
    sent = [m for m in thread.messages if m.folder == "sent"]
    own_domains = {m.sender.domain for m in sent if m.sender.domain}
    views = [_view(m, customer_domains, own_domains) for m in reversed(inbound(thread))]
    human = [v for v in views if v.human]
    ours = [message_text(m) for m in sent]
    exceptions = _exceptions(views, human, ours, opportunity, customer_domains)
    if human:
        exceptions += _crm_exceptions(opportunity, open_exceptions)
    if exceptions:
        return _result("deal_exception", exceptions)
    if not views:
        return _result("not_po_related", [Hit(Reason.UNRELATED, "no inbound message")])
    if not human or (views[0].signal is not None and not views[0].human):
        # the newest inbound message is machine mail, or no customer wrote at all
        return _result("not_po_related", _machine_hits(v for v in views if not v.human))
    routine = _routine(human, extraction, thread.subject)
    if routine:
        return _result("routine_follow_up", routine)
    if linked_by_identifier:  # never let a deal's mail drop out of every queue unread
        return _result(
            "deal_exception", [Hit(Reason.UNRECOGNISED_REQUEST, _first_line(human[0].text))]
        )
    return _result("not_po_related", [Hit(Reason.UNRELATED, _first_line(human[0].text))])


def _exceptions(
    views: list[_View],
    human: list[_View],
    ours: list[str],
    opportunity: Opportunity | None,
    customer_domains: Collection[str],
) -> list[Hit]:
    linked = opportunity is not None
    hits = first_hits(BUSINESS_RULES if linked else _UNLINKED_RULES, (v.text for v in human))
    presales = None if linked else QUOTE_REQUEST
    hits += [h for v in human if (h := quantity_mismatch(v.text, presales))]
    # A PO's seat count against the one our own mail in the thread quoted.
    hits += [h for v in human if _is_po(v) and (h := quantity_against_ours(v.text, ours))]
    if opportunity is not None:
        hits += [h for v in human for h in mismatches(v.text, opportunity)]
    # Suspicious mail counts whatever it looks like: an "auto-reply" can carry a bank change.
    hits += first_hits((INSTRUCTIONS, BANK), (v.text for v in views))
    hits += [h for v in views if (h := _bank_numbers(v.text))]
    hits += [h for v in views if (h := _lookalike(v.message, customer_domains))]
    return hits


def _bank_numbers(text: str) -> Hit | None:
    found = bank_numbers_with_update(text)
    return Hit(Reason.BANK_DETAILS_CHANGE, found) if found else None


def _lookalike(message: MailMessage, customer_domains: Collection[str]) -> Hit | None:
    imitated = lookalike_of(message.sender.domain, customer_domains)
    if imitated is None:
        return None
    return Hit(Reason.LOOKALIKE_DOMAIN, f"sender {message.sender.email} imitates {imitated}")


def _crm_exceptions(
    opportunity: Opportunity | None, open_exceptions: Sequence[CrmException]
) -> list[Hit]:
    """Commercial facts come from the CRM, never from the mail text."""
    if opportunity is None:  # an unlinked thread has no CRM facts
        return []
    hits: list[Hit] = []
    if opportunity.contract_status == "amendment_unsigned":
        hits.append(Hit(Reason.AMENDMENT_UNSIGNED, "CRM contract_status: amendment_unsigned"))
    for exc in open_exceptions:
        if exc.status == "open" and exc.opportunity_id == opportunity.opportunity_id:
            hits.append(Hit(Reason.OPEN_CRM_EXCEPTION, f"CRM {exc.exception_id}: {exc.kind}"))
    return hits


def _machine_hits(views: Iterable[_View]) -> list[Hit]:
    """Why each message is not a customer's: its machine signal, or why it is foreign."""
    hits = []
    for v in views:
        if v.signal is not None:
            hits.append(Hit(v.signal.reason, v.signal.evidence))
        elif v.foreign is not None:
            hits.append(Hit(Reason.UNRELATED, v.foreign))
    return hits


def _is_po(view: _View) -> bool:
    return bool(po_number(view.message) or _po_attachment(view.message))


def _routine(human: list[_View], extraction: Extraction, subject: str) -> list[Hit]:
    hits = first_hits(ROUTINE_RULES, (v.text for v in human))
    hits += [h for v in human if (h := _po_attachment(v.message))]
    hits += _extracted_hits(extraction, {h.reason for h in hits})
    if hits:
        return hits
    for text in [*(v.text for v in human), normalize(subject)]:
        vocabulary = PO_VOCABULARY.search(text)
        if vocabulary:  # about the order, nothing specific: a follow-up to answer
            quote = snippet(text, vocabulary.start(), vocabulary.end())
            return [Hit(Reason.STATUS_INQUIRY, quote)]
    return []


def _po_attachment(message: MailMessage) -> Hit | None:
    """A file named like a PO is a submission; a PO number in the text may only be a
    reference ("documents for PO 4500014410")."""
    for attachment in message.attachments:
        if po_number_in_filename(attachment.filename):
            return Hit(Reason.PO_SUBMITTED, f"attachment {attachment.filename}")
    return None


def _extracted_hits(extraction: Extraction, found: set[Reason]) -> list[Hit]:
    facts = [
        (Reason.BILLING_DETAILS, extraction.billing_entity),
        (Reason.TAX_DETAILS, extraction.tax_id and f"tax id {extraction.tax_id}"),
        (
            Reason.SUPPLIER_REGISTRATION,
            extraction.supplier_registration_complete and "supplier registration complete",
        ),
        (Reason.SIGNATURE_PACKET, extraction.signature_packet_attached and "signed document"),
    ]
    return [Hit(r, str(e)) for r, e in facts if e and r not in found]


def _has_po_facts(message: MailMessage, text: str) -> bool:
    return bool(
        po_number(message)
        or billing_entities(text)
        or find_tax_ids(text)
        or registration_complete(text)
        or signature_packet(message)
        or tokens(message)
    )


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0][:120] or "no PO vocabulary"


def _result(label: Label, hits: list[Hit]) -> Classification:
    unique: dict[Reason, Hit] = {}
    for hit in hits:  # the first (newest) evidence per reason
        unique.setdefault(hit.reason, hit)
    return Classification(
        label=label,
        reasons=tuple(unique),
        evidence=tuple(h.evidence for h in unique.values()),
    )
