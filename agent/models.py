"""Domain results: what link, extract, classify, packet, draft and boundary produce.

These are plain pydantic values so they can sit in LangGraph state and be
checkpointed; the database tables live in ``app/store``.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field


class Label(StrEnum):
    """What a thread is (threads.label, classifications.label)."""

    ROUTINE_FOLLOW_UP = "routine_follow_up"
    DEAL_EXCEPTION = "deal_exception"
    NOT_PO_RELATED = "not_po_related"


LABELS: tuple[Label, ...] = tuple(Label)
LinkMethod = Literal[
    "opportunity_id",
    "quote_number",
    "po_number",
    "contact_email",
    "account_domain",
    "account_name",
    "reviewer",  # a person relinked the thread (agent/correction.py)
    "none",
]


class DraftStatus(StrEnum):
    """The customer draft's status (drafts.status). A review cycle produces one of the first
    four; the store records what then became of it (the last three)."""

    PENDING_REVIEW = "pending_review"
    # A routine customer draft on a deal with an open CRM exception (or an incomplete CRM
    # export): the exception's owner or a manager releases it (see agent/hold.py).
    HELD = "held"
    SUPPRESSED = "suppressed"  # the boundary refused it, or the packet allows none
    NONE = "none"  # not PO-related: no customer draft at all
    SAVED = "saved"  # accepted and saved (the saved draft is in Outlook or the Drafts folder)
    IGNORED = "ignored"  # the reviewer closed the review without it
    SUPERSEDED = "superseded"  # new mail opened the thread's next review cycle


class CycleStatus(StrEnum):
    """Where a thread's current review cycle stands (threads.status)."""

    NEW = "new"  # stored, not yet run to the review gate
    PENDING_REVIEW = "pending_review"  # at the review gate, or between a decision and the end
    DONE = "done"


class ReviewKind(StrEnum):
    """What a review asks a person to decide (reviews.kind)."""

    CUSTOMER_DRAFT = "customer_draft"  # approve a customer draft
    EXCEPTION = "exception"  # acknowledge a packet that allows no customer draft


class ReviewStatus(StrEnum):
    """reviews.status."""

    PENDING = "pending"
    DECIDED = "decided"
    SUPERSEDED = "superseded"  # new mail opened the thread's next review cycle


class ReviewAction(StrEnum):
    """A reviewer's answer (reviews.decision, review_decisions.action)."""

    ACCEPT = "accept"
    EDIT = "edit"
    RESPONSE = "response"
    IGNORE = "ignore"


Readiness = Literal["ready", "missing", "unknown"]


class Reason(StrEnum):
    """Reason codes. The prefix of the value says which label it supports."""

    # deal_exception
    PRICE_CHANGE = "exception.price_change"
    DISCOUNT_REQUEST = "exception.discount_request"
    PAYMENT_TERMS_CHANGE = "exception.payment_terms_change"
    TERM_LENGTH_CHANGE = "exception.term_length_change"
    LEGAL_CHANGE = "exception.legal_change"
    PO_AMOUNT_MISMATCH = "exception.po_amount_mismatch"
    PO_CURRENCY_MISMATCH = "exception.po_currency_mismatch"
    PO_QUANTITY_MISMATCH = "exception.po_quantity_mismatch"
    PO_TERMS_SUPERSEDE = "exception.po_terms_supersede_contract"
    AMENDMENT_UNSIGNED = "exception.amendment_unsigned"
    TIMING_COMMITMENT_REQUEST = "exception.timing_commitment_request"
    CANCELLATION = "exception.cancellation"
    DESCOPE = "exception.descope"
    BUDGET_FREEZE = "exception.budget_freeze"
    SPLIT_ORDER = "exception.split_order"
    COTERM_REQUEST = "exception.coterm_request"
    START_DATE_CHANGE = "exception.start_date_change"
    CONDITIONAL_PO = "exception.conditional_po"
    # Asked to confirm, guarantee or put in writing something beyond receipt.
    COMMITMENT_REQUEST = "exception.commitment_request"
    PARTY_CHANGE = "exception.contracting_party_change"
    SUSPICIOUS_INSTRUCTIONS = "exception.suspicious_instructions"
    LOOKALIKE_DOMAIN = "exception.suspicious_lookalike_domain"
    BANK_DETAILS_CHANGE = "exception.suspicious_bank_details"
    # A person's mail that names a deal by ID, quote or PO number, but that no rule
    # understood (a language or phrasing the rules do not cover): a person must read it.
    UNRECOGNISED_REQUEST = "exception.unrecognised_request"
    # The model read the thread as an exception the rules missed (escalation only).
    MODEL_ESCALATION = "exception.model_escalation"
    # routine_follow_up
    PO_SUBMITTED = "routine.po_submitted"
    BILLING_DETAILS = "routine.billing_details"
    TAX_DETAILS = "routine.tax_details"
    SUPPLIER_REGISTRATION = "routine.supplier_registration"
    SIGNATURE_PACKET = "routine.signature_packet"
    DOCUMENT_REQUEST = "routine.document_request"
    STATUS_INQUIRY = "routine.status_inquiry"
    CONTACT_CHANGE = "routine.contact_change"
    # not_po_related
    AUTO_REPLY = "not_po.auto_reply"
    DELIVERY_FAILURE = "not_po.delivery_failure"
    NEWSLETTER = "not_po.newsletter"
    CALENDAR_INVITE = "not_po.calendar_invite"
    UNRELATED = "not_po.unrelated"

    @property
    def label(self) -> Label:
        prefix = self.value.split(".", 1)[0]
        return {"exception": Label.DEAL_EXCEPTION, "routine": Label.ROUTINE_FOLLOW_UP}.get(
            prefix, Label.NOT_PO_RELATED
        )


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True)


class LinkResult(_Value):
    opportunity_id: str | None = None
    method: LinkMethod = "none"
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    evidence: str = ""  # the matched token, address or domain
    candidates: tuple[str, ...] = ()  # ambiguous matches left unresolved


class Money(_Value):
    amount: Decimal
    currency: str | None = None  # ISO 4217 when the text said so
    text: str = ""  # as written


class Extraction(_Value):
    po_number: str | None = None
    po_number_source: str | None = None  # message id (or "attachment:<name>")
    billing_entity: str | None = None
    billing_entity_source: str | None = None
    tax_id: str | None = None  # compact form, e.g. "DE136695976"; validated unless labelled
    tax_id_source: str | None = None
    supplier_registration_complete: bool = False
    signature_packet_attached: bool = False
    # Weaker facts read from a whole message, signature and footer included: a legal name
    # written anywhere, a tax ID only in a footer. They say which PO fields the thread carries
    # and are reported, but are no reason to call the mail PO paperwork.
    procurement_contact_named: bool = False  # a new buyer introduced, the order handed over
    delivery_prerequisite_given: bool = False  # an administrator named, SSO or network facts
    named_entity: str | None = None
    named_entity_source: str | None = None
    footer_tax_id: str | None = None
    footer_tax_id_source: str | None = None
    amounts: tuple[Money, ...] = ()
    quantities: tuple[int, ...] = ()
    mentioned_tokens: tuple[str, ...] = ()  # opp ids, quote numbers seen (for linking)

    @property
    def entity(self) -> tuple[str, str | None] | None:
        """(billing entity, source): the one given as such, else a legal name in the mail."""
        if self.billing_entity:
            return self.billing_entity, self.billing_entity_source
        return (self.named_entity, self.named_entity_source) if self.named_entity else None

    @property
    def tax(self) -> tuple[str, str | None] | None:
        """(tax ID, source): one in the message text, else one in a signature or footer."""
        if self.tax_id:
            return self.tax_id, self.tax_id_source
        return (self.footer_tax_id, self.footer_tax_id_source) if self.footer_tax_id else None


class Classification(_Value):
    label: Label
    reasons: tuple[Reason, ...] = ()
    evidence: tuple[str, ...] = ()  # short quotes that triggered each reason, same order
    classified_by: str = "rules"


class BoundaryVerdict(_Value):
    allowed: bool
    reasons: tuple[str, ...] = ()  # human-readable, e.g. "promises a delivery date: 'by 3 May'"


FIELD_LABELS: dict[str, str] = {
    "po_number": "purchase order (PO) number",
    "billing_entity": "legal billing entity and invoice address",
    "procurement_contact": "procurement contact",
    "signature_packet": "signed signature packet / order form",
    "tax_detail": "tax ID (VAT or EIN) or exemption certificate",
    "delivery_prerequisite": "delivery prerequisites (technical contact and tenant details)",
    "supplier_registration": "supplier / vendor registration",
}


class PacketField(_Value):
    """One packet fact and where it came from (CRM file:line, message:<id>, policy, reviewer)."""

    value: str | tuple[str, ...] | None = None
    source: str = ""


class MessageBoundary(_Value):
    """What a customer draft may do. Derived from the label and CRM only, never from mail text.

    The field names are stable: they are the packet's JSON (``podesk packet --json``, the
    store), so ``customer_reply_allowed`` and ``why_no_reply`` keep the older word."""

    customer_reply_allowed: bool
    may_acknowledge: tuple[str, ...] = ()  # packet fields the draft may say were received
    may_request: tuple[str, ...] = ()  # packet fields the draft may ask for
    why_no_reply: tuple[str, ...] = ()  # why there is no customer draft
    # Why a customer draft is written but held: "open_exception:<id>", "crm_incomplete:<file>".
    held_by: tuple[str, ...] = ()
    # Policy, the same for every packet (so not a field: it would be checkpointed each step).
    never: ClassVar[tuple[str, ...]] = (
        "shipment, activation, delivery or go-live dates or timing",
        "accepting or confirming the order",
        "price, discount, credit, payment or contract-term changes",
        "bank or remit-to details",
        "links or images",
    )

    def describe(self) -> str:
        if not self.customer_reply_allowed:
            return "internal only: " + "; ".join(self.why_no_reply)
        parts = []
        if self.may_acknowledge:
            parts.append("acknowledge " + ", ".join(self.may_acknowledge))
        if self.may_request:
            parts.append("request " + ", ".join(self.may_request))
        held = f"held ({', '.join(self.held_by)}); " if self.held_by else ""
        return (
            held + "; ".join(parts or ["acknowledge receipt"]) + "; never " + "; ".join(self.never)
        )


class OpenException(_Value):
    """An open CRM exception on the deal, as the packet lists it (context, never a label)."""

    exception_id: str
    kind: str
    owner: str
    opened_at: str  # ISO date or timestamp, as the CRM export has it
    age_days: int | None = None  # as of the customer's latest message
    source: str = ""

    def describe(self) -> str:
        age = f", {self.age_days} day(s) old" if self.age_days is not None else ""
        return f"{self.exception_id} ({self.kind}, owner {self.owner}{age})"


class Packet(_Value):
    """The PO follow-up packet. Commercial facts come from CRM rows only."""

    thread_key: str
    opportunity_id: PacketField
    account_name: PacketField
    procurement_contact: PacketField
    missing_fields: PacketField
    received_in_thread: PacketField
    contract_status: PacketField
    order_queue_status: PacketField
    exception_owner: PacketField
    message_boundary: MessageBoundary
    reviewer_decision: PacketField
    next_action_owner: PacketField
    open_exceptions: tuple[OpenException, ...] = ()
    # ready: nothing missing; missing: fields missing; unknown: the CRM export lacks the files
    # that say what is required or who the contacts are (no draft may claim nothing is missing).
    readiness: PacketField = PacketField()
    customer_language: PacketField = PacketField(value="en", source="default")

    @property
    def language(self) -> str:
        value = self.customer_language.value
        return value if isinstance(value, str) and value else "en"


class CustomerDraft(_Value):
    """The customer draft: the reply text a person reviews (the rules', a model's or the
    reviewer's wording). Approved, it becomes the saved draft (CycleResult.saved_location)."""

    status: DraftStatus
    text: str | None = None
    suppression_reasons: tuple[str, ...] = ()
    written_by: str = "rules"  # rules | reviewer | model


class ReviewDecision(_Value):
    action: ReviewAction
    reviewer: str
    text: str | None = None  # edited draft (edit) or feedback (response)


class CycleResult(_Value):
    """Everything one review cycle produced, as the store persists it."""

    thread_key: str
    cycle: int
    subject: str
    link: LinkResult
    extraction: Extraction
    classification: Classification
    packet: Packet
    internal_note: str
    customer_draft: CustomerDraft
    decision: ReviewDecision | None = None
    review_error: str | None = None  # why the last answer was refused (the review stays open)
    saved_location: str | None = None  # the saved draft: .eml path or Graph message id
    saved_key: str | None = None
    saved_web_link: str | None = None  # Outlook's link to the saved draft (Graph webLink)
    finished: bool = False
    # The model's part: calls, tokens, latency and why it was not used (None: it was used).
    model_calls: int = 0
    model_prompt_tokens: int = 0
    model_completion_tokens: int = 0
    model_latency_ms: float = 0.0
    model_fallback: str | None = None
