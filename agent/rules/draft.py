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
    r"\b(?:will|'ll|shall)\s+(?:get|have)\s+(?:\w+\s+){0,3}(?:shipped|delivered|activated|provisioned"
    r"|enabled|live|set\s+up|up\s+and\s+running)\b",
    r"\b(?:delivery|activation|shipment|go[\s-]?live|provisioning|roll-?out|onboarding|set-?up"
    r"|dispatch)\s+(?:will|shall|is\s+going\s+to)\s+(?:happen|take\s+place|occur|proceed|be\s+completed"
    r"|complete|go\s+ahead|follow|start)\b",
    r"\b(?:make\s+sure|ensure|see\s+to\s+it)\b[^.\n]{0,40}\b(?:live|activated|delivered|shipped"
    r"|provisioned|up\s+and\s+running|on\s+time)\b",
    r"\b(?:are|is|has\s+been|have\s+been)\s+(?:now\s+|already\s+)?(?:on\s+(?:its|their)\s+way"
    r"|shipped|dispatched|activated|provisioned|delivered|enabled)\b",
    r"\b(?:we\s+are|we're)\s+(?:now\s+|already\s+)?(?:activating|shipping|provisioning|delivering"
    r"|dispatching|enabling|setting\s+up)\b",
    r"\b(?:access|activation|delivery|go[\s-]?live|availability|shipment)\s+(?:is|are|will\s+be)\s+"
    r"guaranteed|\bguaranteed\s+(?:delivery|activation|access|go[\s-]?live|availability)",
    r"\b(?:Lieferung|Aktivierung|Freischaltung|Bereitstellung|Auslieferung|Versand|Inbetriebnahme)"
    r"\s+(?:\w+\s+){0,2}(?:erfolgt|wird\s+(?:\w+\s+){0,3}erfolgen|findet)",
    r"\b(?:garantieren|versprechen|sichern)\b[^.\n]{0,40}(?:Lieferung|Aktivierung|Freischaltung"
    r"|Termin|Bereitstellung)",
    r"\b(?:garantissons|garantir|promettons|nous\s+engageons\s+[àa])\b[^.\n]{0,40}(?:livraison"
    r"|activation|mise\s+en\s+service|d[ée]lai|date|acc[èe]s)",
)

ACCEPTANCE = rx(
    r"\b(?:we|I)(?:'ve|'ll|'re|'d)?\s+(?:hereby\s+|have\s+|are\s+happy\s+to\s+|gladly\s+|can\s+"
    r"|will\s+)?"
    r"(?:accept(?:ed)?|confirm(?:ed)?|approve(?:d)?|book(?:ed)?|process(?:ed)?|acknowledge\s+and"
    r"\s+accept)\s+(?:your|the|this)\s+(?:purchase\s+order|PO|order)\b",
    r"\b(?:your|the|this)\s+(?:purchase\s+order|PO|order)\s+(?:has\s+been|is|was|is\s+now"
    r"|have\s+been|will\s+be)\s+(?:\w+\s+)?(?:confirmed|accepted|booked|processed|approved|entered"
    r"|placed|fulfilled|released|executed|all\s+set|good\s+to\s+go)\b",
    r"\border\s+confirmation\b|\bconfirmation\s+of\s+(?:your\s+)?order",
    r"\bconsider\s+(?:your|the|this)\s+(?:order|PO|purchase\s+order)\s+(?:\w+\s+)?(?:accepted"
    r"|confirmed|booked|approved|done|placed)",
    r"\b(?:order|PO)\s+(?:is\s+|was\s+)?(?:now\s+)?(?:accepted|confirmed|booked)\b",
    r"\b(?:order|PO)\s+(?:is|has\s+been)\s+(?:now\s+)?(?:in\s+(?:processing|fulfil?ment|production)"
    r"|being\s+(?:processed|fulfilled|shipped))|\b(?:order|PO)\s+(?:went|has\s+gone)\s+through",
    r"\b(?:we\s+are|we're)\s+(?:now\s+|already\s+)?(?:processing|booking|fulfilling|executing"
    r"|entering)\s+(?:your|the)\s+(?:order|PO|purchase\s+order)",
    r"\b(?:proceed|go\s+ahead|move\s+forward)\s+with\s+(?:your|the)\s+(?:order|PO|purchase)",
    r"\b(?:booked|processed|entered|accepted|released)\s+(?:your|the)\s+(?:order|PO|purchase\s+order)",
    r"\b(?:bestätigen|akzeptieren|nehmen)\s+(?:wir\s+)?(?:hiermit\s+)?(?:Ihre|die|Ihren|den)\s+"
    r"(?:Bestellung|Auftrag)",
    r"\b(?:Ihre?|die|der)\s+(?:Bestellung|Auftrag)\s+(?:ist|wurde|wird)\s+(?:\w+\s+)?(?:bestätigt"
    r"|angenommen|gebucht|bearbeitet|erfasst|freigegeben)|\b(?:Auftrags|Bestell)bestätigung",
    r"\bnous\s+(?:acceptons|confirmons|validons|avons\s+(?:bien\s+)?(?:accept[ée]|confirm[ée]"
    r"|valid[ée]|enregistr[ée]))\s+(?:votre|la|le)\s+(?:commande|bon\s+de\s+commande)",
    r"\b(?:Bestellung|Auftrag)\b[^.\n]{0,30}\b(?:bestätigt|angenommen|gebucht|freigegeben)\b",
    r"\b(?:votre|le)\s+bon\s+de\s+commande\s+(?:est|a\s+[ée]t[ée]|sera)\s+(?:\w+\s+)?(?:accept[ée]"
    r"|confirm[ée]|valid[ée]|enregistr[ée]|trait[ée])",
    r"\b(?:votre|la)\s+commande\s+(?:est|a\s+[ée]t[ée]|sera)\s+(?:\w+\s+)?(?:confirm[ée]e|accept[ée]e"
    r"|enregistr[ée]e|valid[ée]e|trait[ée]e)|\bconfirmation\s+de\s+(?:la\s+|votre\s+)?commande",
)
ACCEPTANCE_CONDITIONAL = _CONDITIONAL
# "We confirm your order" accepts it; "could you confirm the order quantity?" asks the customer.
ACCEPTANCE_REQUESTABLE = rx(
    r"\bconfirm(?:ing)?\s+(?:your|the|this)\s+(?:purchase\s+)?(?:order|PO)\b(?!\s+(?:number|no\b"
    r"|reference|ref\b|form|details|ID\b|date|quantit|amount|line|total))"
)
CUSTOMER_REQUEST = rx(
    r"\b(?:could|can|would|will)\s+you\b|\bplease\b|\bkindly\b|\bkönnten\s+Sie|\bbitte\b"
    r"|\bpourriez-vous|\bmerci\s+de|\bveuillez"
)

_VERB = (
    r"(?:offer|give|grant|apply|extend|provide|approve|accept|agree\s+to|honou?r|waive|match"
    r"|reduce|lower|change|adjust|amend|modify|switch|move|issue|throw\s+in|discount|credit"
    r"|refund|do|lock|freeze|guarantee|hold|keep|split|spread|defer|shorten|cut)"
)
_OBJECT = (
    r"(?:discount|price|pricing|rate|credit|rebate|refund|net[\s-]?\d+|payment\s+terms?"
    r"|(?:contract|subscription|initial)\s+term|the\s+term|term\s+length|\d+[\s-]?(?:month|year)"
    r"\s+term|fees?|\d+\s?%|free|months?\s+free|invoice\s+amount|(?:quarterly|monthly|annual"
    r"|yearly)\s+(?:billing|invoicing|payments?)|billing\s+(?:frequency|schedule|cycle)"
    r"|liability(?:\s+cap)?|indemnit\w*|warrant(?:y|ies)|SLA|service\s+credits?|termination"
    r"|auto-?renewal|governing\s+law|redlines?|terms(?:\s+and\s+conditions)?|T&Cs"
    r"|instal?ments?|payment\s+plan)"
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
    r"\b(?:gewähren|bieten|geben|akzeptieren|verlängern|ändern|reduzieren|senken|einräumen|verkürzen)"
    r"\w*\b[^.\n]{0,40}?(?:Rabatt|Nachlass|Skonto|Zahlungsziel|Zahlungsbedingungen|Laufzeit|Preis"
    r"|Gutschrift)",
    r"\b(?:Zahlungsziel|Zahlungsbedingungen|Rabatt|Nachlass|Preis|Laufzeit)\w*\b[^.\n]{0,40}\b(?:in"
    r"\s+Ordnung|passt|ist\s+ok|geht\s+klar|akzeptiert|genehmigt|einverstanden)",
    r"\b(?:credit|rebate|refund|discount|reduction|concession)\s+(?:of\s+)?(?:[€$£]|EUR|USD|GBP"
    r"|CHF|\d)",
    r"\b(?:price|pricing|rate)s?\s+(?:stays?|remains?|will\s+stay|will\s+remain|(?:is|are|will\s+be)"
    r"\s+(?:locked|frozen|guaranteed)|locked\s+in)",
    r"\b(?:discount|credit|rebate|price\s+reduction|payment\s+terms?|extension|concession|net[\s-]?"
    r"\d+)\s+(?:has\s+been|is|was|will\s+be|are|have\s+been)\s+(?:approved|granted|applied|accepted"
    r"|agreed|confirmed)",
    r"\b(?:fees?|uplift|increase|price\s+increase|penalty|penalties|charges?|minimum)\s+(?:will\s+be"
    r"|has\s+been|have\s+been|is|are)\s+(?:waived|removed|dropped|reduced|cancell?ed|credited"
    r"|refunded)",
    r"\b(?:extend|shorten|reduce|change|adjust|amend|cut|renew)\w*\s+(?:the\s+|your\s+)?(?:contract"
    r"|subscription|agreement|commitment)\s+(?:to|by|for)\s+(?:\d+|one|two|three)",
    r"\b(?:at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|free\s+of\s+charge|for\s+free"
    r"|complimentary|no\s+charge|kostenlos|kostenfrei|gratis|gratuit(?:e|ement)?|sans\s+frais"
    r"|offert(?:e|s|es)?|ohne\s+Aufpreis)\b",
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
    r"\b(?:pay|send\s+(?:the\s+)?payments?|wire|transfer)\w*\b[^.\n]{0,30}\b(?:account|bank)\b",
    r"\baccount\s+(?:name|holder)\b|\baccount\s+(?:no\.?|number|#)?\s*:?\s*\d{6,}",
    r"\bremit\w*\b|\brouting\s*[:#]|(?-i:\bACH\b)",
    r"\büberweis\w*|\bÜberweisung|(?-i:\bKonto\b)|\bvirement\b|\bcompte\s+(?:suivant|bancaire"
    r"|ci-dessous)",
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
