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
    r"(?:zahlbar|payable|pagadero|pagabile|betaalbaar|pagavel)\s+(?:[\w'-]+\s+){0,4}\d{1,3}",
    r"zahlungsziel\w*\s+(?:[\w'-]+\s+){0,3}\d{1,3}|skonto|early\s+payment\s+discount|escompte"
    r"|pronto\s+pago|sconto\s+(?:per\s+)?pagamento|betalingskorting|desconto\s+(?:por\s+)?pagamento",
    r"payment\s+run|zahlungslauf|run\s+de\s+paiement|corrida\s+de\s+pagos?|ciclo\s+di\s+pagament\w*"
    r"|betaalrun|ciclo\s+de\s+pagamentos?",
    rf"(?:\+|plus)\s*\d{{1,3}}\s*{_DAYS}|lobende\s+maned|lopande\s+manad|current\s+month\s+plus",
    r"(?:end\s+of\s+(?:the\s+)?month|eom|monatsende|fin\s+de\s+mois|fin\s+de\s+mes|fine\s+mese"
    r"|einde\s+van\s+de\s+maand|fim\s+do\s+mes)",
    # a schedule of instalments: "12 mensualidades a partir de mayo", "Zahlungsplan"
    r"\d+\s+(?:mensualidades|mensalidades|monthly\s+instal\w*|monatsraten|mensualites|rate\s+mensili"
    r"|maandelijkse\s+termijnen|parcelas\s+mensais|pagos\s+mensuales|monthly\s+payments)"
    r"|calendario\s+de\s+pagos?|payment\s+schedule|zahlungsplan\w*|echeancier|piano\s+(?:di\s+)?pagament\w*"
    r"|betalingsschema|plano\s+de\s+pagamento|cronograma\s+de\s+pagos?",
)
# Payment tied to an event: "payment on acceptance", "Zahlung nach Abnahme".
PAYMENT_ON_EVENT = family(
    r"(?:pay\w*|zahl\w*|paiement|payer|reglement|pago\w*|pagar\w*|pagament\w*|pagare|betal\w*|invoic\w*"
    r"|bill\w*|factur\w*|fattur\w*|gefactureerd|fatur\w*|rechnung\w*|abgerechnet"
    r"|pagamento\w*|pagar)\s+(?:[\w-]+\s+){0,5}(?:on|upon|after|following|at|nach|bei|a\s+la|au"
    r"|apres|des|tras|despues\s+de|contra|a|dopo|alla|al|dall'|dal|na|bij|apos|mediante|no|ao|once|when"
    r"|wenn|sobald"
    r"|nachdem|lorsque|une\s+fois|cuando|una\s+vez|quando|appena|zodra|wanneer|assim\s+que|depois\s+que)"
    r"\s+(?:[\w-]+\s+)"
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
# A subscription's dates: start, first invoice, term, renewal.
START_DATE = words(
    r"""
    (?:subscription|contract|term|licen[cs]e\w*|service|billing|invoic\w*|renewal|anualidad
    |abonnement|abono|suscripcion|contrato|licencias?|vertrag|lizenz\w*|laufzeit|abbonamento
    |contratto|licenz\w*|licenties?|assinatura|licencas?|periodo|period|\w*periode|looptijd
    |\w*contract|\w*vertrag|\w*abonnement|zeitraum)(?:[\s(),]+[\w'-]+){0,5}[\s(),]+(?:start\w*
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
    """
)
TERM_LENGTH = family(
    r"(?:limit|cap|restrict|begrenz|beschrank|limit|plafonn|restreindr|limita|restring|beperk)\w*\s+"
    r"(?:[\w'-]+\s+){0,5}(?:contracts?|terms?|commitments?|vertrag\w*|laufzeit\w*|contrat\w*|contrato\w*"
    r"|contratt\w*|contract\w*|engagements?)\s+(?:[\w'-]+\s+){0,3}(?:to|at|auf|a|à|naar|para|em)\s+"
    r"(?:a\s+maximum\s+of\s+|max\w*\s+)?\d+\s*-?\s*(?:months?|years?|monate?n?|jahre?n?|mois|ans?|meses"
    r"|anos|mesi|anni|maanden|jaar)",
    r"(?:term|laufzeit|vertragslaufzeit|duree|duracion|durata|looptijd|duracao|prazo|contract|vertrag"
    r"|contrat|contrato|contratto|abonnement|subscription)\w*(?:\s+[\w'-]+){0,8}\s+(?:zu\s+|te\s+)?"
    r"(?:verlanger\w*|verkurz\w*|andern|anpass\w*|extend\w*|shorten\w*|prolong\w*|raccourc\w*"
    r"|ampli\w*|acort\w*|prorrog\w*|accorci\w*|estend\w*|verleng\w*|verkort\w*|encurt\w*|reduz\w*"
    r"|reduc\w*|ridur\w*)",
    r"(?:term|contract|subscription|commitment|laufzeit|vertragslaufzeit|duree|engagement|duracion"
    r"|permanencia|durata|looptijd|duracao|vigencia|prazo)\w*\s+(?:[\w'-]+\s+){0,5}(?:\d+|one|two|three"
    r"|five|ein\w*|zwei|drei|funf|un|une|deux|trois|cinq|uno|una|dos|tres|cinco|due|tre|cinque|een"
    r"|twee|drie|vijf|um|uma|dois|duas)\s*-?\s*(?:months?"
    r"|years?|monate?n?|jahre?n?|mois|ans?|meses|anos|mesi|anni|maanden|jaar|jaren|manader|ar)",
    r"\d+\s*-?\s*(?:months?|years?|monate?n?|jahre?n?|mois|ans?|meses|anos|mesi|anni|maanden|jaar"
    r"|jaren)\s+(?:[\w'-]+\s+){0,3}(?:instead|rather|statt|anstatt|au\s+lieu|en\s+lugar|en\s+vez"
    r"|invece|in\s+plaats|em\s+vez|ao\s+inves)",
    r"(?:extend|shorten|reduce|change|verlanger|verkurz|andern|prolong|raccourc|reduire|modifier"
    r"|ampli|acort|reduc|modific|prorrog|estend|ridu|accorci|verleng|verkort|wijzig|estend|encurt"
    r"|reduz|alter)\w*\s+(?:[\w'-]+\s+){0,6}(?:term|laufzeit|duree|duracion|durata|looptijd|duracao"
    r"|prazo|contract|vertrag|contrat|contrato|contratto|abonnement|subscription)",
    r"(?:extend|shorten|reduc|chang)\w*\s+(?:[\w'-]+\s+){0,6}(?:commitment|agreement)\w*\s+(?:[\w'-]+\s+)"
    r"{0,3}\d+[\s-]*(?:months?|years?)|(?:commitment|agreement)\s+(?:be\s+)?(?:shortened|extended"
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
    r"(?:align|coincide|match|synchroni[sz]e)\w*\s+(?:[\w'-]+\s+){0,6}(?:renewal|end\s+date"
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
    r"|ordine|factuur|bestelling|fatura\w*|encomenda)\w*\s+(?:[\w'-]+\s+){0,3}(?:split|aufgeteilt|reparti\w*"
    r"|dividid\w*|divis[oa]|ripartit\w*|gesplitst|verdeeld|dividid\w*)",
    r"split\w*\s+(?:\d+\s*/\s*\d+|evenly|equally|50-50|in\s+half)|split\w*\b[^.?!\n]{0,40}\bbetween\b",
    r"(?:in|en|em|a)\s+(?:two|three|four|\d|zwei|drei|vier|deux|trois|dos|tres|due|tre|twee|drie|dois"
    r"|duas|tres)\s+(?:tranches?|batches|installments?|stages|phases|parts|teile\w*|etappen|etapas"
    r"|fasi|partes|parti|delen|fases)",
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
