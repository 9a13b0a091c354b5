"""Commercial words of customer mail: payment terms, prices, terms, dates of a subscription."""

from __future__ import annotations

from agent.lexicon.nouns import family, words

_DAYS = r"(?:days?|d|tage?n?|jours?|dias?|giorni|gg|dd|ddl|dagen|dagar|dage|dni|dnu)"
# "net 60", "60 days net", "60 Tage netto", "60 jours fin de mois", "a 90 días fecha factura"
PAYMENT_TERM = family(
    r"(?:payment\s+terms?|terms\s+of\s+payment|zahlungsbedingung\w*|zahlungsziel|conditions?\s+de\s+"
    r"(?:paiement|reglement)|condiciones\s+de\s+pago|forma\s+de\s+pago|termini\s+di\s+pagamento"
    r"|condizioni\s+di\s+pagamento|modalita\s+di\s+pagamento|betalingsvoorwaarden|betalingsconditie"
    r"|betalingstermijn|cond\.?\s+(?:de\s+)?pagamento|condicoes\s+de\s+pagamento|prazo\s+de\s+pagamento"
    r"|betalningsvillkor|betalingsbetingelser)\s*:?\s*[^\n]{0,30}?(?<![\w-])\d{1,3}(?!\d)",
    r"(?:change|extend|modify|adjust|update|revise|renegotiate|different|longer|new|move|switch)\w*\s+"
    r"(?:the\s+|our\s+|your\s+|to\s+)?(?:payment\s+(?:terms?|schedule|plan)|billing\s+(?:terms?|cycle"
    r"|frequency))",
    r"(?:annual|quarterly|monthly|semi-annual|yearly)\s+(?:billing|invoicing|payments?)\s+(?:in\s+arrears"
    r"|instead)|in\s+arrears|(?:move|switch|change)\s+(?:us\s+)?to\s+(?:annual|quarterly|monthly)\s+"
    r"(?:billing|invoicing|payments?)",
    r"zahlungs(?:bedingungen|ziel|plan|rhythmus)\w*\s+(?:[\w'-]+\s+){0,3}(?:andern|anpassen|verlangern"
    r"|umstellen)|(?:modifier|changer|allonger|adapter)\s+(?:les\s+|nos\s+|vos\s+)?(?:conditions|delais"
    r"|modalites)\s+de\s+(?:paiement|reglement)|(?:cambiar|modificar|ampliar|ajustar)\s+(?:las\s+)?"
    r"(?:condiciones|plazos?)\s+de\s+pago|(?:modificare|cambiare|estendere)\s+(?:i\s+|le\s+)?(?:termini"
    r"|condizioni|modalita)\s+di\s+pagamento|betalings(?:voorwaarden|termijn)\w*\s+(?:[\w'-]+\s+){0,3}"
    r"(?:wijzigen|aanpassen|verlengen)|(?:alterar|mudar|estender|ajustar)\s+(?:as\s+|os\s+)?"
    r"(?:condicoes|prazos?)\s+de\s+pagamento",
    r"net(?:to)?\s*-?\s*\d{1,3}(?!\s*(?:pct|eur|usd|gbp|chf|\.\d|,\d))",
    rf"\d{{1,3}}\s*(?:\([a-z\s-]+\)\s*)?{_DAYS}\s+(?:(?:corridos|uteis|naturales|habiles|calendar"
    rf"|business|working|netto|nets?|fecha|data)\s+)?(?:net\w*|eom|fdm|fm|fin\s+de\s+mo?is|fine\s+mese|end\s+of\s+(?:the\s+)?"
    r"month|monatsende|einde\s+(?:van\s+de\s+)?maand|fim\s+do\s+mes|date\s+(?:de\s+)?facture"
    r"|fecha\s+(?:de\s+)?factura|data\s+(?:della\s+)?fattura|d\.?\s?f\.?|f\.?\s?f\.?|factuurdatum"
    r"|da\s+data\s+da\s+fatura|data\s+fatura|after|from|following|of\s+receipt|nach|ab|a\s+compter"
    r"|apres|a\s+partir|desde|tras|dalla|dal|dopo|na|vanaf|apos|a\s+contar|depois|od|do|da|de)\b",
    rf"(?:a|at|a\s+los|a|em|binnen|within|in|innerhalb\s+(?:von\s+)?|sous|dentro\s+de|entro|inom"
    rf"|w\s+ciagu)"
    rf"\s+\d{{1,3}}\s*{_DAYS}",
    # "payable within 45 days", never "Accounts Payable / 410 Harbor Blvd"
    rf"(?:zahlbar|payable|pagadero|pagabile|betaalbaar|pagavel)\s+(?:[\w'-]+\s+){{0,4}}\d{{1,3}}"
    rf"\s*(?:{_DAYS}|%|net\w*)",
    r"zahlungsziel\w*\s+(?:[\w'-]+\s+){0,3}\d{1,3}|skonto|escompte|pronto\s+pago|betalingskorting",
    # a discount for paying early, whatever sits between: "sconto 5% pagamento anticipato",
    # "2% early payment discount", "descuento del 3% por pronto pago"
    r"(?:sconto|descuento|desconto|remise|korting|rabatt|discount)\s+(?:\S+\s+){0,3}?(?:per\s+|por\s+"
    r"|de\s+|pour\s+|voor\s+|fur\s+|for\s+)?(?:pagamento|pago|paiement|betaling|zahlung|payment)"
    r"|early\s+payment\s+discount|(?:pagamento|pago|paiement|payment)\s+(?:anticipad\w*|anticipat\w*"
    r"|antecipad\w*|anticip\w*|early)",
    r"payment\s+run|zahlungslauf|run\s+de\s+paiement|corrida\s+de\s+pagos?|ciclo\s+di\s+pagament\w*"
    r"|betaalrun|ciclo\s+de\s+pagamentos?",
    rf"(?:\+|plus)\s*\d{{1,3}}\s*{_DAYS}|lobende\s+maned|lopande\s+manad|current\s+month\s+plus",
    r"(?:end\s+of\s+(?:the\s+)?month|eom|monatsende|fin\s+de\s+mois|fin\s+de\s+mes|fine\s+mese"
    r"|einde\s+van\s+de\s+maand|fim\s+do\s+mes)",
    # a fixed payment day: "on the 20th of the following month", "am 15. des Folgemonats",
    # "le 10 du mois suivant", "no dia 20 do mês seguinte"
    r"\d{1,2}(?:st|nd|rd|th|e|er|o|a|\.)?\s+(?:[\w'-]+\s+){0,3}?(?:following\s+month|month\s+following"
    r"|folgemonat\w*|folgenden\s+monat\w*|mois\s+suivant|mes\s+siguiente|mese\s+successivo"
    r"|volgende\s+maand|mes\s+seguinte|mes\s+subsequente)",
    # a schedule of instalments: "12 mensualidades a partir de mayo", "Zahlungsplan"
    r"\d+\s+(?:mensualidades|mensalidades|monthly\s+instal\w*|monatsraten|mensualites|rate\s+mensili"
    r"|maandelijkse\s+termijnen|parcelas\s+mensais|pagos\s+mensuales|monthly\s+payments)"
    r"|calendario\s+de\s+pagos?|payment\s+schedule|zahlungsplan\w*|echeancier|piano\s+(?:di\s+)?pagament\w*"
    r"|betalingsschema|plano\s+de\s+pagamento|cronograma\s+de\s+pagos?",
)
# Payment tied to an event: "payment on acceptance", "Zahlung nach Abnahme".
PAYMENT_ON_EVENT = family(
    # "La fatturazione, ivi compresa quella del canone, potrà avvenire soltanto a seguito
    # dell'esito positivo del collaudo": only after an acceptance event, whatever lies between
    r"(?:fatturazion\w*|invoicing|facturation|facturacion|facturatie|faturacao|rechnungsstellung"
    r"|pagament\w*|payment|paiement|pago|betaling|zahlung)[^.;]{0,120}?(?:only|soltanto|solo|solamente"
    r"|seulement|uniquement|nur|erst|alleen|pas|apenas|somente)\s+(?:\w+\s+){0,3}?(?:after|following"
    r"|upon|a\s+seguito|dopo|apres|a\s+la\s+suite|nach|na|despues|tras|apos|depois)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:acceptance|sign-?off|collaudo|recette|abnahme|aceptacion|acceptatie|aceitacao|verbale|esito"
    r"|go-?live|reception|oplevering|homologa\w*)",
    r"(?:pay\w*|zahl\w*|paiement|payer|reglement|pago\w*|pagar\w*|pagament\w*|pagare|betal\w*|invoic\w*"
    r"|bill\w*|factur\w*|fattur\w*|gefactureerd|fatur\w*|rechnung\w*|abgerechnet"
    r"|pagamento\w*|pagar)\s+(?:[\w-]+\s+){0,5}(?:on|upon|after|following|at|nach|bei|a\s+la|au"
    r"|apres|des|tras|despues\s+de|contra|a|dopo|alla|al|dall'|dal|na|bij|apos|mediante|no|ao|once|when"
    r"|wenn|sobald"
    r"|nachdem|lorsque|une\s+fois|cuando|una\s+vez|quando|appena|zodra|wanneer|assim\s+que|depois\s+que)"
    r"(?:\s+|(?<='))(?:[\w-]+\s+)"  # "dall'esito positivo": the elided article joins its noun
    r"{0,6}(?:acceptance|go-?live|completion"
    r"|delivery|sign-?off|abnahme|lieferung|inbetriebnahme|fertigstellung|reception|recette"
    r"|livraison|mise\s+en\s+service|aceptacion|entrega|recepcion|puesta\s+en\s+marcha"
    r"|accettazione|collaudo|consegna|messa\s+in\s+servizio|acceptatie|oplevering|levering"
    r"|ingebruikname|aceite|aceitacao|entrega|conclusao|homologa\w*|verifica\s+di\s+conformita"
    r"|esito\s+positivo|implement\w*|implantac\w*|implementac\w*|implementaz\w*|implementier\w*)",
)
# Staged or split payments: "three instalments", "30% upfront", "in drei Raten".
STAGED_PAYMENT = family(
    r"\d+\s+(?:parcelas|prestacoes|rate|raten|installments|instalments|plazos|cuotas|termijnen"
    r"|echeances|tranches)\b|\d{1,3}\s*/\s*\d{1,3}\s*/\s*\d{1,3}\s*(?:days|dias|ddl|dd|giorni|gg|tage|jours)",
    r"instal?ments?|milestone\s+payments?|staged\s+payments?|payment\s+milestones?|progress\s+payments?",
    r"\d+\s*pct\s+(?:[\w'-]+\s+){0,3}(?:upfront|up\s+front|in\s+advance|on|at|upon|after|bei|nach"
    r"|vorab|a\s+la|au|a|al|alla|bij|na|no|ao|apres|tras|dopo|apos)\b",
    r"(?:in|en|em|w|a)\s+(?:two|three|four|\d|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro"
    r"|due|tre|quattro|twee|drie|vier|duas|tres|quatro)\s+(?:payments|tranches|parts|zahlungen"
    r"|raten|teilzahlungen|fois|paiements|echeances|versements|pagos|plazos|cuotas|rate|pagamenti"
    r"|termijnen|betalingen|vezes|parcelas|prestacoes|pagamentos)",
    r"ratenzahlung\w*|in\s+raten|teilzahlung\w*|echeancier|paiement\s+(?:fractionne|echelonne)"
    r"|pago\s+(?:fraccionado|aplazado)|a\s+plazos|rateizz\w*|pagamento\s+(?:frazionato|dilazionato"
    r"|rateale)|termijnbetaling\w*|gespreide\s+betaling|parcelad\w*|parcelamento|pagamento\s+parcelado",
)
DISCOUNT = words(
    r"""
    discounts? rebates? rabatt\w* nachlass\w* preisnachlass remises? rabais ristournes?
    descuentos? rebajas? bonificacion\w* scont[oi] riduzion\w*\s+(?:di|del)\s+prezzo korting\w*
    desconto\w* abatimento rabat\w* slev\w*
    \d+(?:[.,]\d+)?\s*pct\s+(?:off|discount|reduction|korting|rabatt|remise|descuento|sconto
    |desconto) off\s+(?:the\s+)?(?:quote|price|list\s+price|total)
    free\s+(?:months?|seats?|licen[cs]es?|users?|weeks?)
    (?:months?|seats?|licen[cs]es?|users?|weeks?)\s+(?:for\s+)?free
    rappel\s+(?:por|de)\s+volumen ruckverg\w* ristorn\w* volumekorting\w*
    bonus\s+(?:de\s+)?volume\w* volume\s+(?:discount|bonus)
    """
)
# A discount the quote or contract already gives (a verbal "as agreed" is no such proof).
KNOWN_DISCOUNT = words(
    r"""
    quoted included shown reflected applied in\s+the\s+quote on\s+the\s+quote
    in\s+(?:your|the)\s+offer angeboten\w* im\s+angebot enthalten\w* ausgewiesen\w*
    dans\s+(?:le|votre)\s+devis inclus\w* en\s+(?:el|su)\s+(?:presupuesto|oferta) incluid\w*
    aplicad\w* nell'offerta nel\s+preventivo applicat\w* in\s+de\s+offerte inbegrepen toegepast
    na\s+proposta no\s+orcamento
    already\s+(?:reflect\w*|includ\w*|appl\w*|shown|consider\w*|deduct\w*)
    bereits\s+(?:berucksichtigt|enthalten|abgezogen|eingerechnet)
    schon\s+(?:berucksichtigt|enthalten|abgezogen)
    deja\s+(?:inclus\w*|appliqu\w*|pris\s+en\s+compte|dedui\w*)
    ya\s+(?:aparece|incluid\w*|aplicad\w*|descontad\w*|figura)
    gia\s+(?:riportat\w*|applicat\w*|inclus\w*|scontat\w*)
    al\s+(?:verwerkt|toegepast|overgenomen|inbegrepen)
    ja\s+(?:aplicad\w*|incluid\w*|refletid\w*|descontad\w*) from\s+(?:your|the)\s+quote
    aus\s+(?:ihrem|dem)\s+angebot de\s+votre\s+devis de\s+(?:su|la)\s+oferta in\s+offerta
    dell'offerta uit\s+de\s+offerte da\s+proposta
    """
)
# Asking for a better price: "lower the price", "zu teuer", "prix trop élevé".
PRICE_CHANGE = family(
    # the quote's price indexation set aside: "de jaarlijkse prijsindexatie (CPI) … niet wordt
    # toegepast", "the CPI uplift will not be accepted", "keine Indexierung"
    r"\w*(?:indexation|indexierung|indexatie|indexacion|indicizzazione|indexacao|cpi|price\s+escalation"
    r"|uplift|preisgleit\w*|preisanpassungsklausel)[^.;]{0,120}?(?:not|nicht|niet|no|non|nao|pas)\s+"
    r"(?:\w+\s+){0,3}(?:appl\w*|accept\w*|toegepast|geaccepteerd|angewendet|akzeptiert|appliqu\w*"
    r"|accepte\w*|aplica\w*|acepta\w*|applica\w*|accetta\w*|aceit\w*)",
    # the PO set a share away from the quote: "PO will be 10% under the quote", "5 % unter dem
    # Angebot", "un 10 % por debajo de la oferta", "10% abaixo da proposta"
    # (or an amount: "EUR 2,000 under the quote", "2.000 € unter dem Angebot")
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|pct|percent|prozent|pour\s*cent|por\s+ciento|per\s+cento|procent"
    r"|por\s+cento)|\d[\d.,']*\s*(?:eur|euros?|usd|gbp|chf|dollars?|pounds?|€|\$|£)"
    r"|(?:eur|usd|gbp|chf|€|\$|£)\s*\d[\d.,']*|\d{1,3}(?:[.,']\d{3})+)"
    r"\s+(?:under|below|over|above|less\s+than|more\s+than|lower\s+than|higher\s+than|unter|uber|weniger"
    r"\s+als|mehr\s+als|sous|au-dessous\s+d\w*|en\s+dessous\s+d\w*|au-dessus\s+d\w*|de\s+moins\s+que"
    r"|por\s+debajo\s+de|por\s+encima\s+de|menos\s+que|sotto|in\s+meno\s+rispetto\s+a\w*|sopra"
    r"|onder|boven|lager\s+dan|hoger\s+dan|abaixo\s+d\w*|acima\s+d\w*)\s+(?:the\s+|dem\s+|le\s+|la\s+"
    r"|el\s+|il\s+|l'|de\s+|het\s+|o\s+|a\s+|our\s+|your\s+|unser\w*\s+|ihr\w*\s+)?(?:quote\w*|offer\w*"
    r"|angebot\w*|devis|oferta|presupuesto|offerta|preventivo|offerte|proposta|cotacao|orcamento|amount"
    r"|betrag|montant|importe|importo|bedrag|valor)",
    r"(?:price|pricing)\s+(?:adjustment|reduction|decrease|change|correction|review)|preis(?:anpassung"
    r"|senkung|reduzierung|korrektur|anderung)\w*|(?:ajustement|baisse|reduction|revision|modification)"
    r"\s+(?:du|des|de\s+nos|de)\s+(?:prix|tarifs?)|(?:ajuste|rebaja|reduccion|revision|modificacion)\s+"
    r"(?:del?|de\s+los)\s+(?:precios?|tarifas?)|(?:adeguamento|riduzione|revisione|modifica)\s+(?:del|dei)"
    r"\s+(?:prezzo|prezzi)|prijs(?:aanpassing|verlaging|correctie|wijziging)\w*|(?:ajuste|reducao|revisao"
    r"|alteracao)\s+(?:do|dos|de)\s+(?:preco|precos)",
    r"flexib\w*\s+(?:on|in|with|around|bei|sur|en|sul|in|no)\s+(?:the\s+|dem\s+|le\s+|el\s+|il\s+|de\s+"
    r"|o\s+)?(?:[\w-]+\s+)?(?:price|pricing|rates?|costs?|fees?|preis\w*|prix|precio|prezzo|prijs|preco)"
    r"|spielraum\s+(?:beim|bei\s+den?)\s+preis\w*|marge\s+de\s+manoeuvre\s+sur\s+le\s+prix",
    r"(?:wrong|incorrect|inaccurate|outdated|old)\s+(?:unit\s+|list\s+|seat\s+)?(?:price|pricing|rates?)",
    r"(?:amend|fix)\w*\s+(?:the\s+)?(?:unit\s+|list\s+)?(?:price|pricing)",
    r"(?:months?|seats?|licen[cs]es?|users?|weeks?)\s+(?:for\s+)?free\b",
    r"(?:lower|reduce|revise|renegotiate|adjust|beat|correct|reconsider)\w*\s+(?:[\w'-]+\s+){0,3}"
    r"(?:price|pricing|rates?|fees?|quote)",
    r"match\w*\s+(?:the\s+|a\s+)?(?:competitor|competition|other\s+offer|their|another)",
    r"(?:price|pricing|rates?|fees?|cost|preis\w*|prix|tarif\w*|precio\w*|prezz\w*|prijs\w*|preco\w*"
    r"|\w*preis)(?:\s+[\w'-]+){0,8}\s+(?:too\s+high|zu\s+hoch|trop\s+\w*|demasiado\s+\w+|troppo\s+\w+"
    r"|te\s+hoog|muito\s+\w+|acima\s+do\s+orcamento|above\s+(?:our\s+)?budget|over\s+(?:our\s+)?budget"
    r"|uber\s+(?:dem|unserem)\s+budget|au-dessus\s+du\s+budget|por\s+encima\s+del\s+presupuesto"
    r"|sopra\s+il\s+budget|boven\s+(?:het|ons)\s+budget)",
    r"(?:price|pricing|rates?|fees?|preis\w*|prix|tarif\w*|precio\w*|prezz\w*|prijs\w*|preco\w*"
    r"|\w*preis)(?:\s+[\w'-]+){0,8}\s+(?:(?:be|been|get)\s+(?:adjusted|corrected|revised|lowered"
    r"|reduced|changed)|anpass\w*|korrigier\w*"
    r"|senk\w*|revu\w*|rectifi\w*|corrig\w*|revis\w*|ajust\w*|correg\w*|rivist\w*|corrett\w*|aanpass\w*"
    r"|verlaag\w*|herzien|corrigi\w*|revist\w*|rever)",
    r"(?:price|preis\w*|prix|precio\w*|prezz\w*|prijs\w*|preco\w*|\w*preis)(?:\s+[\w'-]+){0,5}\s+(?:should"
    r"|sollte|devrait|deberia|dovrebbe|zou\s+moeten|deveria|must|muss|doit|debe|deve|moet)\s+(?:be\s+|sein\s+"
    r"|etre\s+|ser\s+|essere\s+|zijn\s+)?(?:de\s+|di\s+)?(?:[$€£]\s*)?\d+",
    r"(?:last\s+year'?s?|previous|old)\s+(?:price|pricing|rate)|vorjahrespreis\w*|prix\s+de\s+l'an"
    r"\s+dernier|precio\s+del\s+ano\s+pasado|prezzo\s+dell'anno\s+scorso|prijs\s+van\s+vorig\s+jaar"
    r"|preco\s+do\s+ano\s+passado",
    r"(?:price|pricing|rates?|fees?|quote|cost)\w*\s+(?:[\w'-]+\s+){0,4}(?:too\s+high|higher\s+than"
    r"|more\s+than\s+(?:agreed|quoted|budgeted)|wrong|incorrect|above\s+budget|over\s+budget)",
    r"(?:better|lower|best|reduced|cheaper|special)\s+(?:price|pricing|rate|offer|deal)",
    r"(?:preis\w*|kosten)\s+(?:[\w'-]+\s+){0,4}(?:senken|reduzieren|anpassen|nachverhandeln|zu\s+hoch"
    r"|uberdenken)|(?:gunstiger\w*|besser\w*|niedriger\w*)\s+(?:preis|angebot|konditionen)|zu\s+teuer",
    r"(?:baisser|reduire|revoir|renegocier|ajuster|diminuer)\s+(?:[\w'-]+\s+){0,3}(?:prix|tarifs?|devis)"
    r"|(?:prix|tarif)\w*\s+(?:[\w'-]+\s+){0,3}trop\s+(?:eleve|cher)|meilleur\s+(?:prix|tarif)|trop\s+cher",
    r"(?:bajar|reducir|revisar|renegociar|ajustar|mejorar|rebajar)\s+(?:[\w'-]+\s+){0,3}(?:precio|tarifa"
    r"|presupuesto|oferta|importe)|(?:precio|tarifa|importe)\w*\s+(?:[\w'-]+\s+){0,3}(?:demasiado|muy)"
    r"\s+alt\w*|mejor\s+precio|precio\s+mas\s+bajo",
    r"(?:ridurre|abbassare|rivedere|rinegoziare|ritoccare|migliorare)\s+(?:[\w'-]+\s+){0,3}(?:prezzo"
    r"|tariffa|offerta|preventivo)|prezzo\s+(?:[\w'-]+\s+){0,3}(?:troppo\s+alto|elevato)|prezzo\s+migliore",
    r"(?:verlagen|verminderen|heronderhandelen|aanpassen|herzien)\s+(?:[\w'-]+\s+){0,3}(?:prijs|tarief"
    r"|offerte)|prijs\w*\s+(?:[\w'-]+\s+){0,3}te\s+hoog|(?:betere|lagere|scherpere)\s+prijs",
    r"(?:reduzir|baixar|rever|renegociar|ajustar|melhorar)\s+(?:[\w'-]+\s+){0,3}(?:preco|valor|tarifa"
    r"|proposta|orcamento)|preco\s+(?:[\w'-]+\s+){0,3}(?:muito|bastante)\s+alto|melhor\s+preco",
    r"(?:revised|updated|new|amended|adjusted|fresh)\s+(?:quote|quotation|proposal|offer|pricing)"
    r"|(?:neue\w*|aktualisierte\w*|uberarbeitete\w*|angepasste\w*)\s+angebot|nouvelle?\s+(?:offre"
    r"|proposition)|devis\s+(?:revise|mis\s+a\s+jour|modifie)|(?:nueva|otra)\s+(?:oferta|cotizacion"
    r"|propuesta)|(?:oferta|cotizacion|presupuesto)\s+(?:actualizad|revisad|nuev)\w*|(?:nuova|altra)"
    r"\s+offerta|offerta\s+(?:aggiornata|rivista|nuova)|preventivo\s+(?:aggiornato|rivisto)"
    r"|(?:nieuwe|aangepaste|herziene)\s+offerte|(?:nova|outra)\s+(?:proposta|cotacao)|(?:proposta"
    r"|cotacao|orcamento)\s+(?:atualizad|revisad|nov)\w*",
    r"(?:absorb|take\s+on|cover|eat)\w*\s+(?:[\w'-]+\s+){0,2}(?:difference|gap|shortfall)|differenz"
    r"\w*\s+(?:[\w'-]+\s+){0,3}(?:ubernehm|trag)\w*|(?:absorb|prendre\s+en\s+charge)\w*\s+(?:[\w'-]+\s+){0,2}"
    r"(?:difference|ecart)|absorb\w*\s+(?:[\w'-]+\s+){0,2}diferencia|assorb\w*\s+(?:[\w'-]+\s+){0,2}"
    r"differenza|verschil\s+(?:[\w'-]+\s+){0,3}(?:opvangen|dragen)|absorv\w*\s+(?:[\w'-]+\s+){0,2}diferenca"
    r"|meet\s+us\s+at|match\s+(?:our|this)\s+budget|within\s+our\s+budget\s+of",
    r"(?:extend|verlanger|prolong|prorrog|estend|verleng|amplia)\w*\s+(?:[\w'-]+\s+){0,4}(?:validity"
    r"|gultigkeit|bindefrist|validite|validez|validita|geldigheid\w*|validade|geldigkeit)",
    r"(?:confirm|hold|lock|guarantee|honou?r|keep|bestatig|halt|garantier|confirm|mainten|maintien"
    r"|garant|mant[ei]n|conferm|bevestig|aanhoud|garandeer|manter)\w*\s+(?:[\w'-]+\s+){0,5}(?:the\s+)?"
    r"(?:quoted\s+|current\s+|angebotenen\s+)?(?:prices?|pricing|preise\w*|prix|tarifs?|precios"
    r"|prezzi|prijzen|precos|konditionen)(?:\s+[\w'-]+){0,4}\s+(?:until|till|through|bis|jusqu|hasta"
    r"|fino|tot|ate|for\s+another|in\s+writing|schriftlich|par\s+ecrit|por\s+escrito|per\s+iscritto"
    r"|schriftelijk)",
    r"(?:validity|gultigkeit|bindefrist|validite|validez|validita|geldigheid\w*|validade"
    r"|preise|prices|prix|precios|prezzi|prijzen|precos)(?:\s+[\w'-]+){0,8}\s+(?:zu\s+)?(?:verlangern"
    r"|bestatigen|garantieren|halten|extend|prolonger|confirmer|garantir|ampliar|confirmar"
    r"|prorrogare|confermare|verlengen|bevestigen|prorrogar)\b",
    r"credit\s+note|refund|gutschrift|ruckerstattung|avoir|rembourse\w*|abono|reembols\w*|nota\s+di"
    r"\s+credito|rimbors\w*|creditnota|terugbetal\w*|nota\s+de\s+credito|reembols\w*|devoluc\w*",
    r"free\s+(?:months?|seats?|licen[cs]es?|users?|training|onboarding|implementation|upgrade)"
    r"|(?:monat\w*|lizenz\w*|nutzer\w*|schulung\w*|mois|licences?|formation|mes(?:es)?|licencias?"
    r"|formacion|mes[ei]|licenz\w*|formazione|maand\w*|licenties?|training|meses|licencas?"
    r"|treinamento)\s+(?:[\w'-]+\s+)?(?:kostenlos|gratis|gratuit\w*|offert\w*|in\s+omaggio|kosteloos)",
)
# A bare day count asked of us: "can u do 60d?", "könnt ihr 60 Tage?", "podéis hacer 90 días?".
# On a PO thread a number of days we are asked to "do" or accept is a payment term.
ASKED_DAYS = family(
    rf"(?:can|could|would|will)\s+(?:u|you|ya|y'all)\s+(?:do|go\s+to|go|accept|offer|give\s+us|agree\s+to)"
    rf"\s+\d{{2,3}}\s*{_DAYS}",
    rf"(?:konnt|konnen|konntet|konnten)\s+(?:ihr|sie)\s+(?:auch\s+)?(?:\S+\s+)?\d{{2,3}}\s*{_DAYS}",
    rf"(?:pouvez|pourriez|peux|pourrais)[\s-]+(?:vous|tu)\s+(?:faire|accepter|aller\s+a)\s+\d{{2,3}}\s*{_DAYS}",
    rf"(?:podeis|podrian|pueden|podrias|puedes|podem|poderiam|podes)\s+(?:hacer|aceptar|dar|fazer|aceitar"
    rf"|dar-nos)\s+\d{{2,3}}\s*{_DAYS}",
    rf"(?:potete|potreste|puoi|potresti)\s+(?:fare|accettare|darci|concederci)\s+\d{{2,3}}\s*{_DAYS}",
    rf"(?:kunnen|kunt|kun)\s+(?:jullie|u|je)\s+(?:\S+\s+)?\d{{2,3}}\s*{_DAYS}",
)
