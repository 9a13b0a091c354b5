"""Word families for commitments a reply makes without a commitment verb, over folded text.

"Nothing stands in the way of your rollout", "we'll take care of the rest", "you can already
plan your launch", "the technician is booked", "it is ensured that...": each commits the vendor
as surely as "we confirm". These families name the parts of such constructions; the boundary
(agent.boundary) puts them together.
"""

from __future__ import annotations

from agent.lexicon.nouns import words

# Verbs and nouns of an obstacle: negated ("nothing stands in the way", "no habrá retrasos"),
# they say that nothing will stop the deal or the date.
OBSTACLE = words(
    r"""
    stands?\s+in\s+(?:the|your|its)\s+way in\s+the\s+way prevents? stops? delays? blocks?
    im\s+wege? entgegen verhindert verzogerung\w* s'oppos\w* empech\w* retards? obstacles?
    impid\w* impide impedir obstaculos? retrasos? demoras? imped(?:e|isce|iscono|ira)
    ostacol\w* ritard[oi] in\s+de\s+weg belemmer\w* vertraging\w* impede\w* atrasos?
    entraves? i\s+vejen i\s+veien forsinkels\w* prekaz\w* zdrzeni
    """
)
# Negations that are a modal refusal ("cannot prevent"), never a reassurance.
MODAL_NEGATION = words(
    r"""
    can't cannot unable kann\s+nicht konnen\s+nicht ne\s+(?:peux|pouvons|peut) no\s+(?:puedo|podemos)
    non\s+(?:posso|possiamo) kan\s+niet kunnen\s+niet nao\s+(?:posso|podemos|consigo|conseguimos)
    kan\s+ikke
    """
)
# Taking it all over: "we'll take care of the rest", "on s'occupe du reste", "al resto
# pensiamo noi", "deixa com a gente".
CARE = words(
    r"""
    take\s+care sort\w* handle\w* look\s+after deal\s+with kummer\w* erledig\w* regel\w*
    occup\w* charg\w* encarg\w* ocup\w* pens(?:iamo|eremo|o) zorg\w* regel(?:en)?
    trat(?:amos|aremos|a) cuid(?:amos|aremos) resolv\w* deix[ae]m?\s+com styr\s+pa
    ordn\w* tar\s+(?:oss|os)\s+av tager\s+os\s+af postar\w*
    """
)
REST = words(
    r"""
    the\s+rest everything(?:\s+else)? den\s+rest dem\s+rest alles(?:\s+(?:andere|weitere|ubrige))?
    du\s+reste le\s+reste tout(?:\s+le\s+reste)? del\s+resto el\s+resto lo\s+demas todo
    al\s+resto il\s+resto tutto de\s+rest alles o\s+resto tudo resten alt\s+det\s+andre
    alt\s+andet zbytek
    """
)
# The first person doing it (for CARE): "we", "wir", "nous/on", "nosotros/-amos", "noi"...
FIRST_PERSON = words(
    r"""
    we we'll we're us our\s+side wir uns unserer\s+seite nous on nosotros nos noi ci wij ons
    a\s+gente nos vi os vores\s+side vaar\s+side \w+(?:amos|emos|imos|iamo|ons|eren)
    """
)
# "Nothing more for you to do": the order needs nothing further from the customer.
NOTHING_LEFT = words(
    r"""
    (?:nothing|nichts|rien|nada|niente|nulla|niets|ingenting|intet|nic)\s+(?:\w+\s+){0,4}?(?:do|tun|faire|hacer|fare|doen|fazer|gore|gjore|gora|delat)
    (?:do|tun|faire|hacer|fare|doen|fazer|gore|gjore)\s+(?:\w+\s+){0,2}?(?:nothing|nichts|nada|niente|nulla|niets|mais\s+nada|anything(?:\s+else|\s+more)?|ingenting)
    """
)
# The customer may go ahead: "you can (already) plan your launch", "Sie können ... einplanen",
# "ya pueden ir planificando", "vocês podem seguir com", "I kan roligt planlægge".
CUSTOMER_MAY = words(
    r"""
    you\s+(?:\w+\s+)?(?:can|may|could) (?:sie|ihre\s+\w+)\s+(?:\w+\s+)?(?:konnen|durfen)
    (?:konnen|durfen)\s+sie vous\s+(?:\w+\s+)?(?:pouvez|pourrez) pouvez-vous pueden podran
    podem poderao possono potete potrete kunt\s+u u\s+kunt (?:jullie|ze)\s+(?:\w+\s+)?kunnen
    kunnen\s+jullie i\s+kan dere\s+kan kan\s+(?:i|dere) muzete mohou
    (?:your|vos|votre|sus|vostri|vostre|uw|seus|suas)\s+\w+\s+(?:can|peuvent|pueden|possono|kunnen|podem)
    """
)
GO_AHEAD = words(
    r"""
    plan\w* einplan\w* schedul\w* count\s+on rely\s+on rechnen\s+mit prevoi\w* prevoir
    planifi\w* compter\s+sur planific\w* contar\s+con programar pianific\w* programmar\w*
    contare\s+su inplannen plannen rekenen\s+op plane(?:ar|jar)\w* contar\s+com planlaeg\w*
    planleg\w* regne\s+med planov\w* proceed go\s+ahead loslegen fortfahren continuer avancer
    seguir\s+(?:com|con|adelante) avancar avanzar procedere proseguire doorgaan verder\s+gaan
    ga\s+i\s+gang arbeiten\s+mit nutzen use utiliser usar utilizar usare utilizzare
    gebruiken werken\s+met
    """
)
# Approval in other words: "gave the green light", "durchgewunken", "deu ok", "visto bueno".
APPROVE = words(
    r"""
    (?:gave|give|given|giving|geben|gegeben|gab|donne\w*|dado|di|dio|dimos|deu|demos|dato|diamo|gegeven|geven|gav|givet)\s+(?:\w+\s+){0,2}(?:ok|okay|green\s+light|grunes\s+licht|feu\s+vert|visto\s+bueno|luz\s+verde|via\s+libera|groen\s+licht|sinal\s+verde|go-?ahead|aval|placet|akkoord|gront\s+lys|gronne\s+lys)
    durchgewunken abgesegnet sign(?:ed)?\s+off
    """
)
# Seeing to it: "es wird sichergestellt", "si garantisce", "fera le nécessaire pour que".
ENSURE = words(
    r"""
    make\s+sure see\s+to\s+it sicherstell\w* sichergestellt stellen\s+sicher sorgt\s+dafur
    sorgen\s+dafur assur(?:ons|erons|e|era) veill(?:ons|erons|era) fera\s+le\s+necessaire
    ferons\s+le\s+necessaire asegur(?:amos|aremos|a|o) haremos\s+lo\s+necesario
    nos\s+encargaremos assicur(?:iamo|eremo|a|o) garantisc\w* faremo\s+il\s+necessario
    (?:sara|e)\s+nostra\s+cura zorgen\s+(?:er\s+)?(?:voor|dat) zorgen\s+ervoor zorgt\s+ervoor
    assegur(?:amos|aremos|a|o)-?(?:se)? faremos\s+o\s+necessario garant(?:imos|iremos|e)
    sikr(?:er|e)\s+(?:os|oss)?\s*(?:at|att) zajist\w*
    """
)
# "consider it firm", "dar el pedido por cerrado", "is de bestelling afgehandeld": the order
# called final in other words.
ORDER_FINAL = words(
    r"""
    ferme(?:\s+et\s+definitive)? firm(?:e|a)? definitiv\w* verbindlich\w* binding bindend\w*
    vinculante vincolante afgehandeld rond cerrad[oa] chius[oa] fechad[oa] closed settled
    registad[oa] registrad[oa] geregistreerd registriert enregistree erfasst ingeboekt
    """
)
# Our own systems and flows: "in unserem System erfasst", "nel nostro flusso di evasione".
IN_OUR_FLOW = words(
    r"""
    (?:in|into|nel|nella|nei|en|no|na|dans|im|ins|i)\s+(?:our|unser\w*|nostr\w*|nuestr\w*|noss\w*|notre|nos|onze|ons|vores|vart|vort)\s+(?:\w+\s+)?(?:system\w*|sistema|systeme|systeem|flusso|flow|pipeline|queue|workflow|erp|gestionale|planning|backlog|produktion|produccion|produzione|productie|producao|fulfil\w*|evas\w*|abwicklung|auftragsabwicklung|tramit\w*)
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
    happy glad pleased ready heureux heureuses ravis ravies prets? pretes? encantad[oa]s
    felices list[oa]s lieti felici pronti blij verheugd klaar felizes contentes pront[oa]s
    froh bereit
    """
)
