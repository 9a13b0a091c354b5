"""Inbound mail that is no customer's PO process: our colleagues' internal mail, and
suppliers billing us (where we are the buyer).

Such a message can still be suspicious (a spoofed colleague asking for a bank change),
so classify keeps running the suspicious-mail rules on it; only the business rules,
which speak for a customer, skip it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from agent.rules.domains import within
from agent.rules.text import rx, snippet
from connectors.mailbox.model import MailMessage

# A forward carries someone else's mail into the mailbox: not internal chatter.
_FORWARD = re.compile(r"^\s*(?:fw|fwd|wg|tr|vs)\s*:", re.IGNORECASE)

# Not the sender's invoice: "our invoice address/portal/details" describe how to bill them.
_NOT_A_BILL = (
    r"(?!\s+(?:address|entity|details|contact|e-?mail|mailbox|portal|department|team|requirements"
    r"|process|instructions|policy|template|format|data|recipient|adresse|adressen|anschrift"
    r"|empf[äa]nger|d[ée]tails|coordonn[ée]es))"
)
_OFFER = (
    r"\b(?:attached|enclosed|please\s+find|find\s+attached|herewith|here\s+is|here's|we\s+enclose"
    r"|sending\s+you|anbei|beiliegend|im\s+anhang|ci-joint\w*|veuillez\s+trouver|vous\s+trouverez)\b"
)
_OUR_INVOICE = (
    r"(?:our\s+(?:latest\s+|new\s+|final\s+|monthly\s+)?invoice|unsere\s+rechnung|notre\s+facture)"
)
_OWN_INVOICE = rx(
    # "Please find attached our invoice", "Anbei unsere Rechnung", "Ci-joint notre facture"
    _OFFER + r"[^.?!\n]{0,30}?\b" + _OUR_INVOICE + r"\b" + _NOT_A_BILL,
    # "our invoice CC-2025-0311", "unsere Rechnung Nr. 4711", "notre facture n° F-2291"
    r"\b" + _OUR_INVOICE + r"\s+(?:no\.?|number|nr\.?|nummer|n°|num[ée]ro|#|ref(?:erence)?\.?)?"
    r"\s*:?\s*(?=[\w/-]*\d)[A-Z0-9][\w/-]{2,}",
)


def not_customer_mail(
    message: MailMessage,
    text: str,
    customer_domains: Collection[str],
    own_domains: Collection[str] = (),
) -> str | None:
    """Why a person's inbound message is not a customer's, or None. A known customer's
    domain is always a customer: its text cannot talk its way out of the business rules."""
    if within(message.sender.domain, customer_domains):
        return None  # set lookups per label: no scan of the CRM
    return internal_sender(message, own_domains) or bills_us(text)


def internal_sender(message: MailMessage, own_domains: Collection[str] = ()) -> str | None:
    """Our own colleagues' mail: from the domain our Sent mail in the thread comes from
    (a copy of a colleague's reply), or among one organisation that is not a customer
    (a broadcast the mailbox is copied on). Forwards are left alone."""
    domain = message.sender.domain
    if not domain or _FORWARD.match(message.subject):
        return None
    if domain in own_domains:
        return f"our colleague {message.sender.email}"
    recipients = [a.domain for a in (*message.to, *message.cc)]
    if recipients and all(r == domain or r.endswith("." + domain) for r in recipients):
        return f"internal mail from {message.sender.email}"
    return None


# A supplier's invoice to us: an amount due and where to pay it.
_DUE = rx(
    r"\b(?:amount\s+due|balance\s+due|total\s+due|payment\s+due|due\s+date|please\s+(?:pay|remit)"
    r"|f[äa]llig(?:keit)?|zahlbar\s+bis|bitte\s+[üu]berweisen|montant\s+d[ûu]|[àa]\s+payer\s+avant"
    r"|date\s+d'[ée]ch[ée]ance|importe\s+(?:a\s+pagar|pendiente)|fecha\s+de\s+vencimiento|importo\s+da"
    r"\s+pagare|da\s+pagare\s+entro|data\s+di\s+scadenza|te\s+betalen|vervaldatum|gelieve\s+(?:te\s+)?"
    r"(?:betalen|over\s+te\s+maken)|valor\s+a\s+pagar|data\s+de\s+vencimento|forfaldsdato|att\s+betala"
    r"|scadenza|vencimento|vencimiento|[ée]ch[ée]ance|f[äa]lligkeitsdatum)\b"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
# "please transfer the amount to NL67 RABO...": paying into the sender's account.
_PAY_INTO = rx(
    r"\b(?:pay|transfer|remit|wire|[üu]berweis\w*|zahlen|verser|virer|virement|pagar|pague\w*"
    r"|transfer\w*|pagare|bonific\w*|versare|betalen|over\s+te\s+maken|overmaken|depositar)\b"
)
# "In allegato inviamo la fattura n. 118", "Veuillez trouver ci-jointe la facture F-0912",
# "hierbij de factuur", "Junto enviamos a fatura": an invoice sent to us, whoever's words.
_INVOICE_ATTACHED = rx(
    r"\b(?:in\s+allegato|alleghiamo|si\s+trasmette|(?:vi\s+)?inviamo|trasmettiamo|adjunt\w*"
    r"|(?:le|les|os)\s+enviamos|remitimos|junto\s+enviamos|em\s+anexo|segue\w*|enviamos|hierbij"
    r"|bijgaand|in\s+de\s+bijlage|sturen\s+wij|veuillez\s+trouver|vous\s+trouverez|ci-joint\w*"
    r"|nous\s+vous\s+adressons|anbei|beigef[üu]gt|im\s+anhang|[üu]bersenden\s+wir|erhalten\s+sie"
    r"|please\s+find|attached\s+(?:is|please\s+find)|enclosed\s+is|we\s+enclose)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:la\s+|the\s+|die\s+|de\s+|a\s+|our\s+|nostra\s+|nuestra\s+|notre\s+"
    r"|unsere\s+|onze\s+|nossa\s+)?(?:fattura|factura|facture|rechnung|invoice|factuur|fatura)\b"
    + _NOT_A_BILL,
    r"\b(?:your|votre|ihre|su|vostra|uw|sua)\s+invoice\s+(?:no\.?\s*|number\s*)?[A-Z0-9-]+\s+is\s+attached",
)
# A sender who calls us their customer is our supplier.
_TO_A_CUSTOMER = rx(
    r"^\W*(?:dear\s+(?:valued\s+)?customer|gentile\s+cliente|spettabile\s+cliente|estimad[oa]\s+cliente"
    r"|cher\s+client|ch[èe]re\s+cliente|sehr\s+geehrte[r]?\s+kund\w*|liebe[r]?\s+kund\w*"
    r"|beste\s+klant|geachte\s+klant|caro\s+cliente|prezad[oa]\s+cliente)\b",
    flags=re.IGNORECASE | re.MULTILINE,
)
_INVOICE_WORD = rx(
    r"\b(?:invoice|rechnung|facture|factura|fattura|factuur|fatura|faktura|nota\s+fiscal)\b"
)


def bills_us(text: str) -> str | None:
    """The sender presents its own invoice: a supplier billing us, not a customer's PO."""
    found = (
        _OWN_INVOICE.search(text) or _TO_A_CUSTOMER.search(text) or _INVOICE_ATTACHED.search(text)
    )
    subject = text.split("\n", 1)[0]  # the analysed text starts with the sender's own subject
    if found is None and _INVOICE_WORD.search(subject) and _IBAN.search(text):
        found = _DUE.search(text) or _PAY_INTO.search(text)
    return snippet(text, found.start(), found.end()) if found else None
