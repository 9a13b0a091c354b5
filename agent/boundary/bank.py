"""Bank and remit-to details: refused whatever surrounds them.

A draft may not state an account (an IBAN, an account number, a SWIFT code), say that our
details changed or where payments should now go, or vouch that the details on file are still
right. Refusing to discuss them by e-mail is fine.
"""

from __future__ import annotations

import re

from agent.boundary.signals import negated
from agent.lexicon import nouns as lx
from agent.lexicon import refusals as rf

BANK_VALUE = re.compile(
    r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b"  # IBAN
    r"|(?i:\bsort\s+code\b\D{0,5}\d{2}-\d{2}-\d{2})"
    r"|(?i:\b(?:account|acct|konto\w*|compte|cuenta|conto|rekening\w*|conta|routing|aba)"
    r"(?:\s+(?:corrente|courant|corriente|checking|current|savings))?"
    r"(?:\s*(?:number|no\.?|nr\.?|nummer|numero|n[°º]|#))?\s*[:#]?\s*\d[\d -]{4,}\d)"
    r"|(?i:\b(?:swift|bic)(?:\s*code)?\s*[:#]?\s*)[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"
    r"|(?i:\blockbox\s+\d+)"
    r"|(?i:\b(?:account|acct|konto|compte|cuenta|conto|rekening|conta)\s+(?:ending|endend|finissant"
    r"|terminad[ao]|terminante|eindigend|que\s+termina|che\s+termina)\s+(?:in|on|auf|par|en|op|em"
    r"|con|por)?\s*\d{3,})"
)
# Saying the details changed, where payments go from now on, or what they are.
_CHANGE = lx.words(
    r"""
    chang\w* new now updated? moved switch\w* still\s+(?:correct|valid) on\s+file unchanged remains?
    geandert neue\w* ab\s+sofort kunftig aktualisiert nouvel\w* nouveau\w* change\w* modifi\w*
    desormais dorenavant nuev\w* cambi\w* actualizad\w* a\s+partir\s+de\s+ahora nuov\w* aggiornat\w*
    d'ora\s+in\s+poi gewijzigd nieuw\w* voortaan vanaf\s+nu alterad\w* nov[oa]s? atualizad\w*
    a\s+partir\s+de\s+agora mud\w* pay\w*\s+(?:\w+\s+){0,3}to transfer\w*\s+to uberweis\w* virement
    below as\s+follows following remit\s+to should\s+go\s+to
    should\s+be\s+(?:sent|paid|transferred|wired|remitted)\s+to qui\s+sotto sotto\s+riportat\w*
    unten nedenfor nedan ponizej nize wie\s+folgt lautet folgende\w* voici suivant\w* ci-dessous
    siguientes? a\s+continuacion seguent\w* di\s+seguito volgende hieronder seguintes? abaixo andrat
    aendret zmeni\w* zmen\w* nytt nya nye ny now[eya]\w* nov(?:e|y|a|ych|ou) is\s*: sind\s*:
    sont\s*: son\s*: zijn\s*: endret endra andra\w* aendr\w* endr\w* zmien\w* zmian\w*
    a\s+partir\s+de ab\s+(?:jetzt|diesem|dem|nachste\w*) from\s+now\s+on with\s+effect\s+from
    effective going\s+forward da\s+questo\s+mese
    """
)
# An account closed: "our account at X was closed", "el número de cuenta anterior está cerrado".
_CLOSED = lx.words(
    r"closed geschlossen aufgelost clotur\w* cerrad\w* chius\w* opgeheven encerrad\w* fechad[oa]"
)
# Where the details are: "in the footer", "im Anhang", "en pièce jointe" (but a form to
# fill in is no statement of our details).
_LOCATED = lx.words(
    r"""
    footer fusszeile im\s+anhang anhang anbei pied\s+de\s+page piece\s+jointe ci-joint\w*
    pie\s+de\s+(?:este\s+)?(?:correo|pagina) adjunt\w* allegat\w* in\s+allegato bijlage bijgevoegd
    em\s+anexo anexo attached attachment letterhead briefkopf en-tete membrete carta\s+intestata
    briefpapier papel\s+timbrado
    """
)
_STRONG = lx.words(r"iban swift bic rib bank\w* konto\w* rekening\w* bankgiro")
_FORM = lx.words(r"forms? formular\w* formulaire\w* formulario\w* modul[oi] formulier\w*")
# Directing payments to an account: "gebruik voor betalingen het rekeningnummer op die facturen".
_USE = lx.words(r"use gebruik\w* verwende\w* utilis\w* utilic\w* utilizz\w* utiliz\w* bruk brug")


# A warning, not a statement: "should you ever receive a mail claiming our details changed".
_WARNING = lx.words(
    r"""
    if\s+you\s+ever should\s+you\s+ever if\s+(?:you\s+)?(?:ever\s+)?(?:get|receive)\s+(?:a|an|any)
    sollten\s+sie\s+(?:je|jemals|einmal) falls\s+sie\s+(?:je|jemals|einmal)
    si\s+(?:un\s+jour|jamais)
    si\s+alguna\s+vez se\s+mai se\s+dovesse\w* als\s+u\s+ooit se\s+um\s+dia se\s+algum\s+dia
    jesli\s+kiedykolwiek pokud\s+vam\s+nekdy hvis\s+(?:i|du)\s+nogensinde om\s+ni\s+nagonsin
    phishing hameconnage fraud\w* betrug\w* fraude\w* frode oplichting golpe\w* oszust\w* podvod\w*
    tentatives? scam\w* impersonat\w*
    """
)


def states_bank_details(text: str) -> bool:
    return bool(BANK_VALUE.search(text))


def vouches(clause: str, sentence: str = "") -> bool:
    """Our account 'changed', 'is still correct', 'use the account on those invoices' (but a
    warning about fraud — "if you ever get a mail saying our bank details changed" — is none)."""
    if not lx.BANK.search(clause) or rf.REFUSE_OR_DEFER.search(clause):
        return False
    if _WARNING.search(sentence or clause):
        return False
    if lx.BANK_VOUCH.search(clause):
        return True
    directed = _USE.search(clause) and (lx.PAYMENT.search(clause) or _STRONG.search(clause))
    bank = lx.BANK.search(clause)
    closed = bank and _CLOSED.search(clause, bank.end(), bank.end() + 40)
    located = _LOCATED.search(clause) and not _FORM.search(clause)
    return bool(_CHANGE.search(clause) or directed or closed or located) and not negated(clause)
