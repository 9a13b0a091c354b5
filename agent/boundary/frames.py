"""Fail closed: a sentence that speaks about the deal must do so in a frame a reply may use.

The commitment grammar (agent.boundary.grammar) refuses what it recognises as a commitment;
wording it does not know would pass. So a sentence that names the order, a price or amount,
payment, terms, a clause, a signature, bank details or delivery must also sit in a frame
the message boundary allows — asking the customer (not offering), saying what is still
missing, acknowledging receipt, declining or deferring, handing over to our own people,
restating the quote, describing the customer's own plan, sending a document, pointing to
the customer's portal. A sentence in none of them is refused: the reviewer rephrases.
"""

from __future__ import annotations

import re

from agent.boundary.intents import CLOSE, FOLLOW_UP, THANK
from agent.boundary.signals import confirms_receipt, no_obstacle, refused
from agent.lexicon import concessions as cs
from agent.lexicon import frames as fr
from agent.lexicon import nouns as lx
from agent.lexicon import refusals as rf
from agent.lexicon import verbs as vb
from agent.lexicon.text import Sentence, clauses

_STRONG = (
    fr.ASK,
    fr.DECLINE,
    fr.MISSING,
    fr.OUR_TEAM,
    fr.TELLS_YOU,
    fr.SEND_DOCUMENT,
    FOLLOW_UP,
)
_FRAMES = (
    fr.ASK,
    fr.DECLINE,
    fr.MISSING,
    fr.RESTATE,
    fr.REPORTED,
    fr.OUR_TEAM,
    fr.ROUTE_TO_CONTACT,
    fr.TELLS_YOU,
    fr.SEND_DOCUMENT,
    fr.PORTAL,
    fr.NOTED,
    fr.AVAILABLE,
    rf.RECEIPT,
    THANK,
    FOLLOW_UP,
    CLOSE,
)
_PAYMENT_PLAN = re.compile(
    r"\b(?:payment|instal\w*|billing|zahlungs|raten|betalings?|betaal)\w*\s*-?\s*plan\w*"
    r"|\bplan\s+de\s+(?:pagos?|paiement)|\bpiano\s+(?:di\s+)?pagament\w*|\bplano\s+de\s+pagamento"
    r"|\b(?:zahlungs|raten|betalings|betaal)plan\w*"
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")
TOPICS: dict[str, re.Pattern[str]] = {
    "the order": lx.ORDER,
    "a price or amount": re.compile(f"{lx.PRICE.pattern}|{cs.AMOUNT.pattern}"),
    "payment": re.compile(f"{lx.PAYMENT.pattern}|{cs.INVOICE.pattern}|{cs.PAY.pattern}"),
    "a credit or discount": re.compile(f"{cs.CREDIT_NOTE.pattern}|{cs.DISCOUNT.pattern}"),
    "terms": lx.TERMS,
    "a contract clause": lx.CLAUSE,
    "a signature": lx.SIGNATURE,
    "bank details": lx.BANK,
    "delivery": lx.FULFIL,
}


def topic(folded: str) -> str | None:
    """The first deal topic the sentence names, if any ("billing address" names none)."""
    folded = _without_field_names(folded)
    return next((name for name, pattern in TOPICS.items() if pattern.search(folded)), None)


def framed(sentence: Sentence, folded: str) -> bool:
    """Whether every clause that speaks about the deal does so in an allowed frame. A frame
    covers its own clause; asking, declining or handing over also covers a clause that only
    describes ("the amount on your PO differs, so our deal desk will look at it"), never one
    where we act: "we received your PO and it now stands as the binding order" commits."""
    folded = _without_no_obstacle(_without_field_names(folded))
    if sentence.question:  # asking is allowed, offering is not ("¿Qué le parece si dejamos...?")
        offer = fr.OFFER_QUESTION.search(folded)
        return offer is None or fr.INFO_QUESTION.match(folded[: offer.start()]) is not None
    if any(confirms_receipt(folded, m.end(), that_only=True) for m in vb.ACCEPT.finditer(folded)):
        return True  # "just confirming that your PO and the form both arrived": a receipt
    head, colon, tail = folded.partition(":")
    if colon and _framed_clause(head) and not fr.WE_ACT.search(tail):
        return True  # "we have received the following: PO number, signed form, ..."
    parts = clauses(folded)
    strong = any(refused(c) or any(f.search(c) for f in _STRONG) for c in parts)
    strong = (
        strong or fr.SEND_DOCUMENT.search(folded) is not None
    )  # "the envelope expired, so I re-sent it"
    weak = strong or any(_framed_clause(c) for c in parts)
    for clause in parts:
        if topic(clause) is None or _framed_clause(clause):
            continue
        if weak and len(clause.split()) <= 4:
            continue  # a bare noun phrase split off by brackets: "(PO)", "the signed form"
        if strong and not fr.WE_ACT.search(clause):
            continue
        return False
    return True


def anchors(sentence: Sentence) -> bool:
    """A sentence that asks, declines or hands over: it frames a neighbour that only describes
    ("Your PO shows a 10% discount that is not in our quote. Could you check which version...?")."""
    folded = sentence.folded
    if sentence.question:
        return fr.OFFER_QUESTION.search(folded) is None
    return refused(folded) or any(f.search(folded) for f in _STRONG)


def describes(sentence: Sentence) -> bool:
    """No 'we' acting in it: a statement about the customer's documents or plans."""
    return fr.WE_ACT.search(sentence.folded) is None


def asks(sentence: Sentence) -> bool:
    """Whether a sentence asks the customer for something (a list may follow it)."""
    return sentence.question or bool(
        fr.ASK.search(sentence.folded) or fr.MISSING.search(sentence.folded)
    )


def _framed_clause(clause: str) -> bool:
    if refused(clause) or any(frame.search(clause) for frame in _FRAMES):
        return True
    # The customer's own plan, but a payment plan is a payment term: "your payment plan".
    return bool(rf.CUSTOMER_PLAN.search(clause)) and not _PAYMENT_PLAN.search(clause)


def _without_field_names(folded: str) -> str:
    """'PO number', 'order form', 'billing address': the names of the data a reply asks for."""
    # A neutral word keeps the frame readable: "I'll resend the order form" is still sending
    # a document once "order form" is no longer read as the order.
    return lx.ORDER_FORM.sub(" document ", fr.ROUTINE_FIELD.sub(" document ", folded))


def _without_no_obstacle(folded: str) -> str:
    """'No objection', 'kein Thema', 'nulla in contrario' agree; their negation frames nothing."""
    while (span := no_obstacle(folded)) is not None:
        folded = folded[: span[0]] + " " + folded[span[1] :]
    return folded


def unframed(sentence: Sentence, folded: str) -> str | None:
    """The topic a sentence speaks about outside every allowed frame, or None."""
    name = topic(folded)
    if name is None or _heading(sentence.text) or framed(sentence, folded):
        return None
    return name


def _heading(text: str) -> bool:
    """A signature line or heading ("Order Operations"), or a short list item naming a
    document ("- the signed order form"): a label, not a sentence that commits."""
    words = text.split()
    if len(words) <= 3 and not text.rstrip().endswith((".", "!")):
        return True
    return _LIST_ITEM.match(text) is not None and len(words) <= 9 and not fr.WE_ACT.search(text)
