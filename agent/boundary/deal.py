"""Price and payment concessions made without "we agree".

"A credit note will be issued", "12 extra users for the same total price", "let's say
45,000", "we invoice the amount on your PO even though the quote was higher", "we'll
invoice per your payment schedule", "the first invoice we hold until April", "we've set
your account up on net 60", "billing will follow your payment policy". The caller has
already ruled out negation, a question and a deferral.
"""

from __future__ import annotations

import re

from agent.boundary.signals import main_part, negated, owned_by_us, refused, requested_before
from agent.lexicon import concessions as cs
from agent.lexicon import implied as im
from agent.lexicon import nouns as lx
from agent.lexicon import verbs as vb
from agent.lexicon import waivers as wv
from agent.lexicon.procurement import AS_AGREED

_DIGIT = re.compile(r"\d")
# One figure put in the place of another: "80 instead of 100", "40 i stället för de 50".
_INSTEAD = re.compile(
    r"\b(?:instead\s+of|rather\s+than|statt|anstatt|anstelle|au\s+lieu\s+de|en\s+lugar\s+de"
    r"|en\s+vez\s+de|invece\s+d\w*|anziche|in\s+plaats\s+van|em\s+vez\s+de|ao\s+inves\s+de"
    r"|em\s+lugar\s+de|i\s+stallet\s+for|i\s+stedet\s+for|zamiast|misto)\b"
)
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*pct\b")
# "not yet invoiced": a state, not a waiver.
_NOT_YET = re.compile(
    r"\b(?:yet|noch\s+nicht|nicht\s+mehr|pas\s+encore|todavia|aun\s+no|non\s+ancora|nog\s+niet"
    r"|ainda\s+nao|endnu|enna|jeste)\b"
)


def deal_kinds(clause: str, sentence: str) -> list[str]:
    kinds: list[str] = []
    if credit_issued(clause) or _same_price_for_more(clause) or _figure_named(clause):
        kinds.append("price")
    if _against_quote(sentence):
        kinds.append("price")
    kinds += _billed(clause)
    if _invoice_held(clause) or _term_configured(clause) or _customer_may_pay(clause):
        kinds.append("payment")
    if _waits_for_money(clause):
        kinds.append("payment")
    if _customer_gets_off(clause):
        kinds.append("price")
    kinds += _adopted(clause)
    cancel_any_time = wv.CANCEL.search(clause) and wv.ANY_TIME.search(clause)
    if wv.WITHOUT_PENALTY.search(clause) or cancel_any_time:
        kinds.append("clause")  # "you can cancel at any time without penalty"
    return list(dict.fromkeys(kinds))


def credit_issued(clause: str) -> bool:
    """'Un avoir de 2 000 € sera émis', 'er wordt een creditnota opgemaakt'."""
    if not cs.CREDIT_NOTE.search(clause):
        return False
    return bool(cs.ISSUE.search(clause) or vb.FUTURE.search(clause) or vb.ACCEPT.search(clause))


def _same_price_for_more(clause: str) -> bool:
    """'Le 20 licenze in più allo stesso prezzo', 'extra gebruikers voor dezelfde prijs'."""
    m = cs.SAME.search(clause)
    if m is None or not lx.PRICE.search(clause, m.end(), m.end() + 30):
        return False
    return bool(cs.EXTRA.search(clause))


def _figure_named(clause: str) -> bool:
    """'Diciamo 45.000 € tutto compreso': haggling to a figure."""
    m = cs.LETS_SAY.search(clause)
    return bool(m and _DIGIT.search(clause, m.end()))


def _against_quote(sentence: str) -> bool:
    """'..., even though the quote said 110': an amount other than our quote's, accepted."""
    if refused(sentence) or negated(main_part(sentence)):
        return False
    for m in cs.CONCESSIVE.finditer(sentence):
        said = sentence[m.end() : m.end() + 70]
        quote = cs.QUOTE.search(said)
        if quote is None:
            continue
        if _DIGIT.search(sentence) or cs.DIFFERENT.search(said) or lx.PRICE.search(sentence):
            return True
    return False


def _billed(clause: str) -> list[str]:
    """'We invoice the amount on your PO', 'nous facturerons selon votre échéancier'."""
    m = cs.BILL.search(clause)
    if m is None or AS_AGREED.search(clause) or requested_before(clause, m.start()):
        return []
    rest = clause[: m.start()] + " " + clause[m.end() :]
    kinds = []
    for kind, topic in (("price", lx.PRICE), ("payment", lx.PAYMENT)):
        hit = topic.search(rest)
        if hit and not owned_by_us(rest, hit.start()):
            kinds.append(kind)
    if not kinds and cs.DEFERRED.search(rest):
        kinds.append("payment")  # "fattureremo solo dopo il collaudo"
    if not kinds and _INSTEAD.search(rest) and _DIGIT.search(rest):
        kinds.append("price")  # "wir berechnen nur 80 statt 100 Lizenzen": a new quantity
    return kinds


def not_charged(clause: str) -> bool:
    """'Die Schulung berechnen wir nicht', 'la formación no se la cobramos': given away."""
    for m in cs.CHARGE.finditer(clause):
        window = clause[max(0, m.start() - 30) : m.end() + 20]
        if negated(window) and not _NOT_YET.search(window) and not im.MODAL_NEGATION.search(window):
            return True
    return False


def _customer_may_pay(clause: str) -> bool:
    """'Sie können gern in drei Raten zahlen', 'potete saldare la fattura dopo l'avvio'."""
    for m in im.CUSTOMER_MAY.finditer(clause):
        following = " ".join(clause[m.end() :].split()[:8])
        if cs.PAY.search(following) and (cs.PAY_TERM.search(clause) or cs.DEFERRED.search(clause)):
            return True
        # "den Skontoabzug von 3 % können Sie gerne vornehmen": a deduction allowed
        if cs.DISCOUNT.search(clause) and cs.PAY_TERM.search(clause):
            return True
    pays = cs.PAY.search(clause)  # "vous réglerez la facture après la mise en service"
    if pays is None or requested_before(clause, pays.start()):
        return False
    return bool(cs.INVOICE.search(clause) and cs.DEFERRED.search(clause, pays.end()))


def _customer_gets_off(clause: str) -> bool:
    """'Sie bekommen 10 % auf den Listenpreis', 'vous bénéficiez de 10 % de remise'."""
    m = im.CUSTOMER_GETS.search(clause)
    if m is None:
        return False
    following = clause[m.end() : m.end() + 60]
    return bool(_PERCENT.search(following) or cs.DISCOUNT.search(following))


def _waits_for_money(clause: str) -> bool:
    """'We can wait 90 days for payment', 'nous attendrons la mise en service pour facturer'."""
    if not cs.WAIT.search(clause):
        return False
    return bool(lx.PAYMENT.search(clause) or cs.INVOICE.search(clause) or cs.CHARGE.search(clause))


def _invoice_held(clause: str) -> bool:
    """'La prima fattura la teniamo ferma', 'we'll hold the first invoice until April'."""
    return bool(cs.HOLD.search(clause) and cs.INVOICE.search(clause))


def _term_configured(clause: str) -> bool:
    """'We've set your account up on net 60', 'impostato il pagamento a 120 giorni'."""
    return bool(cs.CONFIGURE.search(clause) and cs.PAY_TERM.search(clause))


def _adopted(clause: str) -> list[str]:
    """'Billing will follow your payment policy', 'wir rechnen nach Ihren Bedingungen ab'."""
    m = cs.ADOPT.search(clause)
    if m is None or requested_before(clause, m.start()):
        return []
    if not cs.CUSTOMER_OWN.search(clause, m.start()):
        return []
    kinds = []
    if lx.PAYMENT.search(clause):
        kinds.append("payment")
    if lx.TERMS.search(clause):
        kinds.append("terms")
    return kinds
