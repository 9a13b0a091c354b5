"""Words of customer mail about the subscription's dates and shape: its start, its term, co-terming
with another contract, an order split in parts.
"""

from __future__ import annotations

from agent.lexicon.nouns import family, words

# A subscription's dates: start, first invoice, term, renewal.
START_DATE = words(
    r"""
    (?:subscription|contract|term|licen[cs]e\w*|service|billing|invoic\w*|renewal|anualidad
    |abonnement|abono|suscripcion|contrato|licencias?|vertrag|lizenz\w*|laufzeit|abbonamento
    |contratto|licenz\w*|licenties?|assinatura|licencas?|periodo|period|\w*periode|looptijd
    |\w*contract|\w*vertrag|\w*abonnement|zeitraum)(?:[\s(),]+[\w.'-]+){0,5}[\s(),]+(?:start\w*
    |begin\w*|commenc\w*|arranc\w*|empie\w*|empez\w*|comien\w*|comenz\w*|inici\w*|decorr\w*
    |inizi\w*|partir\w*|ingaan|ingaat|gaat\s+in|comec\w*|demarr\w*|debut\w*|laufen|lauft
    |courr\w*|court|runs?|running|loopt|lopen) start\s+date effective\s+date commencement\s+date
    first\s+invoice\w* invoice\s+date billing\s+(?:start|date) renewal\s+date anniversary\s+date
    end\s+date co-?term\w* \d+\s+\w+\s+start vertragsbeginn laufzeitbeginn leistungsbeginn
    lizenzbeginn startdatum beginn\s+der\s+\w+ erste\w*\s+rechnung rechnungsdatum
    abrechnungsbeginn enddatum vertragsende
    date\s+de\s+(?:debut|demarrage|facturation|prise\s+d'effet|fin) premiere\s+facture
    debut\s+de\s+l'abonnement demarrage\s+de\s+l'abonnement
    fecha\s+de\s+(?:inicio|comienzo|facturacion|alta|fin) primera\s+factura
    inicio\s+de\s+la\s+suscripcion inicio\s+del\s+contrato nuevo\s+periodo
    data\s+di\s+(?:inizio|decorrenza|fatturazione|avvio|fine) prima\s+fattura decorrenza
    inizio\s+dell'abbonamento ingangsdatum eerste\s+factuur factuurdatum einddatum
    data\s+de\s+(?:inicio|faturacao|faturamento|ativacao|termino|fim) primeira\s+fatura
    inicio\s+da\s+assinatura inicio\s+do\s+contrato vigencia leistungszeitraum\w*
    service\s+period periode\s+de\s+(?:service|prestation)
    periodo\s+de\s+(?:servicio|prestacion|prestacao|vigencia) periodo\s+di\s+servizio
    prestatieperiode vigencia
    """
)
SHIFT = words(
    r"""
    move\w* shift\w* push\w*\s+(?:back|out) postpon\w* delay\w* defer\w* chang\w* align\w*
    backdat\w* bring\w*\s+forward instead\s+of rather\s+than verschieb\w* verschob\w* verleg\w*
    andern angepasst anpass\w* anglei\w* zuruckdatier\w* statt decal\w* report\w* repouss\w*
    avanc\w* modifi\w* align\w* au\s+lieu aplaz\w* retras\w* pospon\w* mover movamos cambi\w*
    adelant\w* aline\w* en\s+lugar en\s+vez spost\w* posticip\w* rinvi\w* anticip\w* modific\w*
    allinea\w* invece verschuiv\w* uitstel\w* aanpass\w* opschuiv\w* in\s+plaats adia\w* mud\w*
    alter\w* antecip\w* prorrog\w* posterg\w* em\s+vez ao\s+inves ajust\w* adjust\w* aggiust\w*
    ricalend\w* reprogram\w* verplaats\w* umplan\w* push\w* verschov\w* verschoven
    plutot\s+qu\w* pro\s+rata prorat\w* anteilig aimeri\w*
    (?:(?:auf|for|to|au|al|a|op|para|per)\s+(?:den\s+|le\s+|el\s+|il\s+|o\s+)?\d{1,2}\.?\s+(?:\w+\s+)?
    (?:zu\s+)?(?:legen|setzen|festleg\w*|fixer|fijar|fissare|zetten|fixar|passar))
    (?:set|put)\s+(?:it\s+|the\s+start\s+)?(?:to|for|on)
    """
)
# "The start" once the subscription's start has been named: "den Beginn", "le début".
BARE_START = words(
    r"""
    (?:the|den|der|le|el|il|la|de|het|o|a|l')\s*(?:start|beginn|debut|demarrage|inicio|inizio|avvio
    |begin|aanvang|opstart|arranque|kick-?off)
    """
)
_UNIT = (
    r"(?:months?|mths?|mos|mnd|years?|yrs?|monate?n?|jahre?n?|mois|ans?|meses|anos|mesi|anni|maanden"
    r"|jaar|jaren)\b"
)
_VERSUS = (
    r"(?:ipv|i\.p\.v\.|instead\s+of|rather\s+than|not|statt|anstatt|au\s+lieu\s+de|plutot\s+que"
    r"|en\s+lugar\s+de|en\s+vez\s+de|invece\s+(?:di|dei)|sui|in\s+plaats\s+van|em\s+vez\s+de"
    r"|ao\s+inves\s+de)"
)
# The term cut down or set against another: a change whatever verb goes with it.
# "a 24 month term, not 36": the noun a term figure qualifies.
_TERM_NOUN = (
    r"(?:terms?|subscriptions?|contracts?|commitments?|laufzeit|vertrag\w*|abo\w*|duree|contrat|engagement"
    r"|plazo|contrato|suscripcion|durata|contratto|abbonamento|looptijd|contract|abonnement|prazo"
    r"|vigencia|assinatura)"
)
TERM_CUT = family(
    # "only for 12 months", "solo per 12 mesi", "nur für 12 Monate": the term cut down.
    r"(?:only|just|solo|soltanto|nur|lediglich|seulement|uniquement|solamente|unicamente|apenas"
    r"|somente|alleen|slechts)\s+(?:for|on|per|fur|pour|para|por|voor|op|auf|sur|su|em|con|met|mit)?\s*"
    r"(?:an?\s+|einen?\s+|eine\s+|une?\s+|una?\s+|een\s+)?(?:"
    + _TERM_NOUN
    + r"\s+(?:von|of|de|di|van|da)\s+)?"
    r"(?:\d+|one|two|three"
    r"|ein\w*|zwei|drei|un|une|deux|uno|dos|tres|due|tre|een|twee|drie|um|dois)\s*-?\s*(?:months?"
    r"|mths?|mos|mnd|years?|yrs?|monate?n?|jahre?n?|mois|ans?|meses|anos|mesi|anni|maanden|jaar"
    r"|jaren)",
    # Two terms set against each other: "36 mnd ipv 24", "12 mesi, sui 24", "24 statt 36 Monate"
    # (a unit on one side at least: "PO 4711 not 4712" is no term).
    rf"\d+\s*-?\s*{_UNIT}(?:\s+{_TERM_NOUN}|\s+[a-z]+)?\s*,?\s*{_VERSUS}\s+(?:de\s+|der\s+|the\s+|los\s+|les\s+"
    rf"|i\s+|os\s+)?\d+"
    rf"(?!\s*(?:%|€|\$|eur|usd|users?|seats?|licen\w*|utent\w*|usuarios|nutzer|gebruikers|units?))",
    rf"\d+\s*,?\s*{_VERSUS}\s+(?:de\s+|der\s+|the\s+|los\s+|les\s+|i\s+|os\s+)?\d+\s*-?\s*{_UNIT}",
)
TERM_LENGTH = family(
    TERM_CUT.pattern,
    r"(?:limit|cap|restrict|begrenz|beschrank|limit|plafonn|restreindr|limita|restring|beperk)\w*\s+"
    r"(?:[\w'-]+\s+){0,5}(?:contracts?|terms?|commitments?|vertrag\w*|laufzeit\w*|contrat\w*|contrato\w*"
    r"|contratt\w*|contract\w*|engagements?)\s+(?:[\w'-]+\s+){0,3}(?:to|at|auf|a|à|naar|para|em)\s+"
    r"(?:a\s+maximum\s+of\s+|max\w*\s+)?\d+\s*-?\s*(?:months?|mths?|mos|mnd|mndn|yrs?|years?|monate?n?|jahre?n?|mois|ans?|meses"
    r"|anos|mesi|anni|maanden|jaar)",
    r"(?:term|laufzeit|vertragslaufzeit|duree|duracion|durata|looptijd|duracao|prazo|contract|vertrag"
    r"|contrat|contrato|contratto|abonnement|subscription)\w*(?:\s+[\w'-]+){0,8}\s+(?:zu\s+|te\s+)?"
    r"(?:verlanger\w*|verkurz\w*|andern|anpass\w*|extend\w*|shorten\w*|prolong\w*|raccourc\w*"
    r"|ampli\w*|acort\w*|prorrog\w*|accorci\w*|estend\w*|verleng\w*|verkort\w*|encurt\w*|reduz\w*"
    r"|reduc\w*|ridur\w*)",
    r"(?:term|contract|subscription|commitment|laufzeit|vertragslaufzeit|duree|engagement|duracion"
    r"|permanencia|durata|looptijd|duracao|vigencia|prazo)\w*\s+(?:[\w'-]+\s+){0,5}(?:\d+|one|two|three"
    r"|five|ein\w*|zwei|drei|funf|un|une|deux|trois|cinq|uno|una|dos|tres|cinco|due|tre|cinque|een"
    r"|twee|drie|vijf|um|uma|dois|duas)\s*-?\s*(?:months?|mths?|mos|mnd|mndn|yrs?"
    r"|years?|monate?n?|jahre?n?|mois|ans?|meses|anos|mesi|anni|maanden|jaar|jaren|manader|ar)",
    r"\d+\s*-?\s*(?:months?|mths?|mos|mnd|mndn|yrs?|years?|monate?n?|jahre?n?|mois|ans?|meses|anos|mesi|anni|maanden|jaar"
    r"|jaren)\s+(?:[\w'-]+\s+){0,3}(?:instead|rather|statt|anstatt|au\s+lieu|en\s+lugar|en\s+vez"
    r"|invece|in\s+plaats|em\s+vez|ao\s+inves|ipv|i\.p\.v\.|i\.s\.v\.)",
    r"(?:extend|shorten|reduce|change|verlanger|verkurz|andern|prolong|raccourc|reduire|modifier"
    r"|ampli|acort|reduc|modific|prorrog|estend|ridu|accorci|verleng|verkort|wijzig|estend|encurt"
    r"|reduz|alter)\w*\s+(?:[\w'-]+\s+){0,6}(?:term|laufzeit|duree|duracion|durata|looptijd|duracao"
    r"|prazo|contract|vertrag|contrat|contrato|contratto|abonnement|subscription)",
    r"(?:extend|shorten|reduc|chang)\w*\s+(?:[\w'-]+\s+){0,6}(?:commitment|agreement)\w*\s+(?:[\w'-]+\s+)"
    r"{0,3}\d+[\s-]*(?:months?|mths?|mos|mnd|mndn|yrs?|years?)|(?:commitment|agreement)\s+(?:be\s+)?(?:shortened|extended"
    r"|reduced|changed)\s+to\s+(?:a\s+)?\d+",
    r"month-to-month|opt[\s-]out|early\s+termination|kundigungsrecht|sonderkundigung|resiliation"
    r"\s+anticipee|rescision\s+anticipada|recesso\s+anticipato|tussentijdse\s+opzegging"
    r"|rescisao\s+antecipada",
)
COTERM = family(
    r"(?:ausricht\w*|angleich\w*|abstimm\w*|align\w*|aligner|alinear|allineare|afstemmen|alinhar)"
    r"(?:\s+[\w'-]+){0,3}\s+(?:auf|an|with|to|sur|avec|con|a|met|op|com)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:bestehend\w*|existing|current|existant\w*|existente\w*|esistente\w*|bestaand\w*|laufend\w*"
    r"|actual\w*|attual\w*|huidig\w*|atual\w*)",
    r"(?:first|erste\w*|premiere?|primer[ao]?|prim[ao]|eerste)\s+(?:[\w'-]+\s+){0,2}(?:term|laufzeit"
    r"|periode|periodo|period|duree)[^.;\n]{0,60}\bpro\s+rata",
    r"(?:together\s+with|gemeinsam\s+mit|zusammen\s+mit|gleichzeitig\s+mit|a\s+la\s+vez\s+que|junto\s+con"
    r"|en\s+meme\s+temps\s+que|insieme\s+(?:al|con)|samen\s+met|tegelijk\s+met|junto\s+com)(?:\s+[\w'-]+){0,5}"
    r"\s+(?:end\w*|enden|ablaufen|auslaufen|expir\w*|venz\w*|vencer|terminer|scadere|aflopen|eindigen"
    r"|terminar|vencer)",
    r"(?:end|enden|ablauf\w*|auslauf\w*|expir\w*|venz\w*|vencer|vencimiento|termin\w*|einddatum"
    r"|eindig\w*|scad\w*|finir|fin|echeance|enddatum|vertragsende|termino|fim)(?:\s+[\w'-]+){0,6}\s+"
    r"(?:together\s+with|at\s+the\s+same\s+time\s+as|gemeinsam\s+mit|zusammen\s+mit|gleichzeitig\s+mit"
    r"|a\s+la\s+vez\s+que|al\s+mismo\s+tiempo\s+que|en\s+meme\s+temps\s+que|allo\s+stesso\s+tempo"
    r"|tegelijk\s+met|ao\s+mesmo\s+tempo|como|als|que|with|mit|con|avec|met|com|do|da|du|del|van)"
    r"(?:\s+[\w'-]+){0,3}\s+(?:existing|current|other|bestehend\w*|aktuell\w*|laufend\w*|actual\w*"
    r"|existant\w*|en\s+cours|attual\w*|esistent\w*|huidig\w*|bestaand\w*|atual\w*|existente\w*)",
    r"(?:same|gleiche\w*|dieselbe|meme|misma|mismo|stessa|stesso|dezelfde|hetzelfde|mesma|mesmo)\s+"
    r"(?:end|end\s+date|enddatum|date\s+de\s+fin|fecha\s+de\s+(?:fin|vencimiento)|data\s+di\s+scadenza"
    r"|einddatum|data\s+de\s+termino|renewal\s+date|echeance|vencimiento|scadenza)",
    r"(?:alinhar|alinear|allineare|aligner|align|afstemmen)\s+(?:[\w'-]+\s+){0,4}(?:termino|fin|fine"
    r"|end|einde|scadenza|vencimiento|echeance)",
    r"co-?term\w*|coterminous",
    # (not "matched before the renewal invoice": a PO matched in AP is no co-terming)
    r"(?:align|coincide|match|synchroni[sz]e)\w*\s+(?:(?!before|after|until|once|prior)[\w'-]+\s+){0,6}"
    r"(?:renewal|end\s+date"
    r"|anniversary|existing\s+(?:subscription|contract|agreement)|other\s+(?:subscription|contract))",
    r"same\s+(?:[\w'-]+\s+){0,2}(?:renewal\s+date|end\s+date|anniversary|expiry|term\s+end)",
    r"(?:angleich|synchronisier|zusammenleg|gleiche\w*\s+(?:end|verlangerungs))\w*",
    r"(?:aligner|harmoniser|faire\s+coincider)\s+(?:[\w'-]+\s+){0,6}(?:echeance|renouvellement"
    r"|date\s+de\s+fin|contrat\s+existant)",
    r"(?:alinear|hacer\s+coincidir|unificar)\s+(?:[\w'-]+\s+){0,6}(?:renovacion|vencimiento|fecha\s+de"
    r"\s+fin|contrato\s+existente)",
    r"(?:allineare|far\s+coincidere|uniformare)\s+(?:[\w'-]+\s+){0,6}(?:rinnovo|scadenza|data\s+di"
    r"\s+fine|contratto\s+esistente)",
    r"(?:gelijktrekken|laten\s+samenvallen|afstemmen)\s*(?:[\w'-]+\s+){0,6}(?:verlenging|einddatum"
    r"|bestaande\s+contract)|(?:verlenging|einddatum)\w*\s+(?:[\w'-]+\s+){0,6}(?:gelijktrekken"
    r"|laten\s+samenvallen|afstemmen)",
    r"(?:alinhar|fazer\s+coincidir|unificar)\s+(?:[\w'-]+\s+){0,6}(?:renovacao|vencimento|data\s+de"
    r"\s+termino|contrato\s+existente)",
    # German puts the verb last: "die Laufzeit auf unseren bestehenden Vertrag ausrichten"
    r"(?:auf|an)\s+(?:[\w'-]+\s+){0,3}(?:bestehend\w*|laufend\w*|aktuell\w*)[^;!?]{0,140}?"
    r"(?:ausricht\w*|ausgericht\w*|angleich\w*|angeglichen|abstimm\w*|abgestimmt|synchronisier\w*)",
)
SPLIT_ORDER = family(
    r"(?:invoice|invoicing|billing|order|po|purchase|rechnung|bestellung|factur\w*|commande|pedido|fattur\w*"
    r"|ordine|factuur|bestelling|bestelbon|fatura\w*|encomenda)\w*\s+(?:[\w'-]+\s+){0,3}(?:split"
    r"|aufgeteilt|reparti\w*|dividid\w*|divis[oa]|suddivis[oa]|ripartit\w*|(?:op|uit)?gesplitst|opgedeeld"
    r"|verdeeld|dividid\w*)",
    r"split\w*\s+(?:\d+\s*/\s*\d+|evenly|equally|50-50|in\s+half)|split\w*\b[^.?!\n]{0,40}\bbetween\b",
    r"(?:in|en|em|a)\s+(?:two|three|four|\d{1,2}|zwei|drei|vier|deux|trois|dos|tres|due|tre|twee|drie"
    r"|dois|duas|tres)\s+(?:\([^)]{1,12}\)\s+)?(?:(?:monthly|quarterly|annual|yearly|mensais|mensuales"
    r"|mensili|monatliche\w*|maandelijkse|mensuelles|trimestrales|trimestrais|trimestrali"
    r"|driemaandelijkse|trimestrielles|quartalsweise\w*)\s+)?(?:tranches?|batches|installments?"
    r"|instalments?|stages|phases|parts|teile\w*|etappen|etapas|fasi|partes|parti|delen|fases|parcelas"
    r"|cuotas|plazos|rate|raten|termijnen|tramos|call-offs|releases)",
    # a blanket order drawn down in call-offs, each invoiced on its own
    r"(?:quarterly|monthly|quartalsweise|monatliche?|trimestral\w*|mensual\w*|trimestriel\w*"
    r"|mensuel\w*|driemaandelijks\w*|maandelijks\w*|trimestrali|mensili)\s+(?:\w+\s+)?(?:call-offs?"
    r"|releases?|einzelabruf\w*|abruf\w*|appels?\s+de\s+livraison|liberacion\w*|richiam\w*"
    r"|afroep\w*|liberac\w*)",
    r"\b(?:je|pro)\s+abruf\b|\bper\s+(?:call-off|release|afroep)\b|\bpar\s+appel\s+de\s+livraison"
    r"|\bpor\s+liberaci\w+",
    r"(?:bestelling|order|inkooporder|pedido|ordine|commande|bestellung|encomenda)\w*\s+(?:[\w'-]+\s+)"
    r"{0,2}(?:opsplits\w*|splitsen|verdel\w*|aufteil\w*|aufsplitt\w*|dividir|dividere|suddivider\w*"
    r"|diviser|repartir|fractionner|separar)",
    r"(?:two|three|\d|twee|drie|zwei|drei|deux|trois|dos|tres|due|tre|dois|duas)\s+\w*(?:orders|bestellingen"
    r"|bestellungen|pedidos|ordini|commandes|encomendas|inkooporders)",
    r"split\w*\s+(?:[\w'-]+\s+){0,3}(?:order|po|purchase|invoice|invoicing|billing|payment|licen[cs]es"
    r"|seats|deal|cost)",
    r"(?:two|three|four|multiple|separate|several|\d|zwei|drei|vier|mehrere|getrennte|separate"
    r"|deux|trois|quatre|plusieurs|dos|tres|cuatro|varios|varias|separad[oa]s|due|tre|quattro|diversi"
    r"|separat[ie]|twee|drie|vier|meerdere|aparte|dois|duas|tres|quatro|varios|varias)\s+(?:pos|purchase"
    r"\s+orders|orders|invoices|billing\s+entities|legal\s+entities|cost\s+cent(?:er|re)s|bestellungen"
    r"|rechnungen|bestellnummern|gesellschaften|bons\s+de\s+commande|commandes|factures|entites|pedidos"
    r"|ordenes|facturas|entidades|ordini|fatture|entita|societa|orders|bestellingen|facturen|entiteiten"
    r"|encomendas|faturas|notas\s+fiscais|ocs?)\b",
    r"(?:aufteil|aufsplitt|splitt)\w*|(?:zwei|mehrere|getrennte|separate)\s+(?:bestellungen"
    r"|rechnungen|gesellschaften)",
    r"(?:diviser|repartir|scinder|fractionner)\s+(?:[\w'-]+\s+){0,2}(?:commande|facture|facturation)"
    r"|(?:deux|plusieurs)\s+(?:bons\s+de\s+commande|factures|entites)",
    r"(?:dividir|repartir|separar|fraccionar)\s+(?:[\w'-]+\s+){0,2}(?:pedido|orden|factura|facturacion)"
    r"|(?:dos|varias|varios)\s+(?:pedidos|ordenes|facturas|entidades)",
    r"(?:dividere|suddividere|ripartire|frazionare)\s+(?:[\w'-]+\s+){0,2}(?:ordine|fattura|fatturazione)"
    r"|(?:due|piu)\s+(?:ordini|fatture|entita|societa)",
    r"(?:splitsen|verdelen|opsplitsen)\s+(?:[\w'-]+\s+){0,2}(?:order|bestelling|factuur)|(?:twee"
    r"|meerdere)\s+(?:orders|bestellingen|facturen|entiteiten)",
    r"(?:dividir|repartir|separar)\s+(?:[\w'-]+\s+){0,2}(?:pedido|encomenda|fatura|faturamento)|(?:dois"
    r"|duas|varios|varias)\s+(?:pedidos|encomendas|faturas|entidades)",
)
