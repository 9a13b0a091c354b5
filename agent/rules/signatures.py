"""A signed order form or contract returned, in the languages customers write.

* A file whose name says it is signed ("Contrato_firmado.pdf", "Orderformulier_getekend.pdf",
  "Auftragsformular_unterfertigt.pdf") or that is a CAdES envelope around a document
  ("Contratto.pdf.p7m").
* A sentence with a signed participle that says the document is here or done: attached or sent
  with it ("anbei ... gezeichnet", "seguem em anexo ... assinados", "Bijgaand ... ondertekend"),
  signed by someone ("Signed by our CFO this morning", "firmato digitalmente dal presidente"),
  already signed ("Ya está firmado", "ha appena firmato").
* An e-signature service's completion notice ("All parties have completed ...").

"To be signed", "we will send it back signed", "the link expired before he could sign" are not.
"""

from __future__ import annotations

import re

from agent.rules.legal_names import fold
from agent.rules.text import sentence_bounds
from connectors.mailbox.model import Attachment

_SIGNED = (
    r"signed|countersigned|executed|e-?signed|unterschrieben\w*|unterzeichnet\w*|gezeichnet\w*"
    r"|unterfertigt\w*|gegengezeichnet\w*|sign[ée]e?s?|contresign[ée]e?s?|firmad[oa]s?|firmat[oaie]"
    r"|assinad[oa]s?|getekend|ondertekend|podpisan\w*|podepsan\w*|undertecknad\w*|signerad\w*"
    r"|underskrevet|allekirjoitettu"
)
_SIGNED_WORD = re.compile(rf"\b(?:{_SIGNED})\b", re.IGNORECASE)
# The document is here: attached, enclosed, sent or returned with this message.
_HERE = re.compile(
    r"\b(?:attach\w*|enclosed|please\s+find|here\s+is|herewith|returned|anbei|anhang|beigef[üu]gt"
    r"|retourn\w*|zur[üu]ck|ci-joint\w*|joint\w*|renvoy\w*|adjunt\w*|anexo|devuelvo|devolvemos"
    r"|envi[oa]mos|seguem?|junto|em\s+anexo|allegat\w*|allego|alleghiamo|inoltro|trasmett\w*"
    r"|eccolo|eccola|bijgaand|bijlage|bijgevoegd|hierbij|retour|w\s+za[łl][ąa]czeniu"
    r"|v\s+p[řr][íi]loze|bifogat)\b",
    re.IGNORECASE,
)
# Done: signed by someone, just or already signed, or the service's completed copy.
_DONE = re.compile(
    r"\b(?:signed\s+by|(?:has|have|'ve)\s+(?:now\s+|just\s+)?signed|sign[ée]e?\s+par|a\s+sign[ée]"
    r"|unterschrieben\s+von|hat\s+\w*\s*unterschrieben|firmad[oa]\s+por|ha\s+firmado|firm[óo]"
    r"|firmat[oa]\s+(?:digitalmente\s+)?da[li]?|ha\s+(?:appena\s+|gi[àa]\s+)?firmato"
    r"|assinad[oa]s?\s+(?:pel[oa]s?|por)|assinou|ondertekend\s+door|getekend\s+door"
    r"|heeft\s+(?:\w+\s+)?(?:getekend|ondertekend)|already|just|ya|j[áa]|gi[àa]|appena|bereits"
    r"|schon|d[ée]j[àa]|completed\s+copy|copia\s+completata|copie\s+compl[ée]t[ée]e)\b",
    re.IGNORECASE,
)
_COMPLETED_NOTICE = re.compile(
    r"\ball\s+parties\s+have\s+(?:completed|signed)\b|^completed:\s|\benvelope\s+(?:has\s+been\s+)?"
    r"completed\b|\balle\s+parteien\s+haben\b|\btoutes\s+les\s+parties\s+ont\b",
    re.IGNORECASE | re.MULTILINE,
)
# To be signed, will be, could not yet: "da firmare", "to sign", "expired before".
_NOT_DONE = re.compile(
    r"\b(?:will|shall|to\s+be|to\s+sign|once|when|as\s+soon\s+as|please\s+sign|pending|expired"
    r"|awaiting|not|wird|werden|zu\s+unterschreiben|sobald|noch\s+nicht|nicht|abgelaufen"
    r"|[àa]\s+signer|sera|seront|d[èe]s\s+que|pas|expir[ée]e?|para\s+firmar|por\s+firmar"
    r"|pendiente|caducad[oa]|cuando|no|da\s+firmare|scadut[oa]|non|appena\s+possibile|quando"
    r"|para\s+assinar|pendente|expirou|n[ãa]o|assim\s+que|te\s+tekenen|zodra|niet|verlopen|sent"
    r"|send|sending|after|nach|erst|need|needs|require\w*|ben[öo]tigen|von\s+ihnen|by\s+you"
    r"|par\s+vous|por\s+ustedes|da\s+voi|door\s+u|por\s+voc[êe]s)\b",
    re.IGNORECASE,
)
# A request anywhere in the sentence: "Merci de nous retourner ... dûment signé".
_REQUEST = re.compile(
    r"\b(?:please|kindly|bitte|merci\s+de|veuillez|por\s+favor|per\s+favore|graag|pedimos"
    r"|solicitamos|preghiamo|vi\s+chiediamo|gelieve)\b",
    re.IGNORECASE,
)
_FILE_SIGNED = re.compile(rf"(?:^|[^a-z])(?:{_SIGNED})(?![a-z])", re.IGNORECASE)


def signed_file(attachments: tuple[Attachment, ...]) -> str | None:
    """A document whose file name says it is signed, or a CAdES (.p7m) envelope around one."""
    for a in attachments:
        name = fold(a.filename)
        if re.search(r"\.(?:pdf|docx?)\.p7m$", name):
            return a.filename
        is_pdf = name.endswith(".pdf") or a.content_type == "application/pdf"
        if is_pdf and _FILE_SIGNED.search(fold(name.rsplit(".", 1)[0]).replace("_", " ")):
            return a.filename
    return None


def signed_document_stated(text: str) -> str | None:
    """The sentence saying a signed document is attached, returned, or signed already."""
    notice = _COMPLETED_NOTICE.search(text)
    if notice:
        return notice.group()
    for m in _SIGNED_WORD.finditer(text):
        left, right = sentence_bounds(text, m.start(), m.end())
        sentence = text[left:right]
        if _NOT_DONE.search(text, max(left, m.start() - 50), min(right, m.end() + 30)):
            continue
        if _REQUEST.search(sentence):
            continue
        if _HERE.search(sentence) or _DONE.search(sentence):
            return sentence.strip()
    return None
