"""Detectors: each reason code is a function that reads one message and returns evidence
spans. They find; agent/policy.py decides.

The table below names every detector by the reason it supports; its tests sit in
tests/agent/detect/ (five positive and five near-miss cases per detector, in at least two
languages).
"""

from __future__ import annotations

from agent.detect import commercial, order, residual, routine, suspicious
from agent.detect.evidence import Detector, Evidence
from agent.detect.views import MessageView, views
from agent.models import Reason

# Exceptions a customer's own words raise (only from the customer's people).
BUSINESS: dict[Reason, Detector] = {
    Reason.PAYMENT_TERMS_CHANGE: commercial.payment_terms,
    Reason.PO_TERMS_SUPERSEDE: commercial.customer_terms,
    Reason.DISCOUNT_REQUEST: commercial.discount,
    Reason.PRICE_CHANGE: commercial.price_change,
    Reason.START_DATE_CHANGE: commercial.start_date_change,
    Reason.TERM_LENGTH_CHANGE: commercial.term_length,
    Reason.COTERM_REQUEST: commercial.coterm,
    Reason.SPLIT_ORDER: commercial.split_order,
    Reason.TIMING_COMMITMENT_REQUEST: order.timing_request,
    Reason.CONDITIONAL_PO: order.conditional_po,
    Reason.COMMITMENT_REQUEST: order.commitment_request,
    Reason.PO_QUANTITY_MISMATCH: order.quantity_change,
    Reason.CANCELLATION: order.cancellation,
    Reason.BUDGET_FREEZE: order.hold_or_budget,
    Reason.DESCOPE: order.descope,
    Reason.AMENDMENT_UNSIGNED: order.amendment,
    Reason.LEGAL_CHANGE: order.legal_change,
    Reason.PARTY_CHANGE: order.party_change,
}
# Read only when no business detector found anything in the message: commercial wording
# none of them explained goes to a person (fail closed).
FALLBACK: dict[Reason, Detector] = {
    Reason.UNRECOGNISED_REQUEST: residual.unexplained_terms,
}
# Suspicious mail: read in every inbound message, whoever sent it.
SUSPICIOUS: dict[Reason, Detector] = {
    Reason.SUSPICIOUS_INSTRUCTIONS: suspicious.injection,
    Reason.BANK_DETAILS_CHANGE: suspicious.bank_change,
}

__all__ = ["BUSINESS", "FALLBACK", "SUSPICIOUS", "Evidence", "MessageView", "routine", "views"]
