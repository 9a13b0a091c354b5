"""The commitment grammar: who commits + a commitment verb or predicate + what.

A sentence is refused when one of its clauses commits the vendor — by a verb ("we accept",
"wir gewähren", "aceptamos"), a predicate ("net 60 is fine", "geht in Ordnung"), a future
or completed fulfilment ("will be live", "sont activées"), or starting work — to something
a customer reply must leave to people: the order, a price or amount, payment terms, the
customer's terms, a contract clause, going ahead without a signature, fulfilment timing.
Negation, refusal, deferral to the responsible team, a question or a request to the
customer, or a condition in the same clause take the commitment back. Bank details and
order-confirmation documents are refused whatever surrounds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.lexicon import nouns as lx
from agent.lexicon import refusals as rf
from agent.lexicon import verbs as vb
from agent.lexicon.text import Sentence, clauses, sentences
from agent.lexicon.times import TIME, mask_document_dates

KINDS: dict[str, str] = {
    "timing": "promises delivery, shipment, installation, activation or go-live timing",
    "acceptance": "accepts or confirms the order",
    "price": "agrees to a price, amount, quantity, discount or credit",
    "payment": "agrees to payment terms",
    "terms": "lets the customer's terms govern or supersede ours",
    "clause": "drops or waives a contract clause",
    "signature": "goes ahead without a required signature",
    "bank": "states or vouches for bank or remit-to details",
}
_TOPICS = {
    "acceptance": lx.ORDER,
    "price": lx.PRICE,
    "payment": lx.PAYMENT,
    "terms": lx.TERMS,
    "clause": lx.CLAUSE,
}
_OURS = re.compile(
    r"\b(?:our|unser\w*|nos|notre|nuestr\w*|nostr\w*|onze|ons|noss\w*)\s+"
    r"(?:\w+\s+)?$"
)
_ORDER_DOCUMENT = lx.words(
    r"""
    order\s+(?:confirmation|acknowledg\w*) confirmation\s+of\s+(?:your\s+)?order firm\s+order
    auftragsbestatigung\w* bestellbestatigung\w* confirmation\s+de\s+(?:la\s+|votre\s+)?commande
    valant\s+acceptation confirmacion\s+(?:del?\s+|de\s+su\s+)?(?:pedido|orden)
    conferma\s+d\W?ordine conferma\s+dell\W?ordine orderbevestiging\w* opdrachtbevestiging\w*
    confirmacao\s+(?:da\s+|de\s+|do\s+)?(?:encomenda|pedido)
    """
)
_BANK_VALUE = re.compile(
    r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b"  # IBAN
    r"|(?i:\bsort\s+code\b\D{0,5}\d{2}-\d{2}-\d{2})"
    r"|(?i:\b(?:account|acct|konto\w*|compte|cuenta|conto|rekening\w*|conta|routing|aba)"
    r"(?:\s*(?:number|no\.?|nr\.?|nummer|numero|n[°º]|#))?\s*[:#]?\s*\d[\d -]{5,}\d)"
    r"|(?i:\b(?:swift|bic)(?:\s*code)?\s*[:#]?\s*)[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"
    r"|(?i:\blockbox\s+\d+)"
)
_BANK_CHANGE = lx.words(
    r"""
    chang\w* new now updated? moved switch\w* still\s+(?:correct|valid) on\s+file unchanged
    remains? geandert neue\w* ab\s+sofort kunftig aktualisiert nouvel\w* nouveau\w* change\w*
    modifi\w* desormais dorenavant nuev\w* cambi\w* actualizad\w* a\s+partir\s+de\s+ahora
    nuov\w* aggiornat\w* d'ora\s+in\s+poi gewijzigd nieuw\w* voortaan vanaf\s+nu alterad\w*
    nov[oa]s? atualizad\w* a\s+partir\s+de\s+agora mud\w* pay\w*\s+(?:\w+\s+){0,3}to
    transfer\w*\s+to uberweis\w* virement below as\s+follows following remit\s+to
    should\s+go\s+to wie\s+folgt lautet folgende\w* voici suivant\w* ci-dessous siguientes?
    a\s+continuacion seguent\w* di\s+seguito volgende hieronder seguintes? abaixo andrat aendret
    zmieni\w* zmen\w* nytt nya nye ny now[eya]\w* nov(?:e|y|a|ych|ou) is\s*: sind\s*: sont\s*:
    son\s*: zijn\s*:
    """
)
_WE_WILL = re.compile(
    r"\b(?:we\s+will|we'll|we\s+shall|we\s+are\s+going\s+to|wir\s+werden|werden\s+wir"
    r"|nous\s+allons|nous\s+\w+rons|vamos\s+a|\w+aremos|\w+eremos|\w+iremos|\w+eremo"
    r"|\w+iremo|\w+aremo|wij\s+zullen|we\s+zullen|zullen\s+we|vamos|iremos)\b"
)
_SIGNATURE_WAIVED = lx.words(
    r"""
    without ohne sans sin senza zonder sem later follow nachreich\w* nachgereicht plus\s+tard
    suivr\w* despues mas\s+tarde cuando\s+puedan piu\s+tardi in\s+seguito nasturen achteraf
    depois mais\s+tarde counts?\s+as is\s+enough suffices? genugt reicht suffit suficiente basta
    volstaat voldoende while wahrend pendant\s+que mientras mentre terwijl enquanto
    in\s+the\s+meantime unnecessary inutile superflu\w* no\s+hace\s+falta desnecessari\w*
    overbodig uberflussig not\s+necessary non\s+necessari\w* dopo intanto entretanto
    mientras\s+tanto zwischenzeit en\s+attendant ondertussen intussen enquanto\s+isso
    """
)
_LATER = re.compile(
    r"\b(?:later|follow|nachreich\w*|suffi\w*|genugt|reicht|basta|volstaat|suficiente|enough"
    r"|counts?\s+as|mientras|while|wahrend|pendant|mentre|terwijl|enquanto|despues|depois|dopo"
    r"|intanto|cuando\s+puedan|in\s+the\s+meantime|en\s+attendant|zwischenzeit|ondertussen)\b"
)
# Portuguese "no" is "in the" ("no seu pedido"), not a negation.
_PT_NO = re.compile(
    r"\bno\s+(?:seu|sua|seus|suas|nosso|nossa|meu|minha|dia|mesmo|prazo|pedido|sistema|portal"
    r"|caso|momento|anexo|e-?mail|final|inicio|valor|contrato|documento|formulario|orcamento|site"
    r"|mes|ano|fecho|fechamento)\b"
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
    for sentence in sentences(text):
        kinds = _sentence_kinds(sentence, previous)
        found += [Violation(k, sentence.text) for k in kinds]
        previous = sentence
    return found


def _sentence_kinds(sentence: Sentence, previous: Sentence | None) -> list[str]:
    kinds: list[str] = []
    if _BANK_VALUE.search(sentence.text):
        kinds.append("bank")
    folded = mask_document_dates(sentence.folded)
    for pattern in (_ORDER_DOCUMENT, lx.ORDER_STATE):
        m = pattern.search(folded)
        before = folded[max(0, m.start() - 30) : m.start()] if m else ""
        if m and not _negated(before) and not rf.CONDITIONAL.search(before):
            kinds.append("acceptance")
            break
    context = mask_document_dates(previous.folded) if previous else ""
    for clause in clauses(folded):
        for kind in _clause_kinds(clause, folded, context, question=sentence.question):
            if kind not in kinds:
                kinds.append(kind)
    return kinds


def _clause_kinds(clause: str, sentence: str, context: str, *, question: bool) -> list[str]:
    kinds = [k for k in ("signature", "clause", "price") if _waived(clause, k)]
    if _bank_vouched(clause):
        kinds.append("bank")
    if vb.FREE.search(clause) and not _negated(vb.FREE.sub(" ", clause)):
        kinds.append("price")
    open_clause = _without_fixed_phrases(clause)
    negated = _negated(open_clause)
    if not negated and not question and _signature_skipped(clause):
        kinds.append("signature")
    if question or rf.REFUSE_OR_DEFER.search(clause):
        return kinds
    if not negated and (_timing(clause) or _we_will_at_a_time(clause)):
        kinds.append("timing")
    if not negated and _processed(clause):
        kinds.append("acceptance")
    if not negated and _proceeds(clause):
        kinds.append("acceptance")
    commits = _commits(clause) and not negated
    if commits:
        scope = clause if _has_topic(clause) else (sentence if _has_topic(sentence) else context)
        kinds += [k for k, topic in _TOPICS.items() if topic.search(scope) and _applies(k, scope)]
        if not _has_topic(clause) and _timing(scope + " will"):
            kinds.append("timing")  # "Go-live before Christmas? No problem."
    elif not negated and _offers(clause):
        kinds += [k for k in ("price", "payment", "clause") if _TOPICS[k].search(clause)]
    return list(dict.fromkeys(kinds))


def _commits(clause: str) -> bool:
    """A commitment verb or predicate the customer is not asked for and no condition holds."""
    for m in vb.ACCEPT.finditer(clause):
        before, after = clause[max(0, m.start() - 40) : m.start()], clause[m.end() : m.end() + 30]
        if rf.REQUEST.search(before) or rf.CONDITIONAL.search(before[-25:]):
            continue
        if rf.RECEIPT.search(after):
            continue
        return True
    if vb.OK.search(clause) or vb.REMOVE.search(clause) or _no_obstacle(clause) is not None:
        return True
    return bool(vb.GOVERN.search(clause))


def _no_obstacle(clause: str) -> tuple[int, int] | None:
    """'shouldn't be a problem', 'não haverá problema': a negated obstacle is agreement.
    Returns the span from the negation to the obstacle."""
    for m in vb.PROBLEM.finditer(clause):
        start = max(0, m.start() - 40)
        negation = [n for n in vb.NEGATION.finditer(clause, start, m.start())]
        if negation:
            return negation[-1].start(), m.end()
    return None


def _offers(clause: str) -> bool:
    """'We can offer 10% off', 'we'll extend the term': offering a commercial change."""
    for m in vb.OFFER.finditer(clause):
        if not rf.REQUEST.search(clause[max(0, m.start() - 40) : m.start()]):
            return True
    return bool(
        re.search(
            r"\b\d+(?:[.,]\d+)?\s*pct\s+(?:off|discount|korting|rabatt|nachlass"
            r"|remise|descuento|sconto|desconto)\b",
            clause,
        )
    )


def _processed(clause: str) -> bool:
    """'The PO has been processed', 'we are processing your order': handled as booked."""
    m = vb.PROCESSED.search(clause)
    if m is None or not lx.ORDER.search(clause):
        return False
    before = clause[max(0, m.start() - 25) : m.start()]
    return not vb.FUTURE.search(before) and not rf.CONDITIONAL.search(before)


def _we_will_at_a_time(clause: str) -> bool:
    """'We'll aim for the 15th of May': the vendor naming when it will do something."""
    return bool(_WE_WILL.search(clause) and TIME.search(clause))


def _applies(kind: str, scope: str) -> bool:
    if kind == "terms":  # our own terms applying is no concession
        hits = list(lx.TERMS.finditer(scope))
        return any(not _OURS.search(scope[: m.start()]) for m in hits)
    if kind == "acceptance":  # the customer's request ("confirm the PO number") is not ours
        return not rf.REQUEST.search(scope)
    return True


def _has_topic(text: str) -> bool:
    return any(t.search(text) for t in _TOPICS.values()) or bool(lx.FULFIL.search(text))


def _timing(clause: str) -> bool:
    """A fulfilment word with a time, a future, a completed state or an assurance."""
    fulfil = [*lx.FULFIL.finditer(clause), *lx.SEND_GOODS.finditer(clause)]
    if lx.FULFIL_OBJECT.search(clause) and not lx.MEETING.search(clause):
        fulfil += [*lx.AVAILABLE.finditer(clause), *lx.CREATE.finditer(clause)]
    if rf.CUSTOMER_PLAN.search(clause):
        return False
    if not fulfil:
        return bool(lx.START.search(clause) and TIME.search(clause))
    if TIME.search(clause):
        return True
    for m in fulfil:
        before = clause[max(0, m.start() - 45) : m.start()]
        after = clause[m.end() : m.end() + 25]
        if vb.FUTURE.search(before) or vb.FUTURE_FORM.fullmatch(m.group()):
            return True
        if vb.FUTURE.search(after):  # "the activation will take place", "Freischaltung erfolgt"
            return True
        if vb.COMPLETED.search(before[-20:]) and not rf.CONDITIONAL.search(clause[: m.start()]):
            return True
    return bool(vb.ACCEPT.search(clause)) and not rf.REQUEST.search(clause)


def _waived(clause: str, kind: str) -> bool:
    """'No need to sign', 'we won't insist on the minimum term': a negated requirement."""
    topic = {"signature": lx.SIGNATURE, "clause": lx.CLAUSE, "price": lx.PRICE}[kind]
    if not topic.search(clause):
        return False
    for m in vb.ENFORCE.finditer(clause):
        window = clause[max(0, m.start() - 30) : m.end() + 25]
        if vb.NEGATION.search(window) and not rf.REFUSE_OR_DEFER.search(clause):
            return True
    return kind == "signature" and bool(
        re.search(
            r"\b(?:unnecessary|inutile|no\s+hace\s+falta|desnecessari\w*|overbodig)\b", clause
        )
    )


def _signature_skipped(clause: str) -> bool:
    return bool(
        lx.SIGNATURE.search(clause)
        and _SIGNATURE_WAIVED.search(clause)
        and (vb.PROCEED.search(clause) or lx.FULFIL.search(clause) or _LATER.search(clause))
    )


def _proceeds(clause: str) -> bool:
    m = vb.PROCEED.search(clause)
    return bool(m) and not rf.CONDITIONAL.search(clause[: m.start() if m else 0][-30:])


def _bank_vouched(clause: str) -> bool:
    if not lx.BANK.search(clause) or rf.REFUSE_OR_DEFER.search(clause):
        return False
    if lx.BANK_VOUCH.search(clause):
        return True
    return bool(_BANK_CHANGE.search(clause)) and not _negated(clause)


def _negated(text: str) -> bool:
    return bool(vb.NEGATION.search(_PT_NO.sub(" ", text)))


def _without_fixed_phrases(clause: str) -> str:
    """Negations inside "no problem" or "keine Sorge" are not negations of the clause."""
    clause = TIME.sub(" ", vb.OK.sub(" ", clause))  # "no later than" is a time, not a "no"
    while (span := _no_obstacle(clause)) is not None:
        clause = clause[: span[0]] + " " + clause[span[1] :]
    return clause
