"""Word families for commitments a reply makes without a commitment verb, over folded text.

"Nothing stands in the way of your rollout", "we'll take care of the rest", "you can already
plan your launch", "the technician is booked", "it is ensured that...": each commits the vendor
as surely as "we confirm". These families name the parts of such constructions; the boundary
(agent.boundary) puts them together.
"""

from __future__ import annotations

from agent.lexicon.nouns import family, words

# Verbs and nouns of an obstacle: negated ("nothing stands in the way", "no habrá retrasos"),
# they say that nothing will stop the deal or the date.
OBSTACLE = words(
    r"""
    stands?\s+in\s+(?:the|your|its)\s+way in\s+the\s+way prevents? stops? delays? blocks?
    im\s+wege? entgegen verhindert verzogerung\w* s'oppos\w* empech\w* retards? obstacles?
    impid\w* impide impedir obstaculos? retrasos? demoras? imped(?:e|isce|iscono|ira) ostacol\w*
    osta(?:no)? ritard[oi] in\s+de\s+weg belemmer\w* vertraging\w* impede\w* atrasos? entraves?
    i\s+vejen i\s+veien forsinkels\w* prekaz\w* zdrzeni aufgehalten aufhalten verzogert
    blockiert held\s+up retenu\w* retrasad\w* rallentat\w* tegengehouden vertraagd atrasad\w*
    """
)
# Negations that are a modal refusal ("cannot prevent"), never a reassurance.
MODAL_NEGATION = words(
    r"""
    can't cannot unable kann\s+nicht konnen\s+nicht ne\s+(?:peux|pouvons|peut)
    no\s+(?:puedo|podemos) non\s+(?:posso|possiamo) kan\s+niet kunnen\s+niet
    nao\s+(?:posso|podemos|consigo|conseguimos) kan\s+ikke nao\s+consegu\w* no\s+consegui\w*
    non\s+riusc\w* n'arriv\w*
    """
)
# Taking it all over: "we'll take care of the rest", "on s'occupe du reste", "al resto
# pensiamo noi", "deixa com a gente".
CARE = words(
    r"""
    take\s+care sort(?:ed|ing)?(?:\s+out)? handle\w* look\s+after deal\s+with kummer\w*
    erledig\w* regel(?:n|t|en) occup\w* charg(?:e|eons|erons|er) encarg\w* ocup\w*
    pens(?:iamo|eremo|o) zorg\w* trat(?:amos|aremos|a) cuid(?:amos|aremos) resolv\w*
    deix[ae]m?\s+com styr\s+pa tar\s+(?:oss|os)\s+av tager\s+os\s+af
    """
)
REST = words(
    r"""
    the\s+rest everything(?:\s+else)? den\s+rest dem\s+rest
    alles(?:\s+(?:andere|weitere|ubrige))? du\s+reste le\s+reste tout(?:\s+le\s+reste)?
    del\s+resto el\s+resto lo\s+demas todo al\s+resto il\s+resto tutto de\s+rest alles o\s+resto
    tudo resten alt\s+det\s+andre alt\s+andet zbytek
    """
)
# "We'll take it from here", "ab hier übernehmen wir", "nous prenons le relais".
FROM_HERE = words(
    r"""
    (?:ab|von)\s+hier\s+(?:an\s+)?(?:ubernehmen|kummern) prenons\s+le\s+relais
    on\s+prend\s+le\s+relais a\s+partir\s+de\s+aqui de\s+aqui\s+en\s+adelante
    da\s+qui\s+in\s+(?:poi|avanti) vanaf\s+hier nemen\s+(?:wij|we)\s+het\s+over
    daqui\s+(?:para\s+a\s+frente|em\s+diante|por\s+diante) herfra\s+(?:tager|tar)\s+vi
    harifran\s+tar\s+vi
    """
)
# Our own sales order raised against the PO: the order is booked.
SALES_ORDER = words(
    r"""
    sales\s+orders? kundenauftrag\w* verkaufsauftrag\w* commandes?\s+clients?
    pedidos?\s+de\s+venta orden(?:es)?\s+de\s+venta ordin[ei]\s+(?:di\s+)?vendita
    ordin[ei]\s+cliente verkooporder\w* klantorder\w* encomendas?\s+de\s+venda
    pedidos?\s+de\s+venda ordem\s+de\s+venda salgsordre\w* forsaljningsorder\w*
    """
)
# Handed on for fulfilment (not for a decision): "passed to our warehouse for dispatch".
TO_FULFILMENT = words(
    r"""
    (?:pass\w*|forward\w*|hand\w*|sent|releas\w*|transmis\w*|weitergeleitet|ubergeben
    |freigegeben|doorgezet|doorgestuurd|inoltrat\w*|trasmess\w*|trasladad\w*|enviad\w*
    |encaminhad\w*)\s+(?:\S+\s+){0,4}?(?:to|an|a|al|alla|aan|para|ao|au
    |naar)\s+(?:\w+\s+)?(?:warehouse|lager|entrepot|almacen|magazzino|magazijn|armazem
    |logisti\w*|fulfil\w*|production|produktion|produccion|produzione|productie|producao
    |shipping|versand|expedition|expedicion|spedizion\w*|verzending|expedicao)
    """
)
# "no rush", "keine Eile", "rien ne presse": said of payment, a payment term.
NO_RUSH = words(
    r"""
    no\s+(?:rush|hurry) keine\s+eile es\s+eilt\s+nicht rien\s+ne\s+presse
    pas\s+(?:de\s+)?(?:presse|urgence) no\s+hay\s+prisa sin\s+prisa non\s+c'e\s+fretta
    nessuna\s+fretta senza\s+fretta geen\s+haast niet\s+(?:te\s+)?haasten nao\s+ha\s+pressa
    sem\s+pressa ingen\s+hast ingen\s+stress take\s+your\s+time lassen\s+sie\s+sich\s+zeit
    prenez\s+(?:votre|tout\s+votre)\s+temps tomense\s+su\s+tiempo
    prendetevi\s+(?:il|tutto\s+il)\s+tempo neem\s+(?:gerust\s+)?de\s+tijd
    """
)
# The customer gets a reduction: "Sie bekommen 10 %", "vous bénéficiez de 10 % de remise".
CUSTOMER_GETS = words(
    r"""
    you(?:'ll|\s+will)?\s+(?:get|receive|enjoy) sie\s+(?:bekommen|erhalten)
    (?:bekommen|erhalten)\s+sie
    vous\s+(?:beneficiez|beneficierez|obtenez|obtiendrez|aurez|recevez|recevrez) obtienen
    obtendran recibiran reciben tendran ottenete otterrete ricevete riceverete avrete u\s+krijgt
    krijgt\s+u ontvangt\s+u u\s+ontvangt jullie\s+krijgen recebem receberao obtem obterao terao
    (?:i|dere|ni)\s+far far\s+(?:i|dere|ni) otrzymaj\w* dostan\w* ziskate obdrzite
    """
)
# The first person doing it (for CARE): "we", "wir", "nous/on", "nosotros/-amos", "noi"...
FIRST_PERSON = words(
    r"""
    we we'll we're us our\s+side wir uns unserer\s+seite nous
    on(?!\s+(?:the|your|our|a|an|this|that|these|those|its
    |their|my|his|her|it|them|us|you|time|site|board|hold|top|behalf
    |file|record|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))
    nosotros nos noi ci wij ons
    a\s+gente nos vi vores\s+side vaar\s+side \w+(?:amos|emos|imos|iamo)
    (?:for|til|med|af|hos|lad|giv\w*|send\w*)\s+os
    """
)
# "Nothing more for you to do": the order needs nothing further from the customer.
NOTHING_LEFT = words(
    r"""
    (?:nothing|nichts|rien|nada|niente|nulla|niets|ingenting|intet|nic)\s+(?:\w+\s+){0,4}?(?:do
    |tun|faire|hacer|fare|doen|fazer|gore|gjore|gora|delat)
    (?:do|tun|faire|hacer|fare|doen|fazer|gore|gjore)\s+(?:\w+\s+){0,2}?(?:nothing|nichts|nada
    |niente|nulla|niets|mais\s+nada|anything(?:\s+else|\s+more)?|ingenting)
    nothing\s+(?:further|more|else)\s+(?:is\s+)?(?:needed|required|necessary)
    nichts\s+(?:weiter|mehr|weiteres)\s+(?:zu\s+)?(?:tun|veranlassen|erforderlich|notig
    |notwendig) rien\s+d'autre\s+(?:n'est\s+)?(?:necessaire|requis|a\s+faire)
    (?:ne\s+)?serve\s+(?:nient')?altro
    nao\s+(?:e\s+)?precis\w*\s+(?:de\s+)?(?:mais\s+nada|fazer\s+mais)
    no\s+(?:hace\s+falta|necesit\w*)\s+(?:nada\s+)?mas niets\s+meer\s+(?:nodig|te\s+doen)
    verder\s+niets\s+(?:te\s+doen|nodig)
    (?:nao|no)\s+precis\w*\s+(?:enviar|mandar|fazer)\s+mais\s+nada
    no\s+necesit\w*\s+(?:enviar|mandar|hacer)\s+nada\s+mas n'avez\s+plus\s+rien nichts\s+weiter
    hoeven\s+niets\s+meer non\s+dovete\s+(?:fare|inviare)\s+(?:altro|nient\w*)
    """
)
# The customer may go ahead: "you can (already) plan your launch", "Sie können ... einplanen",
# "ya pueden ir planificando", "vocês podem seguir com", "I kan roligt planlægge".
CUSTOMER_MAY = words(
    r"""
    you\s+(?:\w+\s+)?(?:can|may|could) feel\s+free\s+to n'hesitez\s+pas\s+a no\s+dude\s+en
    voel\s+je\s+vrij fique\s+a\s+vontade u\s+mag mag\s+u (?:jullie|ze)\s+mogen
    (?:sie|ihre\s+\w+)\s+(?:\w+\s+)?(?:konnen|durfen) (?:konnen|durfen)\s+sie
    vous\s+(?:\w+\s+)?(?:pouvez|pourrez) pouvez-vous pueden podran podem poderao possono potete
    potrete kunt\s+u u\s+kunt (?:jullie|ze)\s+(?:\w+\s+)?kunnen kunnen\s+jullie i\s+kan
    dere\s+kan ni\s+kan kan\s+(?:i|dere|ni) muzete mohou moga\s+panstwo
    panstwo\s+(?:\w+\s+)?moga
    (?:your|vos|votre|sus|vostri|vostre|uw|seus|suas)\s+\w+\s+(?:can|peuvent|pueden|possono
    |kunnen|podem)
    """
)
GO_AHEAD = words(
    r"""
    plan\w* einplan\w* schedul\w* count\s+on rely\s+on rechnen\s+mit prevoi\w* prevoir
    planifi\w* compter\s+sur planific\w* contar\s+con programar pianific\w* programmar\w*
    contare\s+su inplannen plannen rekenen\s+op plane(?:ar|jar)\w* contar\s+com planlaeg\w*
    planleg\w* regne\s+med rakna\s+med pocitat\s+s liczyc\s+na planov\w* aan\s+de\s+slag
    """
)
# Going ahead or using what we deliver: a go-ahead only with a fulfilment object
# ("vocês podem seguir com o lançamento", "Ihre Benutzer können mit der Plattform arbeiten").
PROCEED_USE = words(
    r"""
    proceed go\s+ahead loslegen fortfahren avancer seguir\s+(?:com|con|adelante) avancar avanzar
    procedere proseguire doorgaan ga\s+i\s+gang arbeiten nutzen use utiliser usar utilizar usare
    utilizzare gebruiken werken\s+met ta(?:ge)?\s+(?:\w+\s+){0,2}i\s+bru[gk] borja\s+anvanda
    anvanda bruge bruke zaczac\s+korzystac korzystac zacit\s+pouzivat pouzivat
    """
)
LAUNCH = words(
    r"""
    launch\w* lancement lanzamiento lancio lancering lancamento rollout roll-out go-?live
    """
)
# Approval in other words: "gave the green light", "durchgewunken", "deu ok", "visto bueno".
APPROVE = words(
    r"""
    (?:gave|give|given|giving|geben|gegeben|gab|donne\w*|dado|di|dio|dimos|deu|demos|dato|diamo
    |gegeven|geven|gav|givet)\s+(?:\w+\s+){0,2}(?:ok|okay|green\s+light|grunes\s+licht
    |feu\s+vert|visto\s+bueno|luz\s+verde|via\s+libera|groen\s+licht|sinal\s+verde|go-?ahead
    |aval|placet|akkoord|gront\s+lys|gronne\s+lys) durchgewunken abgesegnet sign(?:ed)?\s+off
    """
)
# Seeing to it: "es wird sichergestellt", "si garantisce", "fera le nécessaire pour que".
ENSURE = words(
    r"""
    (?:we|we'll|we\s+will|i'll|i\s+will)\s+(?:\w+\s+)?(?:make\s+sure|see\s+to\s+it)
    sicherstell\w* sichergestellt stellen\s+sicher sorgt\s+dafur sorgen\s+dafur
    assur(?:ons|erons|e|era) veill(?:ons|erons|era) fera\s+le\s+necessaire
    ferons\s+le\s+necessaire asegur(?:amos|aremos|a|o) haremos\s+lo\s+necesario
    nos\s+encargaremos assicur(?:iamo|eremo|a|o) garantisc\w* faremo\s+il\s+necessario
    (?:sara|e)\s+nostra\s+cura zorgen\s+(?:er\s+)?(?:voor|dat) zorgen\s+ervoor zorgt\s+ervoor
    assegur(?:amos|aremos|a|o)-?(?:se)? faremos\s+o\s+necessario garant(?:imos|iremos|e)
    sikr(?:er|e)\s+(?:os|oss)?\s*(?:at|att) zajist\w* reken\s+(?:er\s+)?maar count\s+on\s+it
    you\s+can\s+count\s+on rechnen\s+sie\s+(?:fest\s+)?damit comptez\s+(?:dessus|sur\s+nous)
    cuente\s+con\s+ello pode\s+contar puoi\s+contarci potete\s+contarci kunt\s+u\s+op\s+rekenen
    s'engage\w*\s+a se\s+compromete\w*\s+a si\s+impegna\w*\s+a verpflichte\w*\s+sich
    verplicht\w*\s+zich compromete-se commits?\s+to undertakes?\s+to
    """
)
# "consider it firm", "dar el pedido por cerrado", "is de bestelling afgehandeld": the order
# called final in other words.
ORDER_FINAL = words(
    r"""
    (?:as|als|comme|como|come)\s+(?:\w+\s+)?(?:firm\w*|ferme|definitiv\w*|final|binding
    |verbindlich\w*|vinculante|vincolante|bindend\w*|confirmed|accepted|cert[oa]|acquisit[oa]
    |aceite|aceit[oa]|aceptad[oa]|accettat[oa]|acceptee?|angenommen|bevestigd|geaccepteerd)
    ferme\s+et\s+definitive en\s+firme afgehandeld (?:zijn|is)\s+(?:we\s+)?rond
    (?:por|per)\s+(?:cerrad|chius|fechad|confirmad|aceptad|accettat|aceit|formaliz)\w* cerrad[oa]
    chius[oa] fechad[oa] closed settled registad[oa] registrad[oa] geregistreerd registriert
    enregistree erfasst ingeboekt locked(?:\s+in)? (?:is\s+)?a\s+go sorted vastgelegd vastgezet
    acquisit[oa] festgelegt
    da\w*\s+(?:\S+\s+){0,3}por\s+(?:bueno|valid\w*|aprobad\w*|cerrad\w*|aprovad\w*)
    pedido\s+cerrado encomenda\s+fechada pedido\s+foi\s+lancado
    pedido\s+(?:esta|esta\s+ya)\s+(?:registrado|cursado)
    """
)
# Telling the customer to take it as done, no order named: "pueden darlo por cerrado",
# "u kunt het als afgehandeld beschouwen", "consideratela pure cosa fatta".
CONSIDER_DONE = family(
    r"(?:consider\w*|regard|treat|beschouw\w*|betracht\w*|ansehen|considere[rz]?\w*|consideratel\w*"
    r"|considerala\w*|considerarl\w*|dar\w*\s+por|da\w*\s+por|podem\s+considerar|tenerl\w*\s+por)"
    r"\s+(?:\S+\s+){0,3}?(?:done|closed|final|settled|erledigt|abgeschlossen|afgehandeld|definitief"
    r"|clos|termine|regle|cerrad[oa]|hech[oa]|formalizad[oa]|cosa\s+fatta|chius[oa]|fatt[oa]"
    r"|fechad[oa]|concluid[oa]|conclus[oa]|feit[oa])",
    r"cosa\s+fatta",
)
# Our own systems and flows: "in unserem System erfasst", "nel nostro flusso di evasione".
IN_OUR_FLOW = words(
    r"""
    (?:in|into|nel|nella|nei|en|no|na|dans|im|ins|i)\s+(?:our|unser\w*|nostr\w*|nuestr\w*
    |noss\w*|notre|nos|onze|ons|vores|vart|vort)\s+(?:\w+\s+)?(?:system\w*|sistema|systeme
    |systeem|flusso|flow|pipeline|queue|workflow|erp|gestionale|planning|backlog|produktion
    |produccion|produzione|productie|producao|fulfil\w*|evas\w*|abwicklung|auftragsabwicklung
    |tramit\w*)
    """
)
# Entering the order in a system: "lançámos o pedido no sistema", "entered in the ERP".
ENTERED = words(
    r"""
    entered input logged keyed lan[cç]\w* eingegeben eingetragen eingepflegt eingebucht
    inserit[oa] inserid[oa] introducid[oa] ingevoerd ingeboekt saisie? caricat[oa] cargad[oa]
    registrad[oa] booked
    """
)
SYSTEM = words(
    r"""
    systems? system\w* sistema systeme systeem erp sap gestionale
    """
)
# Starting on the basis of the order: "auf Basis Ihrer Bestellung", "sur la base de votre BC".
ON_BASIS = words(
    r"""
    on\s+the\s+(?:basis|strength)\s+of based\s+on auf\s+(?:der\s+)?(?:basis|grundlage)
    sur\s+(?:la\s+)?base con\s+base\s+en en\s+base\s+a sobre\s+la\s+base sulla\s+base
    in\s+base\s+a op\s+basis\s+van com\s+base\s+n[oa] com\s+base\s+em pa\s+grundlag\s+af
    pa\s+bakgrunn\s+av na\s+zaklade
    """
)
# Glad or ready to start: "nous sommes heureux de démarrer", "happy to get going".
KEEN = words(
    r"""
    happy glad pleased ready heureux heureuses ravis ravies prets? pretes? encantad[oa]s felices
    list[oa]s lieti felici pronti blij verheugd klaar felizes contentes pront[oa]s froh bereit
    """
)
# An informal yes in place of a signature: "your e-mail approval", "OK por teléfono".
INFORMAL_OK = words(
    r"""
    e-?mails? mail mejl e-?post courriel correo telefon\w* phone verbal\w* mundlich\w* oral\w*
    whatsapp messages?
    """
)
APPROVAL = words(
    r"""
    approval ok okay go-?ahead freigabe zusage zustimmung bestatigung accord validation
    confirmation aprobacion conformidad confirmacion visto\s+bueno conferma approvazione
    benestare akkoord goedkeuring bevestiging aprovacao confirmacao concordancia godkannande
    godkendelse godkjenning zatwierdzenie akceptacja schvaleni souhlas bekraftelse bekraeftelse
    bekreftelse potwierdzenie potvrzeni
    """
)
# Keeping data current: an e-mail is enough "to update the address".
UPDATE = words(
    r"""
    updat\w* aktualisier\w* andern mettre\s+a\s+jour actualiz\w* aggiorn\w* bijwerken
    bij\s+te\s+werken atualiz\w* correct\w* corrig\w* korrigier\w*
    """
)
# A proposal put as a question: "How about we waive the fee?", "¿Qué tal si lo dejamos en 60
# días?", "Zullen we het op 60 dagen houden?".
PROPOSAL = words(
    r"""
    how\s+about what\s+about why\s+(?:don't\s+we|not) shall\s+we should\s+we
    would\s+it\s+help\s+if\s+we wie\s+ware\s+es sollen\s+wir que\s+diriez-vous
    et\s+si\s+(?:on|nous) que\s+tal(?:\s+si)? le\s+parece\s+si che\s+ne\s+dite
    e\s+se\s+(?:noi|vi|nos|nos) wat\s+vindt\s+u\s+van zullen\s+we hvad\s+med hva\s+med
    vad\s+sags\s+om co\s+powiecie\s+na co\s+takhle
    """
)
