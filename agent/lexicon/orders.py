"""Words of customer mail about the order itself: fulfilment dates asked for, conditions on
the PO, cancellation, holds, scope, amendments, contract changes, a change of contracting party.
"""

from __future__ import annotations

import re

from agent.lexicon.nouns import family, words

# What a customer wants a date for: delivery, activation, go-live, installation, access.
FULFILMENT = words(
    r"""
    deliver(?!y\s+address|y\s+note)\w* shipment\w* ship(?:ped|ping)?(?!\s+(?:to\s+)?address)
    dispatch\w* activat\w* go-?live go\s+live golive live up\s+and\s+running provision\w*
    install\w* deploy\w* roll-?out implementation onboarding kick-?off credentials active
    configured aktiv freigeschaltet eingerichtet actif actifs active[s]? activ[oa]s? operativ\w*
    attiv[oiae] actief ativ[oa]s? configurad[oa]s? configurat[oiae] geconfigureerd
    konfiguriert\w* configure\w*
    switch(?:ed|es)?\s+on turn(?:ed|s)?\s+on enabled einsatzbereit nutzbar operationnel\w*
    (?:user|get|receive|obtain|have|platform|system|tenant|software)\s+access
    access\s+(?:to|for)\s+(?:the\s+|our\s+|your\s+)?(?:platform|software|system|tenant|service
    |licen\w*) licen[cs]es?\s+(?:active|live|available|keys|activated|provisioned) lieferung\w*
    liefertermin\w* lieferdatum liefer(?!ant)\w* aktivier\w* freischalt\w* inbetriebnahme
    bereitstell\w* installation\w* einfuhrung zugang\w* zugange livegang livraison\w* livr\w*
    activation\w* mise\s+en\s+(?:service|production|route) installation\w* deploiement demarrage
    entrega\w* activacion\w* puesta\s+en\s+marcha instalacion\w* implantacion despliegue
    consegna\w* attivazion\w* attivar\w* messa\s+in\s+(?:servizio|produzione) installazion\w*
    avvio rilascio levering\w* lever(?:en|t|d|ing|datum|tijd)\w* activatie\w* activer\w*
    installatie\w* ingebruikname implementatie ativacao ativa(?:r|do|da|dos|das|cao) implantacao
    instalacao leverans\w* aktivering\w* driftsattning dostaw\w* wdrozeni\w* dodavk\w* spusteni
    produktiv\w* nutzbar einsatzbereit betriebsbereit productive? productiv[oa] produttiv[oa]
    productief produtiv[oa] usable utilisable utilizable utilizzabile bruikbaar utilizavel
    log\s*in logged\s+in login sign\s+in anmelden einloggen se\s+connecter iniciar\s+sesion
    acceder accedere inloggen fazer\s+login acessar attivat\w* able\s+to\s+(?:use|access|work)
    activee\w* activees activ[eé]\w* available verfugbar disponibles? disponibil\w* beschikbaar
    disponive\w* klaar\w* bereit\w* einsatzbereit pronta\w* listo\w* prete?s? training\w*
    schulung\w* formation\w* formacion\w* formazione opleiding\w* treinamento\w* capacitacion
    operation\w* operationnel\w* operacional\w* operationeel
    (?:user\s+accounts?|benutzerkonten|comptes\s+utilisateurs?|cuentas\s+de\s+usuarios?
    |account\s+utente|gebruikersaccounts
    |contas\s+de\s+utilizadores?)\s+(?:\S+\s+){0,2}(?:ouverts|crees|actifs|opened|created
    |set\s+up|angelegt|eingerichtet|abiertas|creadas|aperti|creati|aangemaakt|abertas|criadas)
    (?:consultants?|trainers?|engineers?|technicians?|berater\w*|techniker\w*|consultores
    |consulenti|adviseurs|tecnicos|formateurs?|formadores|trainer\w*)\s+(?:\S+\s+){0,3}(?:booked
    |reserved|scheduled|available|gebucht|eingeplant|reserves?|reservados|prenotati|ingepland
    |disponibles?|disponibili|beschikbaar)
    """
)
# ...and what makes it a request for a commitment: a date, a schedule, a confirmation.
# ...and what makes it a request for a commitment: a date or schedule, or a confirmation.
DATE_NOUN = words(
    r"""
    dates? schedule\w* timeline\w* timing time\s*frame eta lead\s+time deadline termin\w* datum
    zeitplan lieferzeit zeitraum calendrier planning delai\w* echeancier fecha\w* plazo\w*
    calendario cronograma data tempistic\w* tempi scadenz\w* datum planning levertijd termijn
    tijdlijn prazo\w* cronograma leveranstid leveringstid terminu harmonogram
    """
)
COMMIT_VERB = words(
    r"""
    confirm\w* commit\w* guarantee\w* promise\w* ensure assure state give\s+us\s+a bestatig\w*
    zusag\w* zusicher\w* garantier\w* verbindlich\w* confirm\w* garant\w* engag\w* assur\w*
    confirm\w* garantiz\w* comprom\w* asegur\w* conferm\w* garant\w* impegn\w* assicur\w*
    bevestig\w* garandeer\w* toezeg\w* verzeker\w* confirm\w* garant\w* comprom\w* assegur\w*
    bekraft\w* bekraeft\w* potwierdz\w* potvrd\w* make\s+sure sicherstell\w* s'assurer asegur\w*
    assicur\w* zorg\w*\s+(?:ervoor\s+)?dat
    """
)
# A PO, a signature or an approval held back until we agree to something.
PO_ACTION = words(
    r"""
    issu\w* releas\w* rais\w* sign\w* approv\w* process\w* plac\w* submit\w* send\w*
    finali[sz]\w* countersign\w* (?:po|purchase\s+order|order)\s+(?:will|would|can) ausstell\w*
    freigeb\w* freigabe unterschr\w* unterzeichn\w* bestellen erteil\w* auslos\w* emettr\w*
    emission signer signature valider validation passer\s+commande emitir emision firmar firma
    aprobar aprobacion cursar emettere emissione firmare approvare approvazione inoltrare
    uitgeven ondertekenen goedkeur\w* plaatsen vrijgeven emitir emissao assinar assinatura
    aprov\w* aprob\w* emis\w* emitid\w* emess\w* erteilt ausgelost emett\w* vrijgeg\w* emit\w*
    freigegeb\w* sign\w* firm\w* akkoord approved genehmigt goedgekeurd approvato aprobado
    aprovado autorizado autorizzato validee? freigabe\w* intervenir signature assin\w*
    (?:po|ordine|order|pedido|bestellung|commande|oc|bestelling|encomenda)\s+(?:\S+\s+)?(?:parte
    |part|sale|sai|geht\s+raus|goes\s+out|vertrekt)
    """
)
# What a condition may ask for that only a person with authority can give.
COMMERCIAL_ASK = words(
    r"""
    agree\w* accept\w* confirm\w* commit\w* guarantee\w* waive\w* discount\w* price\w* pricing
    amount\w* terms conditions payment\w* date\w* deliver\w* go-?live activation clause\w*
    liabilit\w* indemn\w* redline\w* sla amendment\w* credit\w* extend\w* cap\w* penalt\w*
    zustimm\w* akzeptier\w* bestatig\w* garantier\w* rabatt\w* preis\w* betrag\w* bedingungen
    zahlung\w* termin\w* liefer(?!ant)\w* klausel\w* haftung\w* nachtrag\w* accept\w* confirm\w*
    garant\w* remise\w* prix montant\w* conditions paiement\w* date\w* livraison\w* clause\w*
    responsabilit\w* avenant\w* acept\w* confirm\w* garantiz\w* descuento\w* precio\w*
    importe\w* condiciones pago\w* fecha\w* entrega\w* clausula\w* responsabilidad adenda\w*
    accett\w* conferm\w* garant\w* scont\w* prezz\w* importo condizioni pagament\w* data
    consegna\w* clausol\w* responsabilita emendament\w* akkoord accepter\w* bevestig\w*
    korting\w* prijs\w* bedrag\w* voorwaarden betaling\w* datum lever\w* clausule\w*
    aansprakelijkheid aceit\w* confirm\w* desconto\w* preco\w* valor\w* condicoes pagamento\w*
    data\w* entrega\w* clausula\w* responsabilidade aditivo\w* penalit\w* sla disponibilit\w*
    service\s+credits? credits?\s+de\s+service verfugbarkeit\w* beschikbaarheid\w* avenant\w*
    adenda\w* annex\w* annexe\w* anlage\w* anexo\w* allegat\w* bijlage\w* contrat\w* contract\w*
    vertrag\w* contrato\w* contratt\w* invoic\w* factur\w* fattur\w* fatur\w* rechnung\w*
    gefactureerd
    """
)
# What a cancellation must be about to cancel the deal (not a "cancelled cheque").
CANCELLABLE = words(
    r"""
    orders? po pos purchase\s+orders? contract\w* subscription\w* deal agreement renewal\w*
    project\w* bestellung\w* auftrag\w* vertrag\w* abonnement\w* projekt\w* commande\w*
    bon\s+de\s+commande contrat\w* projet\w* pedido\w* orden\w* contrato\w* suscripcion\w*
    proyecto\w* oc ordine\w* contratto\w* abbonamento\w* progetto\w* bestelling\w* order\w*
    opdracht\w* overeenkomst\w* encomenda\w* assinatura\w* projeto\w* compra purchase
    """
)
# What a bare "if" may hang on before it conditions the PO: money, terms, dates, clauses.
COMMERCIAL_DEMAND = words(
    r"""
    agree\w* accept\w* discount\w* rabatt\w* remise\w* descuento\w* sconto\w* korting\w*
    desconto\w* price\w* pricing preis\w* prix precio\w* prezz\w* prijs\w* preco\w*
    payment\s+terms zahlungs\w* paiement\w* pago\w* pagament\w* betaling\w* net\s*\d+
    \d+\s*(?:pct|days|tage|jours|dias|giorni|dagen) liabilit\w* haftung\w* responsabilit\w*
    aansprakelijk\w* cap sla penalt\w* penal\w* multa\w* boete\w* clause\w* klausel\w*
    clausol\w* clausula\w* clausule\w* guarantee\w* garant\w* deliver\w*
    liefer(?:ung\w*|termin\w*|datum|zeit\w*|n|t|bar) livraison\w* livr(?:er|ons|ez|e|ee|ees)
    entrega\w* consegn\w* lever(?:ing|en|t|datum|tijd) go-?live activation aktivierung akkoord
    zustimm\w* zusag\w* accett\w* aceit\w* acept\w*
    """
)
CANCEL = family(
    r"(?:may|might|need\s+to|want\s+to|have\s+to|going\s+to|plan\s+to|would\s+like\s+to|will)\s+cancel\b",
    r"cancel\w*|annul\w*|withdraw\w*|rescind\w*|revok\w*|retract\w*|call\s+off|terminat\w*"
    r"|no\s+longer\s+(?:need|require|want|proceed|moving\s+forward)|not\s+(?:going|moving)\s+"
    r"(?:ahead|forward)|decided\s+(?:not\s+to|against)|back\w*\s+out",
    r"stornier\w*|storno\w*|zuruckzieh\w*|zuruckgezogen|widerruf\w*|kundig\w*|nicht\s+mehr\s+"
    r"(?:benotig\w*|brauch\w*|weiterverfolg\w*)|abbestell\w*",
    r"annul\w*|annulation|retir\w*\s+(?:notre|la|le)|resili\w*|renon\w*\s+a\s+(?:la\s+)?commande"
    r"|ne\s+(?:souhaitons|voulons|donnerons)\s+(?:plus|pas)\s+suite",
    r"cancel\w*|anul\w*|desist\w*|rescind\w*|dar\s+de\s+baja|ya\s+no\s+(?:necesitamos|seguiremos)",
    r"annull\w*|cancell\w*|revoc\w*|disdett\w*|recedere|rinunci\w*\s+all'ordine|non\s+procederemo",
    r"annuleer\w*|annulering\w*|intrek\w*|ingetrokken|opzeg\w*|niet\s+(?:meer\s+)?doorgaan"
    r"|trek\w*\s+(?:[\w'-]+\s+){0,4}in\b|gaat\s+niet\s+door",
    r"cancel\w*|anul\w*|desist\w*|rescind\w*|nao\s+vamos\s+(?:mais\s+)?prosseguir",
    r"avbest\w*|annuller\w*|anulow\w*|zrus\w*|storn\w*",
)
# "... the duplicate PO": cancelling a copy sent by mistake is housekeeping.
# A PO sent by mistake ("duplicate", "in error", "zweimal"): cancelling it changes nothing.
MISTAKE = words(
    r"""
    duplicat\w* twice double\w* in\s+error by\s+mistake wrong\s+(?:po|number|order) sent\s+again
    incorrect\w* erroneous\w* doppelt\w* versehentlich irrtumlich\w* falsch\w* en\s+double
    doublon par\s+erreur errone\w* duplicad\w* por\s+error equivocad\w* duplicat\w* per\s+errore
    errat\w* dubbel\w* per\s+abuis verkeerd\w* duplicad\w* por\s+engano por\s+erro dos\s+veces
    zweimal deux\s+fois due\s+volte twee\s+keer duas\s+vezes
    (?:un|mi|nuestro|our|my|mein|unser|notre|mon)\s+(?:error|fehler|erreur|mistake) errore fout
    erro\s+(?:nosso|meu) generated\s+twice doppel\w* duplicidad\w* duplicidade duplicazion\w*
    dupe?s?
    (?:the\s+)?correct\s+(?:po|one|order|number) cancel\w*\s+and\s+void richtige\s+bestell\w*
    bonne\s+commande (?:pedido|ordine|numero)\s+corrett?o juiste\s+(?:bestelling|order|po) void
    (?:two|2|zwei|deux|dos|due|twee|duas)\s+(?:\w+\s+)?(?:orders|pos|bestellungen|commandes|pedidos
    |ordini|bestellingen|encomendas)\s+(?:for|fur|pour|para|per|voor)\s+(?:the\s+same|dieselbe\w*
    |denselben|la\s+meme|le\s+meme|el\s+mismo|la\s+misma|lo\s+stesso|la\s+stessa|dezelfde|hetzelfde
    |o\s+mesmo|a\s+mesma)
    """
)
# One PO taking another's place: a correction, or (with a split) part of a change.
REPLACED = words(
    r"""
    replac\w* supersed\w* ersetzt ersetzen remplac\w* sustitu\w* reemplaz\w* sostitu\w*
    vervang\w* substitu\w*
    use\s+(?:po\s+|order\s+|number\s+)?[a-z]*-?\d{4,}\S*\s+(?:\S+\s+)?instead
    (?:(?:verwenden|nutzen|use|utilisez|usen|utilizzate|gebruik|usem)\s+(?:sie\s+)?(?:bitte\s+)?
    (?:\S+\s+){0,2}?[a-z]*-?\d{4,}\S*\s+(?:\S+\s+)?(?:stattdessen|a\s+la\s+place|en\s+su\s+lugar
    |al\s+suo\s+posto|in\s+plaats\s+daarvan|em\s+vez\s+disso|instead))
    """
)
DUPLICATE = re.compile(f"{MISTAKE.pattern}|{REPLACED.pattern}")
HOLD = family(
    r"(?:investerings|inkoop|budget|uitgaven|bestel|aankoop|investitions|einkaufs|ausgaben)stopp?|aangehouden"
    r"|(?:haushalts|budget|ausgaben|investitions)sperre|ruhen\s+(?:zu\s+)?lassen|erneut\s+zur\s+genehmigung"
    r"|opnieuw\s+ter\s+goedkeuring|(?:order|bestelling)\s+(?:[\w'-]+\s+){0,2}voorlopig\s+niet",
    r"on\s+hold|hold\s+off|put\s+(?:[\w'-]+\s+){0,3}on\s+ice|pause\w*|paus(?:ing|ed)|freez\w*|frozen"
    r"|suspend\w*|halt(?:ed|ing|s)?|stop(?:ped|ping)?\s+(?:all\s+)?(?:work|processing|the\s+(?:order|po"
    r"|purchase))|(?:order|po|purchase|processing)\s+(?:[\w'-]+\s+){0,3}stopped|budget\s+(?:cut|hold)",
    r"aussetz\w*|ausgesetzt|zuruckstell\w*|zuruckgestellt|pausier\w*|auf\s+eis|einfrier\w*"
    r"|eingefroren|gestoppt|stopp(?!ed\b|ing\b)\w*|budgetstopp|ausgabenstopp|budget\w*\s+gestrichen",
    r"en\s+attente(?!\s+(?:de\s+la|de\s+|della\s+|del\s+|di\s+|da\s+|do\s+)(?:firma|approvazione|autorizzazione|validazione|signature|approbation|validation|aprobacion|autorizacion|assinatura|aprovacao|autorizacao))|en\s+pause|suspend\w*|gel\w*\s+(?:des|du|de\s+la|budget)|mettre\s+en\s+(?:pause"
    r"|attente)|stopp(?!ed\b|ing\b)\w*|budget\s+(?:gele|bloque|supprime)",
    r"en\s+espera(?!\s+(?:de\s+la|de\s+|della\s+|del\s+|di\s+|da\s+|do\s+)(?:firma|approvazione|autorizzazione|validazione|signature|approbation|validation|aprobacion|autorizacion|assinatura|aprovacao|autorizacao))|en\s+pausa|suspend\w*|congel\w*|detener\w*|paraliz\w*|presupuesto\s+(?:congelado"
    r"|bloqueado|recortado)",
    r"in\s+attesa(?!\s+(?:de\s+la|de\s+|della\s+|del\s+|di\s+|da\s+|do\s+)(?:firma|approvazione|autorizzazione|validazione|signature|approbation|validation|aprobacion|autorizacion|assinatura|aprovacao|autorizacao))|in\s+pausa|sospes\w*|sospend\w*|congela\w*|bloccat\w*|blocco\s+(?:del\s+)?budget"
    r"|fermar\w*",
    r"on\s+hold|in\s+de\s+wacht|pauzer\w*|gepauzeerd|opgeschort|opschort\w*|bevror\w*|stilgezet"
    r"|budgetstop",
    r"em\s+espera(?!\s+(?:de\s+la|de\s+|della\s+|del\s+|di\s+|da\s+|do\s+)(?:firma|approvazione|autorizzazione|validazione|signature|approbation|validation|aprobacion|autorizacion|assinatura|aprovacao|autorizacao))|em\s+pausa|pausad\w*|suspens\w*|suspend\w*|congelad\w*|congelamento|paralisad\w*",
    r"pausad\w*|vstrzyma\w*|pozastav\w*|zamrazen\w*",
)
# Something was approved that must be approved again, or approval was withdrawn.
REAPPROVAL = words(
    r"""
    re-?approv\w* new\s+approval approval\s+(?:was\s+)?(?:withdrawn|revoked|rejected|denied)
    erneut\w*\s+(?:genehmig\w*|freigabe|freigeben) neue\w*\s+freigabe
    freigabe\s+(?:zuruckgezogen|abgelehnt) nouvelle\s+validation nouvelle\s+approbation
    re-?valid\w* nueva\s+aprobacion aprobacion\s+(?:retirada|denegada) nuova\s+approvazione
    riapprova\w* opnieuw\s+goedkeur\w* nieuwe\s+goedkeuring nova\s+aprovacao reaprova\w*
    """
)
# Small counts written out: "only three modules", "nur zwei Module", "solo tre moduli".
_FEW = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|funf|sechs|deux|trois|quatre"
    r"|cinq|dos|tres|cuatro|cinco|seis|due|tre|quattro|cinque|sei|twee|drie|vijf|zes|dois|duas"
    r"|quatro)"
)
DESCOPE = family(
    # "we laten de analytics-module er toch uit", "leave the add-on out", "lassen das Modul weg"
    r"(?:laten|lassen|leave|leaving|lasciamo|dejamos|deixamos|laissons)\s+(?:[\w'-]+\s+){0,4}"
    r"(?:eruit|er\s+(?:toch\s+)?uit|weg|out|raus|fuori|fuera|fora|de\s+cote)",
    # "PO komt ALLEEN voor de basislicenties", "the PO is only for the core licences"
    r"(?:po|order|bestelling|bestellung|commande|pedido|ordine|encomenda)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:alleen|only|nur|seulement|uniquement|solo|solamente|apenas|somente)\s+(?:voor|for|fur"
    r"|pour|para|per)\s+(?:de\s+|the\s+|die\s+|den\s+|les?\s+|la\s+|el\s+|los\s+|il\s+|i\s+"
    r"|os\s+|as\s+|o\s+|a\s+)?(?:basis\w*|base|basic|core|kern\w*|standard\w*|\w*licen\w*"
    r"|\w*lizenz\w*)",
    r"(?:auf|to|a|naar|para|down\s+to)\s+\d+\s+(?:seats?|licen\w*|users?|lizenz\w*|nutzer\w*|utilisateurs?"
    r"|usuarios?|utent\w*|gebruikers?|utilizadores?)\s+(?:zu\s+)?(?:reduzier\w*|verringer\w*|reduc\w*"
    r"|redui\w*|ridur\w*|verminder\w*|verlag\w*|reduz\w*)",
    r"(?:only|just)\s+(?:[\w'-]+\s+){0,2}\d+\s+(?:of|out\s+of)\s+(?:our\s+|the\s+)?\d+",
    r"(?:only|just)\s+(?:need|want|order|buy|take|purchase|license|renew|keep)\s+\d+",
    r"(?:remov|delet|drop|tak\w*\s+\w+\s+off|exclud|streich|entfern|herausnehm|retir|supprim|enlev"
    r"|quit|elimin|togli|rimuov|verwijder|schrap|haal|remov)\w*(?:\s+[\w'-]+){0,6}\s+(?:from|aus|de|del"
    r"|dal|dalla|uit|da|do|dall'|dell')\s*(?:the\s+|our\s+|der\s+|dem\s+|la\s+|le\s+|el\s+|il\s+|de\s+|het"
    r"\s+|o\s+|a\s+)?(?:order|po|quote|contract|renewal|bestellung|auftrag|angebot|verlangerung|commande"
    r"|devis|renouvellement|pedido|renovacion|oferta"
    r"|ordine|offerta|bestelling|offerte|encomenda|proposta)",
    r"(?:aus|dall'|dal|uit)\s*(?:der\s+|dem\s+|de\s+)?(?:bestellung|ordine|bestelling)\w*\s+(?:[\w'-]+\s+)"
    r"{0,4}(?:streichen|entfernen|herausnehmen|togliere|eliminare|halen|verwijderen|schrappen)",
    r"\d+\s+(?:instead\s+of|statt|anstatt|au\s+lieu\s+de|en\s+lugar\s+de|en\s+vez\s+de|invece\s+di"
    r"|in\s+plaats\s+van|em\s+vez\s+de)\s+\d+\s+(?:seats|licen\w*|users|lizenz\w*|nutzer\w*"
    r"|utilisateurs|usuarios|utent\w*|gebruikers|utilizadores|usuarios)",
    r"(?:only|nur|seulement|solo|solamente|maar|slechts|apenas|somente)\s+\d+\s+(?:of|von|sur|de|di|van"
    r"|dos|das)\s+(?:the\s+|die\s+|les\s+|los\s+|las\s+|i\s+|le\s+|de\s+|os\s+|as\s+)?\d+",
    r"(?:reduc|decreas|lower|cut|scal\w*\s+(?:back|down)|downgrad|trim|drop|remov|exclud|descop"
    r"|de-scop)\w*\s+(?:[\w'-]+\s+){0,5}(?:seats?|licen[cs]es?|users?|modules?|add-?ons?|products?"
    r"|line\s+items?|scope|quantity|volume)",
    r"(?:took|take|taking|nehmen|genommen|retirons|retiramos|togliamo|halen|tiramos)\s+(?:[\w'-]+\s+){0,4}"
    r"(?:out|heraus|raus|fuera|fora|eruit)\b",
    r"\d+\s+(?:seats?|licen[cs]es?|users?|lizenz\w*|nutzer\w*|utilisateurs?|licences?|usuarios?"
    r"|licencias?|puestos?|licenz\w*|utent\w*|postazion\w*|licenties?|gebruikers?|licencas?"
    r"|utilizadores?)\s+(?:[\w'-]+\s+)?(?:instead\s+of|rather\s+than|statt|anstatt|au\s+lieu\s+d\w*"
    r"|en\s+lugar\s+de|en\s+vez\s+de|invece\s+d\w*|in\s+plaats\s+van|em\s+vez\s+de|ao\s+inves\s+de"
    r"|not|nicht|pas|no|non|niet|nao)\s+(?:the\s+|die\s+|les\s+|los\s+|las\s+|le\s+|de\s+|os\s+|as\s+)?\d+",
    r"(?:only|just)\s+(?:need|want|order|buy|take|go\s+with)\s+\d+|fewer\s+(?:seats|licen[cs]es"
    r"|users)|instead\s+of\s+(?:the\s+)?\d+\s+(?:seats|licen[cs]es|users|units)",
    r"(?:reduzier|verringer|kurz|streich|entfern)\w*\s+(?:[\w'-]+\s+){0,5}(?:lizenz\w*|nutzer\w*|module?"
    r"|menge|anzahl|umfang)|(?:nur\s+noch|weniger)\s+(?:\d+\s+)?(?:lizenz|nutzer)\w*",
    r"(?:redui|diminu|baiss|retir|supprim|enlev)\w*\s+(?:[\w'-]+\s+){0,5}(?:licences?|utilisateurs?"
    r"|modules?|perimetre|quantite|nombre)|(?:seulement|uniquement)\s+\d+\s+(?:licences|utilisateurs)",
    r"(?:reduc|disminu|baj|quit|elimin|retir)\w*\s+(?:[\w'-]+\s+){0,5}(?:licencias?|usuarios?|modulos?"
    r"|alcance|cantidad|puestos?)|(?:solo|solamente)\s+\d+\s+(?:licencias|usuarios)",
    r"(?:ridu|diminu|toglie|rimuov|elimin|tagli)\w*\s+(?:[\w'-]+\s+){0,5}(?:licenz\w*|utent\w*|modul\w*"
    r"|perimetro|quantita|postazion\w*)|(?:solo|soltanto)\s+\d+\s+(?:licenze|utenti)",
    r"(?:verminder|verlag|schrap|verwijder)\w*\s+(?:[\w'-]+\s+){0,5}(?:licenties?|gebruikers?|modules?"
    r"|scope|aantal)|(?:minder|slechts|maar)\s+\d*\s*(?:licenties|gebruikers)",
    r"(?:reduz|diminu|retir|remov|elimin|cort)\w*\s+(?:[\w'-]+\s+){0,5}(?:licencas?|usuarios?|utilizadores?"
    r"|modulos?|escopo|quantidade)|(?:apenas|so|somente)\s+\d+\s+(?:licencas|usuarios)",
    # Approved only in part: "approvo il rinnovo ma solo per tre moduli", "genehmigt, aber nur
    # für zwei Module", "approved, but only for 30 seats".
    r"(?:approv|genehmig|freigegeb|approuv|aprueb|aprob|aprovad|aprov|goedgekeurd|akkoord)\w*"
    r"[\s,]+(?:[\w'-]+[\s,]+){0,5}?(?:(?:but|ma|aber|mais|pero|maar|mas)\s+)?(?:only|solo|soltanto"
    r"|nur|seulement|uniquement|solamente|alleen|apenas|somente)\s+(?:(?:for|per|fur|pour|para"
    r"|voor)\s+)?(?:\d+|" + _FEW + r")\s+(?!days?\b|tage\b|jours\b|dias\b|giorni\b|dagen\b)\w+",
    # "..., but only for 30 seats" (the contrast splits the clause from its approval)
    r"(?:only|nur|seulement|uniquement|solo|soltanto|solamente|alleen|apenas|somente)\s+(?:for|fur"
    r"|pour|para|per|voor)\s+(?:\d+|" + _FEW + r")\s+(?:seats?|licen\w*|users?|modul\w*|lizenz\w*"
    r"|nutzer\w*|utilisateurs?|usuarios?|utent\w*|gebruikers?|utilizadores?|puestos?|postazion\w*)",
    # An order for a reduced amount: "l'ordine per l'importo ridotto", "reduced total".
    r"(?:reduced|lower|reduziert\w*|verringert\w*|redui\w*|reducid\w*|ridott\w*|verlaagd\w*"
    r"|verminderd\w*|reduzid\w*)\s+(?:amount|total|price|scope|betrag|gesamtbetrag|umfang|montant"
    r"|perimetre|importe|alcance|importo|perimetro|bedrag|omvang|valor|montante|escopo)",
    r"(?:amount|total|betrag|montant|importe|importo|bedrag|valor|montante)\s+(?:[\w'-]+\s+)?"
    r"(?:reduced|reduziert|redui\w*|reducid\w*|ridott\w*|verlaagd|verminderd|reduzid\w*)",
)
# More or other seats than quoted: "200 seats instead of 250", "bump the seats to 300".
_UNITS = (
    r"(?:seats?|licen[cs]es?|users?|units?|lizenz\w*|nutzer\w*|platze|utilisateurs?|licences?|postes?"
    r"|usuarios?|licencias?|puestos?|utent\w*|licenz\w*|postazion\w*|gebruikers?|licenties?|plekken"
    r"|utilizadores?|licencas?)"
)
_INSTEAD = (
    r"(?:instead\s+of|rather\s+than|not|vs\.?|versus|statt|anstatt|nicht|au\s+lieu\s+d\w*|pas|en\s+lugar"
    r"\s+d\w*|en\s+vez\s+d\w*|frente\s+a|invece\s+d\w*|anziche|in\s+plaats\s+van|niet|em\s+vez\s+d\w*"
    r"|ao\s+inves\s+d\w*|i\s+stallet\s+for|i\s+stedet\s+for|zamiast|misto)"
)
QUANTITY_CHANGE = family(
    # seats beside the quoted ones: "the 10 seats on top of the 250 on the quote"
    rf"\d+\s+(?:more\s+|extra\s+|additional\s+|weitere\s+|zusatzliche\s+)?{_UNITS}\s+(?:on\s+top\s+of"
    r"|in\s+addition\s+to|over\s+and\s+above|beyond|zusatzlich\s+zu\w*|uber\s+die|en\s+plus\s+d\w*"
    r"|ademas\s+de|aparte\s+de|in\s+aggiunta\s+a\w*|oltre\s+a\w*|bovenop|bovenop\s+de|naast\s+de"
    r"|alem\s+d\w*)\s+(?:the\s+|die\s+|den\s+|les\s+|los\s+|las\s+|i\s+|le\s+|de\s+|os\s+|as\s+|our\s+)?"
    r"(?:\d+|quot\w*|angebot\w*|devis|oferta|presupuesto|offerta|offerte|proposta)",
    rf"\d+\s+(?:[\w-]+\s+)?{_UNITS}\s+(?:[\w'-]+\s+)?{_INSTEAD}\s+(?:the\s+(?:quoted\s+)?|die\s+|les\s+"
    rf"|los\s+|las\s+|i\s+|le\s+|de\s+|os\s+|as\s+)?\d+",
    rf"{_INSTEAD}\s+(?:the\s+)?(?:quoted\s+)?\d+\s+{_UNITS}",
    # a count set against another: "Qty is 40 seats, not 50"
    rf"\d+\s+(?:[\w-]+\s+)?{_UNITS}\s*,?\s*(?:not|nicht|pas|no|non|niet|nao)\s+(?:the\s+)?\d+\b",
    rf"(?:add|bump|increase|raise|change|adjust|update|modify|erhoh|aufstock|augment|ajout|aument|anad"
    rf"|aggiung|verhog|toevoeg|acrescent)\w*\s+(?:[\w'-]+\s+){{0,4}}{_UNITS}\s+(?:[\w'-]+\s+){{0,2}}"
    rf"(?:to|auf|a|à|naar|para)\s+\d+",
    rf"(?:\d+\s+)?(?:more|additional|extra|weitere|zusatzliche|supplementaires?|adicionales|aggiuntiv[ei]"
    rf"|extra|adicionais)\s+{_UNITS}",
    r"\badd\s+(?:the\s+|an?\s+)?[\w\s-]{0,20}?(?:add-?on|module)\b",
    rf"{_UNITS}\s+(?:adicionales|aggiuntiv[ei]|supplementaires|zusatzlich\w*|adicionais|extra|additional)",
    rf"{_UNITS}(?:\s+[\w'-]+){{0,3}}\s+(?:a|to|auf|naar|para|op)\s+\d+\s+{_INSTEAD}\s+(?:\w+\s+)?\d+",
    # The rest later: "the other 100 go on a separate PO", "die restlichen 50 bestellen wir später".
    r"(?:other|remaining|rest\w*|ubrigen|autres|restantes?|altri|rimanenti|overige|resterende|demais)"
    r"\s+\d+\s+(?:[\w'-]+\s+){0,5}?(?:separate|later|second|another|new|eigene\w*|spater\w*"
    r"|separad\w*|distint\w*|separat\w*|apart\w*|nuev\w*|nuov\w*|nieuw\w*|nov[oa]|outr[oa]|autre)\b",
)
# A cap on what is ordered: "raise it for 400 users only", "nur für 400 Nutzer", "apenas para
# 40 licenças" — a quantity change when the clause is about the order (agent.detect.order).
QUANTITY_CAP = family(
    rf"(?:only|nur|seulement|uniquement|solo|solamente|alleen|slechts|apenas|somente)\s+"
    rf"(?:for\s+|fur\s+|uber\s+|pour\s+|para\s+|per\s+|voor\s+)?\d+\s+(?:[\w-]+\s+)?{_UNITS}",
    rf"for\s+\d+\s+(?:[\w-]+\s+)?{_UNITS}\s+only",
)
ORDERING = words(
    r"""
    po raise\w* issu\w* order\w* approv\w* bestell\w* freigeb\w* freigegeben commande\w* pedido\w*
    ordine ordin\w* bestelling\w* bestellen encomend\w* emit\w* budget\w*
    """
)
# The customer deciding against the purchase: "management decided not to go ahead",
# "a administração decidiu não avançar", "die GF hat entschieden, nicht weiterzumachen".
DECIDED_AGAINST = family(
    r"(?:decid\w*|entschied\w*|entschloss\w*|besloten|besloot|decis\w*|deciso|decidiu)\s+(?:\S+\s+){0,2}?"
    r"(?:not\s+to|nicht|de\s+ne\s+pas|no|non|niet|nao|di\s+non|ne\s+pas)\s+(?:\S+\s+){0,2}?"
    r"(?:proceed\w*|go\s+ahead|continu\w*|move\s+forward|fortzufahren|weiterzumachen|zu\s+bestellen"
    r"|poursuivre|donner\s+suite|avanzar|seguir\w*|procedere|andare\s+avanti|door\s+te\s+gaan"
    r"|verder\s+te\s+gaan|avancar|prosseguir|buy|purchase|order|kaufen|acheter|comprar|acquistare"
    r"|kopen|bestellen)",
)
# The PO itself made conditional: "a OC é condicionada à integração SSO", "the PO is
# contingent on…", "die Bestellung ist abhängig von…": whatever the condition, a person decides.
PO_CONDITIONED = family(
    r"(?:po|purchase\s+order|order|oc|oda|bestellung|commande|bon\s+de\s+commande|pedido|orden\s+de\s+compra"
    r"|encomenda|nota\s+de\s+encomenda|bestelling|inkooporder|ordine)\s+(?:\S+\s+){0,2}?(?:is\s+|e\s+|est\s+"
    r"|ist\s+|es\s+|fica\s+|queda\s+|resta\s+|blijft\s+|will\s+be\s+|sera\s+)?(?:conditional|contingent"
    r"|condicionad\w*|condizionat\w*|conditionn\w*|abhangig|afhankelijk|dependent|depends|hangt\s+af"
    r"|depende\w*|dipende\w*|subordinad\w*|subordinat\w*|vincolat\w*|gebunden|gekoppeld)",
    # the order still under a reservation: "die Beauftragung steht noch unter dem Vorbehalt
    # der Zustimmung unseres Aufsichtsrats", "the order remains subject to board approval"
    r"(?:po|purchase\s+order|order|bestellung|beauftragung|auftrag|commande|pedido|orden"
    r"|encomenda|bestelling|opdracht|ordine|incarico)\s+(?:\S+\s+){0,2}?(?:remains|is\s+still"
    r"|steht|stehen|bleibt|reste|queda|resta|blijft|fica|continua|sigue)\s+(?:noch\s+|still\s+"
    r"|encore\s+|todavia\s+|ancora\s+|nog\s+|ainda\s+)?(?:subject\s+to|unter\s+(?:dem|der)\s+"
    r"vorbehalt|sous\s+(?:la\s+)?reserve|sujet[ao]\s+a|soggett[oa]\s+a|onder\s+voorbehoud"
    r"|sujeit[oa]\s+a|con\s+riserva)",
)
