"""What a customer draft must not say: promises, acceptance, commercial changes, bank details.

Mentioning a subject is fine ("our deal desk will review the requested payment
terms"); promising, accepting or changing is not. Refusals are treated like
changes: a commercial position is the deal desk's to take.
"""

from __future__ import annotations

from agent.rules.text import rx

_CONDITIONAL = rx(
    r"\b(?:once|when|after|if|until|before|as\s+soon\s+as|sobald|wenn|nachdem|d[èe]s\s+que|lorsque|quand|si)\b"
)

PROMISE = rx(
    r"\b(?:will|'ll|shall|going\s+to|scheduled\s+to|expected\s+to)\s+(?:be\s+)?(?:ship(?:ped)?"
    r"|deliver(?:ed)?|activat(?:e|ed)|provision(?:ed)?|dispatch(?:ed)?|go(?:ing)?\s+live|enabled?)\b",
    r"\b(?:licen[cs]es?|access|accounts?|seats|platform|software|subscription|environment|instance"
    r"|tenant|order|shipment|keys)\s+(?:will|should|is\s+going\s+to|are\s+going\s+to)\s+be\s+"
    r"(?:available|ready|live|active|activated|delivered|shipped|provisioned|enabled)",
    r"\b(?:go[\s-]?live|activation|delivery|shipment|ship|start|kick-?off)\s+(?:date\s+)?(?:is|has\s+"
    r"been|will\s+be)\s+(?:scheduled|confirmed|set|planned|booked|locked)",
    r"\b(?:guarantee|promise|commit\s+to|assure\s+you)\w*\b[^.\n]{0,40}(?:delivery|activation"
    r"|go[\s-]?live|shipment|timeline|date|deadline)",
    r"\b(?:wird|werden)\s+(?:\w+\s+){0,4}(?:geliefert|aktiviert|freigeschaltet|bereitgestellt"
    r"|versendet|versandt|ausgeliefert)\b|\b(?:liefern|aktivieren|versenden)\s+wir\b",
    r"\b(?:sera|seront)\s+(?:\w+\s+){0,2}(?:livr[ée]e?s?|activ[ée]e?s?|exp[ée]di[ée]e?s?"
    r"|disponibles?|mises?\s+en\s+service|d[ée]ploy[ée]e?s?)|\b(?:livrerons|activerons|exp[ée]dierons)",
)

ACCEPTANCE = rx(
    r"\b(?:we|I)\s+(?:hereby\s+|have\s+|are\s+happy\s+to\s+|gladly\s+|can\s+|will\s+|'ve\s+)?"
    r"(?:accept(?:ed)?|confirm(?:ed)?|approve(?:d)?|book(?:ed)?|process(?:ed)?|acknowledge\s+and"
    r"\s+accept)\s+(?:your|the|this)\s+(?:purchase\s+order|PO|order)\b",
    r"\b(?:your|the|this)\s+(?:purchase\s+order|PO|order)\s+(?:has\s+been|is|was|is\s+now"
    r"|have\s+been|will\s+be)\s+(?:\w+\s+)?(?:confirmed|accepted|booked|processed|approved|entered"
    r"|placed|fulfilled|released|executed|all\s+set|good\s+to\s+go)\b",
    r"\border\s+confirmation\b|\bconfirmation\s+of\s+(?:your\s+)?order|\bconfirm(?:ing)?\s+"
    r"(?:the\s+)?order\b",
    r"\b(?:proceed|go\s+ahead|move\s+forward)\s+with\s+(?:your|the)\s+(?:order|PO|purchase)",
    r"\b(?:booked|processed|entered|accepted|released)\s+(?:your|the)\s+(?:order|PO|purchase\s+order)",
    r"\b(?:bestätigen|akzeptieren|nehmen)\s+(?:wir\s+)?(?:hiermit\s+)?(?:Ihre|die|Ihren|den)\s+"
    r"(?:Bestellung|Auftrag)",
    r"\b(?:Ihre|die)\s+(?:Bestellung|Auftrag)\s+(?:ist|wurde|wird)\s+(?:\w+\s+)?(?:bestätigt"
    r"|angenommen|gebucht|bearbeitet|erfasst|freigegeben)|\b(?:Auftrags|Bestell)bestätigung",
    r"\bnous\s+(?:acceptons|confirmons|validons|avons\s+(?:bien\s+)?(?:accept[ée]|confirm[ée]"
    r"|valid[ée]|enregistr[ée]))\s+(?:votre|la|le)\s+(?:commande|bon\s+de\s+commande)",
    r"\b(?:votre|la)\s+commande\s+(?:est|a\s+[ée]t[ée]|sera)\s+(?:\w+\s+)?(?:confirm[ée]e|accept[ée]e"
    r"|enregistr[ée]e|valid[ée]e|trait[ée]e)|\bconfirmation\s+de\s+(?:la\s+|votre\s+)?commande",
)
ACCEPTANCE_CONDITIONAL = _CONDITIONAL

_VERB = (
    r"(?:offer|give|grant|apply|extend|provide|approve|accept|agree\s+to|honou?r|waive|match"
    r"|reduce|lower|change|adjust|amend|modify|switch|move|issue|throw\s+in|discount|credit"
    r"|refund|do)"
)
_OBJECT = (
    r"(?:discount|price|pricing|rate|credit|rebate|refund|net[\s-]?\d+|payment\s+terms?"
    r"|(?:contract|subscription|initial)\s+term|the\s+term|term\s+length|\d+[\s-]?(?:month|year)"
    r"\s+term|fees?|\d+\s?%|free|months?\s+free|invoice\s+amount)"
)
COMMERCIAL = rx(
    r"\b(?:we|I|happy\s+to|able\s+to|willing\s+to|pleased\s+to|glad\s+to)\b[^.\n]{0,30}?\b"
    + _VERB
    + r"\w*\b[^.\n]{0,50}?\b"
    + _OBJECT
    + r"\b",
    r"\b\d+(?:[.,]\d+)?\s?%\s+(?:off|discount|reduction|rabatt|nachlass|de\s+remise"
    r"|de\s+r[ée]duction)\b|\b(?:discount|rabatt|remise)\s+(?:of|von|de)\s+\d+",
    r"\bnet[\s-]?\d{2,3}\b[^.\n]{0,40}\b(?:works|is\s+fine|is\s+ok|is\s+okay|approved|agreed"
    r"|accepted|is\s+acceptable)",
    r"\b(?:extend|shorten|change|adjust|amend)\w*\s+(?:the\s+|your\s+)?(?:contract\s+|subscription"
    r"\s+|initial\s+)?(?:term|duration)\b",
    r"\b(?:price|pricing)\s+(?:will\s+be|is|has\s+been)\s+(?:reduced|lowered|adjusted|changed"
    r"|updated|discounted)|\b(?:lower|reduced|special|discounted|new)\s+(?:price|pricing|rate)\s+of\b",
    r"\b(?:gewähren|bieten|geben|akzeptieren|verlängern|ändern|reduzieren|senken|einräumen)\w*\b"
    r"[^.\n]{0,40}?\b(?:Rabatt|Nachlass|Preisnachlass|Skonto|Zahlungsziel|Zahlungsbedingungen"
    r"|Laufzeit|Preis|Gutschrift)",
    r"\b(?:Rabatt|Nachlass|Zahlungsziel|Laufzeit)\w*\b[^.\n]{0,40}?\b(?:gewähren|akzeptieren"
    r"|verlängern|anbieten|einräumen|zustimmen)",
    r"\b(?:accordons|proposons|offrons|acceptons|accorder|proposer|offrir|accepter|prolonger"
    r"|r[ée]duire|baisser|modifier)\b[^.\n]{0,40}?\b(?:remise|r[ée]duction|rabais|d[ée]lai\s+de"
    r"\s+paiement|paiement\s+[àa]\s+\d+|conditions\s+de\s+paiement|dur[ée]e|prix|tarif|avoir)",
)

BANK = rx(
    r"\bIBAN\b|\bSWIFT\b|(?-i:\bBIC\b)|\brouting\s+(?:number|no|#)|(?-i:\bABA\b)|\bsort\s+code",
    r"\b(?:bank|checking|savings)\s+account|\baccount\s+(?:number|no\.?|#)\s*(?::|is)"
    r"|\bbank(?:ing)?\s+(?:details|information|info|instructions|name|letter)",
    r"\bremit(?:-|\s+)to\b|\bremittance\s+(?:address|details|information|advice)"
    r"|\bwire\s+(?:transfer|instructions|details)",
    r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b",
    r"\bbankverbindung|\bkontonummer|\bbankleitzahl|(?-i:\bBLZ\b)|\bkontoinhaber",
    r"\bcoordonn[ée]es\s+bancaires|(?-i:\bRIB\b)|\bnum[ée]ro\s+de\s+compte",
)

URL = rx(
    r"\b(?:https?|ftp)://[^\s<>\"')\]]+",
    r"\bwww\.[^\s<>\"')\]]+",
    r"(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|de|fr|uk|eu|biz|info|app|ly|me|us|ch|nl"
    r"|at|be|ai|dev|link|site|online|xyz)(?:/[^\s<>\"')\]]*)?(?![\w@.-]*@)\b",
)
IMAGE = rx(
    r"<\s*img\b[^>]*>?",
    r"!\[[^\]]*\]\([^)]*\)",
    r"\bdata:image/\w+",
    r"\bcid:\S+",
    r"<\s*a\s+href[^>]*>?",
)
