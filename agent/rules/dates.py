"""Dates and timing expressions in English, German and French, for the draft boundary.

A customer draft has no reason to name a date or a turnaround at all, so any
explicit date or deadline counts; vaguer words ("shortly", "today") only count
next to delivery, activation or order handling.
"""

from __future__ import annotations

from agent.rules.text import rx

_EN = (
    r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DE = (
    r"(?-i:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember)"
)
_FR = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre)"
)
_WEEKDAY = (
    r"(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch"
    r"|Donnerstag|Freitag|Samstag|Sonntag)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|ten|a\s+few|a\s+couple\s+of|24|48|72)"

DATE = rx(
    rf"\b{_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN}\b(?:,?\s+\d{{4}})?",
    rf"\b\d{{1,2}}\.\s?{_DE}\b(?:\s+\d{{4}})?",
    rf"\b(?:1er|\d{{1,2}})\s+{_FR}\b(?:\s+\d{{4}})?",
    rf"\b(?:{_EN}|{_DE}|{_FR})\s+\d{{4}}\b",
    rf"\b(?:in|by|before|until|till|from|after|end\s+of|mid|early|late|beginning\s+of"
    rf"|start\s+of|during|within)(?:\s+|-){_EN}\b",
    rf"\b(?:im|bis|anfang|mitte|ende|ab|vor)\s+{_DE}\b",
    rf"(?:\ben|\bfin|\bd[ée]but|\bmi-|\bcourant|\bd'ici|\bavant|\bjusqu'[àa])\s*{_FR}\b",
    r"\b\d{4}-\d{1,2}-\d{1,2}\b",
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b",
    r"\b(?:on|by|before|until|bis|zum|am|au|le|avant)\s+\d{1,2}[/.]\d{1,2}\.?(?![\d/.])",
    rf"\b{_WEEKDAY}\b",
    r"\b(?:in|by|before|during|end\s+of|start\s+of|within|until)\s+(?-i:Q[1-4]|H[12])\b",
    r"\b(?:in|by|before|until|during)\s+(?:early\s+|late\s+|mid-?)?20\d\d\b",
    r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}\s?Uhr\b|\b\d{1,2}h\d{2}\b",
)

TIMING = rx(
    r"\b(?:tomorrow|tonight|overnight)\b|\bsame[\s-]day\b|\bday\s+after\s+tomorrow",
    r"\bnext\s+(?:week|month|quarter|year|few\s+days|business\s+day|working\s+day)\b",
    r"\b(?:this|the\s+coming)\s+(?:week|weekend|month|quarter)\b|\blater\s+(?:today|this\s+week)",
    r"\b(?:by|before|until|at)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:day|week|month"
    r"|quarter|year|business)\b|\bend\s+of\s+(?:the\s+)?(?:day|week|month|quarter|year)\b",
    r"(?-i:\b(?:EOD|EOW|EOM|EOQ|EOY|COB)\b)|\bclose\s+of\s+business",
    rf"\bwithin\s+(?:the\s+next\s+)?{_NUMBER_WORD}\s+(?:business\s+|working\s+|calendar\s+)?"
    r"(?:days?|hours?|weeks?|months?)\b",
    rf"\bin\s+(?:the\s+next\s+)?{_NUMBER_WORD}\s+(?:business\s+|working\s+)?(?:days?|hours?|weeks?)\b",
    rf"\b{_NUMBER_WORD}[\s-](?:business|working)[\s-]days?\b|\bturnaround\s+(?:time\s+)?of\b",
    r"\bin\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks)\b",
    r"(?-i:\b(?:morgen|übermorgen)\b)",
    r"\b(?:nächste|kommende|diese)[nrs]?\s+(?:woche|monat|quartal|jahr)",
    r"\bende\s+(?:der|dieser|nächster)\s+woche|\bende\s+(?:des\s+)?(?:monats|quartals|jahres)",
    r"\binnerhalb\s+(?:von\s+)?(?:\d+|einer|zwei|drei)\s+(?:werk|arbeits)?(?:tag|tage|tagen|woche"
    r"|wochen|stunden)\b|\bin\s+\d+\s+(?:werk|arbeits)?tagen",
    r"\bbis\s+(?:zum\s+|spätestens\s+)?\d{1,2}\.",
    r"\bdemain\b|\bapr[èe]s-demain|\bla\s+semaine\s+prochaine|\ble\s+mois\s+prochain"
    r"|\bcette\s+semaine",
    r"\bd'ici\s+(?:la\s+fin|le\s+\d|demain|\d+|[àa]\s|lundi|mardi|mercredi|jeudi|vendredi)",
    r"\bfin\s+de\s+(?:la\s+)?(?:semaine|mois|trimestre|journ[ée]e)\b|\bsous\s+\d+\s+jours"
    r"|\bdans\s+(?:les\s+)?\d+\s+jours|\bjours\s+ouvr[ée]s",
)

# Vague timing only matters when it is about the order being fulfilled.
SOFT_TIMING = rx(
    r"\b(?:today|soon|shortly|immediately|right\s+away|asap|as\s+soon\s+as\s+possible|quickly"
    r"|promptly|in\s+no\s+time|heute|sofort|umgehend|zeitnah|bald|aujourd'hui|rapidement"
    r"|bient[ôo]t|imm[ée]diatement|dans\s+les\s+plus\s+brefs\s+d[ée]lais)\b"
)
FULFILMENT = rx(
    r"\b(?:activat\w*|deliver\w*|ship\w*|provision\w*|go[\s-]?live|access|available|licen[cs]es?"
    r"|live|set\s+up|onboard\w*|enabl\w*|process\w*|book\w*|dispatch\w*|freischalt\w*"
    r"|liefer\w*|aktivier\w*|bereitstell\w*|livr\w*|activ\w*|mise\s+en\s+service"
    r"|disponib\w*|exp[ée]di\w*)\b"
)
