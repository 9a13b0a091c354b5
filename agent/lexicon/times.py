"""Time expressions in folded text, in English, German, French, Spanish, Italian, Dutch,
Portuguese (and the month and weekday names of a few more languages).

A customer draft has no business naming when anything will happen, so a time expression
next to a fulfilment word is a promise. A date that identifies a document ("your PO of
3 March", "Ihre Bestellung vom 12. Mai") is masked first: it promises nothing.
"""

from __future__ import annotations

import re

_MONTHS = (
    "january|february|march|april|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    "|januar|janner|februar|marz|maerz|juni|juli|oktober|dezember"
    "|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    "|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    "|dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|marco|maio|junho|julho"
    "|setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca"
    "|sierpnia|wrzesnia|pazdziernika|listopada|grudnia|januari|mars|maj|augusti|oktober"
    "|marts|augusti|ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari|rijna|listopadu|prosince"
)
# Full names only: "of mar" or "de dec" may be anything, "di gennaio" is a month.
_LONG_MONTHS = "|".join(
    m
    for m in _MONTHS.split("|")
    if m not in {"jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    and m not in {"sept?", "oct", "nov", "dec"}
)
# "mai" is May in German and French but "never" in Italian; "may" is a verb: these count
# only with a day number or a year next to them.
_AMBIGUOUS_MONTHS = "may|mai"
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch"
    "|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    "|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi"
    "|venerdi|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    "|segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|mandag|tirsdag|onsdag"
    "|torsdag|fredag|lordag|sondag|mandagen|poniedzialek|wtorek|piatek|pondeli|utery|patek"
    "|tisdag|sroda|czwartek|sobota|niedziela|streda|ctvrtek|nedele"
    r"|poniedzial\w*|wtork\w*|srod[aey]|czwart(?:ek|ku)|piat(?:ek|ku)|sobot[aey]|niedziel[aiey]"
    r"|uter[ky]|stred[uy]|ctvrt(?:ek|ku)|pat(?:ek|ku)"
)
_NUM = (
    r"(?:\d+(?:\s*-\s*\d+)?|a|an|one|two|three|four|five|six|seven|ten|a\s+few|a\s+couple\s+of|ein\w*|zwei|drei"
    r"|vier|funf|zehn|un|une|deux|trois|quatre|cinq|dix|quinze|quelques|uno|una|dos|tres"
    r"|cuatro|cinco|diez|quince|pocos|unos|due|tre|quattro|cinque|dieci|quindici|pochi|een"
    r"|twee|drie|vier|vijf|tien|enkele|paar|um|uma|dois|duas|tres|quatro|cinco|dez|quinze"
    r"|alguns|algumas)"
)
_UNIT = (
    r"(?:business\s+|working\s+|calendar\s+)?(?:days?|hours?|weeks?|months?|h|hrs?|fortnight"
    r"|(?:werk|arbeits|kalender)?tag(?:e|en)?|stunden?|wochen?|monat(?:e|en)?|jours?"
    r"(?:\s+ouvr\w+)?|heures?|semaines?|mois|dias?(?:\s+(?:habiles|laborables|uteis))?|horas?"
    r"|semanas?|mes(?:es)?|giorni(?:\s+lavorativi)?|ore|settimane?|mesi|(?:werk)?dag(?:en)?"
    r"|uren?|weken?|maand(?:en)?|meses)"
)
_MILESTONE = (
    r"(?:rollout|roll-out|launch|lancement|lanzamiento|lancio|lancering|lancamento|go-?live"
    r"|start|opening|ouverture|apertura|opening|abertura|season|saison|temporada|stagione"
    r"|seizoen|year[\s-]end|fiscal\s+year|financial\s+year|audit\w*|christmas|xmas|easter"
    r"|holidays?|summer|weihnacht\w*|ostern|sommer|geschaftsjahr\w*|jahresende|jahreswechsel"
    r"|noel|paques|ete|rentree|cloture\w*|navidad|semana\s+santa|verano|cierre|natale|pasqua"
    r"|estate|chiusura|kerst\w*|pasen|zomer|jaarafsluiting|jaareinde|natal|pascoa|verao"
    r"|fecho|fechamento|deadline|stichtag|echeance|plazo|scadenza|termijn|prazo|event\w*|bouwvak"
    r"|vacances|vacaciones|vacanze|ferien"
    r"|kick-?off|migration|migracion|migrazione|migratie|migracao|cut-?over|project\w*"
    r"|projekt\w*|projet|proyecto|progetto|project|projeto|busy|weihnachtsgeschaft\w*|peak"
    r"|oppn\w*|aabn\w*|otwarci\w*|otevren\w*|startem|\w*ferien|\w*vakantie\w*|vacances"
    r"|vacaciones|vacanze|ferias|ferie\w*|fermeture|chiusura|sluiting|closure|shutdown|\w*urlaub"
    r"|ferragosto|black\s+friday|buen\s+fin|inventar\w*|inventory|stocktak\w*|umzug"
    r"|demenagement|mudanza|trasloco|verhuizing|mudanca|move|sesong\w*|saeson\w*|\w*wechsel"
    r"|\w*start|rentree|new\s+quarter|nieuwe\s+kwartaal|jul|julen|vanoc\w*|swiet\w*|swiat\w*"
    r"|wielkanoc\w*|velikonoc\w*|paske\w*|pask\w*|midsommar\w*|sankthans|messe\w*|beurs\w*|fiera"
    r"|feira|salon|feria|trade\s+(?:fair|show)|exhibition|massa(?:n)?|targi\w*|veletrh\w*)"
)

TIME = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            # dates: 3.4., 03/04/2026, 2026-04-03, 15.04.
            r"\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b\.?",
            r"\b\d{4}-\d{2}-\d{2}\b",
            rf"\b\d{{1,2}}(?:st|nd|rd|th|er|e|o|a|º|ª)?\.?\s+(?:of\s+|de\s+|di\s+)?(?:{_MONTHS}"
            rf"|{_AMBIGUOUS_MONTHS})\b",
            rf"\b(?:{_MONTHS}|{_AMBIGUOUS_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
            rf"\b(?:{_MONTHS}|{_AMBIGUOUS_MONTHS})\s+(?:de\s+)?\d{{4}}\b",
            rf"\b(?:in|by|before|until|from|after|end\s+of|early|late|beginning\s+of|im|bis"
            rf"|ab|ende|anfang|mitte|vor|en|fin|debut|avant|d'ici|des|a\s+partir\s+de|finales\s+de"
            rf"|principios\s+de|mediados\s+de|antes\s+de|entro|prima\s+di|a\s+fine|fine|inizio"
            rf"|eind|begin|medio|voor|tot|ate|final\s+de|inicio\s+de|meados\s+de|half|a\s+meta|mi-)\s+"
            rf"(?:{_MONTHS})\b",
            rf"\b(?:mid|mi|mitte|medio|meta)[\s-]+(?:{_MONTHS}|{_AMBIGUOUS_MONTHS})\b",
            rf"\b(?:first|second|third|fourth|fifth|tenth|fifteenth|twentieth|thirtieth|\w+teenth"
            rf"|twenty[\s-]\w+|thirty[\s-]first)\s+of\s+(?:{_MONTHS}|{_AMBIGUOUS_MONTHS})\b",
            r"\b(?:ende|anfang|mitte)\s+(?:des|dieses|nachsten|kommenden)\s+(?:monats|jahres|quartals)"
            r"|\bfin\s+(?:du|de\s+ce)\s+mois|\bfinales?\s+de\s+(?:mes|ano)|\bfine\s+(?:del\s+)?mese"
            r"|\beind\s+van\s+de\s+maand|\bfim\s+do\s+mes\b",
            rf"\b(?:{_WEEKDAYS})\b",
            r"\b(?:kw|cw)\s?\d{1,2}\b|\b(?:calendar\s+)?week\s+\d{1,2}\b|\bkalenderwoche\b"
            r"|\bsemaine\s+\d{1,2}\b|\bsemana\s+\d{1,2}\b|\bweek\s+\d{1,2}\b",
            r"\bq[1-4]\b|\bh[12]\b|\b(?:quarter|quartal\w*|trimestre|trimestr\w*|kwartaal"
            r"|semestre)\b",
            # relative times
            r"\b(?:today|heute|aujourd'hui|hoy|oggi|vandaag|hoje|idag|i\s+dag|dzisiaj|dnes"
            r"|tomorrow|tonight|overnight|same[\s-]day|next\s+(?:week|month|quarter|year"
            r"|few\s+days|business\s+day|working\s+day)|this\s+(?:week|month)|shortly|soon|asap"
            r"|immediately|right\s+away|straight\s+away|in\s+good\s+time|in\s+time|on\s+time"
            r"|on\s+schedule|ahead\s+of|well\s+before|in\s+no\s+time|promptly|by\s+the\s+time"
            r"|end\s+of\s+(?:the\s+)?(?:day|week|month|quarter|year)|eod|eow|eom|the\s+week\s+after"
            r"|the\s+day\s+after|as\s+soon\s+as\s+(?:possible|we|the|your)|end\s+of\s+(?:the\s+)?year"
            r"|in\s+giornata|en\s+el\s+dia|am\s+gleichen\s+tag|dans\s+la\s+journee|noch\s+vor"
            r"|nog\s+voor|encore\s+avant|antes\s+incluso|ancora\s+prima|ainda\s+antes|fim\s+de\s+ano"
            r"|fin\s+de\s+ano|fine\s+anno|eindejaar|festas|fiestas|feestdagen|feiertage)\b",
            r"\b(?:on|by|before|until|from|for|am|le|el|il|op|em|no|dia)\s+(?:the\s+)?\d{1,2}"
            r"(?:st|nd|rd|th|er|o)\b",
            rf"\b(?:within|in|inside|under|after|dans|sous|en|binnen|over|entro|tra|fra|em|dentro"
            rf"\s+de|innerhalb(?:\s+von)?|nach)\s+(?:the\s+next\s+|the\s+coming\s+)?(?:about\s+"
            rf"|around\s+|ca\.?\s+|environ\s+|unos\s+|circa\s+|ongeveer\s+|cerca\s+de\s+)?"
            rf"{_NUM}\s*{_UNIT}\b",
            rf"\b(?:takes?|dauert|prend|tarda|richiede|duurt|leva|is|are|typically|usually"
            rf"|normalerweise|generalement|normalmente|di\s+solito|meestal)\s+(?:about\s+|around\s+"
            rf"|ca\.?\s+|environ\s+|unos\s+|circa\s+|ongeveer\s+|cerca\s+de\s+|typically\s+)?"
            rf"{_NUM}\s*{_UNIT}\b",
            r"\b\d+(?:\s*-\s*\d+)?\s+(?:business|working|werk|arbeits|jours\s+ouvr\w*|dias\s+"
            r"(?:habiles|uteis)|giorni\s+lavorativi|werkdag)\w*",
            r"\b(?:in\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks)|from\s+day\s+one"
            r"|(?:first|second|1st|2nd)\s+half\s+of|first\s+(?:week|day)\s+of|the\s+first\s+of"
            r"|no\s+later\s+than|not\s+later\s+than|eta|thanksgiving)\b",
            r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|uhr|h\d{2})\b|\b\d{4}\.\d{2}\.\d{2}\b"
            rf"|\b\d{{1,2}}\s*-\s*\d{{1,2}}\s+(?:{_MONTHS})\b",
            rf"\b{_NUM}[\s-]{_UNIT}\s+(?:after|from|of|following|once|nach|apres|despues|dopo|na|ab|a"
            r"|des|desde|dal|dalla|vanaf|tras|efter|etter|od|po"
            r"|apos|depois)\b",
            rf"\b(?:before|by|ahead\s+of|in\s+time\s+for|for|vor|bis|rechtzeitig\s+vor|avant"
            rf"|dopo|despues\s+de|apos|a\s+seguir\s+(?:a|ao)|after|apres|nach|efter|etter|zum|zur|fore"
            rf"|au|al|alla|ao"
            rf"|pour|antes\s+de|para|prima\s+d\w*|per|voor|op\s+tijd\s+voor|antes\s+d\w+|a\s+tempo"
            rf"\s+para)\s+(?:the\s+|your\s+|ihr\w*\s+|dem\s+|der\s+|des\s+|beginn\s+\w+\s+|votre"
            rf"\s+|vos\s+|la\s+|le\s+|l'|su\s+|sus\s+|el\s+|del\s+|la\s+|il\s+|vostr\w\s+|uw\s+"
            rf"|de\s+|het\s+|o\s+|a\s+|seu\s+|sua\s+|do\s+|da\s+|start\s+of\s+|er\s+|ert\s+|era\s+|jeres\s+"
            rf"|deres\s+|panstwa\s+|vasi\s+|vaseho\s+)*{_MILESTONE}\b",
            r"\b(?:morgen|ubermorgen|nachste\w*\s+woche|kommende\w*\s+woche|diese\w*\s+woche"
            r"|spatestens|rechtzeitig|zeitnah|umgehend|sofort|bald|kurzfristig|innerhalb|direkt"
            r"\s+nach|gleich\s+nach|noch\s+heute|heute\s+noch|am\s+selben\s+tag|bis\s+(?:zum|ende"
            r"|anfang|mitte))\b",
            r"\b(?:demain|apres-demain|la\s+semaine\s+prochaine|cette\s+semaine|le\s+mois\s+prochain"
            r"|sous\s+(?:huitaine|quinzaine)|au\s+plus\s+tard|rapidement|bientot|sans\s+tarder"
            r"|des\s+reception|des\s+que|a\s+temps|bien\s+avant|dans\s+les\s+(?:meilleurs|plus"
            r"\s+brefs)\s+delais|le\s+jour\s+meme|d'ici\s+(?:la|le|l'|peu|demain|\d)|sous\s+peu)\b",
            r"\b(?:manana|pasado\s+manana|la\s+semana\s+que\s+viene|la\s+proxima\s+semana|esta"
            r"\s+semana|el\s+proximo\s+mes|a\s+mas\s+tardar|pronto|enseguida|de\s+inmediato"
            r"|inmediatamente|ese\s+mismo\s+dia|el\s+mismo\s+dia|a\s+tiempo|con\s+antelacion"
            r"|en\s+breve|cuanto\s+antes|en\s+cuanto|mucho\s+antes|dentro\s+de)\b",
            r"\b(?:domani|dopodomani|prossima\s+settimana|settimana\s+prossima|questa"
            r"\s+settimana|il\s+mese\s+prossimo|al\s+piu\s+tardi|presto|subito|a\s+breve|in\s+tempo"
            r"|con\s+anticipo|lo\s+stesso\s+giorno|stesso\s+giorno|entro|non\s+appena|ben\s+prima)\b",
            r"\b(?:senast|senest|i\s*morgon|i\s+morgen|nasta\s+vecka|naeste\s+uge|langt\s+innan"
            r"|laenge\s+for|na\s+dlugo\s+przed|dlouho\s+pred|jutro|zitra|do\s+\d|inom|inden\s+for"
            r"|w\s+ciagu|behem|przed\s+\w+|pred\s+\w+|innan\s+\w+|inden\s+\w+)\b",
            r"\b(?:overmorgen|volgende\s+week|deze\s+week|volgende\s+maand|uiterlijk|tijdig"
            r"|op\s+tijd|binnenkort|meteen|onmiddellijk|direct\s+na|ruim\s+voor|dezelfde\s+dag"
            r"|zo\s+snel\s+mogelijk|binnen|snel)\b",
            r"\b(?:amanha|depois\s+de\s+amanha|proxima\s+semana|semana\s+que\s+vem|esta\s+semana"
            r"|proximo\s+mes|o\s+mais\s+tardar|no\s+maximo\s+ate|em\s+breve|imediatamente|de"
            r"\s+imediato|a\s+tempo|com\s+antecedencia|no\s+mesmo\s+dia|mesmo\s+dia|logo\s+que"
            r"|assim\s+que|muito\s+antes|dentro\s+de)\b",
            # on time, quickly, a matter of days, this very week, the week after Easter
            r"\b(?:punktlich|puntual\w*|well\s+ahead|i\s+god\s+tid|i\s+tide|v\s+cas|quickly"
            r"|rapidamente|rapidinho|schnellstens|schnellstmoglich|velocemente|hurtigt|rychle"
            r"|zodra|sobald|so\s+bald"
            r"|(?:matter|question|kwestie|questao|cuestion|questione|frage|sporsmal|sporgsmal"
            r"|otazka)\s+(?:of|de|van|di|von|om)\s+(?:\w+\s+)?(?:days|dagen|dias|giorni|jours"
            r"|tagen|dager|dage|dni|hours|weeks|semanas|settimane|weken|semaines|wochen)"
            r"|(?:this|esta|cette|diese|questa|deze|denne|tento)\s+(?:same\s+|misma\s+|mesma\s+"
            r"|meme\s+|selben?\s+|stessa\s+|zelfde\s+)?(?:week|semana|semaine|woche|settimana"
            r"|uge|uke|vecka|tyden))\b",
            r"\b(?:week|woche|semaine|semana|settimana|uge|uke|vecka|tyden|tydzien)\s+(?:\w+\s+)?"
            r"(?:after|nach|apres|d'apres|suivante|siguiente|despues|dopo|successiva|seguinte"
            r"|a\s+seguir|daarna|efter|etter|erna|na)\b",
            r"\b(?:dia|el\s+dia|giorno|den)\s+\d{1,2}\b\.?"
            r"|\b(?:ate|na|nesta|proxima|pela|ate\s+a)\s+(?:segunda|terca|quarta|quinta|sexta)"
            r"(?:-feira)?\b"
            r"|\b(?:semaine|week|woche|semana|settimana)\s+(?:du|of|vom|del|van|do|da)\s+\d{1,2}\b"
            r"|\b(?:on\s+track|im\s+(?:zeit)?plan|dans\s+les\s+temps|nei\s+tempi|op\s+schema|op\s+koers"
            r"|dentro\s+do\s+prazo|enligt\s+plan|som\s+planlagt|zgodnie\s+z\s+planem|podle\s+planu"
            r"|as\s+planned|wie\s+geplant|comme\s+prevu|segun\s+lo\s+previsto|como\s+estaba\s+previsto"
            r"|come\s+previsto|zoals\s+gepland|como\s+previsto|conforme\s+previsto)\b"
            r"|\b(?:(?:on\s+)?(?:their|your|the)\s+first\s+day|am\s+ersten\s+tag|le\s+premier\s+jour"
            r"|el\s+primer\s+dia|il\s+primo\s+giorno|op\s+de\s+eerste\s+dag|no\s+primeiro\s+dia)\b"
            r"|\b(?:the\s+(?:moment|minute)|au\s+moment\s+ou|nada\s+mas|tmrw|tmr|cob|nxt\s+w(?:ee)?k"
            r"|next\s+wk)\b",
            # Nordic and West Slavic: "inom fem arbetsdagar", "w ciągu pięciu dni", "vecka 24"
            r"\b(?:inom|inden\s+for|innen|innenfor|w\s+ciagu|do|behem|v\s+prubehu|za)\s+(?:\w+\s+)?"
            r"(?:\d+|en|ett|to|tva|tre|fire|fyra|fem|ti|tio|jeden|dwa|dwoch|trzy|trzech|piec|pieciu"
            r"|deset|dvou|tri|peti)\s+(?:\w+\s+)?(?:dag\w*|arbetsdag\w*|arbejdsdag\w*|virkedag\w*"
            r"|uge\w*|uke\w*|veck\w*|dni|dzien\w*|tygodni\w*|tydn\w*|dnu|dny|hodin|godzin)\b"
            r"|\b(?:vecka|uge|uke|tydzien|tyden)\s+\d{1,2}\b"
            r"|\b(?:przyszl\w*|nastepn\w*)\s+tygodni\w*|\bpristi\w*\s+(?:tyden|tydnu)|\bneste\s+uke\b"
            r"|\b(?:sa\s+snart|snarest|jakmile|gdy\s+tylko|zaraz\s+po|hned\s+po|straks|omgaende"
            r"|med\s+en\s+gang|od\s+razu|ihned|hned)\b",
        )
    )
)

# A month named after a fulfilment noun: "il vostro avvio di gennaio", "go-live de mars".
# A calendar month by name: a date, never a duration ("1er septembre", "im März").
MONTH = re.compile(rf"\b(?:{_LONG_MONTHS})\b")
MONTH_NAMED = re.compile(
    rf"\b(?:di|de|of|van|du|von|del|do|da|ad|im|in|i|w|v)\s+(?:{_LONG_MONTHS})\b"
)

# The date of a document or message identifies it: "your PO of 3 March", "e-mail du 12 mai",
# "Bestellung vom 3.4.", "pedido del 5 de junio", "ordine del 3 marzo", "bestelling van 3 mei".
_DOC = (
    r"(?:po|p\.o\.|order|purchase\s+order|e-?mail|mail|message|letter|note|quote|quotation"
    r"|invoice|form|request|reply|call|bestellung|auftrag|nachricht|schreiben|angebot|rechnung"
    r"|anfrage|bon\s+de\s+commande|commande|courriel|message|lettre|devis|facture|demande"
    r"|pedido|orden(?:\s+de\s+compra)?|correo|mensaje|carta|presupuesto|factura|solicitud"
    r"|ordine|messaggio|lettera|preventivo|offerta|fattura|richiesta|bestelling|bericht|brief"
    r"|offerte|factuur|aanvraag|encomenda|mensagem|orcamento|proposta|fatura|pedido|contract"
    r"|vertrag|contrat|contrato|contratto|overeenkomst|document\w*|signed\s+\w+|one"
    # a conversation or case identified by its date: "your ticket of 28 February"
    # (not a meeting or visit: "the installation visit on 3 May" is a date to keep)
    r"|ticket|conversation|anruf|gesprach|telefonat|entretien|llamada|conversacion"
    r"|chiamata|telefonata|colloquio|gesprek|telefoontje|chamada|ligacao|conversa)"
)
DOCUMENT_DATE = re.compile(
    rf"\b{_DOC}\b[^.?!;]{{0,40}}?\b(?:of|dated|from|sent\s+on|received\s+on|vom|von|du|en\s+date"
    rf"\s+du|del|de|de\s+fecha|datato|datata|in\s+data|van|gedateerd|datado|datada|do|da|on)\s+"
    rf"(?:the\s+)?(?P<date>\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?\.?|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|o|º)?\.?\s+(?:de\s+)?(?:{_MONTHS}|{_AMBIGUOUS_MONTHS})"
    rf"(?:\s+(?:de\s+)?\d{{4}})?|(?:{_MONTHS}|{_AMBIGUOUS_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s+\d{{4}})?|(?:{_WEEKDAYS}))",
)
# "received on 2 May", "eingegangen am 3. März", "reçu le 4 mai": the date of an arrival.
ARRIVAL_DATE = re.compile(
    r"\b(?:received|arrived|got|sent|signed|dated|eingegangen|erhalten|bekommen|empfangen"
    r"|recu\w*|arrive\w*|recib\w*|llegad\w*|ricevut\w*|arrivat\w*|ontvangen|binnengekomen"
    r"|recebid\w*|chegad\w*)\s+(?:on|am|le|el|il|op|em|a|no|na)?\s*(?:the\s+)?\d{1,2}"
    rf"(?:[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?\.?|\.?\s+(?:de\s+)?(?:{_MONTHS}|{_AMBIGUOUS_MONTHS})\b)"
)


def mask_document_dates(folded: str) -> str:
    """Replace the dates that identify a document or an arrival with a neutral token."""
    folded = DOCUMENT_DATE.sub(_drop_date, folded)
    return ARRIVAL_DATE.sub(lambda m: m.group().split()[0] + " <date>", folded)


def _drop_date(match: re.Match[str]) -> str:
    """Keep the document noun (it may still matter: "order"), drop its date."""
    start = match.start("date") - match.start()
    return match.group()[:start] + "<date>"
