"""Supplier registration completed, in the languages customers write.

Two ways a message says our registration is done:

* a registration word and a completion word in one clause, in either order: "die
  Registrierung wurde freigegeben", "cadastro aprovado", "la vostra iscrizione è stata
  approvata", "Ya estáis dados de alta", "Votre compte fournisseur a été activé";
* a supplier number given to us: "vuestro número de proveedor es el 51200", "Codice
  fornitore assegnato: F-33120", "Ihre Kreditorennummer lautet 88120" — except in an invitation to
  register, which may carry a number before anything is done.

A request, a condition or a future ("once your account is activated", "sobald die
Registrierung abgeschlossen ist", "assim que o registo estiver aprovado") and a negation ("nog
niet afgerond") are not done.
"""

from __future__ import annotations

import re

from agent.rules.text import sentence_bounds

_NOUN = (
    r"(?:supplier|vendor)\s+(?:registration|onboarding|set-?up|record|account|profile|code)"
    r"|registration|onboarding|(?:lieferanten)?(?:registrierung|anlage)|kreditor\w*"
    r"|inscription|r[ée]f[ée]rencement|(?:compte|fiche)\s+fournisseur"
    r"|registro|alta(?:\s+(?:de|como)\s+proveedor)?|ficha\s+de\s+proveedor"
    r"|registo|cadastro|iscrizione|qualifica(?:zione)?|anagrafica"
    r"|(?:leveranciers)?registratie|crediteur|registrering|rejestracja|registrace"
)
# We, as their supplier: "als Lieferant angelegt", "como proveedor activo", "upplagda som
# leverantör".
_ROLE = (
    r"(?:als|as|como|comme|come|som|jako)\s+(?:a\s+|an\s+|un\s+|uno\s+)?(?:new\s+|neue[rn]?\s+)?"
    r"(?:supplier|vendor|lieferant|kreditor|proveedor|fornecedor|fornitore|fournisseur"
    r"|leverancier|crediteur|leverant[öo]r|leverand[øo]r|dostawca|dodavatel)"
)
# Completion words after the registration word ("registration is complete", "cadastro
# aprovado") and, participles only, before it ("completed the registration", "dados de alta").
_PARTICIPLE = (
    r"completed|approved|activated|created|confirmed|finali[sz]ed"
    r"|abgeschlossen|freigegeben|angelegt|aktiviert|best[äa]tigt|erledigt"
    r"|termin[ée]e?|valid[ée]e?|activ[ée]e?|cr[ée][ée]e?|approuv[ée]e?|confirm[ée]e?|finalis[ée]e?"
    r"|completad[oa]|aprobad[oa]|cread[oa]|confirmad[oa]|dad[oa]s?\s+de\s+alta"
    r"|conclu[íi]d[oa]|aprovad[oa]|criad[oa]|cadastrad[oa]s?"
    r"|approvat[oa]|completat[oa]|creat[oa]|attivat[oa]|abilitat[oa]|confermat[oa]"
    r"|goedgekeurd|afgerond|bevestigd|aangemaakt|geactiveerd|godk[äa]nd|upplagda?"
    r"|zatwierdzon[aey]|zako[ńn]czon[aey]|schv[áa]len[aoy]?|dokon[čc]en[aoy]?"
)
_DONE = rf"{_PARTICIPLE}|complete|active|done|finished|set\s+up|activ[oa]|ativ[oa]|rond|klar"
_GAP = r"(?:[\s,:]+[\w'’-]+){0,7}?[\s,:]+"
# "the supplier registration form, completed and signed": a document to fill in, not the state.
_FORM = (
    r"(?![\s-]*(?:forms?|formul\w*|modul[oi]|ficha|formulier|questionnaire|fragebogen|sheet"
    r"|blatt|documents?|link|code|number|nummer)\b)"
)
_STATED = re.compile(
    rf"\b(?:{_NOUN}|{_ROLE})\b{_FORM}{_GAP}(?:{_DONE})\b"
    rf"|\b(?:{_PARTICIPLE})\b{_GAP}(?:{_NOUN}|{_ROLE})\b{_FORM}"
    rf"|\b(?:{_PARTICIPLE})\s+(?:{_ROLE})\b",
    re.IGNORECASE,
)
# "An approved registration is a prerequisite for ...": what it takes, not what happened.
_PREREQUISITE = re.compile(
    r"\b(?:prerequisite|required|requirement|voraussetzung|pr[ée]-?requis\w*|requisito|obligatoire"
    r"|obligatorio|obrigat[óo]rio|presupposto|obbligatori\w*|voorwaarde|vereist\w*)\b",
    re.IGNORECASE,
)
# A supplier number given to us, and the value after it.
_NUMBER = re.compile(
    r"\b(?:(?:supplier|vendor|creditor)\s+(?:number|no\.?|code|id)|you(?:'re|\s+are)\s+vendor"
    r"|lieferanten-?(?:nummer|nr\.?)|kreditoren-?(?:nummer|nr\.?)|als\s+kreditor"
    r"|(?:num[ée]ro|n°|code|identifiant)\s+(?:de\s+)?fournisseur"
    r"|(?:n[úu]mero|c[óo]digo|n\.?º)\s+de\s+(?:proveedor|acreedor|fornecedor)"
    r"|(?:codice|numero)\s+fornitore|leveranciersnummer|crediteur(?:en)?nummer|als\s+crediteur"
    r"|leverant[öo]rsnummer|leverand[øo]rnummer|numer\s+dostawcy|[čc][íi]slo\s+dodavatele)"
    r"(?P<verb>(?:[\s:]+(?:assigned|assegnato|atribu[íi]do|asignado|attribu[ée]|is|es|[ée]|è|ist"
    r"|lautet|bei\s+uns|bij\s+ons|el|est|le|o|är|er|aangemaakt\s+onder\s+nummer"
    r"|onder\s+nummer))*)"
    r"[\s:]*(?P<value>[A-Z]{0,4}-?[A-Z]{0,4}-?\d[\w-]{1,15})",
    re.IGNORECASE,
)
# Whose number: ours ("your supplier number", "vuestro número de proveedor", "Ihre
# Kreditorennummer"). A PO header's "Supplier ID S-88120" names us, it assigns nothing.
_YOURS = re.compile(
    r"\b(?:your|you're|you\s+are|ihre?|euer|eure|votre|vos|vuestr[oa]|su|tu|seu|sua|vosso|vossa"
    r"|vostro|vostra|il\s+vostro|uw|jullie|er|ert|din|ditt|wasz|v[áa][šs])\s*$",
    re.IGNORECASE,
)
_INVITATION = re.compile(
    r"\b(?:invit\w*|einladung|eingeladen|l[äa]dt\s+\w+\s+ein|uitnodig\w*|convit\w*|convida\w*"
    r"|invito|register\s+now|registrieren\s+sie|registreer\s+u|reg[íi]strese|registe-se"
    r"|cadastre-se|iscriversi|inscrivez|complete\s+your|join\s+(?:the|our))\b",
    re.IGNORECASE,
)
# Conditions and futures: "once", "sobald", "dès que", "en cuanto", "assim que", "appena"...
_FUTURE = re.compile(
    r"\b(?:once|when|after|until|before|if|as\s+soon\s+as|need\s+to|needs\s+to|must|still|yet"
    r"|will|pending|awaiting|sobald|wenn|nachdem|bevor|noch|erst|d[èe]s\s+que|lorsque|quand"
    r"|avant|une\s+fois|apr[èe]s|cuando|una\s+vez|en\s+cuanto|hasta|antes|tan\s+pronto"
    r"|pendiente|para\s+(?:poder|concluir|completar)|assim\s+que|ap[óo]s|at[ée]|pendente|appena"
    r"|una\s+volta|dopo|prima|finch[ée]|in\s+attesa|al\s+fine\s+di|zodra|wanneer|nadat|voordat"
    r"|n[äa]r|efter|innan|gdy|kiedy|a[žz]|jakmile|falls)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(?:please|kindly|bitte|merci\s+de|veuillez|por\s+favor|per\s+favore|graag|pedimos"
    r"|preghiamo|vi\s+chiediamo|verzoeken)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|nicht|kein\w*|pas|non|niet|geen|n[ãa]o|nie|inte|ikke|nada|nunca)\b",
    re.IGNORECASE,
)


def registration_stated(text: str) -> str | None:
    """The phrase saying our supplier registration is done, in any of the languages."""
    for m in _STATED.finditer(text):
        contact = re.match(r"\s+contacts?\b", text[m.end() :])  # "registered as a supplier contact"
        if _done(text, m.start(), m.end(), _FUTURE, _REQUEST, _PREREQUISITE) and not contact:
            return m.group()
    if _INVITATION.search(text):
        return None
    for m in _NUMBER.finditer(text):
        yours = m["verb"].strip() or _YOURS.search(text, max(0, m.start() - 12), m.start())
        if yours and _done(text, m.start(), m.end(), _FUTURE):
            return m.group()
    return None


def _done(text: str, start: int, end: int, *unless: re.Pattern[str]) -> bool:
    left, right = sentence_bounds(text, start, end)
    before = max(left, start - 50)
    if any(p.search(text, before, right if p is _PREREQUISITE else end) for p in unless):
        return False
    return _NEGATION.search(text, max(left, start - 30), end) is None
