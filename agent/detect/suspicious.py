"""Suspicious-mail detectors, on every path (rules only or with a model): text addressed to
an automated reader, bank or remit-to details said to have changed, a sender domain that
imitates a customer's."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from agent.assist.injection import PATTERNS as INJECTION_PATTERNS
from agent.assist.injection import detect as injection_quotes
from agent.detect.evidence import Evidence
from agent.detect.scan import negated_before, scan
from agent.detect.views import MessageView, ViewSentence
from agent.lexicon import procurement as pr
from agent.lexicon.nouns import family
from agent.lexicon.text import fold
from agent.models import Reason
from agent.rules.domains import lookalike_of, within

# Automated mailbox processing in any wording: "das automatische Postfach-System",
# "le système de tri automatique", "the mailbox automation", "Posteingangs-Bot".
_AUTOMATED = (
    # Dutch and German participles ("het geautomatiseerde mailsysteem") and compound nouns
    r"(?:ge)?automat\w*\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*(?:system|systeem|sistema)\w*|postfach\w*|mailbox"
    r"|inbox|posteingang\w*|boite\w*|buzon\w*|casella\w*|brievenbus\w*|caixa\w*|sorter|sortierung"
    r"|triage|verarbeitung|verwerking|elaborazione|procesamiento|processamento|traitement)"
    r"|(?:systeme|sistema|systeem)\s+(?:de\s+|di\s+)?(?:tri|clasificacion|classificazione|sortering"
    r"|classificacao)?\s*automat\w*"
    r"|(?:mail|e-?mail|postfach|mailbox|inbox|posteingang\w*|boite|buzon|casella|caixa)[\s-]*(?:bot"
    r"|robot|agent|automation|filter|sorter|system)"
)
_AI = (
    r"(?:ai|a\.i\.|ia|ki|llm|gpt\w*|chat-?bot|bot|robot|(?:ai\s+|virtual\s+|digital\s+)?assistant"
    r"|assistent\w*|asistente\w*|assistente\w*|sprachmodell|language\s+model|modele\s+de\s+langage"
    r"|modelo\s+de\s+lenguaje|modello\s+linguistico|taalmodel|(?:mail\s*|e-?mail\s+)?(?:sorter"
    r"|classifier|triage|filter)|automated\s+(?:system|reader|sorter|assistant|agent|tool|process)"
    r"|automation|automatisiert\w*\s+system|automatisch\w*\s+(?:system|systeem|verarbeitung)"
    r"|systeme\s+automati\w*|sistema\s+automati\w*|geautomatiseerd\w*\s+systeem|sistema"
    r"\s+automatizado|agente\s+(?:de\s+)?ia|ki-agent|ai[\s-]agent|" + _AUTOMATED + ")"
)
# Without the assistant words: "my assistant Laura will send the PO" is a person.
_MACHINE = (
    r"(?:ai|a\.i\.|ia|ki|llm|gpt\w*|chat-?bot|bot|robot|(?:ai|virtual|digital|automated)\s+assistant"
    r"|ki-assistent\w*|assistant\s+virtuel|asistente\s+virtual|assistente\s+virtuale|sprachmodell"
    r"|language\s+model|modele\s+de\s+langage|modelo\s+de\s+lenguaje|modello\s+linguistico|taalmodel"
    r"|(?:mail\s*|e-?mail\s+)?(?:sorter|classifier)|automated\s+(?:system|reader|sorter|agent|tool|process)"
    r"|automatisiert\w*\s+system|systeme\s+automati\w*|sistema\s+automati\w*|geautomatiseerd\w*"
    r"\s+systeem|ai[\s-]agent|ai-assist\w*|ki-assist\w*|assistente\s+(?:di\s+)?ia|asistente\s+(?:de\s+)?ia"
    r"|assistant\s+ia|assistente\s+de\s+ia|" + _AUTOMATED + ")"
)
_COMMAND = (
    r"(?:mark|classify|label|approve|treat|route|ignore|disregard|set|flag|release|tag|file|move"
    r"|forward|send|pay|skip|accept|book|confirm|reply|markier\w*|klassifizier\w*|genehmig\w*"
    r"|behandl\w*|ignorier\w*|einstuf\w*|freigeb\w*|sende\w*|marque\w*|class\w*|approuv\w*|trait\w*"
    r"|ignor\w*|valid\w*|envoi\w*|marca\w*|clasific\w*|aprueb\w*|aprob\w*|trat\w*|envi\w*"
    r"|contrassegn\w*|classific\w*|approv\w*|tratt\w*|invi\w*|markeer\w*|classificeer\w*|keur\w*"
    r"|behandel\w*|negeer\w*|verstuur\w*|aprov\w*|classifiqu\w*)"
)
ADDRESSED_TO_AI = family(
    rf"(?:dear|hello|hi|hey|attention|note\s+(?:to|for)|message\s+(?:to|for)|instructions?\s+(?:to|for)"
    rf"|hallo|liebe\w*|sehr\s+geehrte\w*|hinweis\s+(?:an|fur)|nachricht\s+(?:an|fur)|anweisung\w*"
    rf"\s+(?:an|fur)|cher|chere|bonjour|note\s+(?:a|pour)|message\s+(?:a|pour)|consigne\w*\s+pour"
    rf"|estimad\w*|querid\w*|hola|nota\s+(?:para|a|per)|mensaje\s+para|instrucci\w*\s+para|gentile"
    rf"|caro|cara|ciao|messaggio\s+per|istruzion\w*\s+per|beste|geachte|hoi|bericht\s+(?:aan|voor)"
    rf"|opmerking\s+voor|instructie\w*\s+voor|prezad\w*|ola|mensagem\s+(?:para|ao)|instruc\w*\s+para)"
    rf"\s*,?\s+(?:the\s+|my\s+|our\s+|your\s+|any\s+|all\s+|every\s+|an?\s+|de[rmn]?\s+|die\s+"
    rf"|das\s+|jede\w*\s+|l'|le\s+|la\s+|tout\w*\s+|el\s+|cualquier\s+|il\s+|qualsiasi\s+|lo\s+"
    rf"|het\s+|elk\w*\s+|o\s+|a\s+|ao\s+|qualquer\s+|al\s+)?{_AI}",
    # "Istruzione per sistemi di smistamento automatico e assistenti IA: …": an instruction
    # addressed to a list of readers, one of them a machine
    rf"(?:instructions?|anweisung\w*|consigne\w*|instrucci\w*|istruzion\w*|instructie\w*|instruc\w*"
    rf"|note|nota|hinweis|message|nachricht|mensaje|messaggio|bericht|mensagem)\s+(?:to|for|an|fur"
    rf"|pour|para|per|voor|a|ao|aan)\s+(?:[\w',-]+\s+){{0,8}}?{_AI}s?(?=\s*[:,;]|\s+(?:and|und|et|e|y"
    rf"|en|or|oder|ou|o|of)\s)",
    # "any AI assistant or automated mail sorter processing this thread: ..."
    rf"{_AI}\s+(?:[\w'-]+\s+){{0,4}}(?:processing|reading|handling|sorting|triaging|that\s+reads"
    rf"|verarbeit\w*|liest|lisant|qui\s+(?:lit|traite)|traitant|procesando|que\s+(?:lea|procese)"
    rf"|che\s+(?:legge|elabora)|elaborando|die\s+(?:dit\s+)?(?:leest|verwerkt)|processando|que\s+(?:le|processa))\s+"
    rf"(?:this|these|the|diese\w*|den|die|das|ce|cette|ces|le|la|este|esta|el|questo|questa|il|la|dit|deze"
    rf"|de|het|o|a|os|as)\s",
    rf"{_MACHINE}\s*[:,-]?\s+(?:[\w'-]+\s+){{0,3}}(?:please\s+|bitte\s+|por\s+favor\s+|per\s+favore\s+)?"
    rf"{_COMMAND}",
    rf"(?:for|voor|fur|pour|para|per|an)\s+(?:the|de|den|die|das|le|la|l'|el|il|lo|o|a)\s*{_MACHINE}",
    rf"(?:if|wenn|falls|si|se|als|indien)\s+(?:you\s+are|du\s+\w+\s+bist|sie\s+\w+\s+sind|vous\s+etes"
    rf"|eres|usted\s+es|sei|e|bent|u\s+een|for|voce\s+e)\s+(?:an?\s+|ein\w*\s+|une?\s+|un\w*\s+|een"
    rf"\s+)?{_AI}",
    rf"(?:any|all|automated|the)\s+(?:{_MACHINE})s?\s+(?:[\w'-]+\s+){{0,4}}(?:should|must|shall|has\s+to"
    rf"|muss|doit|debe|deve|moet)",
)


def injection(view: MessageView) -> Iterator[Evidence]:
    """Instructions addressed to an AI, assistant, bot or automated sorter — in what people
    see and in what only another rendering of the mail carries (a hidden HTML part)."""
    mid = view.message.message_id
    for quote in injection_quotes([view.message]):
        yield Evidence(Reason.SUSPICIOUS_INSTRUCTIONS, mid, quote)
    yield from scan(
        view, Reason.SUSPICIOUS_INSTRUCTIONS, lambda c, s: bool(ADDRESSED_TO_AI.search(s.folded))
    )
    hidden = view.message.hidden_text
    if hidden:
        folded = fold(hidden)
        found = ADDRESSED_TO_AI.search(folded) or INJECTION_PATTERNS.search(hidden)
        if found is not None:
            quote = f"in a hidden part: {' '.join(found.group().split())[:150]}"
            yield Evidence(Reason.SUSPICIOUS_INSTRUCTIONS, mid, quote)


def bank_change(view: MessageView) -> Iterator[Evidence]:
    def test(clause: str, sentence: ViewSentence) -> bool:
        bank = pr.BANK_DETAILS.search(clause)
        change = pr.BANK_CHANGE.search(clause)
        if bank is None or change is None:
            return False
        if pr.OUR_DETAILS_WANTED.search(sentence.folded) and _PROVIDE.search(sentence.folded):
            return False  # "please enter your new bank details in our supplier portal"
        return not negated_before(clause, min(bank.start(), change.start()), 25)

    return scan(view, Reason.BANK_DETAILS_CHANGE, test)


# Asking us to provide or enter our own details (not a claim that they changed).
_PROVIDE = re.compile(
    r"\b(?:send|provide|enter|fill|upload|register|update|submit|senden|schicken|angeben|hinterleg\w*"
    r"|eintrag\w*|mitteil\w*|aktualisier\w*|envoy\w*|fourni\w*|saisi\w*|renseign\w*|mettre\s+a\s+jour"
    r"|envi\w*|proporcion\w*|ingres\w*|registr\w*|indiqu\w*|indic\w*|actualiz\w*|invi\w*|fornir\w*"
    r"|inserir\w*|inseri\w*|compil\w*|aggiorn\w*|stur\w*|opgeven|invull\w*|verstrek\w*|bijwerk\w*"
    r"|inform\w*|preench\w*|cadastr\w*|atualiz\w*|please|kindly|bitte|merci\s+de|por\s+favor|per\s+favore"
    r"|graag|gelieve|complet\w*|fill\w*)\b"
)


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")


def lookalike(view: MessageView, customer_domains: Collection[str]) -> Iterator[Evidence]:
    sender = view.message.sender
    imitated = lookalike_of(sender.domain, customer_domains)
    if imitated is not None:
        quote = f"sender {sender.email} imitates {imitated}"
        yield Evidence(Reason.LOOKALIKE_DOMAIN, view.message.message_id, quote)
    diverted = _diverted_reply(view, customer_domains)
    if diverted is not None:
        quote = f"replies to {sender.email} go to {diverted}, outside the customer's domains"
        yield Evidence(Reason.LOOKALIKE_DOMAIN, view.message.message_id, quote)


def _diverted_reply(view: MessageView, customer_domains: Collection[str]) -> str | None:
    """A customer's mail whose Reply-To leads outside the customer: the conversation (and any
    bank or billing answer) would go to someone else, the classic invoice-fraud move."""
    sender = view.message.sender.domain
    if not within(sender, customer_domains):
        return None  # a portal's notice replying to the buyer is how those systems work
    for found in _EMAIL.finditer(view.message.auto_headers.get("reply-to", "")):
        domain = found.group().rpartition("@")[2]
        if not within(domain, customer_domains) and not within(domain, (sender,)):
            return found.group()
    return None


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
