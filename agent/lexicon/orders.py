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
    (?:user|get|receive|obtain|have|platform|system|tenant|software)\s+access
    access\s+(?:to|for)\s+(?:the\s+|our\s+|your\s+)?(?:platform|software|system|tenant|service
    |licen\w*) licen[cs]es?\s+(?:active|live|available|keys|activated|provisioned) lieferung\w*
    liefertermin\w* lieferdatum liefer\w* aktivier\w* freischalt\w* inbetriebnahme
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
    aprovar aprovacao emis\w* emitid\w* emess\w* erteilt ausgelost emett\w* vrijgeg\w* emit\w*
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
    zahlung\w* termin\w* liefer\w* klausel\w* haftung\w* nachtrag\w* accept\w* confirm\w*
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
    erro\s+(?:nosso|meu) generated\s+twice doppel\w*
    (?:the\s+)?correct\s+(?:po|one|order|number) cancel\w*\s+and\s+void richtige\s+bestell\w*
    bonne\s+commande (?:pedido|ordine|numero)\s+corrett?o juiste\s+(?:bestelling|order|po) void
    """
)
# One PO taking another's place: a correction, or (with a split) part of a change.
REPLACED = words(
    r"""
    replac\w* supersed\w* ersetzt ersetzen remplac\w* sustitu\w* reemplaz\w* sostitu\w*
    vervang\w* substitu\w*
    """
)
DUPLICATE = re.compile(f"{MISTAKE.pattern}|{REPLACED.pattern}")
HOLD = family(
    r"(?:investerings|inkoop|budget|uitgaven|bestel|aankoop|investitions|einkaufs|ausgaben)stopp?|aangehouden"
    r"|(?:haushalts|budget|ausgaben|investitions)sperre|ruhen\s+(?:zu\s+)?lassen|erneut\s+zur\s+genehmigung"
    r"|opnieuw\s+ter\s+goedkeuring|(?:order|bestelling)\s+(?:[\w'-]+\s+){0,2}voorlopig\s+niet",
    r"on\s+hold|hold\s+off|put\s+(?:[\w'-]+\s+){0,3}on\s+ice|pause\w*|paus(?:ing|ed)|freez\w*|frozen"
    r"|suspend\w*|halt(?:ed|ing|s)?|stop\s+(?:all\s+)?(?:work|processing|the\s+order)|budget\s+(?:cut|hold)",
    r"aussetz\w*|ausgesetzt|zuruckstell\w*|zuruckgestellt|pausier\w*|auf\s+eis|einfrier\w*"
    r"|eingefroren|gestoppt|stopp\w*|budgetstopp|ausgabenstopp|budget\w*\s+gestrichen",
    r"en\s+attente|en\s+pause|suspend\w*|gel\w*\s+(?:des|du|de\s+la|budget)|mettre\s+en\s+(?:pause"
    r"|attente)|stopp\w*|budget\s+(?:gele|bloque|supprime)",
    r"en\s+espera|en\s+pausa|suspend\w*|congel\w*|detener\w*|paraliz\w*|presupuesto\s+(?:congelado"
    r"|bloqueado|recortado)",
    r"in\s+attesa|in\s+pausa|sospes\w*|sospend\w*|congela\w*|bloccat\w*|blocco\s+(?:del\s+)?budget"
    r"|fermar\w*",
    r"on\s+hold|in\s+de\s+wacht|pauzer\w*|gepauzeerd|opgeschort|opschort\w*|bevror\w*|stilgezet"
    r"|budgetstop",
    r"em\s+espera|em\s+pausa|pausad\w*|suspens\w*|suspend\w*|congelad\w*|congelamento|paralisad\w*",
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
DESCOPE = family(
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
    rf"\d+\s+(?:[\w-]+\s+)?{_UNITS}\s+(?:[\w'-]+\s+)?{_INSTEAD}\s+(?:the\s+(?:quoted\s+)?|die\s+|les\s+"
    rf"|los\s+|las\s+|i\s+|le\s+|de\s+|os\s+|as\s+)?\d+",
    rf"{_INSTEAD}\s+(?:the\s+)?(?:quoted\s+)?\d+\s+{_UNITS}",
    rf"(?:add|bump|increase|raise|change|adjust|update|modify|erhoh|aufstock|augment|ajout|aument|anad"
    rf"|aggiung|verhog|toevoeg|acrescent)\w*\s+(?:[\w'-]+\s+){{0,4}}{_UNITS}\s+(?:[\w'-]+\s+){{0,2}}"
    rf"(?:to|auf|a|à|naar|para)\s+\d+",
    rf"(?:\d+\s+)?(?:more|additional|extra|weitere|zusatzliche|supplementaires?|adicionales|aggiuntiv[ei]"
    rf"|extra|adicionais)\s+{_UNITS}",
    r"\badd\s+(?:the\s+|an?\s+)?[\w\s-]{0,20}?(?:add-?on|module)\b",
    rf"{_UNITS}\s+(?:adicionales|aggiuntiv[ei]|supplementaires|zusatzlich\w*|adicionais|extra|additional)",
    rf"{_UNITS}(?:\s+[\w'-]+){{0,3}}\s+(?:a|to|auf|naar|para|op)\s+\d+\s+{_INSTEAD}\s+(?:\w+\s+)?\d+",
)
AMENDMENT = words(
    r"""
    amendment\w* addend\w* change\s+order nachtrag\w* anderungsvereinbarung\w*
    zusatzvereinbarung\w* avenant\w* adenda\w* anexo\s+modificatorio emendament\w*
    atto\s+aggiuntivo aanvulling\w* wijzigingsovereenkomst aditivo\w* aditamento\w* tillagg\w*
    aneks\w* dodat\w*
    """
)
# The customer will not sign or countersign the order form or contract: going ahead
# without a required signature.
REFUSES_SIGNATURE = words(
    r"""
    (?:zeichn\w*|unterschreib\w*|unterzeichn\w*)\s+(?:\S+\s+){0,6}?(?:nicht
    |keine?)\s+(?:\S+\s+)?(?:gegen|mehr)?
    (?:nicht|keine?)\s+(?:\S+\s+){0,2}(?:gegenzeichn\w*|unterschreib\w*|unterzeichn\w*)
    (?:won't|will\s+not|do\s+not|don't|never|cannot|can't)\s+(?:\S+\s+)?(?:countersign\w*
    |sign\w*) no\s+need\s+to\s+(?:counter)?sign
    ne\s+(?:le\s+|la\s+|les\s+)?(?:signer\w*|contresigner\w*|signera\w*)\s+pas
    pas\s+besoin\s+de\s+(?:contre)?signer no\s+(?:vamos\s+a\s+)?firmar\w*
    no\s+(?:lo\s+|la\s+)?firmar\w* non\s+(?:lo\s+|la\s+)?firmer\w*
    non\s+(?:serve\s+)?(?:contro)?firmare (?:tekenen|ondertekenen)\s+(?:\S+\s+)?niet
    niet\s+(?:\S+\s+)?(?:tekenen|ondertekenen) nao\s+(?:vamos\s+)?assinar\w*
    """
)
UNSIGNED = words(
    r"""
    unsigned not\s+(?:yet\s+)?(?:been\s+)?signed pending outstanding awaiting\s+signature
    still\s+(?:needs|requires)\s+(?:your\s+)?signature before\s+(?:it\s+is\s+)?signed
    nicht\s+(?:[\w'-]+\s+)?unterschrieben unterschreiben\s+sie ausstehend\w* non\s+signe\w*
    pas\s+(?:encore\s+)?signe\w* en\s+attente\s+de\s+signature signer sin\s+firmar
    pendiente\s+de\s+firma firmar\w* falta\s+(?:la\s+)?firma non\s+firmat\w*
    in\s+attesa\s+di\s+firma firmare niet\s+(?:[\w'-]+\s+)?ondertekend ondertekenen
    nao\s+assinad\w* pendente\s+de\s+assinatura assinar falta\s+(?:a\s+)?assinatura
    (?:won't|will\s+not|isn't|is\s+not|hasn't|has\s+not|not)\s+(?:[\w'-]+\s+){0,2}(?:be\s+
    |been\s+)?signed
    still\s+(?:sitting|pending|with\s+(?:our|the)\s+(?:legal|general\s+counsel|lawyers?))
    """
)
LEGAL = family(
    r"(?:sla|disponibilit\w*|availability|verfugbarkeit|beschikbaarheid|disponibilidad\w*|uptime)"
    r"\s+(?:[\w'-]+\s+){0,4}\d{2}(?:[.,]\d+)?\s*pct",
    r"audit\s+rights?|auditrecht\w*|droit\s+d'audit|derecho\s+de\s+auditoria|diritto\s+di\s+audit"
    r"|direito\s+de\s+auditoria|exit\s+(?:plan|strategy|clause)|dora\b",
    r"red-?lin\w*|tracked\s+changes|mark-?up\s+of\s+(?:the\s+)?(?:msa|contract|agreement)",
    r"(?:liability|indemnit\w*|governing\s+law|jurisdiction|warrant(?:y|ies)|sla|service\s+levels?"
    r"|termination|dpa|data\s+processing|ip\s+rights|intellectual\s+property|confidentiality)\s+"
    r"(?:[\w'-]+\s+){0,4}(?:clause|section|cap|terms|language|provision|change|amend|remov|add(?!end)|revis"
    r"|negotiat|increase|exclude|uncapped|unlimited)\w*",
    r"(?:change|amend|revis|modif|add(?!end)|remov|delet|strik|negotiat|renegotiat)\w*\s+(?:[\w'-]+\s+){0,4}"
    r"(?:clause|section|msa|master\s+agreement|contract|agreement|dpa|sla|liability|indemnit\w*)",
    r"(?:unlimited|uncapped)\s+liability|liability\s+cap|limitation\s+of\s+liability",
    r"(?:penalt\w*|liquidated\s+damages|vertragsstrafe\w*|konventionalstrafe\w*|penalit\w*"
    r"|penalizacion\w*|penalidad\w*|multa\w*|penal[ei]\w*|boete\w*|contractuele\s+boete)"
    r"(?:\s+[\w'-]+){0,8}\s+(?:per|por|pro|par|a|al|da|de|voor|je)\s+(?:[\w'-]+\s+)?(?:hour|hora|stunde|heure|ora|uur|day|dia|tag|jour|giorno"
    r"|dag|week|semana|woche|semaine|settimana)",
    r"(?:penalt\w*|vertragsstrafe|penalites|penalizacion|penale|boete|multa)\w*\s+(?:[\w'-]+\s+){0,4}"
    r"(?:for|fur|pour|por|per|voor|por)\s+(?:[\w'-]+\s+){0,2}(?:delay|late|verzug|verspatung|retard"
    r"|retraso|ritardo|vertraging|atraso)",
    r"haftung\w*|freistellung(?!sbescheinigung)\w*|gerichtsstand|anwendbares\s+recht|vertragsanderung\w*"
    r"|(?:anderung|anpassung)\w*\s+(?:[\w'-]+\s+){0,3}(?:vertrag\w*|rahmenvertrag|klausel\w*|msa)",
    r"(?:plafond|limitation|limite)\s+de\s+responsabilite|indemnisation|droit\s+applicable"
    r"|juridiction|(?:modifi|chang|amend)\w*\s+(?:[\w'-]+\s+){0,3}(?:contrat|clause|accord-cadre)",
    r"limitacion\s+de\s+responsabilidad|responsabilidad\s+ilimitada|indemniz\w*|jurisdiccion"
    r"|ley\s+aplicable|(?:modific|cambi|enmend)\w*\s+(?:[\w'-]+\s+){0,3}(?:contrato|clausula)",
    r"limitazione\s+di\s+responsabilita|responsabilita\s+illimitata|manleva|foro\s+competente"
    r"|legge\s+applicabile|(?:modific|cambi)\w*\s+(?:[\w'-]+\s+){0,3}(?:contratto|clausol\w*)",
    r"aansprakelijkheid\w*|vrijwaring\w*|toepasselijk\s+recht|bevoegde\s+rechter"
    r"|(?:wijzig|aanpass)\w*\s+(?:[\w'-]+\s+){0,3}(?:contract|overeenkomst|clausule\w*)",
    r"limitacao\s+de\s+responsabilidade|responsabilidade\s+ilimitada|foro|lei\s+aplicavel"
    r"|(?:alter|modific|mud)\w*\s+(?:[\w'-]+\s+){0,3}(?:contrato|clausula\w*)",
)
# A contract's clause, and changing it: "eliminare la clausola di rinnovo automatico".
CONTRACT_CLAUSE = words(
    r"""
    clauses? klausel\w* clausol[ae] clausulas? clausule\w* bestimmung\w* disposition\w*
    article\s+\d+ paragraph\w* paragraf\w* artikel\s+\d+ articolo\s+\d+ articulo\s+\d+
    auto-?renewal automatische\w*\s+verlangerung reconduction\s+tacite renovacion\s+automatica
    rinnovo\s+automatico stilzwijgende\s+verlenging renovacao\s+automatica liability\s+cap
    haftungs\w* non-?compete exclusivit\w* exklusivitat
    """
)
CLAUSE_CHANGE = words(
    r"""
    chang\w* amend\w* modif\w* revis\w* add\w* insert\w* negotiat\w* renegotiat\w* andern
    anpass\w* erganz\w* aufnehm\w* modifier ajout\w* renegoci\w* cambi\w* agreg\w* anad\w*
    aggiung\w* inserir\w* wijzig\w* aanpass\w* toevoeg\w* alter\w* acrescent\w* inclu\w*
    """
)
# Liability of an insurance certificate is no contract change.
INSURANCE = words(
    r"""
    (?:general|professional|cyber|product|public|employer\w*)\s+liability insurance\w*
    certificate\s+of\s+insurance coi haftpflicht\w* versicherung\w* assurance\w* seguro\w*
    assicurazion\w* verzekering\w*
    """
)
# The contracting party itself changes: "please make the contract with our subsidiary".
PARTY_CHANGE = family(
    r"(?:contract\w*|agreement|order\s+form|quote|vertrag\w*|vertragspartner\w*|auftragsformular"
    r"|contrat|devis|contrato|oferta|contratto|offerta|overeenkomst|offerte|proposta)(?:\s+[\w'-]+){0,6}"
    r"\s+(?:in\s+the\s+name\s+of|au\s+nom\s+de|a\s+nombre\s+de|intestat\w*\s+a\w*|in\s+nome\s+d\w*"
    r"|op\s+(?:de\s+)?naam\s+van|em\s+nome\s+d\w*|para\s+o\s+nome\s+d\w*|auf\s+(?:den\s+namen|die)"
    r"|with|mit|avec|con|met|com)\s+(?:[\w'-]+\s+){0,4}(?:subsidiary|affiliate|holding\w*|parent"
    r"|tochter\w*|mutter\w*|filiale?|filial|controllata|consociata|dochter\w*|subsidiaria|gmbh|ag|sas"
    r"|sa|srl|s\.r\.l\.|spa|bv|b\.v\.|nv|lda|ltda|inc|ltd|llc|ab)\b",
    r"(?:contract\w*|vertrag\w*|contrat|contrato|contratto|overeenkomst)\s+(?:should|must|soll|muss"
    r"|doit|debe|deve|dovra|moet|deve)\s+(?:[\w'-]+\s+){0,3}(?:be\s+)?(?:with|mit|avec|con|met|com)\b",
    r"vertragspartner\w*\s+(?:[\w'-]+\s+){0,3}(?:soll|wird|ist)\s+(?:[\w'-]+\s+){0,2}(?:kunftig|ab\s+sofort"
    r"|nun|jetzt|unsere)",
    r"(?:vertragspartner\w*|contracting\s+(?:party|entity)|counterparty|cocontractant\w*|parte"
    r"\s+contratante|entidad\s+contratante|contraente|contractpartij|contractpartner)[\s\w]{0,60}?"
    r"\b(?:no\s+longer|nicht\s+mehr|ne\s+\w+\s+plus|ya\s+no|non\s+piu|niet\s+meer|nao\s+mais|new|neue"
    r"|nouvel\w*|nueva|nuova|nieuwe|nova|chang\w*|switch\w*|wechsel\w*|andert)",
    r"(?:contract\w*|agreement|quote|order\s+form|vertrag\w*|angebot\w*|auftragsformular\w*"
    r"|contrat|devis|bon\s+de\s+commande|contrato|oferta|contratto|offerta|offerte|overeenkomst"
    r"|proposta)[\s\w,]{0,60}?\b(?:umstell\w*|umschreib\w*|transfer\w*|move|switch|reissue|re-issue"
    r"|overzetten|omzetten|transferir|trasferire|intestare|reintestare|emitir\s+a\s+nombre)\s+"
    r"(?:[\w-]+\s+){0,4}(?:auf|to|naar|a|para|su|vers|sur|al|alla)\s+(?:[\w-]+\s+){0,4}"
    r"(?:gesellschaft|company|entity|entite|societe|sociedad|empresa|societa|vennootschap|bedrijf"
    r"|entidade|subsidiary|tochter\w*|filial\w*|controllata|dochter\w*)",
    r"(?:contract\w*|agreement|order|po|contracting\s+party|counterparty)\s+(?:[\w'-]+\s+){0,6}"
    r"(?:with|to|under|through)\s+(?:our\s+|a\s+|the\s+)?(?:new\s+|different\s+|other\s+)?"
    r"(?:subsidiary|affiliate|parent|sister\s+company|entity|holding)\s+(?:[\w'-]+\s+){0,4}"
    r"(?:instead|rather)",
    r"novat\w*|assign\w*\s+(?:the\s+)?(?:contract|agreement|order)|contracting\s+(?:party|entity)"
    r"\s+(?:[\w'-]+\s+){0,3}(?:change|will\s+be|is\s+now|becomes)",
    r"vertragspartner\w*\s+(?:[\w'-]+\s+){0,4}(?:andert|wechselt|wird|ist\s+(?:jetzt|kunftig))"
    r"|vertragsubernahme|(?:vertrag|bestellung)\w*\s+(?:[\w'-]+\s+){0,5}(?:uber|mit)\s+(?:unsere\w*\s+)?"
    r"(?:tochter|schwester|mutter)gesellschaft",
    r"cocontractant\w*|changement\s+(?:de\s+)?(?:l'entite|la\s+societe)\s+contractante|cession\s+du"
    r"\s+contrat|(?:contrat|commande)\s+(?:[\w'-]+\s+){0,5}(?:avec|par)\s+(?:notre\s+)?filiale",
    r"(?:parte|entidad|sociedad)\s+contratante\s+(?:[\w'-]+\s+){0,3}(?:cambia|sera)|cesion\s+del"
    r"\s+contrato|(?:contrato|pedido)\s+(?:[\w'-]+\s+){0,5}(?:con|a\s+traves\s+de)\s+(?:nuestra\s+)?filial",
    r"(?:parte|societa|entita)\s+contraente\s+(?:[\w'-]+\s+){0,3}(?:cambia|sara)|cessione\s+del"
    r"\s+contratto|(?:contratto|ordine)\s+(?:[\w'-]+\s+){0,5}(?:con|tramite)\s+(?:la\s+nostra\s+)?"
    r"(?:controllata|consociata)",
    r"contractpartij\s+(?:[\w'-]+\s+){0,3}(?:wijzigt|wordt)|contractovername|(?:contract|order)\s+"
    r"(?:[\w'-]+\s+){0,5}(?:met|via)\s+(?:onze\s+)?(?:dochter|zuster)(?:maatschappij|onderneming)",
    r"(?:parte|entidade|empresa)\s+contratante\s+(?:[\w'-]+\s+){0,3}(?:muda|sera|passa)|cessao\s+do"
    r"\s+contrato|(?:contrato|pedido)\s+(?:[\w'-]+\s+){0,5}(?:com|atraves\s+da)\s+(?:nossa\s+)?"
    r"(?:subsidiaria|filial|coligada)",
    # "the contract and the invoices in her name from now on", "bought by our parent company"
    r"(?:contract\w*|vertrag\w*|contrat|contrato|contratto|overeenkomst)[\s\w,]{0,40}?\s(?:in\s+(?:its"
    r"|their|her)\s+name|op\s+(?:haar|zijn|hun)\s+naam|auf\s+(?:ihren|seinen)\s+namen|a\s+(?:son|leur)\s+nom"
    r"|a\s+su\s+nombre|a\s+(?:suo|loro)\s+nome|em\s+(?:seu|nome\s+del[ae]))",
    r"(?:aangekocht|gekocht|betaald|bought|purchased|paid|gekauft|bezahlt|achete\w*|paye\w*|comprad\w*"
    r"|pagad\w*|acquistat\w*|pagat\w*)\s+(?:\S+\s+){0,3}(?:door|by|von|par|por|da|pela|pelo)\s+(?:\S+\s+){0,3}"
    r"(?:moedermaatschappij|holding\w*|parent|mutter\w*|maison\s+mere|societe\s+mere|casa\s+matriz|matriz"
    r"|capogruppo|casa\s+madre|controllante|empresa-mae)",
    # "l'ordine e il contratto ... saranno intestati a: Bellosguardo Holding S.r.l."
    r"(?:contract\w*|vertrag\w*|contrat|contrato|contratto|overeenkomst|order\w*|ordine|commande"
    r"|pedido|bestelling|encomenda)[^.;!?]{0,80}?(?:in\s+the\s+name\s+of|made\s+out\s+to|issued\s+to"
    r"|ausgestellt\s+auf|au\s+nom\s+de|a\s+nombre\s+de|intestat\w*\s+a|in\s+nome\s+d\w*"
    r"|op\s+(?:de\s+)?naam\s+van|em\s+nome\s+d\w*)[\s:]+(?:[\w&'-]+\s+){0,4}(?:holding\w*|group\w*|gruppo"
    r"|grupo|groep|gruppe|parent|mutter\w*|capogruppo|s\.?r\.?l\.?|s\.?p\.?a\.?|gmbh|ag|sas|s\.?a\.?|b\.?v\.?"
    r"|n\.?v\.?|ltd|llc|inc|lda|ltda)\b",
    # ... or the new name on the next line: "il contratto ... saranno intestati a:"
    r"(?:contract\w*|vertrag\w*|contrat|contrato|contratto|overeenkomst)[^.;!?]{0,80}?(?:intestat\w*\s+a"
    r"|in\s+the\s+name\s+of|au\s+nom\s+de|a\s+nombre\s+de|op\s+naam\s+van|em\s+nome\s+de)(?=\s*:\s*$)",
)
