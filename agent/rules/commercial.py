"""Exception rules about the deal's commercial and legal terms (English, German, French).

Each trigger needs an intent to change ("lower the price", "we'd need net 60");
a plain mention ("pricing as quoted", "no changes to pricing") stays routine.
"""

from __future__ import annotations

from agent.models import Reason
from agent.rules.text import Rule, rx

_CHANGE_VERB = (
    r"(?:lower|reduce|adjust|change|revise|renegotiate|update|modify|revisit|match|beat|correct"
    r"|amend|fix)"
)

PRICE = Rule(
    Reason.PRICE_CHANGE,
    rx(
        rf"\b{_CHANGE_VERB}\w*\s+(?:the\s+|your\s+|our\s+|this\s+)?(?:unit\s+|list\s+|seat\s+)?"
        r"(?:price|pricing|rates?|fees?)\b",
        r"\b(?:price|pricing|rate)s?\s+(?:change|increase|decrease|reduction|adjustment|drop|cut)",
        r"\b(?:changes?|updates?|adjustments?)\s+(?:to|in|of)\s+(?:the\s+)?(?:price|pricing)\b",
        r"\b(?:price|pricing)\s+(?:is|seems|looks|feels)\s+(?:too|a\s+bit|quite)\s+high",
        r"\b(?:better|lower|best\s+and\s+final|reduced|cheaper)\s+(?:price|pricing|rate|offer)\b",
        r"\bprice\s+match",
        # The quoted price disputed: "the unit price on the quote is wrong", "incorrect pricing".
        r"\b(?:wrong|incorrect|inaccurate|outdated)\s+(?:unit\s+|list\s+|seat\s+)?(?:price|pricing"
        r"|rates?)\b",
        r"\b(?:price|pricing|rates?)\s+(?:on|in|of)\s+(?:the|your)\s+(?:quote|quotation|order\s+form"
        r"|proposal)\s+(?:is|are|seems?|looks?)\s+(?:wrong|incorrect|off|too\s+high|higher|not\s+what)",
        r"\bflexib\w*\s+(?:on|in|with|around)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:price|pricing|rates?"
        r"|costs?|fees?)",
        r"\bpreis(?:änderung|anpassung|senkung|reduzierung|nachlass)",
        r"\b(?:günstiger\w*|niedriger\w*|besser\w*)\s+preis",
        r"\bpreis\w*\s+(?:senken|anpassen|reduzieren|ändern|nachverhandeln)",
        r"\b(?:baisser|r[ée]duire|revoir|modifier|ajuster|ren[ée]gocier)\s+(?:le|les|nos|vos)\s+"
        r"(?:prix|tarifs?)",
        r"\b(?:changement|modification|r[ée]vision|baisse)\s+(?:de|du|des)\s+(?:prix|tarifs?)",
        r"\b(?:meilleur\s+(?:prix|tarif)|prix\s+plus\s+bas|prix\s+inf[ée]rieur)",
    ),
    vetoes=rx(r"\bmatch(?:es|ing)?\s+the\s+(?:quote|quoted|order\s+form)"),
)

DISCOUNT = Rule(
    Reason.DISCOUNT_REQUEST,
    rx(
        r"\bdiscount",
        r"\b\d+(?:[.,]\d+)?\s?%\s+(?:off|reduction|price\s+reduction)\b",
        r"\bwaive\w*\s+(?:the\s+)?(?:\w+\s+)?(?:fees?|charges?)\b",
        r"\b(?:free|complimentary)\s+(?:months?|seats?|licen[cs]es?|upgrade)",
        r"\b(?:months?|seats?|licen[cs]es?|users?)\s+(?:for\s+)?free\b|\bfree\s+of\s+charge",
        r"\b(?:rabatt|preisnachlass|nachlass|skonto)",
        r"\b(?:remise|rabais|ristourne)\b",
        r"\br[ée]duction\s+de\s+\d",
    ),
    vetoes=rx(
        r"\b(?:agreed|quoted|approved|existing|included|same|standard|contractual|negotiated)\s+"
        r"(?:\d+(?:[.,]\d+)?\s?%\s+)?discount",
        r"\bdiscount\s+(?:as\s+)?(?:quoted|agreed|approved|per\s+(?:the\s+)?(?:quote|contract)"
        r"|from\s+the\s+quote|in\s+the\s+quote|already|is\s+already|was\s+already|shown|reflected)",
        r"\b(?:reflects?|includes?|applies|applied)\s+(?:the\s+)?(?:\d+(?:[.,]\d+)?\s?%\s+)?discount",
        r"\b(?:vereinbarte\w*|angebotene\w*)\s+rabatt|\bremise\s+(?:convenue|pr[ée]vue)",
    ),
)

PAYMENT_TERMS = Rule(
    Reason.PAYMENT_TERMS_CHANGE,
    rx(
        r"\bnet[\s-]?\d{2,3}\s+instead\s+of\b|\binstead\s+of\s+net[\s-]?\d{2,3}",
        r"\b(?:need|needs|require|requires|request|requesting|want|would\s+like|'d\s+like|prefer"
        r"|ask\s+for|asking\s+for|move\s+to|change\s+to|switch\s+to|extend\s+to|only\s+pay|pay\s+on"
        r"|can\s+we\s+(?:do|get|have)|could\s+we\s+(?:do|get|have)|'d\s+need|would\s+need)\b"
        r"[^.?!\n]{0,40}?\bnet[\s-]?\d{2,3}\b",
        r"\bnet[\s-]?(?:4[5-9]|[5-9]\d|1\d\d)\b",  # longer than net 30-ish: never standard
        r"\b(?:change|extend|modify|adjust|update|revise|renegotiate|different|longer|new)\w*\s+"
        r"(?:the\s+|our\s+|your\s+)?payment\s+(?:terms?|schedule|plan)",
        r"\bpayment\s+terms?\s+(?:change|extension|of\s+net)",
        r"\b(?:pay|payments?|billed|billing|invoiced?)\s+(?:in\s+)?(?:quarterly|monthly|semi-annual)"
        r"(?:\s+(?:installments|instalments|in\s+arrears))?\s+instead",
        r"\b(?:installments?|instalments?|payment\s+plan)\b|\bin\s+arrears\b",
        r"\bpay(?:ment)?\w*\s+(?:at|in|within|after)\s+\d{2,3}\s+days|\b\d{2,3}[\s-]days?\s+"
        r"(?:payment|terms|net)",
        r"\bflexib\w*\s+(?:on|in|with|around)\s+(?:the\s+)?(?:payment\s+)?terms",
        r"\b(?:move|switch|change)\s+to\s+(?:annual|quarterly|monthly|semi-annual)\s+(?:billing"
        r"|payments?|invoicing)",
        r"\bzahlungsziel\w*\s+(?:\w+\s+){0,3}\d+\s*tag",
        r"\b(?:zahlungsbedingungen|zahlungsziel)\s+(?:\w+\s+){0,3}(?:ändern|anpassen|verlängern)",
        r"\b(?:änderung|anpassung|verlängerung)\s+(?:der|des)\s+(?:zahlungsbedingungen|zahlungsziels)",
        r"\b\d+\s+tage\s+netto|\bnetto\s+\d+\s+tage|\bratenzahlung|\bin\s+raten\b",
        r"\b(?:paiement|r[èe]glement)\s+[àa]\s+\d+\s+jours",
        r"\bd[ée]lai\s+de\s+paiement\s+(?:de\s+)?\d+",
        r"\b(?:modifier|changer|allonger|prolonger)\s+(?:les|nos|vos)\s+(?:conditions|d[ée]lais)\s+"
        r"de\s+paiement",
        r"\b\d+\s+jours\s+fin\s+de\s+mois",
    ),
    vetoes=rx(
        r"\bnet[\s-]?\d{2,3}\s+(?:as\s+(?:per|in|agreed|quoted)|per\s+(?:the\s+|our\s+)?(?:MSA"
        r"|contract|agreement|quote|order\s+form))"
    ),
)

_DURATION = (
    r"(?:\d+|one|two|three|four|five|twelve|twenty-four|thirty-six)[\s-](?:months?|years?|yrs?)"
)
_TERM = r"(?:term|contract|subscription|commitment|agreement|deal|renewal)"

TERM_LENGTH = Rule(
    Reason.TERM_LENGTH_CHANGE,
    rx(
        r"\b(?:change|move|switch|extend|shorten|reduce|convert|amend|make)\w*\s+(?:it\s+|this\s+"
        r"|the\s+(?:term|contract|subscription|agreement)\s+|our\s+\w+\s+)?(?:to|into)\s+(?:a\s+|an\s+)?"
        r"(?:\d+|one|two|three|five|twelve|twenty-four|thirty-six)[\s-](?:months?|years?|yrs?)\b",
        r"\b(?:\d+|one|two|three)[\s-](?:months?|years?)\s+(?:term|contract|subscription|deal)\s+"
        r"instead",
        r"\b(?:instead\s+of|rather\s+than)\s+(?:a\s+|the\s+)?(?:\d+|one|two|three)[\s-]"
        r"(?:months?|years?)",
        # "from a 36-month term to a 12-month term", "from three years to one year"
        rf"\bfrom\s+(?:a\s+|an\s+|the\s+)?{_DURATION}\s+(?:(?:initial\s+)?{_TERM}\s+)?(?:to|into)\s+"
        rf"(?:a\s+|an\s+)?{_DURATION}\b",
        rf"\b(?:change|move|switch|shorten|reduce|convert|amend|cut|limit|cap|bring)\w*\b"
        rf"[^.?!\n]{{0,40}}?\bto\s+(?:a\s+|an\s+|just\s+|only\s+)?{_DURATION}\s+{_TERM}\b",
        rf"\b(?:caps?|capped|limits?|limited|restricts?|restricted)\b[^.?!\n]{{0,40}}?\b(?:{_TERM}"
        r"|commitments?)s?\s+(?:at|to)\s+(?:a\s+maximum\s+of\s+)?"
        rf"{_DURATION}\b",
        r"\b(?:shorter|longer|different)\s+(?:contract\s+|subscription\s+|initial\s+)?term\b",
        r"\b(?:extend|shorten|change)\w*\s+(?:the\s+)?(?:contract\s+|subscription\s+)?"
        r"(?:term|duration)\b",
        r"\b(?:term|contract|subscription)\s+length\b",
        r"\bmonth-to-month\b|\bopt[\s-]out\s+(?:clause|after|at)",
        r"\blaufzeit\s+auf\s+\d+\s+(?:monate|jahre)",
        r"\blaufzeit\s+(?:\w+\s+){0,3}(?:ändern|verkürzen|verlängern|anpassen|reduzieren)",
        r"\b(?:kürzere|längere|andere)\s+(?:vertrags)?laufzeit",
        r"\b\d+\s+(?:monate|jahre)\s+statt\b|\bstatt\s+\d+\s+(?:monate|jahre)",
        r"\bdur[ée]e\s+(?:du\s+contrat|d'engagement|de\s+l'abonnement)?\s*(?:de\s+|[àa]\s+)?\d+\s+"
        r"(?:mois|ans)",
        r"\b(?:modifier|r[ée]duire|prolonger|raccourcir|changer)\s+la\s+dur[ée]e",
        r"\b\d+\s+(?:mois|ans)\s+au\s+lieu\s+de|\bau\s+lieu\s+de\s+\d+\s+(?:mois|ans)",
    ),
)

LEGAL = Rule(
    Reason.LEGAL_CHANGE,
    rx(
        r"\bred-?lines?\b|\bred-?lined\b|\bredlining\b|\btracked\s+changes\b",
        r"\b(?:changes?|amendments?|edits?|revisions?|modifications?|comments?)\s+(?:to|of|in|on)\s+"
        r"(?:the\s+|your\s+|our\s+)?(?:MSA|master\s+(?:services\s+|subscription\s+)?agreement|DPA"
        r"|contract|agreement|terms\s+and\s+conditions|T&Cs?|SLA|order\s+form|EULA)\b",
        r"\b(?:liability\s+cap|cap\s+on\s+liability|limitation\s+of\s+liability|limit\s+of\s+liability"
        r"|uncapped\s+liability|unlimited\s+liability)",
        r"\bindemnif\w*|\bindemnity\b|\bgoverning\s+law\b|\bjurisdiction\b|\bvenue\s+clause",
        r"\bliability\s+(?:section|clause|terms|language|provisions?|limits?)",
        r"\b(?:MSA|DPA|contract|agreement)\b[^.?!\n]{0,30}\b(?:revised|amended|redlined|modified)\b",
        r"\b(?:revise|amend|change|modify|redline)(?:s|ing)?\s+(?:the\s+|your\s+|our\s+)?"
        r"(?:MSA|DPA|contract|agreement)\b",
        r"\b(?:add|insert|remove|delete|strike|change|amend)\w*\s+(?:a\s+|the\s+|this\s+)?"
        r"(?:clause|section|paragraph)\b",
        r"\bour\s+legal\s+(?:team|department|counsel)\s+(?:has|have|would|wants|requires|needs"
        r"|asked|is\s+requesting)",
        r"\bhaftungs(?:begrenzung|obergrenze|beschränkung|höchstgrenze)|\bfreistellung",
        r"\bgerichtsstand|\banwendbares\s+recht|\bvertragsänderung",
        r"\bänderungen\s+(?:am|an\s+dem|an\s+der|des|der)\s+(?:rahmenvertrag|vertrag\w*|MSA|AGB)",
        r"\b(?:plafond|limitation|limite)\s+de\s+responsabilit[ée]|\bindemnisation",
        r"\b(?:modifications?|changements?)\s+(?:du|au|de\s+l'|des)\s+(?:contrat|accord-cadre|MSA"
        r"|CGV|conditions\s+g[ée]n[ée]rales)",
        r"\bdroit\s+applicable|\bjuridiction\s+comp[ée]tente",
    ),
    # Insurance certificates talk about liability without touching the contract.
    vetoes=rx(r"\b(?:general|professional|cyber|product|employer'?s?|public)\s+liability\b"),
)

PO_TERMS = Rule(
    Reason.PO_TERMS_SUPERSEDE,
    rx(
        r"\b(?:PO|purchase\s+order)\s+(?:standard\s+)?terms(?:\s+and\s+conditions)?\s+(?:shall\s+"
        r"|will\s+|also\s+)?(?:apply|govern|prevail|supersede|take\s+precedence|control)",
        r"\b(?:our|customer|buyer'?s?)\s+(?:standard\s+)?(?:PO\s+|purchase\s+order\s+|purchasing\s+)?"
        r"(?:terms(?:\s+and\s+conditions)?|T&Cs?)(?:\s+of\s+purchase)?\s+(?:shall\s+|will\s+)?"
        r"(?:apply|govern|prevail|supersede|take\s+precedence|control)",
        r"\bterms\s+(?:on|of|printed\s+on)\s+(?:the|our|this)\s+(?:PO|purchase\s+order)\s+(?:shall\s+"
        r"|will\s+)?(?:apply|govern|prevail|supersede|take\s+precedence|control)",
        r"\bsubject\s+to\s+(?:our|the\s+attached|the\s+buyer'?s?)\s+(?:standard\s+|general\s+)?"
        r"(?:purchase|purchasing|PO|procurement)\s+(?:terms|conditions)",
        r"\b(?:general\s+)?terms\s+and\s+conditions\s+of\s+purchase\b",
        r"\b(?:our|buyer'?s?)\s+(?:standard\s+)?(?:T&Cs?|terms(?:\s+and\s+conditions)?)\b[^.?!\n]{0,40}?"
        r"\b(?:govern|prevail|supersede|take\s+precedence|control)",
        r"\bsupersedes?\s+(?:any|all|the)\s+(?:prior|other|existing|previous)\s+"
        r"(?:agreements?|terms|contracts?)",
        r"\beinkaufsbedingungen|\bes\s+gelten\s+(?:ausschließlich\s+)?unsere\b",
        r"\bconditions\s+g[ée]n[ée]rales\s+d'achat|\bnos\s+conditions\s+d'achat",
    ),
)

AMENDMENT = Rule(
    Reason.AMENDMENT_UNSIGNED,
    rx(
        r"\bamendment\s+(?:is\s+|has\s+)?(?:still\s+)?(?:not\s+(?:yet\s+|been\s+)?signed|unsigned"
        r"|pending|outstanding|awaiting\s+signature|hasn't\s+been\s+signed|needs\s+to\s+be\s+signed)",
        r"\b(?:unsigned|pending|outstanding)\s+amendment",
        r"\b(?:until|before|once|after)\s+(?:the\s+)?amendment\s+(?:is\s+|has\s+been\s+)?"
        r"(?:signed|executed|countersigned)",
        r"\bsign\s+the\s+amendment\s+first",
        # "still reviewing the amendment, so it isn't signed yet" (across a line break)
        r"\bamendment\b[^.]{0,40}?\b(?:it|which)\s+(?:isn't|is\s+not|hasn't\s+been|has\s+not\s+been)"
        r"\s+(?:yet\s+)?signed",
        r"\bnachtrag\s+(?:ist\s+)?(?:noch\s+)?nicht\s+unterschrieben|\bunterschriebenen?\s+nachtrag",
        r"\bvertragsänderung\s+(?:ist\s+)?(?:noch\s+)?nicht\s+unterzeichnet",
        r"\bavenant\s+(?:n'est\s+)?(?:pas\s+(?:encore\s+)?sign[ée]|non\s+sign[ée])|\bavenant\s+sign[ée]",
    ),
    negatable=False,  # "not signed" is the point, not a negation
)

COMMERCIAL_RULES: tuple[Rule, ...] = (
    PRICE,
    DISCOUNT,
    PAYMENT_TERMS,
    TERM_LENGTH,
    LEGAL,
    PO_TERMS,
    AMENDMENT,
)
