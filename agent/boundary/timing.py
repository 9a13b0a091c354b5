"""Fulfilment timing: delivery, shipment, installation, activation or go-live, promised.

A fulfilment word with a time, a future, a completed state or an assurance promises timing
("the licences will be activated", "die Hardware kommt noch vor Ihren Werksferien an",
"es wird sichergestellt, dass Ihr Team ab Montag zugreifen kann"). So does telling the
customer they may go ahead ("you can already plan your launch for the 1st").
"""

from __future__ import annotations

import re

from agent.boundary.signals import confirms_receipt
from agent.lexicon import frames as fr
from agent.lexicon import fulfilment as ff
from agent.lexicon import implied as im
from agent.lexicon import nouns as lx
from agent.lexicon import refusals as rf
from agent.lexicon import verbs as vb
from agent.lexicon.times import MONTH_NAMED, TIME

_WE_WILL = re.compile(
    r"\b(?:we\s+will|we'll|we\s+shall|we\s+are\s+going\s+to|wir\s+werden|werden\s+wir"
    r"|nous\s+allons|nous\s+\w+rons|vamos\s+a|\w+aremos|\w+eremos|\w+iremos|\w+eremo"
    r"|\w+iremo|\w+aremo|wij\s+zullen|we\s+zullen|zullen\s+we|vamos|iremos)\b"
)


_DOCUMENT = lx.words(
    r"""
    forms? \w*formular\w* formulaire\w* formulario\w* modul[oi] \w*formulier\w* contracts?
    vertrag\w* contrat contrato contratto contract invoices? rechnung\w* factur\w* fattur\w*
    factuur fatura\w* quotes? angebot\w* devis oferta\w* offerta preventiv\w* offerte proposta
    documents? dokument\w* pdf copy kopie copie copia kopie\w* e-?mail mail reply antwort
    reponse respuesta risposta antwoord resposta nda agreements? vereinbarung\w* signed
    unterschrieben\w* signe\w* firmad\w* firmat\w* getekend\w* assinad\w* registr\w*
    inscription\w* cadastro\w* \w*portal\w* certificat\w* code\s+de\s+conduite
    code\s+of\s+conduct questions? queries \w*fragen dudas consultas preguntas domande
    quesiti vragen duvidas questoes perguntas pytania dotazy fragor sporgsmal
    """
)


# Words that say nothing of a delivery when said of paperwork: "the signed form arrived",
# "consider it done: I'll resend the order form".
_SAID_OF_PAPERS = re.compile(
    r"done|erledigt|fertig\w*|ready|arriv\w*|klaar|klar|pront[oa]s?|listos?|prets?|binnengekomen"
    r"|angekommen|eingegangen|llegado|chegou|chegad\w*|onboard\w*|rond|kommit\s+fram|dorazil\w*"
)


# The customer's own start: "your project kicks off on 1 September", "Ihr Projekt startet".
_THEIRS = re.compile(
    r"\b(?:your|ihr\w*|votre|vos|su|sus|vostr\w*|uw|jullie|seu|sua|vosso|vossa|er|ert|era|jeres"
    r"|wasz\w*|vas\w*)\s+(?:\S+\s+){0,6}$"
)


# Data about a delivery is no delivery: "your delivery address", "adresse de livraison".
_DELIVERY_DATA = re.compile(
    r"\b(?:deliver\w*|shipping|ship-to|liefer\w*|livraison|entrega|consegna|lever\w*)\s*-?\s*"
    r"(?:address\w*|adress\w*|anschrift\w*|contact\w*|note|schein\w*|details?)\b"
    r"|\b(?:adresse|direccion|indirizzo|endereco|morada|bon|nota|note)\s+(?:de|di|da)\s+"
    r"(?:livraison|entrega|consegna)\b|\bleveradres\w*|\blieferadresse\w*"
)


def fulfilment(clause: str, context: str = "") -> list[re.Match[str]]:
    """Fulfilment words; states and acts ("available", "created", "arrives", "can access",
    "completed") only when said of something we deliver, never of a meeting or a person."""
    clause = _DELIVERY_DATA.sub(lambda m: " " * len(m.group()), clause)  # keeps positions
    found = [*lx.FULFIL.finditer(clause), *lx.SEND_GOODS.finditer(clause)]
    about = context or clause  # the sentence: "thanks for the certificate, all arrived"
    if _DOCUMENT.search(about) and not lx.FULFIL_OBJECT.search(about):
        found = [m for m in found if not _SAID_OF_PAPERS.fullmatch(m.group())]
    if lx.FULFIL_OBJECT.search(clause) and not ff.MEETING.search(clause):
        for family in (ff.AVAILABLE, ff.CREATE, ff.ARRIVE, ff.DEPART, ff.USE, ff.DONE):
            found += family.finditer(clause)
    return found


def promises_timing(clause: str, context: str = "") -> bool:
    """A fulfilment word with a time, a future, a completed state or an assurance."""
    fulfil = fulfilment(clause, context)
    if rf.CUSTOMER_PLAN.search(TIME.sub(" ", clause)) and not im.CUSTOMER_MAY.search(clause):
        return False  # "your launch is planned for September" is the customer's plan
    if rf.REQUESTED.search(clause) and not (vb.FUTURE.search(clause) or _WE_WILL.search(clause)):
        return False  # "the requested go-live date is 1 June" restates the customer's wish
    if not fulfil:
        start = lx.START.search(clause)
        return bool(start and TIME.search(clause) and not _THEIRS.search(clause[: start.start()]))
    if TIME.search(clause) or MONTH_NAMED.search(clause):
        return True
    for m in fulfil:
        before = clause[max(0, m.start() - 45) : m.start()]
        after = clause[m.end() : m.end() + 25]
        if vb.FUTURE.search(before) or vb.FUTURE_FORM.fullmatch(m.group()):
            return True
        if vb.FUTURE.search(after):  # "the activation will take place", "Freischaltung erfolgt"
            return True
        done = vb.COMPLETED.search(before[-20:]) or vb.ALREADY.search(before[-25:])
        if done and not rf.CONDITIONAL.search(clause[: m.start()]):
            return True  # "sont activées", "la merce è già in viaggio"
    # "we confirm receipt of your delivery schedule" confirms an arrival, not a date
    confirms = [m for m in vb.ACCEPT.finditer(clause) if not confirms_receipt(clause, m.end())]
    return bool(confirms or im.ENSURE.search(clause)) and not rf.REQUEST.search(clause)


def we_will_at_a_time(clause: str) -> bool:
    """'We'll aim for the 15th of May': the vendor naming when it will do something."""
    if _DOCUMENT.search(clause) and not fulfilment(clause) and not lx.FULFIL_OBJECT.search(clause):
        return False  # "we'll send the signed form today" is paperwork, not fulfilment
    return bool(_WE_WILL.search(clause) and TIME.search(clause))


def go_ahead(clause: str) -> bool:
    """'You can already plan your launch', 'vocês podem seguir': the customer may count on it."""
    if ff.MEETING.search(clause):
        return False
    delivered = any(f.search(clause) for f in (lx.FULFIL, lx.FULFIL_OBJECT, im.LAUNCH))
    for m in im.CUSTOMER_MAY.finditer(clause):
        following = " ".join(clause[m.end() :].split()[:10])
        if im.GO_AHEAD.search(following) or (delivered and im.PROCEED_USE.search(following)):
            return True
    return False


def timing_kinds(clause: str, sentence: str) -> list[str]:
    """The clause's timing promise, or the acceptance a customer's go-ahead implies."""
    if fr.TELLS_YOU.search(clause) and not TIME.search(clause):
        return []  # "about the go-live date, Ana will call you": who will tell, not when
    if promises_timing(clause, sentence) or we_will_at_a_time(clause):
        return ["timing"]
    if go_ahead(clause):
        dated = fulfilment(clause) or TIME.search(sentence) or lx.START.search(clause)
        return ["timing"] if dated else ["acceptance"]
    return []
