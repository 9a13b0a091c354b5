"""The commitment grammar: who commits + a commitment verb or predicate + what.

A sentence is refused when one of its clauses commits the vendor — by a verb ("we accept",
"wir gewähren", "aceptamos"), a predicate ("net 60 is fine", "geht in Ordnung"), a negated
obstacle ("nothing stands in the way"), a future or completed fulfilment ("will be live",
"sont activées"), starting work or taking everything over — to something a customer reply
must leave to people: the order, a price or amount, payment terms, the customer's terms, a
contract clause, going ahead without a signature, fulfilment timing. Negation, refusal,
deferral to the responsible team, a question or a request to the customer, or a condition in
the same clause take the commitment back. Bank details and order-confirmation documents are
refused whatever surrounds them.

The constructions live in agent.boundary.timing, .acceptance, .deal and .bank; the words in
agent.lexicon.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from agent.boundary import acceptance, bank, deal, frames
from agent.boundary.deal import deal_kinds, not_charged
from agent.boundary.signals import (
    conditional_before,
    confirms_receipt,
    negated,
    no_obstacle,
    open_clause,
    owned_by_us,
    question_parts,
    refused,
    requested_before,
)
from agent.boundary.timing import promises_timing, timing_kinds
from agent.lexicon import concessions as cs
from agent.lexicon import frames as fr
from agent.lexicon import implied as im
from agent.lexicon import nouns as lx
from agent.lexicon import refusals as rf
from agent.lexicon import verbs as vb
from agent.lexicon import waivers as wv
from agent.lexicon.text import Sentence, clauses, sentences
from agent.lexicon.times import mask_document_dates

KINDS: dict[str, str] = {
    "timing": "promises delivery, shipment, installation, activation or go-live timing",
    "acceptance": "accepts or confirms the order",
    "price": "agrees to a price, amount, quantity, discount or credit",
    "payment": "agrees to payment terms",
    "terms": "lets the customer's terms govern or supersede ours",
    "clause": "drops or waives a contract clause",
    "signature": "goes ahead without a required signature",
    "bank": "states or vouches for bank or remit-to details",
    "unframed": "speaks about the deal outside what a reply may do (ask, acknowledge, defer,"
    " restate the quote, hand over to our team)",
}
_TOPICS = {
    "acceptance": lx.ORDER,
    "price": re.compile(f"{lx.PRICE.pattern}|{cs.AMOUNT.pattern}"),
    "payment": lx.PAYMENT,
    "terms": lx.TERMS,
    "clause": lx.CLAUSE,
}
_WAIVABLE = {
    "signature": lx.SIGNATURE,
    "clause": lx.CLAUSE,
    "price": lx.PRICE,
    "terms": lx.TERMS,
    "payment": cs.PAY,  # "no need to pay until go-live"; never the invoice address
}
# "as agreed", "wie besprochen": a reference to an earlier agreement commits to nothing new.
_AS_AGREED = lx.words(
    r"""
    as\s+(?:agreed|discussed) wie\s+(?:vereinbart|besprochen|abgesprochen) comme\s+convenu
    como\s+(?:acordado|convenido|hablado|combinado) come\s+(?:concordato|convenuto|d'accordo)
    zoals\s+(?:afgesproken|besproken) conforme\s+(?:acordado|combinado) som\s+(?:aftalt|avtalt)
    """
)

# "as quoted", "wie angeboten", "de notre devis": the quote restated.
_AS_QUOTED = re.compile(
    rf"{cs.QUOTE.pattern}|\b(?:as\s+quoted|wie\s+angeboten|tal\s+como\s+se\s+oferta\w*"
    r"|comme\s+propose|come\s+offert[oi]|zoals\s+geoffreerd|conforme\s+(?:proposto|cotado)|cotizad[oa]s?"
    r"|cotad[oa]s?|geoffreerd|angeboten|quoted|laut\s+angebot|selon\s+(?:le|notre)\s+devis)\b"
)

_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")

_KEEP_POSTED = lx.words(
    r"""
    keep\w*\s+(?:\w+\s+)?(?:posted|informed|updated|in\s+the\s+loop) auf\s+dem\s+laufenden
    au\s+courant informad[oa]s? informat[oi] aggiornat[oi] op\s+de\s+hoogte a\s+par
    """
)


@dataclass(frozen=True)
class Violation:
    kind: str
    sentence: str

    def describe(self) -> str:
        return f"{KINDS[self.kind]}: '{self.sentence}'"


def violations(text: str) -> list[Violation]:
    found: list[Violation] = []
    previous: Sentence | None = None
    lead: Sentence | None = None  # the sentence a list hangs from: "we still need:"
    items = sentences(text)
    for index, sentence in enumerate(items):
        item = _LIST_ITEM.match(sentence.text) is not None
        kinds = _sentence_kinds(sentence, previous)
        if item and kinds == ["unframed"] and lead is not None and frames.asks(lead):
            kinds = []  # "- the signed order form" under "we still need:" is asked for
        if kinds == ["unframed"] and _anchored(items, index):
            kinds = []  # a description next to the question or hand-over it leads to
        found += [Violation(k, sentence.text) for k in kinds]
        previous = sentence
        lead = lead if item else sentence
    return found


def _anchored(items: list[Sentence], index: int) -> bool:
    neighbours = items[max(0, index - 1) : index] + items[index + 1 : index + 2]
    return frames.describes(items[index]) and any(frames.anchors(n) for n in neighbours)


_THAT = re.compile(r"\s*,?\s*(?:that|dass|que|qu'|che|dat|om\s+at|at)\b|\s*,")
_ANSWER = re.compile(r"[:;,]\s*(?:yes|ja|oui|si|sim|tak|ano|ok|okay)\b")


def _reported(clause: str) -> bool:
    """The customer's words reported back, with nothing of ours after them: "you asked for net
    60" is theirs; "you asked for net 60, which is fine with us" or "...: sí, vale" answers."""
    m = fr.REPORTED.match(clause)
    if m is None:
        return False
    rest = clause[m.end() :]
    that = _THAT.match(rest)
    if that is not None:  # "thanks for the hint that your orders are released on Thursdays":
        rest = rest[that.end() :].partition(",")[2]  # their that-clause; ours may follow it
    ours = im.FIRST_PERSON.search(rest) or vb.OK.search(rest) or vb.ACCEPT.search(rest)
    return ours is None and _ANSWER.search(rest) is None and im.INFORMAL_OK.search(rest) is None


def _sentence_kinds(sentence: Sentence, previous: Sentence | None) -> list[str]:
    return list(_kinds_after(sentence, previous.folded if previous else None))


# Customer drafts are written from a few template sentences per language (agent/templates):
# across threads the same sentences, after the same ones, come back to be checked. A pure
# function of the two, so its result is kept for the process (bounded).
@lru_cache(maxsize=4096)
def _kinds_after(sentence: Sentence, previous: str | None) -> tuple[str, ...]:
    kinds: list[str] = []
    if bank.states_bank_details(sentence.text):
        kinds.append("bank")
    folded = mask_document_dates(sentence.folded)
    if acceptance.names_acceptance(folded) and not _reported(folded):
        kinds.append("acceptance")  # not "you ask us for an order confirmation"
    context = mask_document_dates(previous) if previous is not None else ""
    for part, question in question_parts(folded, sentence.question):
        parts = clauses(part)
        for clause in parts:
            kinds += _clause_kinds(clause, part, context, question=question)
        if not question and "timing" not in kinds:
            kinds += _elliptical_timing(parts, part)
    if not kinds and frames.unframed(sentence, folded):
        kinds.append("unframed")
    return tuple(dict.fromkeys(kinds))


def _elliptical_timing(parts: list[str], sentence: str) -> list[str]:
    """'We'll send the form and the scanners by Friday': a short conjunct with no verb of its
    own shares the verb before it, so the two are read together."""
    for left, right in itertools.pairwise(parts):
        joined = f"{left} and {right}"
        if len(right.split()) > 6 or refused(joined) or negated(open_clause(joined)):
            continue
        if timing_kinds(joined, sentence):
            return ["timing"]
    return []


def _clause_kinds(clause: str, sentence: str, context: str, *, question: bool) -> list[str]:
    # Bank details are refused even as the customer's words; anything else they said
    # ("you explained that POs are issued only after the director signs") is theirs.
    kinds = ["bank"] if bank.vouches(clause, sentence) else []
    if _reported(clause):
        return kinds
    kinds += [k for k in _WAIVABLE if _waived(clause, k)]
    if wv.FREE.search(clause) and not negated(wv.FREE.sub(" ", clause)):
        kinds.append("price")
    is_negated = negated(open_clause(clause))
    skipped = _signature_skipped(clause) or _instead_of_signing(clause)
    if skipped and not is_negated and not question:
        kinds.append("signature")
    if not question and _outcome_promised(clause):
        kinds += [k for k in ("price", "payment") if _CONCESSION[k].search(clause)]
    if question or refused(clause):
        return kinds  # asked or refused
    if acceptance.nothing_left(clause, sentence):
        kinds.append("acceptance")
    if im.NO_RUSH.search(clause) and lx.PAYMENT.search(sentence):
        kinds.append("payment")  # "no rush with the payment", "keine Eile mit der Zahlung"
    if not_charged(clause):
        kinds.append("price")
    if is_negated and _credit_before_relative(clause):
        kinds.append("price")  # "…a credit note for the licences you have not used"
    if is_negated:
        return kinds
    kinds += timing_kinds(clause, sentence)
    if acceptance.accepts_otherwise(clause):
        kinds.append("acceptance")
    kinds += deal_kinds(clause, sentence)
    if _commits(clause, sentence):
        scope = clause if _has_topic(clause) else (sentence if _has_topic(sentence) else context)
        kinds += [k for k, topic in _TOPICS.items() if topic.search(scope) and _applies(k, scope)]
        if not _has_topic(clause) and promises_timing(scope + " will"):
            kinds.append("timing")  # "Go-live before Christmas? No problem."
        elif lx.FULFIL.search(clause):
            kinds.append("timing")  # "nothing stands in the way of your go-live"
    elif _offers(clause):
        kinds += [k for k in ("price", "payment", "clause") if _TOPICS[k].search(clause)]
        if cs.INVOICE.search(clause):
            kinds.append("payment")  # "wir teilen die Rechnung in drei Raten auf"
    if _terms_take_over(clause):
        kinds.append("terms")
    if im.PROPOSAL.match(sentence.strip()):  # "Wie wäre es mit 8 % Rabatt?" is an offer
        kinds += [k for k in ("price", "payment", "terms", "clause") if _TOPICS[k].search(clause)]
        if cs.PAY_TERM.search(clause):
            kinds.append("payment")
    return kinds


# A hand-over that names its outcome promises it: "our deal desk will confirm the 5% discount",
# "Lucía confirmará el descuento"; "...will confirm whether the discount applies" defers.
_OUTCOME = re.compile(
    r"\b(?:(?:will|'ll|wird|werden|va|vont|vai|vao|zal|zullen)\s+(?:\w+\s+)?(?:confirm|approve|grant"
    r"|honou?r|bestatigen|genehmigen|gewahren|confirmer|approuver|accorder|confirmar|aprobar"
    r"|conceder|confermare|approvare|concedere|bevestigen|goedkeuren|toekennen|aprovar)"
    r"|(?:confirm|aprob|conced|aprov)ara|(?:confirm|approuv|accord)era|(?:conferm|approv|conced)era"
    r"|bevestigt|bestatigt|genehmigt)\b"
)
_OPEN_QUESTION = re.compile(r"\b(?:whether|if|ob|si|se|of|wether)\b")
_CONCESSION = {
    "price": re.compile(f"{cs.DISCOUNT.pattern}|{cs.AMOUNT.pattern}|\\d+(?:[.,]\\d+)?\\s*pct\\b"),
    "payment": cs.PAY_TERM,
}


def _outcome_promised(clause: str) -> bool:
    m = _OUTCOME.search(clause)
    if m is None or requested_before(clause, m.start()) or negated(clause[: m.end()]):
        return False
    after = clause[m.end() : m.end() + 60]
    if _OPEN_QUESTION.search(after):
        return False
    return any(topic.search(after) for topic in _CONCESSION.values())


def _terms_take_over(clause: str) -> bool:
    """'Your DPA replaces ours', 'tendrá prioridad', 'uw voorwaarden volstaan'."""
    if not wv.TERMS_OVER.search(clause):
        return False
    hits = [*lx.TERMS.finditer(clause), *lx.CLAUSE.finditer(clause)]
    return any(not owned_by_us(clause, m.start()) for m in hits)


def _commits(clause: str, sentence: str = "") -> bool:
    """A commitment verb or predicate the customer is not asked for and no condition holds.
    ``sentence``: the clause's sentence, where what we confirm may go on ("confirming that
    your PO and the form both arrived" is split before "the form")."""
    clause = _AS_AGREED.sub(" ", clause)
    start = sentence.find(clause) if sentence else -1
    for m in [*vb.ACCEPT.finditer(clause), *im.APPROVE.finditer(clause)]:
        if requested_before(clause, m.start()) or conditional_before(clause, m.start(), 25):
            continue
        if im.APPROVE.fullmatch(m.group()) and cs.CUSTOMER_OWN.search(clause, 0, m.start()):
            continue  # "your legal team gave the green light" is the customer's
        after = clause[m.end() : m.end() + 40]
        receipt = confirms_receipt(clause, m.end()) or (
            start >= 0 and confirms_receipt(sentence, start + m.end(), that_only=True)
        )
        if receipt and not acceptance.ACCEPTANCE_NOUN.search(after):
            continue  # "we confirm receipt" (but not "receipt and acceptance")
        return True
    if any(not conditional_before(clause, m.start(), 25) for m in vb.OK.finditer(clause)):
        return True  # "net 60 is fine" (but "once your PO is approved, ...")
    if vb.REMOVE.search(clause) or wv.NO_LONGER.search(clause) or no_obstacle(clause) is not None:
        return True
    return bool(vb.GOVERN.search(clause) or im.ENSURE.search(clause))


def _offers(clause: str) -> bool:
    """'We can offer 10% off', 'we'll extend the term', 'the discount stays'."""
    for m in vb.OFFER.finditer(clause):
        if not requested_before(clause, m.start()):
            return True
    for m in vb.KEEP.finditer(clause):  # the term itself stays: "le prix reste", "keep the price"
        if _KEEP_POSTED.search(clause):
            break  # "we'll keep you posted on the pricing question"
        before, after = clause[max(0, m.start() - 30) : m.start()], clause[m.end() : m.end() + 30]
        near = before.split(",")[-1] + " " + m.group() + " " + after.split(",")[0]
        if _AS_QUOTED.search(clause) and not cs.DIFFERENT.search(clause):
            continue  # "prices stay as in our quote": the quote restated, nothing new
        if any(_TOPICS[k].search(near) for k in ("price", "payment")):
            return True
    return bool(
        re.search(
            r"\b\d+(?:[.,]\d+)?\s*pct\s+(?:off|discount|korting|rabatt|nachlass"
            r"|remise|descuento|sconto|desconto)\b",
            clause,
        )
    )


def _applies(kind: str, scope: str) -> bool:
    if kind == "terms":  # our own terms applying is no concession
        return any(not owned_by_us(scope, m.start()) for m in lx.TERMS.finditer(scope))
    if kind == "acceptance":  # the customer's request ("confirm the PO number") is not ours
        first = lx.ORDER.search(lx.ORDER_FORM.sub(" ", scope))  # our order form is no order
        if first is None:
            return False
        return not requested_before(scope, first.start() if first else len(scope), len(scope))
    return True


def _has_topic(text: str) -> bool:
    return any(t.search(text) for t in _TOPICS.values()) or bool(lx.FULFIL.search(text))


def _waived(clause: str, kind: str) -> bool:
    """'No need to sign', 'we won't insist on the minimum term', 'our MSA is not needed'."""
    if kind == "clause" and _left_out_of_final(clause):
        return True
    hits = list(_WAIVABLE[kind].finditer(clause))
    if kind == "terms":  # only our own terms can be waived ("onze voorwaarden zijn niet nodig")
        hits = [m for m in hits if owned_by_us(clause, m.start())]
    if not hits:
        return False
    for m in wv.ENFORCE.finditer(clause):
        window = clause[max(0, m.start() - 30) : m.end() + 25]
        if negated(window) and not rf.REFUSE_OR_DEFER.search(clause):
            return True
    return kind == "signature" and bool(
        re.search(
            r"\b(?:unnecessary|inutile|no\s+hace\s+falta|desnecessari\w*|overbodig|hoeft\s+niet"
            r"|niet\s+nodig|nicht\s+(?:notig|erforderlich)|pas\s+necessaire|no\s+es\s+necesario"
            r"|non\s+(?:e\s+)?necessari\w*|nao\s+e\s+necessari\w*|not\s+(?:needed|necessary|required))\b",
            clause,
        )
    )


def _signature_skipped(clause: str) -> bool:
    return bool(
        lx.SIGNATURE.search(clause)
        and wv.SIGNATURE_WAIVED.search(clause)
        and (vb.PROCEED.search(clause) or lx.FULFIL.search(clause) or wv.LATER.search(clause))
    )


def _instead_of_signing(clause: str) -> bool:
    """'Your e-mail approval is all we need', 'Ihre Freigabe per E-Mail reicht uns' (but an
    e-mail is enough to update an address)."""
    return bool(
        wv.SUFFICE.search(clause)
        and im.INFORMAL_OK.search(clause)
        and im.APPROVAL.search(clause)
        and not im.UPDATE.search(clause)
    )


def _left_out_of_final(clause: str) -> bool:
    """A clause absent from the version to be signed is dropped: "the struck liability cap
    will not appear in the final version", "bleibt in der finalen Fassung draußen"."""
    if not (lx.CLAUSE.search(clause) and wv.FINAL_VERSION.search(clause)):
        return False
    return negated(clause) or wv.LEFT_OUT.search(clause) is not None


# A relative clause after its noun: "the licences (that) you have not used", "que no han
# llegado a usar", "die Sie nicht genutzt haben". Its negation is about the customer.
_RELATIVE = re.compile(r"\b(?:that|which|que|qui|die|dat|che|welche\w*|den|das)\s")


def _credit_before_relative(clause: str) -> bool:
    """A credit note issued in the main clause, the negation only in a relative clause
    after it: "Contabilidad les emitirá una nota de crédito por las licencias que no…"."""
    m = cs.CREDIT_NOTE.search(clause)
    if m is None:
        return False
    cut = _RELATIVE.search(clause, m.end())
    main = clause[: cut.start()] if cut else clause
    if deal.credit_issued(main) and not negated(open_clause(main)):
        return True
    # "Voor de gebruikers die u niet heeft benut, ontvangt u een creditnota": before it
    main = _YOUR_RELATIVE.sub(" ", clause)
    issued = deal.credit_issued(main) or im.CUSTOMER_GETS.search(main) is not None
    return issued and not negated(open_clause(main))


_YOUR_RELATIVE = re.compile(
    r"\b(?:that|which|que|qui|die|dat|che|welche\w*|den|das|der)\s+(?:you|u|je|jullie|sie|vous"
    r"|ustedes|usted|voi|voce|voces|ni|i|vocês)\b[^,]*"
    r"|\byou\s+(?:did|do|have|had|haven't|didn't)\s+(?:not\s+|never\s+)?(?:use|need|activate)\w*\b"
)
