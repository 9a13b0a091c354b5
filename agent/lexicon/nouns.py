"""Word families of the commitment grammar, per language, over folded text.

Each family is one role in "who commits + commitment verb + what": the things a reply can
commit to (the order, a price, payment, terms, a clause, a signature, bank details,
fulfilment), the verbs and predicates that commit, and the words that take a commitment
back (negation, refusal, deferral to the responsible team, a question to the customer).
Languages: English, German, French, Spanish, Italian, Dutch, Portuguese.
"""

from __future__ import annotations

import re


def family(*alternatives: str) -> re.Pattern[str]:
    """Whole words only; a pattern may also start or end with punctuation ("'ll", "condition:")."""
    return re.compile("|".join(_bounded(a) for a in alternatives))


def _bounded(pattern: str) -> str:
    start = "" if pattern.startswith(("'", "\\+", "+")) else r"\b"
    end = "" if pattern.endswith((":", "\\.", "%")) else r"\b"
    return f"{start}(?:{pattern}){end}"


# A pattern that ends by matching a space ("\s+", "(?:\w+\s+){0,2}") was cut at a line end.
_OPEN_END = re.compile(r"\\s[+*](?:\))?(?:\{\d*,?\d*\}|[*+?])?$")


def words(block: str) -> re.Pattern[str]:
    """A family from whitespace-separated patterns (a pattern never holds a space: \\s+)."""
    patterns: list[str] = []
    pending = ""
    for piece in block.split():  # a long pattern may wrap: glue pieces until it is whole
        pending += piece
        if pending.count("(") == pending.count(")"):
            if _OPEN_END.search(pending):
                # a wrapped pattern that happened to balance at the line end: its rest would
                # become a word of its own ("como\s+na\s+" and then "proposta")
                raise ValueError(f"pattern ends in a space; wrap it in (?:...): {pending[:60]}")
            patterns.append(pending)
            pending = ""
    if pending:
        raise ValueError(f"unbalanced pattern in word block: {pending[:60]}")
    return family(*patterns)


# --- what a reply could commit to -------------------------------------------------------
ORDER = words(
    r"""
    (?<!in\s)order(?!\s+to\b|\s+(?:desk|team|department|office|management)\b)s? p\.?o\.?s?
    purchase\s+orders? bestell\w* auftrag\w* commandes? bons?\s+de\s+commande pedidos?
    ordenes?\s+de\s+compra orden(?:es)? ordin[ei] ordin[ei]\s+d\W?acquisto bestelling\w*
    inkooporder\w* opdracht\w* encomendas? ordens?\s+de\s+compra bestallning\w* ordre\w*
    bestilling\w* inkopsorder\w* indkobsordre\w* zamowieni\w* objednav\w* bc bdc bestelbon\w*
    \w+bestellung\w* \w+bestelling\w* deelorder\w*
    """
)
# Our order form: a document the customer signs, not the customer's order.
ORDER_FORM = words(
    r"""
    order\s+form bestellformular\w* formulaire\s+de\s+commande formulario\s+de\s+pedido
    hoja\s+de\s+pedido modulo\s+d'?ordine bestelformulier orderformulier
    formulario\s+de\s+encomenda objednavkov\w*\s+formular\w* orderformular\w*
    bestillingsformular\w*
    """
)
PRICE = words(
    r"""
    prices? pricing amounts? totals? discounts? credits? rebates? fees? costs? charges? seats?
    users? licen[cs]es? quantity preis\w* \w*betrag\w* bestellwert \w*kosten \w*korting\w*
    \w*prijs\w* \w*bedrag\w* abon\w* rabatt\w* nachlass gutschrift\w* \w*gebuhr\w* kosten
    \w*preis nutzer\w* konditionen \w*gebyr\w* \w*avgift\w* oplat\w* poplat\w* prix montants?
    remises? rabais (?:un|l'|d'un|cet|votre|notre|des|vos|nos)\s*avoirs? frais tarifs? couts?
    skonto savings? ersparnis\w* economies? ahorros? risparmi[oi] besparing\w* precios?
    importes? montos? descuentos? abonos? creditos? cuotas? tarifas? coste costos? prezz[oi]
    import[oi] scont[oi] crediti? canoni? tariff[ae] prijs\w* bedrag\w* korting\w* creditnota\w*
    tegoed tarie\w* \d+(?:[.,]\d+)?\s*pct vergoeding\w* precos? valor(?:es)? montantes?
    descontos? taxas? custos? mensalidade\w* gratis\w* pris\w* rabat\w* slev\w* cen[aeyu]
    kwot\w* castk\w* belopp\w* belob\w* belop\w* kredit\w* licencias? licencas? licenties?
    brugere
    """
)
PAYMENT = words(
    r"""
    payments? pay paying paid net\s*\d+ \d+\s+days? instal?ments? end\s+of\s+(?:the\s+)?month
    eom zahl\w* \w+zahlung\w* netto raten\w* monatsende \d+\s+tage\w* paiements? reglements?
    payer payez
    echeances? fin\s+de\s+mois \d+\s+jours pagos? pagar\w* paguen plazos? vencimientos?
    \d+\s+dias pagament\w* pagare paghi\w* rate fine\s+mese \d+\s+giorni scadenz\w* betaling\w*
    betal\w* betaal\w* \w+betal(?:ning|ing)\w* termijnen \d+\s+dagen parcel\w* prestacoes
    prazos? billing invoic\w* rechnungsstellung facturation facturacion fatturazione facturering
    faturamento faturacao zahlungsziel\w* betalning\w* platnos\w* platb\w* splatnost\w*
    \d+\s+(?:dagar|dage|dni|dnu) paga\w* pague\w* pago zahlen zahlt payons paie betaalt betalen
    pays versements? echeancier\w* echeances? mensualit\w* tranches? parcelas? plazos? termijnen
    raten factur\w* fatur\w* fattur\w*
    """
)
TERMS = words(
    r"""
    terms? t\s?&\s?cs? conditions? framework(?:\s+agreement)? msa agbs? aebs? \w*bedingung\w*
    rahmenvertrag\w* cgv cga contrat-cadre accord-cadre condiciones terminos contrato\s+marco
    condizioni termini contratto\s+quadro \w*voorwaarden raamovereenkomst\w* condicoes termos
    contrato-quadro \w*villkor\w* \w*betingelser \w*vilkar\w* warunk\w* podmink\w* agreements?
    dpa vereinbarung\w* (?<!d')accords? (?<!de\s)acuerdos? (?<!d')accordo accordi
    (?<!de\s)acordos? aftale\w* avtale\w* data\s+processing auftragsverarbeitung\w*
    trattamento\s+dei\s+dati tratamiento\s+de\s+datos traitement\s+des\s+donnees
    verwerkersovereenkomst\w* tratamento\s+de\s+dados
    """
)
CLAUSE = words(
    r"""
    clauses? caps? liability indemnit\w* commitment \w*bindung
    (?:\d+|twelve)[\s-]?(?:month|monats|mois|meses|mesi|maanden)\w*
    (?:periodo|period|periode|duracion|durata|duracao|looptijd|laufzeit)\s+minim\w* mindest\w*
    bindnings\w* bindings\w* auto-?renewal renewal minimum\s+(?:term|commitment|period)
    warrant\w* sla penalt\w* termination klausel\w* haftung\w* \w+klausel\w* \w+clausule\w*
    mindestlaufzeit\w* verlangerung\w* gewahrleistung\w* kundigung\w* responsabilite plafond
    indemnisation reconduction duree\s+minimale engagement\s+minimum penalites? penale
    clausulas? responsabilidad indemnizacion renovacion permanencia penalizaci\w+ clausol[ae]
    responsabilita indennizz\w* rinnov\w* recesso durata\s+minima penal\w* clausule\w*
    aansprakelijkheid\w* vrijwaring verlenging looptijd boete\w* responsabilidade indemniza\w*
    renovacao fidelizacao prazo\s+minimo multas? (?:contract|subscription|initial)\s+term
    the\s+term term\s+length contracts? subscriptions? \w*laufzeit\w* vertrag\w* duree contrat
    abonnement duracion contrato suscripcion durata contratto abbonamento contract\w*
    abonnement\w* duracao ansvar\w* klausul\w* klauzul\w* odpowiedzialnos\w* odpovednost\w*
    dolozk\w* avtal\w* aftale\w* umow\w* smlouv\w* overeenkomst\w* articles? artikel\w*
    articol[oi] articulos? artigos? confidential\w* vertraulichkeit\w* geheimhouding\w*
    confidencial\w* riservatezza notice\s+period \w*kundigungsfrist\w* preavis preaviso pre-?aviso
    preavviso opzegtermijn\w* opsigelse\w* minuta redlines? audit\w* \w*prufungsrecht\w*
    ziffer\w* sections? auditrecht\w* passus verzugszins\w* late\s+(?:payment\s+)?interest
    interets\s+de\s+retard intereses\s+de\s+demora interessi\s+di\s+mora vertragingsrente
    juros\s+de\s+mora
    """
)
SIGNATURE = words(
    r"""
    sign(?:ed|ing|s|ature\w*|atory)? countersign\w* unterschr\w* unterzeich\w* signatur\w*
    signe\w* signer firma\w* firmar firmad\w* firmat\w* onderteken\w* handtekening\w*
    getekend\w* assin\w* skriva\s+under underskri\w* underskrev\w* podpis\w* signer\w*
    """
)
BANK = words(
    r"""
    bank\w* iban swift bic (?:numero|n[°º])\s+de\s+compte
    compte\s+(?:indique|suivant|mentionne|ci-dessous)
    (?:le|ce|notre|du)\s+compte(?!\s+(?:rendu|tenu)) virements?
    comptes?\s+(?:bancaires?|courant) (?:nouveau|notre|ce)\s+compte
    accounts?(?!\s+(?:manager|executive|team|owner|rep\w*|director|lead|payable|receivable))
    sort\s+code routing remit(?:-to|tance)? lockbox konto\w* virement ach wire bonifico
    overboeking transferencia transferencia\s+bancaria coordonnees\s+bancaires rib
    compte\s+bancaire datos\s+bancarios cuenta\s+bancaria cuentas? coordinate\s+bancarie
    conto\s+corrente conto bankgegevens rekening\w* dados\s+bancarios conta\s+bancaria conta nib
    rachun\w* kont[ao] numer\s+konta cislo\s+uctu ucet uctu bankovni\w* factoring\w*
    kontonummer\w* clabe cbu aba bsb numero\s+de\s+cuenta numero\s+de\s+conta rekeningnummer\w*
    numero\s+di\s+conto agencia banc[oa]s? banque\w* chave\s+pix pix
    """
)
# Delivery, shipment, installation, activation, go-live: events and the states they reach.
FULFIL = words(
    r"""
    deliver\w* ship(?:s|ped|ping|ment\w*)? dispatch\w* activat\w* go-?live goes\s+live go\s+live
    live(?!\s+with\b) up\s+and\s+running eta logins? (?:roll|rollen)\s+(?:\S+\s+){0,6}?aus
    ausroll\w* ausgerollt geben\s+(?:\S+\s+){0,6}?frei aufschalt\w*
    live\s+(?:schalt|geschaltet)\w* achemin\w*
    (?:mettr\w*|mett\w*|mis\w*|pon\w*|puest[oa]s?|coloc\w*
    |stell\w*)\s+(?:\S+\s+){0,3}?a\s+(?:votre\s+|su\s+|vostra\s+|sua\s+)?disposi\w*
    beschikbaar\s+(?:\w+\s+)?(?:stellen|gesteld|zetten) disponibiliz\w* habilit\w* abilit\w*
    vrijgeven vrijgegeven klaarzetten klaargezet couriers? kurier\w* coursiers? mensajer\w*
    corrier\w* koerier\w* estafeta transportista spedizionier\w* vervoerder transportadora
    lead\s+times? (?:in|into)\s+production in\s+produktion in\s+productie provision\w*
    install\w* deploy\w* roll(?:ed)?\s*-?out onboard\w* reach\s+your in\s+place en\s+place
    operational hand\w*\s+over handover ubergabe ubergeben ausliefer\w* anliefer\w* \w*lieferung
    overdracht overdragen enabled access keys? set-?up turn\s+\w+\s+around reach\s+you arriv\w*
    on\s+(?:its|their|the)\s+way on\s+the\s+(?:truck|lorry|van) in\s+transit en\s+transito
    em\s+transito in\s+transito in\s+viaggio verladen versandt geplaatst unterwegs en\s+route
    en\s+camino in\s+arrivo onderweg a\s+caminho zur\s+verfugung
    schalt\w*\s+(?:\w+\s+){0,8}?frei done turn-?around erledigt fertig\w*
    (?:at|to|for|on)\s+your\s+site on-?site on\s+site engineers? technicians? techniker\w*
    technicien\w* tecnic[oia]s? monteur\w* aktiv actief livegang\w* golive draai\w* lauf(?:t|en)
    rodando funzionant\w* liber(?:amos|aremos|ar)\s+(?:o|os|a|as)\s+aces\w* credentials creds
    licen[cs]e\s+keys? set\s+up ready go\s+out liefer(?!ant)\w* geliefert ausgeliefert versand\w*
    versend\w* verschick\w* aktivier\w* freischalt\w* freigeschaltet bereitstell\w*
    bereitgestellt installier\w* installation\w* inbetriebnahme in\s+betrieb produktiv
    einsatzbereit startklar zugange zugang loslegen richten\s+\w+(?:\s+\w+){0,4}\s+ein livr\w*
    expedi\w* activ\w* mise\s+en\s+(?:service|production|route) deploi\w* installe\w*
    operationnel\w* en\s+ligne en\s+production prets? pretes? acces ouverts? entreg\w*
    despach\w* puesta\s+en\s+marcha en\s+produccion instala\w* desplieg\w* despleg\w*
    operativ\w* funcionando listos? listas? accesos? consegn\w* spedi\w* attiv\w*
    messa\s+in\s+(?:produzione|servizio|esercizio) in\s+produzione install\w* rilasc\w*
    in\s+funzione pront[oiae] access[oi] avvio lever(?!ancier)\w* geleverd verzend\w* verzonden
    geactiveerd in\s+gebruik geinstalleerd operationeel klaar toegang opgeleverd oplever\w*
    uitgerold uitrol\w* ativ\w* em\s+producao implanta\w* operacion\w* pront[oa]s? acessos?
    arranque entregue\w* aktiv\w* installer\w* klara? driftsat\w* i\s+drift tillganglig\w*
    tilgaengelig\w* skickas skickade? sendt igang i\s+gang wdrozeni\w* wdroz\w* aktywowan\w*
    aktywn\w* doda(?:me|m|t|ji) dostarcz\w* uruchom\w* aktivovan\w* dodan\w* dodavk\w* dostaw\w*
    wysyl\w* wysla\w* wysle\w* odesl\w* odesle\w* driftsatt\w* idriftsat\w* leverans\w*
    spusten\w* zprovozn\w* zugangsdaten credenciales credenziali credenciais inloggegevens
    identifiants access\s+data afgeleverd aflever\w* bezorgd bezorging migrat\w* migrac\w*
    migraz\w* migrer migrar migreren implementation implementierung implementatie implementacion
    implementazione partira partiranno partiront saldra saldran saira sairao vertrekt verlaat
    leaves\s+our aan\s+de\s+slag staan\s+er sat\s+op satt\s+opp uppsatt
    """
)
# Sending goods (not documents): "enviará los equipos", "we'll send the licence keys".
SEND_GOODS = words(
    r"""
    (?:send|sent|envi\w*|envoy\w*|invi\w*|stur\w*|verstuur\w*|schick\w*
    |mand\w*|expedi\w*|spedi\w*|ship\w*)\s+(?:\w+\s+){0,6}?(?:equipment|hardware|devices?|servers?
    |appliances?|scanners?|terminals?|terminaux|terminales|terminali|laptops?|printers?
    |licen[cs]e\s+keys?|credentials|equipos?|equipamentos?|aparatos|dispositivos|servidores
    |apparecchi\w*|dispositivi|gerate?n?|server|materiel|appareils|apparatuur|hardware|tokens?)
    """
)
# The order's state in our books: "all booked in", "ingeboekt", "ordine definitivo".
ORDER_STATE = words(
    r"""
    (?:all\s+)?booked(?:\s+in)? registrerad\w* registreret zarejestrowan\w* zaregistrovan\w*
    eingebucht ingeboekt ordine\s+definitivo inserit\w*\s+(?:a|nel)\s+sistema en\s+firme
    pedido\s+firme definitieve\s+order commande\s+ferme
    verbindlich\s+(?:\w+\s+)?(?:gebucht|angenommen|erfasst)
    registrad[oa]\s+como\s+(?:pedido|encomenda)\s+(?:firme|definitiv\w*) inlagd
    przyjet\w*\s+do\s+realizacji
    """
)
# "still correct", "nothing has changed": vouching for bank details we hold.
BANK_VOUCH = words(
    r"""
    still\s+(?:the\s+)?(?:correct|valid|same|current|right|good)(?:\s+one)?
    on\s+(?:your\s+)?file unchanged in\s+your\s+(?:system|records) hinterlegt\w*
    weiterhin\s+(?:gultig|korrekt|aktuell|richtig)
    remains?\s+(?:the\s+same|valid|correct|unchanged) nothing\s+(?:has\s+)?changed no\s+changes?
    (?:bleibt|bleiben)\s+(?:\w+\s+)?(?:gleich|gultig|unverandert|bestehen)
    rest\w*\s+(?:\w+\s+)?(?:valable|inchange\w*|la\s+meme)
    sigue\w*\s+(?:\w+\s+)?(?:valid\w*|igual|correct\w*|vigente)
    riman\w*\s+(?:\w+\s+)?(?:valid\w*|invariat\w*)
    blijf\w*\s+(?:\w+\s+)?(?:gelijk|geldig|ongewijzigd)
    continua\w*\s+(?:\w+\s+)?(?:valid\w*|igual|a\s+mesma|correct\w*)
    ainda\s+(?:e\s+)?(?:valid|correct)\w* noch\s+(?:immer\s+)?(?:gultig|korrekt|aktuell)
    toujours\s+(?:valable|correct\w*) todavia\s+(?:es\s+)?(?:valid|correct)\w*
    ancora\s+(?:valid|corrett)\w* nog\s+(?:steeds\s+)?(?:geldig|correct|juist)
    (?:klopt|geldt)\s+nog nog\s+steeds\s+(?:klopt|juist|correct|geldig) sempre\s+quello\s+giusto
    continua\w*\s+(?:\w+\s+)?corret\w* toujours\s+(?:le|la)\s+(?:bon|bonne) nach\s+wie\s+vor
    """
)
# Starting: a fulfilment only when a time is named ("the team can start next week").
START = words(
    r"""
    start\w* begin\w* kick\w*\s+off kick-?off commenc\w* demarr\w* empez\w* comenz\w* inici\w*
    inizi\w* comincia\w* avvi\w* come[cç]\w* arranc\w* loslegen borja\w* borjar starter
    zaczyna\w* rozpoczyna\w* zacn\w* zacina\w* training\w* schulung\w* formation formacion
    formazione opleiding\w* formacao pencil\w* reserv(?:ed|iert|ado|ada|ato|ata|e|ee) slot
    creneau eingeplant ingepland programmat[oa] programad[oa] agendad[oa] scheduled geplant
    prevue? previst[oa] gepland planead[oa] planlagt planerad
    """
)
FULFIL_OBJECT = words(
    r"""
    seats? users? keys? appliances? servers? scanners? terminals? laptops? printers? nutzer\w*
    platze sieges? puestos? plattform platforms? plateforme piattaforma kit equipment apparat\w*
    systeem systeme logins? utilisateurs? usuarios? utenti gebruikers? utilizadores? brugere
    brukere anvandare uzytkownic\w* uzivatel\w* platformen plattformen systemet sprzet\w* zbozi
    towar\w* merce ware waren goods marchandise\w* mercancia\w* mercadoria\w* goederen shipment
    sendung devices? material\w* materiel apparatuur equipos? equipamentos? gerate\w* appareils
    dispositiv\w* apparecchi\w* credentials credenciales credenziali credenciais zugangsdaten
    inloggegevens identifiants licen[cs]e\w* access accounts? environment tenant system platform
    software hardware service lizenz\w* zugang\w* umgebung system\w* licences? acces
    environnement plateforme licencias? accesos? entorno sistema plataforma licenz\w* accessi
    ambiente licenties? toegang omgeving licencas? acessos?
    mandant\w* instanz\w* instances? istanz\w* instancias? instanties? upgrade\w*
    """
)
