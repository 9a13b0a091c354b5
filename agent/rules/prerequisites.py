"""Two PO fields a customer supplies by naming people and systems, in the languages they write.

* Delivery prerequisites: the platform administrator or a technical contact named ("Our admin
  will be Priya Raman", "Beheerder: Sanne de Wit", "il referente tecnico sarà il sig. Neri"),
  single sign-on facts given (a tenant ID, SAML metadata attached or linked, the SSO domain),
  IP ranges for an allow-list.
* A procurement contact: a new buyer introduced or a hand-over ("please use me as your contact
  going forward", "ab sofort ist Frau Weber Ihre Ansprechpartnerin im Einkauf", "a partir de
  agora quem cuida das compras é o Rui", "subentro al collega Bassi", "da lunedì il vostro
  riferimento per gli ordini sarà la dott.ssa Gatti").

A question ("who will be the administrator?") or a promise ("the admin question is with IT,
they will come back to you") names nobody and supplies nothing.
"""

from __future__ import annotations

import re

from connectors.mailbox.model import Attachment

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A person after a copula or colon: titles, then a capitalised name, or the writer themself.
_PERSON = (
    r"(?:(?:the|our|il|la|le|el|o|a|der|die|het|de|nostro|notre|nuestro|nosso|unser\w*"
    r"|Herr|Frau|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|sig\.(?:ra)?|dott\.(?:ssa)?|Dr\.?|Ing\.|Eng\.[ªº]?"
    r"|Sr\.?|Sra\.?|consulente|colleague|collega|Kollegin|Kollege|IT)[\s,]+){0,4}"
    r"(?:(?-i:[A-ZÀ-Þ][\w'’-]+)|moi-m[êe]me|myself|me|ich|ik|yo|eu|il\s+sottoscritto|io)\b"
)
_COPULA = (
    r"(?:\b(?:will\s+be|is|are|sera|seront|est|sont|sar[àa]|saranno|ser[áa]|ser[ãa]o|es|é|ist"
    r"|sind|wird|werden|wordt|worden|blir|är|er|bin|soy|sou|sono|ben|am)\b|:|=)"
)
_ADMIN = (
    r"(?:admins?|administrators?|administrator(?:in|en)|administrat(?:eur|rice)s?"
    r"|administrador(?:es|as?)?|amministrat(?:or[ei]|rice)|beheerders?|spr[áa]vce"
    r"|administrat[oö]r(?:er)?)"
    r"|(?:technical|IT|technischer?|technisch\w*)\s+(?:contact|lead|ansprechpart\w+|contactpersoon)"
    r"|(?:contato|contacto|interlocuteur|interlocutrice|referente|r[ée]f[ée]rent|responsable)"
    r"\s+t[ée]cni\w+"
)
_NAMED_ADMIN = re.compile(
    rf"\b(?:{_ADMIN})\b(?:[^.\n?]{{0,60}}?(?:{_COPULA})\s*{_PERSON}|[^.\n?]{{0,80}}?{_EMAIL})",
    re.IGNORECASE,
)
# Single sign-on and network facts with a value: an ID, a link, a domain, "attached".
_SSO = (
    r"tenant(?:[- ]?id)?|mandant(?:en)?(?:[- ]?id)?|entra(?:[- ]id)?[- ]tenant(?:[- ]id)?"
    r"|identity\s+provider|idp|saml(?:[- ]?(?:metadata|metadaten|m[ée]tadonn[ée]es|metadatos"
    r"|metadados|metadati))?|(?:federation\s+)?metadata|m[ée]tadonn[ée]es|metadaten|metadatos"
    r"|metadados|metadati|sso[- ]?(?:domain|domein|domaine|dominio|dom[íi]nio)"
    r"|(?:domaine|dominio|dom[íi]nio|domein)\s+(?:sso|para\s+(?:o\s+)?sso|per\s+(?:il\s+)?sso)"
    r"|entity\s+id|identifiant\s+d'entit[ée]"
)
_VALUE = (
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|https?://\S+"
    r"|(?-i:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![\w.])"
    r"|siehe\s+anhang|see\s+attach\w*|attached|ci-joint\w*|en\s+anexo|em\s+anexo|in\s+allegato"
    r"|in\s+de\s+bijlage|bijgevoegd|im\s+anhang|anbei|adjunt\w*|segue\s+em\s+anexo"
)
_SSO_GIVEN = re.compile(rf"\b(?:{_SSO})\b[^\n?]{{0,50}}?(?:{_VALUE})", re.IGNORECASE)
_ATTACHED_FIRST = re.compile(
    rf"\b(?:attached|ci-joint|anbei|bijgaand|in\s+allegato|adjunto|segue)\b[^.\n?]{{0,40}}?\b(?:{_SSO})\b",
    re.IGNORECASE,
)
_CIDR = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}/\d{1,2}(?![\d.])")
_METADATA_FILE = re.compile(r"metadata|federation|saml|idp", re.IGNORECASE)

_ROLE = (
    r"contact(?:\s+person)?|point\s+of\s+contact|buyer|ansprechpartner(?:in)?|eink[äa]ufer(?:in)?"
    r"|interlocut(?:eur|rice)|acheteu(?:r|se)|contacto|persona\s+de\s+contacto|comprador[a]?"
    r"|referente|contato|ponto\s+focal|respons[áa]vel|responsable|contactpersoon|aanspreekpunt"
    r"|inkoper|kontaktperson|ink[öo]pare|riferimento"
)
_NEW = r"new|neue[rn]?|nouvel(?:le)?|nouveau|nuev[oa]|nuov[oa]|nov[oa]|nieuwe|ny|nya|nowy|nowa"
_MONTH = (
    r"jan\w*|feb\w*|m[äa]r\w*|apr\w*|ma[iy]|june?|juni|july|juli|aug\w*|sep\w*|o[ck]t\w*|nov\w*"
    r"|de[cz]\w*|\d"
)
_FROM_NOW = (
    rf"from\s+now\s+on|going\s+forward|ab\s+sofort|k[üu]nftig|(?:from|ab|starting)\s+(?:dem\s+)?(?:{_MONTH})"
    r"|dor[ée]navant"
    r"|d[ée]sormais|[àa]\s+partir\s+d|a\s+partir\s+de|d'ora\s+in\s+poi|da\s+adesso|da\s+ora"
    r"|da\s+luned[ìi]|dal\s+\d|desde\s+(?:el\s+)?\d|vanaf|voortaan|met\s+ingang\s+van|per\s+\d"
)
_CHANGE = re.compile(
    rf"\b(?:{_NEW})\s+(?:(?:procurement|purchasing|buyer|compras?|acquisti|achats|inkoop"
    rf"|einkaufs?)\s+)?(?:{_ROLE})\b(?!\s+(?:details|address|e-?mail|adress\w*|direcci[óo]n"
    rf"|indirizzo|endere[çc]o|number|nummer))"
    rf"|\b(?:{_ROLE})\b[^.\n?]{{0,60}}?(?:{_FROM_NOW})"
    rf"|(?:{_FROM_NOW})[^.\n?]{{0,80}}?\b(?:{_ROLE})\b"
    rf"|\b(?:{_ROLE})\b[^.\n?]{{0,30}}?\b(?:bin|am|'m|suis|soy|sou|sono|ben)\s+(?:\w+\s+)?(?:ich|I|je|yo|eu|io|ik)\b"
    rf"|\b(?:I|ich|je|yo|eu|io|ik)\s+(?:am|'m|bin|suis|soy|sou|sono|ben)\s+(?:[\w-]+\s+){{0,3}}"
    rf"(?:your|Ihr\w*|votre|su|seu|sua|vostr[oa]|uw|jullie)\s+(?:[\w-]+\s+){{0,2}}(?:{_ROLE})\b"
    r"|\b(?:use|contact)\s+me\s+as\b|\b(?:have|has|'ve)\s+(?:taken|picked)\s+(?:over|up)\b"
    r"|\btaking\s+over\b|\b[üu]bernehme\b|\breprend\w*\s+(?:le\s+suivi|le\s+dossier|[àa]\s+partir)"
    r"|\bje\s+reprends\b|\bsubentr\w+|\bsostituisc\w+|\bsubstitu[io]\b"
    r"|\bme\s+substitui|\bsustitu(?:yo|ir[ée])\b"
    r"|\b(?:en\s+remplacement\s+de|in\s+sostituzione\s+d\w*)\s+(?:(?:M\.|Mme|Mr\.?|Ms\.?"
    r"|Herrn?|Frau|sig\.(?:ra)?|dott\.(?:ssa)?|Dr\.?)\s+)?(?-i:[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ])"
    r"|\bneem\b[^.\n?]{0,40}?\bover\b"
    r"|\bquem\s+(?:trata|cuida|[ée]\s+respons[áa]vel)\s+(?:d[ao]s?|pel[ao]s?)\s+"
    r"(?:compras|encomendas|pedidos)\b|\bqued(?:a|ar[áa]|[óo])\s+a\s+cargo\s+de"
    r"|\bseguimiento\s+(?:lo\s+llev(?:o|ar[ée])|(?:lo\s+)?(?:llevo|llevar[ée])\s+yo)\b"
    r"|\bllevar[ée]\s+(?:el|los)\s+pedidos?\b|\bpassa\s+para\b"
    r"|\bfare\s+riferimento\s+a\s+me\b|\bmij\s+als\s+aanspreekpunt\b|\bm'adresser\b",
    re.IGNORECASE,
)
_TECHNICAL = re.compile(r"t[ée]cni|technisch|technical|\bIT\b|tecnic", re.IGNORECASE)


def prerequisite_given(text: str, attachments: tuple[Attachment, ...] = ()) -> str | None:
    """The phrase that names an administrator or gives single sign-on or network facts."""
    for pattern in (_NAMED_ADMIN, _SSO_GIVEN, _ATTACHED_FIRST, _CIDR):
        m = pattern.search(text)
        if m:
            return m.group()
    for a in attachments:
        if a.filename.lower().endswith(".xml") and _METADATA_FILE.search(a.filename):
            return a.filename
    return None


def contact_named(text: str) -> str | None:
    """The phrase introducing a new procurement contact or handing the order over."""
    for m in _CHANGE.finditer(text):
        if not _TECHNICAL.search(m.group()):
            return m.group()
    return None
