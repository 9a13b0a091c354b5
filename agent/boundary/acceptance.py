"""Accepting the order in other words.

"Your order is confirmed" is the verb route (agent.boundary.grammar). These are the others:
an order-confirmation document, the order called firm, booked, in our system or processed,
starting work on the basis of it, taking everything over ("we'll take care of the rest",
"nothing more for you to do").
"""

from __future__ import annotations

import re

from agent.boundary.signals import conditional_before, negated
from agent.lexicon import concessions as cs
from agent.lexicon import fulfilment as ff
from agent.lexicon import implied as im
from agent.lexicon import nouns as lx
from agent.lexicon import refusals as rf
from agent.lexicon import verbs as vb
from agent.lexicon.nouns import family, words

ORDER_DOCUMENT = words(
    r"""
    order\s+(?:confirmation|acknowledg\w*) confirmation\s+of\s+(?:your\s+)?order firm\s+order
    auftragsbestatigung\w* bestellbestatigung\w* confirmation\s+de\s+(?:la\s+|votre\s+)?commande
    valant\s+acceptation confirmacion\s+(?:del?\s+|de\s+su\s+)?(?:pedido|orden)
    conferma\s+d\W?ordine conferma\s+dell\W?ordine orderbevestiging\w* opdrachtbevestiging\w*
    confirmacao\s+(?:da\s+|de\s+|do\s+)?(?:encomenda|pedido)
    """
)
ACCEPTANCE_NOUN = words(
    r"acceptance annahme acceptation aceptacion accettazione acceptatie aanvaarding aceitacao"
)
_DECLARES = words(
    r"""
    (?:serves?|counts?|stands?)\s+as constitut\w* our unser\w* gilt\s+als vaut notre constitu\w*
    nuestra vale(?:\s+(?:como|come))? costituisc\w* nostra geldt\s+als onze serve\s+(?:como|da)
    nossa equivale\w* supone implica\w* significa means bedeutet signifie betekent implies comporta
    entails
    """
)
_KEEN_TO_START = family(
    f"(?:{im.KEEN.pattern})" + r"\s+(?:\w+\s+)?(?:to|de|d'|zu|a|om|para|em|di)\s*"
    f"(?:{lx.START.pattern})"
)
_PROJECT = family(r"projects?", r"projekt\w*", r"projet", r"proyecto", r"progetto", r"projeto")


def names_acceptance(folded: str) -> bool:
    """An order-confirmation document, the order's booked state or its acceptance confirmed
    ("confirma o recebimento e a aceitação"), not negated or awaited."""
    for m in vb.ACCEPT.finditer(folded):
        noun = ACCEPTANCE_NOUN.search(folded, m.end(), m.end() + 60)
        if noun and not negated(folded[max(0, m.start() - 30) : noun.start()]):
            return True
    for m in ACCEPTANCE_NOUN.finditer(folded):  # "serves as our acceptance", "vaut acceptation"
        before = folded[max(0, m.start() - 30) : m.start()]
        if _DECLARES.search(before) and not negated(before):
            return True
    for pattern in (ORDER_DOCUMENT, lx.ORDER_STATE):
        found = pattern.search(folded)
        if found is None:
            continue
        before = folded[max(0, found.start() - 30) : found.start()]
        if not negated(before) and not conditional_before(folded, found.start()):
            return True
    return False


def accepts_otherwise(clause: str) -> bool:
    """The clause (not negated, no question, no deferral) accepts the order without a verb."""
    return any(
        test(clause)
        for test in (
            _processed,
            _proceeds,
            _takes_over,
            _called_final,
            _in_our_flow,
            _on_basis,
            _sales_order_raised,
            _to_fulfilment,
        )
    )


def nothing_left(clause: str, sentence: str = "") -> bool:
    """'Nothing more for you to do': said even though the clause is negated. Not when the
    sentence is about a portal or bank form we fill in ourselves and names no order ("our
    finance team does this in the portal, so there's nothing you need to do")."""
    if not im.NOTHING_LEFT.search(clause):
        return False
    whole = sentence or clause
    ours_to_do = lx.BANK.search(whole) or _PORTAL_STEP.search(whole)
    return not ours_to_do or lx.ORDER.search(lx.ORDER_FORM.sub(" ", whole)) is not None


_PORTAL_STEP = re.compile(r"\b\w*portal\w*|\bportail\b|\bplataforma\b|\bpiattaforma\b")


def _processed(clause: str) -> bool:
    """'The PO has been processed', 'we are processing your order': handled as booked."""
    m = vb.PROCESSED.search(clause)
    if m is None or not lx.ORDER.search(clause):
        return False
    before = clause[max(0, m.start() - 25) : m.start()]
    return not vb.FUTURE.search(before) and not conditional_before(clause, m.start(), 25)


def _proceeds(clause: str) -> bool:
    """'Wir legen los', 'we're happy to get started on your order'."""
    m = vb.PROCEED.search(clause)
    if m is not None:
        return not conditional_before(clause, m.start())
    keen = _KEEN_TO_START.search(clause)
    return bool(keen) and bool(lx.ORDER.search(clause) or _PROJECT.search(clause))


def _takes_over(clause: str) -> bool:
    """'We'll take care of the rest', 'al resto pensiamo noi', 'deixa com a gente'."""
    if im.FROM_HERE.search(clause):
        return True  # "we'll take it from here", "nous prenons le relais"
    return bool(
        im.CARE.search(clause) and im.REST.search(clause) and im.FIRST_PERSON.search(clause)
    )


def _sales_order_raised(clause: str) -> bool:
    """'We've raised the sales order against your PO', 'Kundenauftrag angelegt'."""
    if not im.SALES_ORDER.search(clause):
        return False
    made = ff.CREATE.search(clause) or im.ENTERED.search(clause) or cs.ISSUE.search(clause)
    return bool(made or vb.ACCEPT.search(clause))


def _to_fulfilment(clause: str) -> bool:
    """'Your order has been passed to our warehouse for dispatch'."""
    return bool(im.TO_FULFILMENT.search(clause) and lx.ORDER.search(clause))


def _called_final(clause: str) -> bool:
    """'We consider your order firm', 'dar el pedido por cerrado', 'bestelling afgehandeld'."""
    done = im.CONSIDER_DONE.search(clause)
    if done and not conditional_before(clause, done.start()) and not negated(clause):
        return True  # "u kunt het als afgehandeld beschouwen": no order named, still final
    for m in lx.ORDER.finditer(clause):
        final = im.ORDER_FINAL.search(clause, m.end(), m.end() + 70)
        asked = rf.PLEASE.search(clause, 0, m.start())
        if final and not conditional_before(clause, m.start()) and not asked:
            return True
    return False


def _in_our_flow(clause: str) -> bool:
    """'Entered in our system', 'nel nostro flusso di evasione': the order is in our books."""
    system = im.SYSTEM.search(clause) if im.ENTERED.search(clause) else None
    if system and cs.CUSTOMER_OWN.search(clause[max(0, system.start() - 12) : system.start()]):
        system = None  # "your system" is the customer's
    m = im.IN_OUR_FLOW.search(clause) or system
    if m is None or not lx.ORDER.search(clause):
        return False
    return not conditional_before(clause, m.start())


def _on_basis(clause: str) -> bool:
    """Work starting 'on the basis of your PO' ("auf Basis Ihrer Bestellung legen wir los")."""
    m = im.ON_BASIS.search(clause)
    if m is None or not lx.ORDER.search(clause, m.end(), m.end() + 50):
        return False
    return bool(lx.START.search(clause) or vb.PROCEED.search(clause) or vb.ACCEPT.search(clause))
