"""Words of procurement mail, for the classifier's detectors (folded text).

What customers write when they change or condition a deal — their own purchase terms,
payment terms stated as policy, a moved start date, a condition on the PO, a request for a
delivery date — and the markers that say a mention changes nothing ("as quoted").
"""

from __future__ import annotations

import re

from agent.lexicon.nouns import family, words

# The customer's own purchase terms (never the MSA or order form we signed together).
BUYER_TERMS = words(
    r"""
    (?:terms|conditions|t\s?&\s?cs?)(?:\s+and\s+conditions)?\s+of\s+(?:purchase|procurement)
    purchas\w*\s+(?:terms|conditions|t\s?&\s?cs?) procurement\s+(?:terms|conditions)
    (?:po|purchase\s+order)\s+(?:terms|conditions|t\s?&\s?cs?)
    (?:terms|conditions)(?:\s+and\s+conditions)?\s+for\s+the\s+(?:supply|provision|purchas\w*)
    (?:(?:nuestr\w*|our|unsere\w*|nos|nostre|onze|noss\w*|las|the|die|les|le|de|as)\s+[a-z&]{2,4}
    \s+(?:de|of|di|van|der)\s+(?:compra|purchase|acquisto|inkoop|achat|einkauf))
    bedingungen\s+fur\s+die\s+(?:lieferung|beschaffung|erbringung) conditions\s+de\s+fourniture
    condiciones\s+de\s+suministro condizioni\s+di\s+fornitura condicoes\s+de\s+fornecimento
    (?:our|standard|general)\s+(?:standard\s+|general\s+)?(?:terms|conditions|t\s?&\s?cs?)
    terms\s+(?:and\s+conditions\s+)?(?:printed|stated|attached|referenced|linked|set\s+out
    |shown) (?:reverse|back)\s+(?:side\s+)?of\s+(?:the|this|our)\s+(?:po|purchase\s+order|order)
    \w*einkaufsbedingungen \w*bestellbedingungen aebs? agbs? allgemeine\w*\s+\w*bedingungen
    unsere\w*\s+(?:[\w'-]+\s+)?(?:bedingungen|agb|konditionen)
    conditions\s+generales\s+d'achat\w* conditions\s+d'achat cga cgv nos\s+(?:conditions|cga)
    conditions\s+generales condiciones\s+(?:generales\s+)?de\s+(?:compra|contratacion)
    nuestras\s+condiciones terminos\s+y\s+condiciones
    condizioni\s+(?:generali\s+)?(?:d'acquisto|di\s+acquisto|di\s+fornitura) nostre\s+condizioni
    termini\s+e\s+condizioni \w*inkoopvoorwaarden algemene\s+\w*voorwaarden
    onze\s+(?:[\w'-]+\s+)?voorwaarden condicoes\s+(?:gerais\s+)?de\s+(?:compra|fornecimento)
    nossas\s+condicoes termos\s+e\s+condicoes inkopsvillkor\w* indkobsbetingelser
    warunki\s+zakupu obchodni\s+podminky nakupni\s+podminky
    terms\s+(?:on|of|in)\s+(?:the|our|this)\s+(?:po|purchase\s+order|order)
    """
)
# ...that govern: "apply", "prevail", "incorporated by reference", "gelten ausschließlich".
GOVERNS = words(
    r"""
    appl(?:y|ies|ied) govern\w* prevail\w* supersed\w* take\s+precedence precedence override\w*
    incorporat\w* placed\s+under issued\s+under form\s+part\s+of forms\s+part\s+of
    by\s+reference subject\s+to binding deemed
    gelten gilt vorrang\w* massgeblich\w* ausschliesslich bestandteil zugrunde vorbehaltlich
    s'appliqu\w* appliqu\w* prevalent prevaut prevaudr\w* prevaloir font\s+partie regissent regiront
    sous\s+reserve aplican aplicaran aplicaran aplicara se\s+aplica\w* prevalec\w* rigen regiran
    forman\s+parte sujet[oa]s?\s+a applicano applicher\w* prevalg\w* prevarr\w* fanno\s+parte
    regolano soggett[oaie]\s+a van\s+toepassing gelden\s+(?:uitsluitend|onze) prevaleren
    maken\s+deel\s+uit onderworpen aplicam-se aplicar-se-ao aplicam prevalecem fazem\s+parte
    regem sujeit[oa]s?\s+a galler gaelder obowiazuj\w* plati vertragsbestandteil\w* rangfolge
    order\s+of\s+precedence ordre\s+de\s+priorite orden\s+de\s+prelacion
    ordine\s+di\s+prevalenza rangorde ordem\s+de\s+precedencia
    """
)
# Acceptance by performance: delivering or starting work accepts the customer's terms.
_THEN = r"(?:,?\s+[\w'-]+){0,8},?\s+"  # "l'esecuzione dell'ordine, anche parziale, ne costituisce"
BY_PERFORMANCE = family(
    r"(?:deliver\w*|performance|perform\w*|shipment|ship\w*|execution|start\w*|provision\w*"
    r"|acknowledg\w*|fulfil\w*|commencement)" + _THEN + r"(?:constitut\w*|deemed|implies|means"
    r"|shall\s+(?:mean|be)|considered|signif\w*)(?:\s+[\w'-]+){0,3}\s+accept\w*",
    r"by\s+(?:delivering|accepting|acknowledging|performing|shipping|starting|commencing|providing"
    r"|fulfilling|invoicing)[\s\w,]{0,80}?\b(?:you|supplier|vendor|seller|contractor)\s+(?:agree|accept)\w*",
    r"(?:lieferung|leistung\w*|ausfuhrung|annahme|beginn)" + _THEN + r"(?:gilt|gelten|bedeutet)"
    r"(?:\s+[\w'-]+){0,4}\s+(?:annahme|anerkennung|einverstandnis|akzept\w*|als\s+angenommen)",
    r"mit\s+(?:der\s+|dem\s+)?(?:lieferung|leistungserbringung|ausfuhrung|annahme|beginn)\w*"
    + _THEN
    + r"(?:akzeptier\w*|erkenn\w*|anerkenn\w*|einverstanden|gelten)",
    r"(?:livraison|execution|prestation|demarrage|commencement)" + _THEN + r"(?:vaut|vaudra"
    r"|emporte|implique|signifie|constitue)(?:\s+[\w'-]+){0,3}\s+(?:acceptation|adhesion)",
    r"(?:entrega|ejecucion|prestacion|inicio|suministro)" + _THEN + r"(?:implica|implicara"
    r"|supone|supondra|constituye|significa)(?:\s+[\w'-]+){0,3}\s+(?:la\s+)?aceptacion",
    r"(?:consegna|esecuzione|fornitura|prestazione|avvio)" + _THEN + r"(?:costituisce|implica"
    r"|vale|varra|comporta|significa)(?:\s+[\w'-]+){0,3}\s+accettazione",
    r"(?:levering|uitvoering|aanvang|start)" + _THEN + r"(?:geldt|betekent|houdt\s+in|impliceert)"
    r"(?:\s+[\w'-]+){0,3}\s+(?:aanvaarding|acceptatie|instemming)",
    r"(?:entrega|execucao|prestacao|inicio|fornecimento)" + _THEN + r"(?:implica|implicara"
    r"|constitui|significa|vale)(?:\s+[\w'-]+){0,3}\s+(?:a\s+)?aceitacao",
)
# A mention that changes nothing: "as quoted", "wie vereinbart", "conforme a oferta".
AS_AGREED = words(
    r"""
    as\s+(?:per\s+|in\s+|on\s+)?(?:the\s+|your\s+|our\s+)?(?:quoted?|contracted|msa|order\s+form
    |proposal|offer|quotation|contract)
    per\s+(?:the\s+|your\s+|our\s+)?(?:quote|contract|msa|order\s+form|agreement|proposal
    |quotation)
    (?:no|pelo|al|au|zum|tegen\s+de|at\s+the)\s+(?:valor|precio|importe|montant|prix|angebotenen
    |geoffreerde|quoted|prezzo)\s+(?:proposto|ofertado|presupuestado|du\s+devis|offert[oa]
    |preis|prijs|price|amount|value|cotado)
    (?<!pct\s)(?<!\d\s)(?<!\d)(?<!below\s)under\s+(?:the\s+|your\s+|our\s+)?(?:quote|quotation
    |proposal|offer|q-?\d[\w-]*)
    (?:im\s+rahmen\s+des|dans\s+le\s+cadre\s+du|en\s+el\s+marco\s+de\s+la|nell'ambito\s+dell'
    |in\s+het\s+kader\s+van\s+de|no\s+ambito\s+da)\s*(?:angebots?|devis|oferta|offerta|offerte
    |proposta)
    (?:in\s+line|consistent)\s+with\s+(?:the\s+|your\s+)?(?:quote|contract|agreement|msa
    |order\s+form) according\s+to\s+(?:the\s+|your\s+)?(?:quote|contract|agreement|msa)
    (?:remain|remains|stay|stays)\s+(?:the\s+same|unchanged|as\s+(?:is|quoted|agreed|before))
    unchanged no\s+change\w* not\s+chang\w* nothing\s+chang\w*
    (?:as\s+(?:set\s+out|stated|specified|listed|given|shown|indicated|laid\s+(?:down|out)|defined
    |detailed|quoted)\s+(?:in|on|by)\s+(?:the\s+|your\s+)?(?:quote|quotation|proposal|offer))
    (?:zoals\s+(?:vermeld\w*|aangegeven|opgenomen|vastgelegd|genoemd|beschreven|staat)?\s*in\s+(?:de
    |uw)\s+offerte(?:\s+(?:vermeld\w*|aangegeven|opgenomen|vastgelegd|genoemd|beschreven|staat))?)
    (?:wie\s+(?:in|im)\s+(?:ihrem\s+)?angebot\s+(?:angegeben|aufgefuhrt|genannt|festgelegt
    |beschrieben|ausgewiesen))
    (?:como\s+(?:se\s+indica|figura|consta|se\s+establece|se\s+detalla|aparece)\s+en\s+(?:su\s+|la\s+)?
    (?:oferta|cotizacion|presupuesto))
    (?:comme\s+(?:indique|prevu|stipule|precise|specifie|detaille|figurant)e?s?\s+(?:dans|a|au)\s+
    (?:le\s+|votre\s+|la\s+)?(?:devis|offre|proposition))
    (?:come\s+(?:indicat|riportat|previst|specificat|stabilit)[oaie]\s+(?:nella|nel|in)\s+(?:vostra\s+
    |vs\.?\s+)?(?:offerta|preventivo))
    (?:(?:como|conforme)\s+(?:indicad[oa]s?|previst[oa]s?|consta|estabelecid[oa]s?|especificad[oa]s?)
    \s+(?:na|no|em)\s+(?:sua\s+)?(?:proposta|cotacao|orcamento))
    (?:(?:como|come|comme)\s+(?:na|no|en\s+la|en\s+el|en|nella|nel|da|dans\s+(?:le|la|votre))\s+
    (?:sua\s+|su\s+|vostra\s+)?(?:proposta|cotacao|orcamento|oferta|cotizacion|presupuesto|offerta
    |preventivo|devis|offre))
    (?:(?:segun|secondo|segundo|volgens|selon|conforme(?:\s+a)?|de\s+acuerdo\s+con)\s+(?:[\w']+\s+){0,2}
    (?:oferta|cotizacion|presupuesto|offerta|preventivo|proposta|orcamento|offerte|devis|offre))
    wie\s+(?:[\w'-]+\s+)?(?:angeboten|im\s+angebot|im\s+vertrag|bisher|gehabt)
    gemass\s+(?:[\w'-]+\s+)?(?:angebot|vertrag) laut\s+(?:[\w'-]+\s+)?(?:angebot|vertrag)
    (?:lt|gem)\.?\s+(?:[\w'-]+\s+)?(?:angebot|vertrag) entspr\w*\s+(?:[\w'-]+\s+){0,2}angebot
    keine\s+anderung\w* anderungen\s+(?:\w+\s+){0,2}keine
    (?:riportat\w*|indicat\w*|previst\w*|contenut\w*)\s+(?:nella|nel|in|dalla)\s+(?:vs\.?\s+|vostra\s+
    |nostra\s+)?(?:offerta|preventivo) nessuna\s+(?:variazione|modifica) senza\s+variazion\w*
    zgodnie\s+z\s+(?:ofert\w*|umow\w*) bez\s+zmian
    enligt\s+(?:er\s+|var\s+)?(?:offert\w*|avtal\w*) som\s+i\s+(?:offert\w*|tilbud\w*)
    i\s+henhold\s+til\s+(?:\w+\s+)?tilbud\w* ifolge\s+(?:\w+\s+)?tilbud\w*
    ingen\s+(?:andring\w*|aendring\w*)
    oforandrad\w* uaendre\w* dle\s+(?:\w+\s+)?(?:nabidk\w*|smlouv\w*) beze\s+zmen\w*
    unverandert bleib\w*\s+(?:[\w'-]+\s+)?(?:gleich|unverandert|bestehen|wie\s+\w+)
    comme\s+(?:[\w'-]+\s+)?(?:indique|prevu)\s+(?:dans|au)\s+(?:le\s+|notre\s+
    |votre\s+)?(?:devis|contrat|offre)
    conformement\s+(?:au|a\s+la|aux)\s+(?:devis|contrat|offre)
    selon\s+(?:le|votre|notre)\s+(?:devis|contrat|offre) inchange\w* sans\s+changement
    segun\s+(?:la\s+|el\s+|lo\s+)?(?:presupuesto|oferta|contrato|cotizacion)
    conforme\s+(?:a\s+)?(?:la\s+oferta|el\s+presupuesto|el\s+contrato|a\s+proposta|o\s+orcamento
    |o\s+contrato|a\s+cotacao) sin\s+cambios? mismas?\s+condiciones
    come\s+(?:da\s+)?(?:offerta|preventivo|contratto)
    secondo\s+(?:l'|il\s+|la\s+)?(?:offerta|preventivo|contratto) invariat\w* senza\s+modifiche
    zoals\s+(?:[\w'-]+\s+)?(?:offerte|geoffreerd|overeenkomst)
    volgens\s+(?:de\s+)?(?:offerte|contract|overeenkomst) ongewijzigd
    de\s+acordo\s+com\s+(?:a\s+|o\s+)?(?:proposta|orcamento|contrato|cotacao)
    sem\s+(?:alteracao|alteracoes|mudanca) mesmas\s+condicoes
    (?:request|demande|anfrage|wunsch|solicitud|peticion|richiesta|verzoek|pedido
    |solicitacao)(?:\s+[\w-]+){0,10}\s+(?:is\s+|est\s+|ist\s+|queda\s+|e\s+|is\s+
    |fica\s+)?(?:abandon\w*|withdrawn|dropped|retir\w*|zuruckgezogen|hinfallig|ingetrokken
    |vervalt|ritirat\w*|desistimos|no\s+longer\s+(?:needed|applies)) no\s+hay\s+cambios
    ningun\s+cambio nessuna\s+modifica keine\s+anderung\w* aucun\s+changement
    geen\s+wijziging\w* nenhuma\s+alteracao nada\s+cambia nulla\s+cambia
    (?:quella|quello)\s+(?:dell'offerta|del\s+preventivo) (?:la|lo)\s+de\s+la\s+oferta
    celle\s+du\s+devis die\s+des\s+angebots die\s+van\s+de\s+offerte a\s+da\s+proposta
    that\s+of\s+the\s+quote
    (?:sao|son|sont|sono|zijn|sind|are)\s+(?:as|los|las|les|celles|ceux|quell[ei]|die|de
    |the\s+ones)\s+(?:da|de|del|della|van|aus|of|in)\s+(?:\S+\s+)?(?:proposta|oferta|presupuesto
    |offre|devis|offerta|offerte|angebot|quote|proposal) nenhuma\s+alteracao ningun\s+cambio
    aucun\s+changement nessun\s+cambiamento geen\s+wijziging\w* keine\s+anderung\w*
    verandert\s+niets andert\s+sich\s+nichts rien\s+ne\s+change nada\s+(?:cambia|muda)
    prevue?\s+(?:au|dans\s+le)\s+devis previst[oa]\s+(?:nel|dal)\s+preventivo
    prevista\s+en\s+(?:el|la)\s+(?:presupuesto|oferta) prevista\s+na\s+proposta
    """
)
# Asking us for something: a request, a question or a need.
ASK = words(
    r"""
    please kindly could\s+you can\s+you would\s+you will\s+you let\s+(?:us|me)\s+know
    we\s+(?:need|require|expect|must\s+have|are\s+counting)
    (?:need|require|requires|needs)\s+(?:a|an|the|your|you|us) confirm\w* i\s+need
    when\s+(?:will|can|could|do|does|would|should|might) bitte konnten\s+sie konnen\s+sie
    wurden\s+sie benotig\w* brauchen musse?n wir\s+erwarten teilen\s+sie\s+uns wann merci\s+de
    pourriez-vous pouvez-vous veuillez nous\s+avons\s+besoin il\s+nous\s+faut nous\s+devons
    quand pouvez\s+vous por\s+favor podrian podria pueden puede\s+(?:usted|confirmar)
    necesitamos requerimos les\s+agradeceria\w* cuando le\s+ruego per\s+favore potreste potete
    puo\s+confermar\w* abbiamo\s+bisogno ci\s+serve dobbiamo quando vi\s+chiediamo
    vi\s+preghiamo graag kunt\s+u kunnen\s+jullie wilt\s+u zou\s+u we\s+hebben\s+\w*\s*nodig
    wij\s+hebben\s+\w*\s*nodig wanneer moeten\s+we poderiam poderia pode\s+confirmar podem
    precisamos necessitamos agradecemos\s+que quando solicitamos pedimos necesit\w* preciso
    ho\s+bisogno ik\s+heb\s+\w*\s*nodig ich\s+brauche j'ai\s+besoin must musse?n mussen doit
    doivent debe\w* deve\w* devono moet\w* devem make\s+sure sicherstellen assurez-vous
    asegur\w* assicurat\w* zorg\s+(?:ervoor\s+)?dat kan\s+je kun\s+je
    laat\w*\s+(?:ons\s+|me\s+)?weten laissez-moi\s+savoir fammi\s+sapere avisa\w*
    """
)
# Conditions: "only once", "provided that", "subject to", "contingent on".
CONDITION = words(
    r"""
    only\s+(?:once|if|when|after|upon) provided\s+(?:that|you) on\s+condition subject\s+to
    (?:only|nur|seulement|uniquement|solo|solamente|soltanto|alleen|apenas)\s+(?:\w+\s+){1,3}?(?:with|mit
    |avec|con|met|com|mediante|against|gegen|contre|contra|tegen)\s+(?:\w+\s+){0,2}?(?:written|schriftlich\w*
    |ecrit\w*|escrit\w*|scritt\w*|schriftelijk\w*|signed|commitment|garanti\w*|guarantee|compromis\w*
    |confirmation|bestatigung|confirmacion|conferma|bevestiging|confirmacao|zusage)
    contingent conditional\s+(?:on|upon) dependent\s+on depends\s+on once\s+you until\s+you
    unless\s+you as\s+long\s+as
    before\s+we\s+(?:can\s+)?(?:issue|release|sign|approve|send|raise)
    if\s+(?:you|your\s+\w+|[a-z]+)\s+(?:can|could|will|would|agree|accept|confirm)
    one\s+condition conditions?\s*: condicao\s*: condicion\s*: condizione\s*: bedingung\s*:
    voorwaarde\s*: condition\s+(?:from|de|of) on\s+condition mits met\s+de\s+voorwaarde
    sous\s+reserve\s+d\w* purche a\s+patto\s+che con\s+riserva vorausgesetzt\s+dass
    unter\s+(?:der\s+)?vorbehalt
    without\s+(?:this|that|your|such\s+a)\s+(?:confirmation|commitment|guarantee|assurance)
    ohne\s+(?:diese|ihre|eine)\s+(?:zusage|bestatigung|garantie|zusicherung)
    sans\s+(?:cette|votre|un\w*)\s+(?:confirmation|engagement|garantie)
    sin\s+(?:esta|su|esa|una)\s+(?:confirmacion|compromiso|garantia)
    senza\s+(?:questa|la\s+vostra|una)\s+(?:conferma|garanzia|impegno)
    zonder\s+(?:deze|uw|een)\s+(?:bevestiging|toezegging|garantie)
    sem\s+(?:esta|essa|a\s+sua|uma)\s+(?:confirmacao|garantia|compromisso)
    si\s+(?:ustedes|usted|vous|pueden|podeis|pouvez|potete|puo|podem|puder)
    se\s+(?:voces|voce|puderem|potete|riuscite) als\s+(?:jullie|u)\s+(?:kunnen|kunt|akkoord)
    wenn\s+sie\s+(?:uns|das|dem|zustimmen|bestatigen|konnen)
    erst\s+(?:wenn|nachdem|nach|sobald|bei) nur\s+(?:wenn|falls|unter) vorausgesetzt
    unter\s+der\s+(?:voraussetzung|bedingung) vorbehaltlich abhangig\s+von bevor\s+wir
    sous\s+reserve a\s+condition conditionn\w* subordonn\w* qu'apres qu'une\s+fois que\s+si
    avant\s+de\s+(?:pouvoir\s+)?(?:emettre|signer|valider) siempre\s+(?:que|y\s+cuando)
    a\s+condicion con\s+la\s+condicion condicionad\w* sujet[oa]\s+a\s+que
    solo\s+(?:si|cuando|tras|despues|una\s+vez) unicamente\s+(?:si|cuando|tras)
    antes\s+de\s+(?:emitir|firmar|aprobar) a\s+condizione subordinat\w* condizionat\w*
    solo\s+(?:dopo|se|quando|a\s+fronte) previa soltanto\s+(?:dopo|se)
    prima\s+di\s+(?:emettere|firmare|approvare) pas\s+(?:na|als|wanneer|zodra)
    alleen\s+(?:als|indien|wanneer|na) op\s+voorwaarde onder\s+voorwaarde afhankelijk\s+van
    voordat\s+we desde\s+que com\s+a\s+condicao condicionad\w*
    somente\s+(?:apos|depois|quando|se) apenas\s+(?:apos|depois|quando|se)
    so\s+(?:apos|depois|quando) mediante antes\s+de (?:emitirmos|assinarmos|aprovarmos)
    (?:only|erst|nur|seulement|solo|solamente|soltanto|unicamente|alleen|so|apenas
    |somente)[\s,]+(?:\S+[\s,]+){0,3}?(?:after|once|when|if|upon|wenn|nachdem|nach|sobald|apres
    |lorsque|quand|despues|cuando|tras|dopo|quando|zodra|depois|apos)
    pas[\s,]+(?:\S+[\s,]+){0,3}?(?:na|als|zodra|wanneer|nadat)
    (?:without|ohne|sans|sin|senza|zonder|sem)\s+(?:your|the|this|ihre\w*|diese\w*|votre|cette
    |la|su|esta|la\s+vostra|questa|uw|deze|de|a\s+sua|a\s+vossa|vostra
    |vossa)\s+(?:\S+\s+)?(?:signature|firma|unterschrift|handtekening|assinatura|ondertekening
    |accord|akkoord|approval|zustimmung|consent\w*|conferma|confirmacion|bevestiging|confirmacao
    |bestatigung)
    (?:as\s+soon\s+as|once|sobald|des\s+que|en\s+cuanto|appena|zodra|assim\s+que|wenn)\s+(?:you
    |sie|vous|ustedes|usted|ci|voi|u|jullie|voces|nos|me|mir|uns)\s+(?:\S+\s+){0,4}?(?:confirm
    |agree|accept|bestatig|zustimm|acept|conferm|bevestig|akkoord|aceit|grant|gewahr|accord
    |riconosc)\w*
    """
)
# Bank or remit-to details said to have changed: the classic payment-fraud mail.
BANK_CHANGE = words(
    r"""
    chang\w* new updated? different moved switch\w* replac\w* geandert\w* neue\w*
    aktualisiert\w* gewechselt umgestellt nouvel\w* nouveau\w* change\w* modifi\w* remplac\w*
    nuev\w* cambi\w* actualizad\w* sustitu\w* nuov\w* cambiat\w* aggiornat\w* sostitu\w*
    gewijzigd\w* nieuw\w* veranderd\w* vervang\w* alterad\w* nov[oa]s? atualizad\w* mudou
    mudaram substitu\w* andrad\w* aendret\w* zmien\w* zmen\w*
    """
)
# "Please enter your bank details in our portal": onboarding asks for OUR details.
OUR_DETAILS_WANTED = words(
    r"""
    (?:your|ihre|vos|votre|sus?|vostr[aei]|uw|seus?|suas?|deres|jeres|wasze
    |vase)\s+(?:[\w'-]+\s+){0,2}(?:bank|banking|account|bancari\w*|bankverbindung|bankdaten
    |kontodaten|coordonnees|datos|dados|gegevens|konto) supplier\s+portal lieferantenportal
    portail\s+fournisseur portal\s+de\s+proveedores portale\s+fornitori leveranciersportaal
    portal\s+de\s+fornecedores supplier\s+(?:form|profile|questionnaire|master)
    vendor\s+(?:form|master) new\s+supplier\s+form
    (?:on|auf|sur|en|su|op|em)\s+(?:\S+\s+)?(?:letterhead|briefpapier|papier\s+a\s+en-tete
    |papel\s+timbrado|carta\s+intestata|briefhoofd|papel\s+timbrado) lieferantenstamm\w*
    fiche\s+fournisseur formulario\s+de\s+(?:alta|proveedor\w*|cadastro|fornecedor\w*)
    modulo\s+(?:fornitore|anagrafica\w*) leveranciersformulier cadastro\s+de\s+fornecedor\w*
    """
)
# Bank details proper (not "account" in "your SAP Business Network account").
BANK_DETAILS = words(
    r"""
    bank(?:ing)?\s+(?:details|account\w*|information|info|instructions|data|coordinates|letter
    |connection|change|transfer) iban swift bic routing\s+(?:number|no) sort\s+code
    remit(?:-to|tance)?\s+(?:address|details|account|information|to)
    account\s+(?:number|details|no|holder) beneficiary\w* lockbox kontoverbindung\w* bankdaten
    kontonummer\w* bankleitzahl coordonnees\s+bancaires rib domiciliation\s+bancaire
    datos\s+bancarios cuenta\s+bancaria numero\s+de\s+cuenta clabe coordinate\s+bancarie
    conto\s+corrente dati\s+bancari bankgegevens rekeningnummer\w* dados\s+bancarios
    conta\s+bancaria conta\s+corrente nib kontonummer bankkonto\w* numer\s+konta cislo\s+uctu
    payment\s+(?:instructions|details) zahlungsinformationen instructions\s+de\s+paiement
    instrucciones\s+de\s+pago istruzioni\s+di\s+pagamento betaalinstructies
    instrucoes\s+de\s+pagamento bankverbindung\w* bankdaten\w*
    """
)
# A new procurement contact introduced: routine, a reply can acknowledge it.
CONTACT_CHANGE = words(
    r"""
    new\s+(?:procurement|purchasing|buyer|ap|accounts\s+payable)?\s*contact
    (?:use|contact)\s+me\s+(?:as|going)
    i\s+(?:will|'ll)\s+be\s+your\s+(?:new\s+)?(?:contact|buyer)
    (?:have\s+)?(?:picked|taken)\s+(?:up|over) neue\w*\s+ansprechpartner\w* ubernehme\w*
    zustandig\w*\s+(?:ist|bin)\s+(?:ab\s+sofort|nun|jetzt) nouvel\w*\s+interlocut\w*
    nouveau\s+contact reprends\s+le\s+dossier
    nuev[oa]\s+(?:contacto|interlocutor\w*|comprador\w*) me\s+presento
    a\s+partir\s+de\s+hoy\s+(?:yo\s+)?(?:atiendo|llevo) nuov[oa]\s+(?:referente|contatto|buyer)
    nieuwe\s+contactpersoon nieuwe\s+inkoper
    nov[oa]\s+(?:contato|contacto|comprador\w*|responsavel) passo\s+a\s+(?:atender|ser)
    ny\s+kontakt\w*
    (?:contact\w*|ansprechpartner\w*|interlocut\w*|referente|contactpersoon|contato|buyer
    |einkaufer\w*|acheteu\w*|comprador\w*
    |point\s+of\s+contact)(?:\s+[\w'-]+){0,6}\s+(?:from\s+now\s+on|going\s+forward|ab\s+sofort
    |kunftig|desormais|dorenavant|a\s+partir\s+de\s+(?:maintenant|ahora|hoy|agora|hoje)
    |d'ora\s+in\s+(?:poi|avanti)|da\s+ora|vanaf\s+nu|voortaan|is\s+now|will\s+be|sera|sara|wordt
    |sera)
    (?:from\s+now\s+on|ab\s+sofort|a\s+partir\s+de\s+(?:ahora|agora|maintenant)|vanaf\s+nu
    |d'ora\s+in\s+poi)(?:[\s,]+[\w'-]+){0,6}[\s,]+(?:contact\w*|ansprechpartner\w*|interlocut\w*
    |referente|contactpersoon|contato) left\s+the\s+company
    (?:hat|ist)\s+(?:das\s+unternehmen|die\s+firma)\s+verlassen
    a\s+quitte\s+(?:l'entreprise|la\s+societe) (?:ha|han)\s+dejado\s+la\s+empresa
    ha\s+lasciato\s+l'azienda heeft\s+het\s+bedrijf\s+verlaten deixou\s+a\s+empresa
    taking\s+over (?:ich\s+)?ubernehme je\s+remplace sustituyo\s+a sostituisco
    neem\s+(?:[\w'-]+\s+){0,3}over substituo je\s+reprends
    reprend\w*\s+(?:le\s+)?(?:suivi|dossier)
    (?:adress\w*|envoy\w*|send|senden|schick\w*|enviar|envie\w*|inviare|invia\w*|sturen
    |stuur)\s+(?:[\w'-]+\s+){0,4}(?:dorenavant|desormais|from\s+now\s+on|going\s+forward
    |ab\s+sofort|kunftig|a\s+partir\s+de\s+ahora|vanaf\s+nu|d'ora\s+in\s+poi
    |a\s+partir\s+de\s+agora) (?:depart|dapart)\s+a\s+la\s+retraite retire[sd]? retirement
    ruhestand jubilacion pensione pensioen reforma
    """
)
# Asking us, or asking leave: a request or a question with or without its question mark.
ASK_US = re.compile(
    # Asking, not telling: "please", "could you", "können Sie" — never "invoices must cite the
    # PO", which is the customer's rule for its paperwork.
    r"\b(?:please|kindly|could\s+you|can\s+you|would\s+you|will\s+you|let\s+(?:us|me)\s+know"
    r"|bitte|konnten\s+sie|konnen\s+sie|wurden\s+sie|merci\s+de|pourriez-vous|veuillez"
    r"|por\s+favor|podria\w*|pueden|per\s+favore|potreste|potete|graag|kunt\s+u|kunnen\s+jullie"
    r"|wilt\s+u|zou\s+u|poderiam|poderia|pode|podem|gelieve|favor)\b"
    r"|\b(?:can\s+we|could\s+we|may\s+we|konnen\s+wir|koennen\s+wir|konnten\s+wir"
    r"|koennten\s+wir|durfen\s+wir|pouvons-nous|pourrions-nous|pouvez-vous|est-ce\s+qu|on\s+peut"
    r"|podemos|podriamos|nos\s+pod\w+|me\s+pod\w+|possiamo|potremmo|ci\s+pot\w+|mi\s+pot\w+"
    r"|kunnen\s+we|kunnen\s+wij|kan\s+het|mogen\s+we|podemos|poderiamos|consegue\w*"
    r"|conseguem|da\s+(?:para|pra)|lze|muzeme|mozemy|czy\s+moz\w+|kan\s+vi|far\s+vi)\b"
)
# Questions a routine reply can answer: where the order stands, whether it arrived, what is
# still needed, where to send it. (Folded text.)
ROUTINE_QUESTION = words(
    r"""
    receiv\w* arriv\w* status update any\s+news came\s+through gone\s+through anything\s+else
    where\s+(?:\S+\s+){0,4}?stand\w* progress\w* how\s+far
    still\s+need\w* missing where\s+(?:do|should|can)\s+(?:we|i)\s+send erhalten angekommen
    eingegangen stand sachstand noch\s+etwas fehlt\s+noch brauchen\s+sie\s+noch wohin
    recu\w* arrive\w* ou\s+en\s+est\w* manque\s+(?:t-il\s+)?(?:encore|quelque) ou\s+envoyer
    recibid\w* llegad\w* estado falta\w*\s+algo donde\s+(?:enviamos|envio|mando)
    ricevut\w* arrivat\w* a\s+che\s+punto manca\w*\s+qualcosa dove\s+(?:mandiamo|invio)
    ontvangen binnengekomen aangekomen stand\s+van\s+zaken ontbreekt\s+(?:er\s+)?nog waar\s+moet
    recebid\w* chegou chegad\w* em\s+que\s+pe falta\s+alguma para\s+onde
    otrzymal\w* dotarl\w* brakuje fatt\s+(?:den|ordern) kommit\s+fram saknas obdrzel\w*
    dorazil\w* chybi modtaget mangler
    """
)
