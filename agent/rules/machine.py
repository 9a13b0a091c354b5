"""Mail no person wrote for this deal: auto-replies, bounces, newsletters, calendar traffic."""

from __future__ import annotations

from dataclasses import dataclass

from agent.lexicon.residual import MISDELIVERED
from agent.lexicon.text import fold
from agent.models import Reason
from agent.rules.text import rx
from connectors.mailbox.model import MailMessage

_AUTO_REPLY_SUBJECT = rx(
    r"\b(?:auto(?:matic|matische)?[\s-]?(?:reply|response|antwort)|autoreply|out\s+of\s+(?:the\s+)?"
    r"office|abwesenheitsnotiz|automatische\s+antwort|r[ée]ponse\s+automatique|absence\s+du\s+bureau"
    r"|absente?\s+du\s+bureau|message\s+d'absence)\b",
    r"^\s*(?:ooo|auto|abwesend)\s*:",
    # the same subject prefix in the other languages a mailbox receives
    r"\b(?:respuesta\s+autom[áa]tica|resposta\s+autom[áa]tica|risposta\s+automatica"
    r"|automatisch\s+antwoord|automatiskt\s+svar|automatisk\s+svar|autosvar|automaattinen\s+vastaus"
    r"|odpowied[źz]\s+automatyczna|automatick[áa]\s+odpov[ěe][ďd]|fuera\s+de\s+la\s+oficina"
    r"|fuori\s+(?:sede|ufficio)|ausente\s+do\s+escrit[óo]rio|fora\s+do\s+escrit[óo]rio"
    r"|afwezigheids?(?:melding|bericht)|poza\s+biurem|mimo\s+kancel[áa][řr]|fr[åa]nvaro\w*"
    r"|frav[æa]r\w*|poissa\s+toimistolta)\b",
)
_BOUNCE_SUBJECT = rx(
    r"\b(?:undeliverable|undelivered\s+mail|delivery\s+status\s+notification|mail\s+delivery\s+"
    r"(?:failed|failure|subsystem)|delivery\s+(?:has\s+)?failed|delivery\s+failure|returned\s+mail"
    r"|failure\s+notice|unzustellbar|nicht\s+zustellbar|non\s+remis|non\s+distribuable"
    r"|[ée]chec\s+de\s+(?:la\s+)?(?:remise|distribution))"
)
_CALENDAR_SUBJECT = rx(
    r"^\s*(?:(?:updated\s+)?invitation|accepted|declined|tentative(?:ly\s+accepted)?|canceled\s+event"
    r"|cancelled\s+event|event\s+cancell?ed|einladung|aktualisierte\s+einladung|angenommen|abgelehnt"
    r"|invitation\s+mise\s+[àa]\s+jour|accept[ée]|refus[ée])\s*:"
)
_DAEMONS = frozenset({"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "maildaemon"})
_LIST_HEADERS = ("list-unsubscribe", "list-id", "list-post")


@dataclass(frozen=True)
class MachineSignal:
    reason: Reason
    evidence: str
    # Soft signals (newsletters, system notifications) yield to real PO content:
    # a Coupa "registration complete" notice or an Ariba PO is auto-generated too.
    soft: bool = False


def machine_signal(message: MailMessage) -> MachineSignal | None:
    return (
        _bounce(message)
        or _calendar(message)
        or _auto_reply(message)
        or _generated(message)
        or _newsletter(message)
        or _mailing(message)
    )


# A bulk mailing's footer: "you are receiving this because you subscribed", "Abmelden".
_UNSUBSCRIBE = rx(
    r"\b(?:unsubscribe|opt[\s-]?out|manage\s+(?:your\s+)?(?:preferences|subscription)|you\s+(?:are\s+)?"
    r"receiv(?:e|ing)\s+this\s+(?:e-?mail|newsletter|message)|abmelden|abbestellen|newsletter\s+abbestellen"
    r"|se\s+d[ée]sabonner|d[ée]sinscri\w*|d[ée]sabonnement|darse\s+de\s+baja|dar\s+de\s+baja|cancelar"
    r"\s+(?:la\s+)?suscripci[óo]n|annulla\s+l'iscrizione|disiscriv\w*|cancella\s+iscrizione|uitschrijven"
    r"|afmelden\s+voor|descadastr\w*|cancelar\s+(?:a\s+)?inscri[çc][ãa]o|avmeld\w*|afmeld\w*|wypisz"
    r"|para\s+n[ãa]o\s+receber\s+mais|voc[êe]\s+recebeu\s+este\s+e-?mail|you\s+received\s+this\s+(?:e-?mail"
    r"|message)\s+because|sie\s+erhalten\s+diese\s+(?:e-?mail|nachricht)|vous\s+recevez\s+ce\s+(?:message"
    r"|courriel|mail)|ha\s+recibido\s+este\s+(?:correo|mensaje)|para\s+no\s+recibir\s+m[áa]s|ricevi\s+questa"
    r"\s+(?:e-?mail|comunicazione)|per\s+non\s+ricevere\s+pi[ùu]|u\s+ontvangt\s+deze\s+(?:e-?mail|nieuwsbrief))\b"
)


def _mailing(message: MailMessage) -> MachineSignal | None:
    """No list header, but the body ends like a bulk mailing."""
    tail = message.body_text[-1500:]
    for found in _UNSUBSCRIBE.finditer(tail):
        before, after = tail[max(0, found.start() - 8) : found.start()], tail[found.end() :][:40]
        if _IF.search(before) is None and MISDELIVERED.search(fold(after)) is None:
            return MachineSignal(Reason.NEWSLETTER, f"mailing footer: '{found.group()}'", soft=True)
    return None


_IF = rx(r"\b(?:if|si|wenn|falls|se|als|indien|qualora)\s+$")


def _header(message: MailMessage, name: str) -> str | None:
    value = message.auto_headers.get(name)
    return None if value is None else value.strip().lower()


def _bounce(message: MailMessage) -> MachineSignal | None:
    local = message.sender.email.partition("@")[0].lower()
    if message.content_type.lower() == "multipart/report":
        full = _header(message, "content-type") or ""
        if "disposition-notification" in full:  # a read receipt, not a bounce
            return MachineSignal(Reason.AUTO_REPLY, "read receipt (disposition-notification)")
        return MachineSignal(Reason.DELIVERY_FAILURE, "Content-Type: multipart/report")
    if local in _DAEMONS:
        return MachineSignal(Reason.DELIVERY_FAILURE, f"sender {message.sender.email}")
    found = _BOUNCE_SUBJECT.search(message.subject)
    return MachineSignal(Reason.DELIVERY_FAILURE, message.subject) if found else None


def _calendar(message: MailMessage) -> MachineSignal | None:
    if message.content_type.lower() == "text/calendar":
        return MachineSignal(Reason.CALENDAR_INVITE, "Content-Type: text/calendar")
    for a in message.attachments:
        if a.content_type.lower() == "text/calendar" or a.filename.lower().endswith(".ics"):
            return MachineSignal(Reason.CALENDAR_INVITE, f"attachment {a.filename}")
    found = _CALENDAR_SUBJECT.search(message.subject)
    return MachineSignal(Reason.CALENDAR_INVITE, message.subject) if found else None


def _auto_reply(message: MailMessage) -> MachineSignal | None:
    submitted = _header(message, "auto-submitted")
    if submitted is not None and submitted.startswith("auto-replied"):
        return MachineSignal(Reason.AUTO_REPLY, f"Auto-Submitted: {submitted}")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder"):
        if _header(message, name) is not None:
            return MachineSignal(Reason.AUTO_REPLY, f"{name} header")
    if _header(message, "precedence") == "auto_reply":
        return MachineSignal(Reason.AUTO_REPLY, "Precedence: auto_reply")
    found = _AUTO_REPLY_SUBJECT.search(message.subject)
    return MachineSignal(Reason.AUTO_REPLY, message.subject) if found else None


def _generated(message: MailMessage) -> MachineSignal | None:
    submitted = _header(message, "auto-submitted")
    if submitted is not None and submitted != "no":
        return MachineSignal(Reason.AUTO_REPLY, f"Auto-Submitted: {submitted}", soft=True)
    return None


def _newsletter(message: MailMessage) -> MachineSignal | None:
    for name in _LIST_HEADERS:
        if _header(message, name) is not None:
            return MachineSignal(Reason.NEWSLETTER, f"{name} header", soft=True)
    precedence = _header(message, "precedence")
    if precedence in {"bulk", "list", "junk"}:
        return MachineSignal(Reason.NEWSLETTER, f"Precedence: {precedence}", soft=True)
    return None
