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
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\w+teenth|twentieth|twenty[\s-]\w+|thirtieth|thirty[\s-]first)"
)
# "about 3 days", "ca. 5 Werktage": hedged turnarounds are still turnarounds.
_ABOUT = r"(?:(?:about|around|roughly|approximately|approx\.?|just|only|less\s+than|under)\s+)?"
_HOLIDAY = (
    r"(?:Easter|Christmas|Xmas|Thanksgiving|New\s+Year(?:'s)?|the\s+holidays|Ostern|Weihnachten"
    r"|Pfingsten|Silvester|Neujahr|P[âa]ques|No[ëe]l|Nouvel\s+An)"
)

DATE = rx(
    rf"\b{_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN}\b(?:,?\s+\d{{4}})?",
    rf"\b\d{{1,2}}\.\s?{_DE}\b(?:\s+\d{{4}})?",
    rf"\b(?:1er|\d{{1,2}})\s+{_FR}\b(?:\s+\d{{4}})?",
    rf"\b(?:{_EN}|{_DE}|{_FR})\s+\d{{4}}\b",
    rf"\b(?:in|by|before|until|till|from|after|end\s+of|mid|early|late|beginning\s+of"
    rf"|start\s+of|during|within|of|for)(?:\s+|-){_EN}\b",
    rf"\b{_ORDINAL}\s+(?:of\s+)?{_EN}\b|\b{_EN}\s+(?:the\s+)?{_ORDINAL}\b",
    r"\b(?:on|by|before|until|from|after|for|since)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b",
    rf"\b(?:im|bis|anfang|mitte|ende|ab|vor)\s+{_DE}\b",
    rf"(?:\ben|\bfin|\bd[ée]but|\bmi-|\bcourant|\bd'ici|\bavant|\bjusqu'[àa])\s*{_FR}\b",
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b",
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b",
    r"\b(?:on|by|before|until|bis|zum|am|au|le|avant)\s+\d{1,2}[/.]\d{1,2}\.?(?![\d/.])",
    rf"\b{_WEEKDAY}\b",
    r"\b(?:in|by|before|during|end\s+of|start\s+of|within|until|for|of|im|au|en)\s+(?:the\s+)?"
    r"(?-i:Q[1-4]|H[12]|T[1-4])\b",
    r"\b(?:in|by|before|during|for|until|im|zum|bis\s+zum|au|d'ici\s+le|pour\s+le|en)\s+(?:the\s+)?"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th|next|ersten|zweiten|dritten|vierten|nächsten"
    r"|premier|deuxi[èe]me|second|troisi[èe]me|quatri[èe]me|prochain)\s+(?:quarter|half|Quartal"
    r"|Halbjahr|trimestre|semestre)",
    r"\b(?:first|second|1st|2nd)\s+half\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|month|quarter)",
    r"\b(?:first|1st|beginning|start|middle|last\s+day)\s+of\s+(?:the|next|this)\s+(?:month|week"
    r"|year|quarter)\b",
    rf"\b(?:before|by|after|until|over|around|for|at|vor|bis|nach|zu|avant|apr[èe]s|pour"
    rf"|d'ici)\s+(?:the\s+)?{_HOLIDAY}\b",
    r"(?-i:\b(?:KW|CW)\s?\d{1,2}\b)|\b(?:calendar|cal\.?)\s+week\s+\d{1,2}|\bKalenderwoche\s+\d"
    r"|\bsemaine\s+\d{1,2}\b",
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
    rf"\b(?:within|in|inside|under)\s+{_ABOUT}(?:a|an|one|{_NUMBER_WORD})\s+(?:business\s+|working\s+"
    r"|calendar\s+)?(?:days?|hours?|weeks?|months?|fortnight)\b",
    r"\b(?:in|within|under)\s+\d+\s?(?:h|hrs?)\b|\bfortnight\b|(?-i:\bETA\b)",
    rf"\b{_NUMBER_WORD}\s+(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?|weeks?)\s+(?:after"
    r"|from|of|following|once)\b",
    r"\b(?:over|during|on|by|at)\s+the\s+weekend\b|\bam\s+Wochenende\b|\bce\s+week-?end\b",
    r"(?-i:\b(?:morgen|übermorgen)\b)",
    r"\b(?:nächste|kommende|diese)[nrs]?\s+(?:woche|monat|quartal|jahr)",
    r"\bende\s+(?:der|dieser|nächster)\s+woche|\bende\s+(?:des\s+)?(?:monats|quartals|jahres)",
    r"\binnerhalb\s+(?:von\s+)?(?:\d+|einer|zwei|drei)\s+(?:werk|arbeits)?(?:tag|tage|tagen|woche"
    r"|wochen|stunden)\b|\bin\s+\d+\s+(?:werk|arbeits)?tagen",
    r"\bbis\s+(?:zum\s+|spätestens\s+)?\d{1,2}\.",
    r"\b\d+\s+(?:Werk|Arbeits|Kalender)tag(?:e|en)?\b",
    r"\bin\s+(?:\d+|zwei|drei|vier|fünf|einer|einem|ein)\s+(?:Woche|Wochen|Tag|Tagen|Monat|Monaten"
    r"|Stunden)\b",
    r"\bsous\s+(?:\d+|quelques|deux|trois|huit|quinze)\s+(?:heures|h|jours|semaines)\b",
    r"\bdans\s+(?:les\s+)?(?:\d+|deux|trois|quatre|cinq|une?|quelques|huit|quinze)\s+(?:heures"
    r"|jours|semaines|mois)\b",
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
