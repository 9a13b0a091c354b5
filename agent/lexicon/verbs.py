"""Word families of the commitment grammar: what commits, and what takes it back."""

from __future__ import annotations

from agent.lexicon.nouns import words

# Verbs and predicates by which a vendor commits to the order, a price, terms or a date.
ACCEPT = words(
    r"""
    accept(?!ance)\w* confirm(?!ation|acion|acao)\w* approv(?!al)\w* agree(?!ments?)\w*
    honou?r(?:s|ed|ing)? acknowledg(?:e|es|ed|ing) book(?:ed|ing)?(?:\s+in)? entered
    register(?:ed)?\s+(?:it|your|the) guarantee(?:s|d)? promis(?:e|es|ed) commit(?:s|ted)?\s+to
    grant(?:s|ed|ing)? allow(?:s|ed)? authori[sz](?:e|ed) accommodat(?:e|ed) go\s+with
    work\s+with live\s+with sign\s+off\s+on credit(?:ed)? ensure(?:s|d)? assure(?:s|d)?
    akzeptier\w* annehm\w* nimmt nehmen angenommen bestatig(?!ung)\w* zustimm(?!ung)\w*
    stimmen\s+zu einverstanden genehmig(?!ung)\w* gewahr(?!leistung)\w* garantier\w*
    zusag(?:en|t) sagen\s+\w+\s+zu zugesagt gebucht eingebucht einbuch\w* erfasst ubernehm\w*
    ubernommen freigegeben gutschreib\w* schreiben\s+\w+(?:\s+\w+){0,3}\s+gut sorgen\s+dafur
    valid(?:ons|ee?s?|er|amos|ado|ada|iamo|ato|ata|eren|eerd) approuv\w*
    accord(?:er|ons|e|ee|ees|es|ez) garanti(?:ssons|r|t|e|s) engag(?:e|eons|ons|er|eons)
    consent\w* enregistr(?:e|ee|ons|er) vaut\s+acceptation acept(?!acion)\w*
    aprob(?:amos|ado|ada|ar) aprueb\w* conced\w* garantiz\w* comprome(?:temos|to|tida|tido)
    registr(?:amos|ado|ada|ato|ata|iamo|ei|ou|eren|eerd) adapt(?:amos|arnos|iamo|eren) abonar\w*
    asum(?:imos|ido) accett(?!azione)\w* conferm(?!a\b)\w* approv(?:iamo|ato|ata)
    garant(?:iamo|ito|ita|imos|ido) impegn(?:iamo|ato|ata) accredit\w* riconosc\w* accepter\w*
    aanvaard\w* bevestig(?!ing)\w* goedgekeurd goedkeur(?:en) keuren\s+\w+\s+goed toeken(?:nen)?
    toegekend garandeer\w* gegarandeerd toezeg(?:gen) toegezegd verwerkt geboekt ingeboekt
    crediter\w* aceit(?!acao)\w* aprov(?:amos|ado|ada|ar) creditar\w* assum(?:imos|ido)
    comprometemos implica\w* nemen\s+(?:\w+\s+)?over overnemen abr\w+\s+mao bekraft\w*
    bekraeft\w* godkann\w* godkand\w* godkan\w* aksepter\w* godkend\w* godkjent\w* zaakceptow\w*
    potvrz\w* prijim\w* prijat\w* souhlas\w* akceptuj\w* akceptow\w* potwierdz\w* przyj\w*
    zgadza\w* zatwierdz\w* uwzgledni\w*
    (?:schreib|sag|stimm|nehm|erkenn)(?:e|en|t)?\s+(?:\S+\s+){1,10}?(?:gut|zu
    |an)(?=\s*(?:[,.;!?]|$))
    execut(?:e|ed|es|ing|ee|ees|era|eront|ons|er|ado|ada|ar|amos|aremos) ejecut\w* eseguir\w*
    eseguit\w* evader\w* uitvoer\w* uitgevoerd ausfuhr\w* ausgefuhrt
    fuhren\s+(?:\S+\s+){1,6}?aus donn\w*\s+suite d(?:amos|ar|aremos)\s+seguimiento
    d(?:iamo|are|aremo|ato)\s+seguito d(?:emos|amos|ar|aremos)\s+seguimento gevolg\s+geven
    geven\s+gevolg
    d\w*\s+(?:\S+\s+){0,3}?(?:por|como|per)\s+(?:buen[oa]|valid\w*|aceptad\w*|aceite|aceit\w*
    |cert[oa]|fechad[oa]|cerrad[oa]|confirmad[oa]|buon[oa]|acquisit[oa]|chius[oa])
    act(?:e|ee|ees|ons)\b buch(?:en|e|t)\s+(?:\S+\s+){0,5}?ein bekreft\w* godta\w* godtag\w*
    godkjen\w* schval\w* aprove\w* aprov(?:ei|ou) aprob(?!acion)\w* acordad[oa] acordamos
    afgesproken vereinbart convenu convenid[oa] concordad[oa] concordamos convenut[oa]
    concordat[oa] aftalt avtalt dohodnut\w* registad[oa]
    """
)
# Offering or changing a commercial term: "we can offer 10% off", "lower the price",
# "extend the term to 24 months", "Nachlass anbieten", "proposer un prix spécial".
OFFER = words(
    r"""
    offer(?!t[ae])\w* give\w* provid\w* extend\w* lower\w* reduc(?!tion|cion|ao|oes)\w*
    adjust(?!ment)\w* lock\w*\s+in match\w* do\s+\d+ shorten\w* move\s+you\s+to switch\w*\s+you
    split\w* anbiet\w* bieten einraum\w* senk\w* reduzier\w* verlanger(?!ung)\w*
    verkurz(?!ung)\w* propos(?:e|es|ons|ez|er|ent|ed|ing) offr\w* baiss\w* redui\w*
    prolong(?!ation|amento|acion)\w* raccourc\w* ofrec\w* rebaj\w*
    ampli(?!acion|amento|azione)\w* acort\w* offri\w* propon(?:emos|iamo|go|e) ridu\w* abbass\w*
    prorog\w* estend\w* aanbied\w* bieden verlag\w* verleng(?!ing)\w* verkort(?!ing)\w* ofere\w*
    propor(?:emos)?\b reduz\w* baix\w* prorrog\w* estend\w* encurt\w* match\w* evenar\w*
    igual(?:ar|amos|aremos) alinh\w* allinea\w* pareggi\w* alignons aligner angleichen
    gleichzieh\w* matchen descont(?:amos|aremos) poskytn\w* poskytuj\w* nabidn\w* udziel\w*
    zaoferuj\w* tilbyd\w* tilbyr erbjud\w* round\w*\s+(?:\S+\s+){0,3}?down
    runden\s+(?:\S+\s+){0,5}?ab abrunden arrondi\w* redonde\w* arrotond\w*
    ronden\s+(?:\S+\s+){0,5}?af afronden arredond\w* avrund\w* zaokragl\w* zaokrouhl\w*
    teilen\s+(?:\S+\s+){0,8}?auf aufteil\w* etal\w* echelonn\w* fraccion\w*
    divid(?:imos|iremos|ir) suddivid\w* rateizz\w* spreid\w* opsplits\w*
    parcel(?:amos|aremos|ar) fordel\w* dela\s+upp pass\w*\s+(?:\S+\s+){0,4}?on\s+to\s+you
    geben\s+(?:\S+\s+){0,5}?an\s+(?:sie|ihnen)\s+weiter raum\w*\s+(?:\S+\s+){0,6}?ein kulanz\w*
    goodwill gestos?\s+comercial\w* geste\s+commercial\w* gesto\s+commerciale coulan\w*
    rozloz\w* (?:dame|dat)\s+(?:vam\s+)?slev\w* (?:dac|damy)\s+(?:panstwu\s+)?rabat\w* bevilg\w*
    bevilj\w* innvilg\w* absorb\w* assorb\w* absorv\w* prenons\s+en\s+charge
    prendrons\s+en\s+charge nos\s+hacemos\s+cargo (?:ce\s+ne\s+|ci\s+)facciamo\s+carico
    meet\s+(?:you\s+)?halfway split\s+the\s+difference kommen\s+(?:\S+\s+){0,6}?entgegen
    entgegenkomm\w* gestes? gestos? veni\w*\s+incontro tegemoet ao\s+encontro
    (?:hacemos|fazemos|faisons|facciamo)(?:-lhe)?\s+(?:\S+\s+){0,4}(?:descuento|desconto|remise
    |sconto|rabais|geste|gesto|precio|preco|prix|prezzo|rebaja|abatimento|abbuono)
    """
)
# Keeping a term as it is: a concession only when said of the term itself ("the discount
# stays", "mantenemos el precio"), never of a person ("your contact remains Ms Moreau").
KEEP = words(
    r"""
    stays? remains? will\s+(?:stay|remain) frozen bleib\w* reste\w* mantien\w* mantenemos
    resta\w* blijf\w* mante\w* manteremos mantid[oa]s? mantenid[oa]s? mantenut[oa] beibehalten
    maintenu\w* gehandhaafd handhaven maintained kept keep halten houd\w*\s+(?:\S+\s+){0,5}?aan
    aanhouden ten\w*\s+buon[oa] respet(?:amos|aremos|a|an|ar) rispett(?:iamo|eremo|a|are)
    respect(?:ons|erons|ed|ing|s|e|er)? honou?r\w*
    """
)
# The order handled in our books: "we have processed your PO", "the order went through".
PROCESSED = words(
    r"""
    processed processing in\s+processing actioned went\s+through gone\s+through verarbeitet
    bearbeitet traite\w* procesad\w* tramitad\w* elaborat\w* evas[oa] verwerkt processad\w*
    in\s+bearbeitung en\s+cours\s+de\s+traitement en\s+tramite in\s+lavorazione in\s+behandeling
    em\s+processamento em\s+tratamento under\s+behandling pris\s+en\s+compte
    pres\w*\s+in\s+carico prend\w*\s+in\s+carico d\w*\s+de\s+alta tramit(?:amos|aremos)
    procesamos traitons verarbeiten\s+wir elaboriamo verwerken processamos
    we\s+(?:are\s+)?process\w* lanc(?:e|ee|ees)\b lanzad[oa] lanciat[oa] lancad[oa]
    """
)
# "... is fine / acceptable / no problem": a predicate that accepts what the sentence names.
OK = words(
    r"""
    acceptable fine ok(?:ay)? works(?:\s+for\s+(?:us|me|our\s+\w+))? no\s+problem
    not\s+a\s+problem no\s+issue not\s+an\s+issue
    don'?t\s+see\s+(?:a|an|any)\s+(?:problem|issue|obstacle|reason\s+not)
    happy\s+(?:to|with|for) good\s+to\s+go all\s+set agreed approved doable feasible
    can\s+live\s+with in\s+ordnung passt geht\s+klar geht\s+fur\s+uns kein\s+problem
    keine\s+sorge sehe\s+kein\w*\s+(?:problem|hindernis) akzeptabel passend acceptable
    pas\s+de\s+(?:probleme|souci)
    ne\s+vois\s+pas\s+(?:de|d')\s*(?:probleme|souci|inconvenient|obstacle) d'accord
    nous\s+convient convient ca\s+nous\s+va tout\s+bon aceptable sin\s+problema
    ningun\s+problema no\s+(?:hay|habra|veo)\s+(?:ningun\s+)?(?:problema|inconveniente)
    no\s+problema de\s+acuerdo nos\s+parece\s+bien
    (?:nos|me|ci|mi)\s+(?:parece|sembra)\s+(?:correct[oa]|buen[oa]|perfect[oa]|razonable
    |giust[oa]|corrett[oa]|ragionevole) esta\s+(?:otimo|perfeito) nos\s+vale todo\s+correcto
    accettabile nessun\s+problema va\s+bene d'accordo ci\s+sta\s+bene tutto\s+ok
    (?:a|per)\s+noi\s+(?:sta|stanno|va|vanno)\s+bene
    (?:vinden|vind)\s+(?:\S+\s+){0,2}?(?:prima|goed|akkoord|oke|ok)\b
    non\s+(?:vedo|vediamo|c'e)\s+(?:alcun\s+)?(?:problema|ostacolo|inconveniente) akkoord
    acceptabel geen\s+probleem (?:is|zijn|klinkt)\s+prima prima\s+(?:voor\s+ons|zo) in\s+orde
    is\s+goed geen\s+bezwaar aceitavel sem\s+problema nenhum\s+problema de\s+acordo tudo\s+bem
    tudo\s+certo pode\s+ser nao\s+vejo\s+(?:problema|inconveniente)
    should\s+(?:be\s+)?(?:fine|ok|okay|doable|possible|work)
    sollte\s+(?:\w+\s+)?(?:klappen|gehen|passen|machbar|moglich) machbar faisable factible
    fattibile haalbaar viavel (?:moet|zal)\s+(?:wel\s+)?lukken lukt\s+wel si\s+puo\s+fare
    se\s+puede\s+hacer da\s+para\s+fazer pode\s+ser\s+feito no\s+worries don't\s+worry
    keine\s+sorge pas\s+d'inquietude ne\s+vous\s+inquietez\s+pas no\s+se\s+preocupe\w*
    non\s+(?:si\s+)?preoccup\w* geen\s+zorgen nao\s+se\s+preocupe\w* fiquem?\s+tranquil\w*
    soyez\s+rassure\w* stai\s+tranquill\w* state\s+tranquill\w* gar\s+(?:bra|fint) okej greit
    helt\s+greit inga\s+problem ingen\s+problem\w* intet\s+problem det\s+er\s+fint i\s+orden
    do\s+przyjecia w\s+porzadku bez\s+problem\w* v\s+poradku prijateln\w* fungerar fungerer
    (?:fine|ok|okay|good|great|perfect|otim[oa]|perfeit[oa]|bo[ma]|bien|buen[oa]|perfect[oa]
    |genial|perfett[oa]|bene|ottim[oa]|prima|goed|gut|fint|bra|dobre|bonne?)\s+(?:for\s+us
    |para\s+nos|pour\s+nous|fur\s+uns|per\s+noi|voor\s+ons|para\s+nosotros|for\s+os|for\s+oss
    |pro\s+nas|dla\s+nas) (?:helt\s+)?fint (?:lijkt|klinkt)\s+(?:me|ons|mij)?\s*(?:prima|goed)
    geen\s+punt sans\s+(?:probleme|souci) it's\s+a\s+deal ^deal abgemacht marche\s+conclu
    trato\s+hecho affare\s+fatto combinado c'est\s+(?:bon|ok) (?:ok|bon)\s+pour\s+nous
    (?:devrait|va|doit)\s+passer passt\s+schon komt\s+goed (?:tranquil[oa]|sin\s+drama)
    nessun\s+ostacolo pode\s+deixar deixa\s+com\s+a\s+gente sem\s+problema\s+nenhum
    nenhum\s+problema sin\s+(?:ningun\s+)?problema\s+(?:ninguno|alguno) nessun\s+problema
    no\s+problem\s+at\s+all kein\s+problem\s+(?:damit|uberhaupt) aucun\s+(?:probleme|souci)
    geen\s+enkel\s+probleem non\s+crea\s+problemi no\s+supone\s+(?:ningun\s+)?problema
    """
)
# "... shouldn't be a problem", "sollte kein Problem sein": a negated obstacle agrees.
PROBLEM = words(
    r"""
    problems? issues? concerns? obstacles? problema probleme souci inconvenient hindernis\w*
    bezwaar probleem inconveniente ostacol\w* problem[uy]? problemow objection\w* objecion\w*
    objecao objeca\w* obiezion\w* bezwaren einwand\w* einwande\w* einzuwenden thema moeite
    contrario dagegen difficult\w* bedenken problemi problemas problemen problemes
    objetar objecter obiettare opor einzuwenden remarques? opmerkingen reparos? riserve
    """
)
# Customer terms taking over: "your terms apply / govern / take precedence".
GOVERN = words(
    r"""
    appl(?:y|ies|ied) govern\w* prevail\w* supersed\w* take\s+precedence precedence override\w*
    be\s+bound incorporat\w* constitut\w+\s+acceptance gelten gilt vorrang\w* s'appliqu\w*
    appliqu\w* prevalen\w* prevau\w* primer\w* prevarr\w* prevaudr\w* aplicar\w*
    aplica(?!cion)\w* prevalec\w* applic(?!ation|azione)\w* prevalg\w* prevale\w*
    van\s+toepassing gelden prevaleren gaan\s+voor vaut valen vale valgono geldt galler gaelder
    pierwszenstw\w* prednost\w* plati obowiazuj\w* obowiazyw\w* foretrade forrang gar\s+forud
    gaar\s+forud ga\s+forud gjelder\s+foran gjelder gaelder
    """
)
# Taking something out of the deal: a clause, a fee, a minimum term.
REMOVE = words(
    r"""
    remov\w* delet\w* drop\w* waiv\w* strik\w* take\s+\w+(?:\s+\w+){0,3}\s+off
    off\s+(?:your|the)\s+invoice streich\w* gestrichen entfall\w* entfernt verzicht\w* retir\w*
    supprim\w* renonc\w* elimin\w* renunci\w* suprim\w* rimuov\w* rimoss\w* rinunc\w* stralci\w*
    verwijder\w* schrap\w* zien\s+\w+\s+af afzien abr\w+\s+mao remov\w* dispens\w*
    tolgo|togliamo quitamos|quitar\w* stryk\w* stryger fjern\w* tar\s+bort usun\w* odstran\w*
    vzdav\w* rezygnuj\w* avstar frafald\w* frafall\w* usuw\w* odpust\w* promin\w* anulow\w*
    anuluj\w* zrusi\w* zrus\w* dej(?:ar|amos|emos)\s+(?:\w+\s+){0,3}fuera
    laten\s+(?:\w+\s+){0,3}(?:vallen|vervallen) vervallen weglassen lassen\s+(?:\w+\s+){0,3}weg
    leave\s+(?:\w+\s+){0,3}out omit\w* omett\w* omit(?:ir|imos) tralasci\w* lasciamo\s+fuori
    deix(?:ar|amos)\s+(?:\w+\s+){0,3}de\s+fora geschrapt prescind\w* abandon\w* abdic\w*
    can\s+go(?=\s*(?:[.!,;]|$)) off\s+the\s+table vom\s+tisch queda\w*\s+fuera viene\s+meno
    vengono\s+meno vervalt cai caem entfallt falls?\s+away faller\s+bort bortfaller odpada
    kann\s+(?:\w+\s+)?(?:weg|entfallen) peut\s+sauter saute puo\s+saltare
    laten\s+(?:\w+\s+){0,3}(?:schieten|varen) herausnehm\w* rausnehm\w* herausgenommen ignor\w*
    negeer\w* negeren abboniamo abbuon\w* isentar isentamos isentaremos exoneramos eximimos
    esentiamo
    befreien\s+wir stellen\s+(?:\S+\s+)?vrij
    """
)
# Negation. "n't" is folded text's "n't" as in "can't".
NEGATION = words(
    r"""
    not no never cannot can't won't don't doesn't isn't aren't wasn't \w+n't neither nor unable
    nicht
    kein\w* nie niemals weder n'\w* pas jamais aucun\w* ni\s+siquiera
    ni\s+\w+(?:\s+\w+){0,5}\s+ni nunca ningun\w* non nessun\w* niet geen nooit nao nenhum\w* nem
    nothing nichts niets rien nada niente nulla nunca inte ej aldrig ikke nie nemuz\w* nemohu
    aldri ingen inget intet ingenting nigdy zaden\w* zadna zadne nikdy nic neni nelze nebude\w*
    zadn\w*
    """
)
# Starting work: by itself it accepts the order ("wir legen los", "on lance le projet").
PROCEED = words(
    r"""
    (?:we|we'll|we\s+will|we\s+can|let's|we're)\s+(?:\w+\s+)?(?:start|begin|kick\s+off
    |get\s+started|go\s+ahead|proceed|move\s+forward|launch|get\s+going|moving\s+(?:ahead
    |forward)|going\s+ahead|proceeding|getting\s+started|pressing\s+ahead)
    legen\s+(?:wir\s+)?(?:\w+\s+){0,2}los wir\s+legen\s+(?:\w+\s+){0,2}los
    fangen\s+(?:wir\s+)?(?:\w+\s+){0,2}an wir\s+fangen wir\s+starten starten\s+wir
    wir\s+beginnen beginnen\s+wir on\s+(?:lance|demarre|commence|y\s+va) fortzufahren
    fahren\s+wir\s+fort wir\s+fahren\s+(?:\w+\s+){0,3}fort
    nous\s+(?:lancons|demarrons|commencons|pouvons\s+(?:commencer|demarrer|lancer)) arrancamos
    empezamos comenzamos iniciamos procedemos
    podemos\s+(?:empezar|comenzar|arrancar|iniciar|avanzar|proceder|comecar|avancar) partiamo
    iniziamo procediamo possiamo\s+(?:iniziare|procedere|partire|avviare) avviamo
    (?:we|wij)\s+(?:\w+\s+)?(?:starten|beginnen)
    gaan\s+(?:we\s+)?(?:van\s+start|aan\s+de\s+slag) comecamos avancamos
    vamos\s+(?:comecar|avancar|arrancar)
    vi\s+(?:\w+\s+){0,2}(?:borjar|startar|starter|gar\s+i\s+gang|satter\s+igang
    |setter\s+i\s+gang|ga\s+i\s+gang|kan\s+ga\s+i\s+gang)
    (?:setter|satter|gar)\s+(?:vi\s+)?i\s+gang zaczynamy rozpoczynamy zacneme zaciname
    mozemy\s+(?:\w+\s+)?(?:zaczac|rozpoczac)
    vi\s+kan\s+(?:\w+\s+)?(?:borja|starta|starte|begynde|begynne) muzeme\s+(?:\w+\s+)?zacit
    (?:vi\s+)?kor\s+igang startar\s+vi zaczniemy rozpoczniemy zahajujeme zahajime
    """
)
FUTURE = words(
    r"""
    will 'll shall should going\s+to is\s+getting are\s+getting set\s+to expect(?:ed)?\s+to
    scheduled\s+to wird werden wordt worden sollte\w* soll\w* erfolgt sera seran seront serons
    serez va vont allons devrai\w* aura auront estara\w* van\s+a vamos\s+a quedara\w* tendra\w*
    habra sara\w* saremo dovrebb\w* avverr\w* verr\w* zal zullen zult gaat gaan serao estarao
    vai vao deve\w* ficara\w* terao tera queda\w* kommer\s+att vil bliver blir zostan\w*
    bedzie\w* beda budou bude budeme beda bedzie budou bude kommer\s+att vil\s+(?:vaere|blive)
    """
)
# Romance future tense on a fulfilment verb: "livrerons", "entregaremos", "attiveremo".
FUTURE_FORM = words(
    r"""
    \w+(?:erons|erez|eront|era|aremos|eremos|iremos|aran|eran|iran|ara|era|ira|eremo|eranno
    |iremo|iranno|arao|erao|irao|dra|dran|drao)
    """
)
COMPLETED = words(
    r"""
    (?:has|have|had)\s+been is\s+now are\s+now is are ist sind wurden? ist\s+\w+\s+worden est
    sont a\s+ete ont\s+ete esta\w* ha\s+sido han\s+sido e\s+stat[oaie] sono zijn werd\w* foi
    foram estao quedan? queda\w* ar er jest sa zostal\w* jsou byl\w*
    """
)
# "already": what is already under way is a fulfilment stated ("la merce è già in viaggio").
ALREADY = words(
    r"""
    already bereits schon deja ya gia
    ja\s+(?:esta|estao|foi|foram|se\s+encontra|segue|seguiu|saiu) allerede redan juz uz
    """
)
