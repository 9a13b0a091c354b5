"""What drops a requirement, over folded text: waiving, giving away, doing without.

"We won't insist on the minimum term", "kostenlos", "the signature can follow later", "your
e-mail is enough", "la clause n'est plus d'actualité", "your DPA replaces ours": the word
families the boundary (agent.boundary) reads a waiver or a substitution with.
"""

from __future__ import annotations

from agent.lexicon.nouns import words

# Terms that replace, outrank or make ours unnecessary: said only of terms ("your DPA
# replaces ours", "tendrá prioridad", "uw voorwaarden volstaan"), never of an order.
TERMS_OVER = words(
    r"""
    prioridad priorita prioriteit prioridade prioritat\w* priorite priority voorrang
    replac(?!ement)\w* ersetz\w* remplac(?!ement)\w* sustitu(?!cion)\w* sostitu(?!zione)\w*
    vervang(?!ing)\w* substitu(?!icao|tion)\w* erstat\w* ersatt\w* nahrazuj\w* suffic(?:e|es|ient)
    suffit suffisent genugen genugt reichen reicht bastan? bastano bastam volstaan volstaat
    """
)

# "at no extra cost", "kostenlos", "gratuit": a price change without saying so.
FREE = words(
    r"""
    at\s+no\s+(?:additional\s+|extra\s+)?(?:cost|charge) free\s+of\s+charge complimentary for\s+free
    free\s+(?:months?|seats?|licen[cs]es?|users?) kostenlos kostenfrei
    ohne\s+(?:aufpreis|zusatzkosten|berechnung|mehrkosten) gratuit\w*
    sans\s+(?:frais|cout|supplement) offerts? (?:est|sont|sera|seront)\s+offertes?
    sin\s+(?:coste|costo|cargo)\w* gratis senza\s+(?:costi|costo|spese|oneri) kosteloos
    zonder\s+(?:extra\s+|meer)?kosten sem\s+(?:custo|custos|encargos) kostnadsfri\w* bezplatn\w*
    (?:vous\s+)?offr(?:ir|ons|ions|irons)\s+(?:\w+\s+){0,2}(?:formation|installation|livraison|
    frais|mois|licences?)
    oferec\w*\s+(?:\w+\s+){0,2}(?:formacao|instalacao|entrega|frete|mes|licencas?)
    offr(?:iamo|iremo)\s+(?:\w+\s+){0,2}(?:formazione|installazione|consegna|mese|licenz\w*) zdarma
    bez\s+oplat\w* utan\s+(?:extra\s+)?kostnad uden\s+(?:ekstra\s+)?(?:beregning|omkostning\w*)
    uten\s+(?:ekstra\s+)?kostnad vederlagsfri\w* bez\s+dodatkowych\s+oplat bez\s+poplatku
    on\s+the\s+house (?:is|are|'s)\s+on\s+us at\s+our\s+(?:cost|expense) auf\s+unsere\s+kosten
    zu\s+unseren\s+lasten a\s+nos\s+frais a\s+notre\s+charge por\s+nuestra\s+cuenta
    cortesia\s+de\s+la\s+casa a\s+nostr[oe]\s+(?:carico|spese) a\s+carico\s+nostro
    regal(?:iamo|eremo|amos|aremos|ato|ata|ado|ada) in\s+omaggio voor\s+onze\s+rekening
    op\s+onze\s+kosten por\s+nossa\s+conta de\s+brinde
    (?:won't|will\s+not|doesn't|does\s+not|don't)\s+cost cost\w*\s+(?:you\s+)?nothing
    kost\w*\s+(?:\w+\s+)?nichts coute\w*\s+rien cuesta\w*\s+nada cost\w*\s+(?:nulla|niente)
    kost\w*\s+(?:\w+\s+)?niets custa\w*\s+nada sans\s+surcout
    without\s+(?:extra|additional)\s+(?:cost|charge) pa\s+vores\s+regning pa\s+var\s+regning
    na\s+nase\s+naklady
    """
)

# Enforcement verbs: negated, they waive ("we won't insist", "no need to sign").
ENFORCE = words(
    r"""
    insist\w* hold\s+you\s+to enforce\w* need\s+(?:to\s+)?(?:sign|a\s+sign\w*)
    need\s+(?:the|a|your)\s+(?:signed|signature) require\w* necessary needed need brauchen notig
    erforderlich bestehen besoin inutile exig\w* necesari\w* hace\s+falta necesitamos serve
    necessari\w* occorre richied\w* nodig hoeft hoeven vereist precisa\w* necessari\w* exigimos
    preciso necessario nodig\w* appl(?:y|ied) charg\w* angewendet anwenden berechn\w* appliqu\w*
    factur\w* aplicad\w* aplicar\w* cobr\w* applicat\w* applicar\w* addebit\w* toegepast toepassen
    in\s+rekening behover behov\w* trzeba musi\w* treba nemus\w* konieczn\w* krav\w* kraeves kreves
    depend\w* abhang\w* hangt\s+(?:\w+\s+)?af dipend\w* invoke\w* invok\w* beroepen berufen
    invoqu\w* invoc\w* nutn\w* potreb\w* wymagan\w* potrzebn\w* nodvendig\w* kraev\w*
    far\w*\s+valer\w* hacer\s+valer geltend\s+machen faire\s+valoir doen\s+gelden fazer\s+valer
    houd\w*\s+(?:\S+\s+){0,3}?aan
    """
)

# Going ahead without the signature: "without", "later", "the verbal OK is enough", "even
# though it isn't signed yet".
SIGNATURE_WAIVED = words(
    r"""
    without ohne sans sin senza zonder sem bez utan uden uten later follow nachreich\w* nachgereicht
    plus\s+tard suivr\w* despues mas\s+tarde cuando\s+puedan piu\s+tardi in\s+seguito nasturen
    achteraf depois mais\s+tarde counts?\s+as is\s+enough suffices? genugt reicht suffit suficiente
    basta volstaat voldoende while wahrend pendant\s+que mientras mentre terwijl enquanto
    in\s+the\s+meantime formalit\w* formsache formalidad\w* tramite formaliteit formalidade whenever
    vale\s+(?:come|como) geldt\s+als gilt\s+als vaut equivale\w* telt\s+als serves?\s+as
    galler\s+som gjelder\s+som plati\s+jako unnecessary inutile superflu\w* no\s+hace\s+falta
    desnecessari\w* overbodig uberflussig not\s+necessary non\s+necessari\w* dopo intanto entretanto
    mientras\s+tanto zwischenzeit en\s+attendant ondertussen intussen enquanto\s+isso mas\s+adelante
    piu\s+avanti mais\s+adiante senere efterfolgende etterpa pozdeji pozniej spater naderhand
    posteriormente successivamente verbal\w* mundlich\w* telefon\w* phone oral\w*
    even\s+(?:though|if) although obwohl auch\s+wenn meme\s+si bien\s+que aunque anche\s+se ook\s+al
    hoewel embora mesmo\s+que selvom selv\s+om i\s+kdyz prestoze
    """
)

LATER = words(
    r"""
    later follow nachreich\w* suffi\w* genugt reicht basta volstaat suficiente enough counts?\s+as
    mientras while wahrend pendant mentre terwijl enquanto despues depois dopo intanto
    cuando\s+puedan in\s+the\s+meantime en\s+attendant zwischenzeit ondertussen formalit\w*
    formsache formalidad\w* tramite formaliteit formalidade whenever counts?\s+as
    vale\s+(?:come|como) geldt\s+als gilt\s+als vaut equivale\w* telt\s+als zahlt\s+als serves?\s+as
    galler\s+som gjelder\s+som plati\s+jako liczy\s+sie\s+jako plus\s+tard mas\s+adelante
    mas\s+tarde piu\s+tardi piu\s+avanti mais\s+tarde mais\s+adiante senere etterpa pozdeji pozniej
    spater naderhand achteraf
    """
)

# "... is all we need", "reicht uns", "basta": something standing in for what was required.
SUFFICE = words(
    r"""
    is\s+all\s+we\s+need (?:is|will\s+be)\s+enough suffices? sufficient reicht genugt ausreichend
    suffit suffira suffisant basta bastara suficiente sufficiente volstaat voldoende genoeg chega
    holder racker raekker staci wystarczy wystarcza
    """
)

# "no longer applies", "n'est plus d'actualité": the negation drops the clause.
NO_LONGER = words(
    r"""
    no\s+longer\s+appl(?:y|ies) won't\s+apply\s+any\s*more n'est\s+plus\s+(?:d'actualite|applicable)
    ne\s+s'applique\s+plus gilt\s+nicht\s+mehr no\s+se\s+aplica(?:ra)?\s+mas
    non\s+si\s+applica\s+piu niet\s+meer\s+van\s+toepassing nao\s+se\s+aplica\s+mais
    """
)
# "Without penalty", "ohne Vertragsstrafe", "sin penalización": a clause waived in passing.
WITHOUT_PENALTY = words(
    r"""
    (?:without|ohne|sans|sin|senza|zonder|sem|uden|utan|uten|bez)\s+(?:\w+\s+){0,2}(?:penalt\w*|
    penalit\w*|penalizaci\w*|penal[ei]|vertragsstrafe\w*|strafe|boete\w*|multas?|
    notice(?:\s+period)?|kundigungsfrist\w*|preavis|preaviso|preavviso|opzegtermijn\w*|
    minimum\s+term|mindestlaufzeit\w*|vite|pokut\w*)
    """
)
# Cancelling whenever the customer likes: a termination right granted.
CANCEL = words(
    r"""
    cancel\w* terminat\w* kundig\w* resili\w* cancelar rescind\w* disdir\w* disdett\w* recedere
    opzeggen opzegg\w* opsig\w* saga\s+upp wypowiedz\w* vypoved\w*
    """
)
ANY_TIME = words(
    r"""
    at\s+any\s+time any\s+time anytime jederzeit a\s+tout\s+moment en\s+cualquier\s+momento
    in\s+qualsiasi\s+momento in\s+ogni\s+momento op\s+elk\s+moment op\s+ieder\s+moment
    a\s+qualquer\s+momento nar\s+som\s+helst kiedykolwiek kdykoli\w*
    """
)
# The version that will be signed: a clause absent from it is dropped ("no figurará en la
# versión definitiva", "bleibt in der finalen Fassung draußen", "já não constará da versão final").
FINAL_VERSION = words(
    r"""
    final\s+(?:version|draft|text|contract|agreement) finale?n?\s+(?:fassung|version|vertrag\w*)
    endfassung version\s+(?:finale?|definitive) texte\s+final version\s+definitiva
    texto\s+(?:final|definitivo) versione\s+(?:finale|definitiva) testo\s+(?:finale|definitivo)
    definitieve\s+(?:versie|tekst|overeenkomst) eindversie versao\s+(?:final|definitiva)
    texto\s+final
    """
)
# Left out of it: "stays out", "draußen", "eruit", "fora", "fuera".
LEFT_OUT = words(
    r"""
    out draussen drauss?en raus heraus eruit fuera fora dehors fuori omitt\w* weggelassen
    omis\w* omitid\w* omess\w* weggelaten omitid\w*
    """
)

# The customer taking something for granted: "we assume", "wij gaan ervan uit dat".
ASSUMED = words(
    r"""
    (?:we|i)\s+(?:assume|presume|take\s+it) assuming our\s+understanding\s+is
    (?:we|i)\s+understand\s+that wir\s+gehen\s+davon\s+aus (?:wir\s+)?nehmen\s+an
    (?:nous\s+)?partons\s+du\s+principe (?:nous\s+)?supposons entendemos\s+que asumimos
    suponemos damos\s+por\s+(?:hecho|sentado) partiamo\s+dal\s+presupposto
    diamo\s+per\s+scontato presumiamo (?:we|wij|ik)\s+gaan\s+ervan\s+uit
    gaan\s+(?:we|wij)\s+ervan\s+uit
    (?:we|wij|ik)\s+nemen\s+aan partimos\s+do\s+principio pressupomos assumimos
    """
)
# Inside the quoted price: "binnen het offertebedrag", "within the quoted fee", "im
# Angebotspreis enthalten", "compris dans le montant du devis", "dentro del importe".
IN_THE_PRICE = words(
    r"""
    (?:within|in|covered\s+by|part\s+of)\s+(?:the\s+|your\s+)?(?:quoted\s+)?(?:price|amount|fee)
    (?:within|in|covered\s+by|part\s+of)\s+(?:the\s+|your\s+)?quote
    binnen\s+(?:het|de)\s+(?:offerte\w*|prijs|bedrag|budget)
    im\s+(?:angebotspreis|angebot|preis|festpreis)\s+(?:enthalten|inbegriffen|inklusive)
    (?:compris|inclus)\w*\s+dans\s+(?:le|la)\s+(?:prix|montant|devis|forfait)
    (?:dentro|incluid\w*\s+en)\s+(?:del?|el)\s+(?:importe|precio|presupuesto|oferta)
    (?:compres\w*|inclus\w*|dentro)\s+(?:nel|nell'|il|l')\s*(?:prezzo|importo|preventivo|offerta)
    (?:dentro|incluid\w*)\s+(?:do|no|o)\s+(?:valor|preco|orcamento)
    """
)
