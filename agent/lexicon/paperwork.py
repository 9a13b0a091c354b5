"""Routine paperwork in customer mail, in the languages the older English/German/French rules
(agent/rules/routine.py) do not read: Spanish, Italian, Dutch, Portuguese, and a little of
the Nordic and West Slavic languages. Folded text."""

from __future__ import annotations

from agent.lexicon.nouns import words

PO_SENT = words(
    r"""
    (?:adjunt\w*|anex\w*|segue\w*|envi\w*|remit\w*|allegat\w*|in\s+allegato|trasmett\w*|invi\w*
    |bijgevoegd\w*|bijlage|meegestuurd|toegestuurd|em\s+anexo|enviamos|encaminh\w*|bifogad\w*
    |vedhaeft\w*|w\s+zalaczniku|v\s+priloze)\s+(?:[\w'-]+\s+){0,5}(?:orden\w*\s+de\s+compra
    |pedido\w*|ordine\w*|ordine\s+d'acquisto|inkooporder\w*|bestelling\w*|order
    |ordem\s+de\s+compra|nota\s+de\s+encomenda|encomenda|bestallning\w*|bestilling\w*
    |indkobsordre|zamowieni\w*|objednav\w*|oc|po)
    (?:orden\w*\s+de\s+compra|pedido|ordine|inkooporder|bestelling|ordem\s+de\s+compra|encomenda
    |nota\s+de\s+encomenda)\s+(?:[\w'-]+\s+){0,3}(?:adjunt\w*|anex\w*|emitid\w*|aprobad\w*
    |allegat\w*|emess\w*|approvat\w*|bijgevoegd|aangemaakt|goedgekeurd|em\s+anexo|emitid\w*
    |aprovad\w*)
    (?:n[o.]?|numero|nr|nummer|n\.?o)\s*(?:de\s+)?(?:orden|pedido|ordine|order|bestelling|ordem
    |encomenda)
    (?:bijgaand|hierbij|hiermee|ingesloten|in\s+bijlage)\s+(?:[\w'-]+\s+){0,3}(?:inkooporder\w*
    |bestelling\w*|order\w*|bestelbon\w*)
    (?:segue\w*\s+em\s+anexo|em\s+anexo|in\s+allegato|in\s+bijlage|bijgevoegd|ci-joint\w*|anbei
    |adjunt\w*|attached)(?:\s+[\w'-]+){0,6}\s+(?:ne|oc|po|bc|od[ac]|pedido|encomenda|bestelbon
    |ordine|commande)\s*(?:n[o.]?\s*)?[a-z]*[\s/-]*[\d/-]*\d{3,}
    (?:ne|oc|po|bc|pedido|encomenda|bestelbon)\s*(?:n[o.]?\s*)?[\d/
    -]{4,}(?:[\s,]+[\w'-]+){0,4}[\s,]+(?:que\s+)?segue\w*\s+em\s+anexo
    (?:ordine|order|pedido|commande|bestelling|bestellung|encomenda|po|oc
    |ne)\s+(?:n[o.]?\s*)?[\w/-]*\d{3,}(?:\s+[\w'-]+){0,3}\W*(?:in\s+allegato|em\s+anexo
    |in\s+bijlage|ci-joint|attached|adjunt\w*|anbei|en\s+piece\s+jointe)
    """
)
BILLING = words(
    r"""
    datos\s+(?:de\s+)?facturacion direccion\s+de\s+facturacion razon\s+social facturar\s+a
    dati\s+(?:di\s+)?fatturazione indirizzo\s+di\s+fatturazione ragione\s+sociale
    intestat\w*\s+a codice\s+destinatario sdi pec factuurgegevens factuuradres factureren\s+aan
    tenaamstelling dados\s+(?:de\s+|para\s+)?(?:faturamento|faturacao|facturacao)
    endereco\s+de\s+(?:faturamento|faturacao|cobranca) razao\s+social
    faturar\s+(?:para|a|em\s+nome) fakturaadress faktureringsadress fakturaadresse
    dane\s+do\s+faktury fakturacni\s+udaje (?:invoices?|factur\w*|fattur\w*|factuur\w*|fatura\w*
    |rechnung\w*)\s+(?:[\w'-]+\s+){0,5}(?:go\s+to|be\s+(?:sent|addressed|issued|made\s+out)\s+to
    |a\s+nombre\s+de|au\s+nom\s+de|intestat\w*\s+a\w*|in\s+nome\s+d\w*|em\s+nome\s+d\w*
    |op\s+(?:de\s+)?naam\s+van|auf\s+(?:den\s+namen|die\s+firma)|emitir\w*\s+a\s+nombre
    |emitid\w*\s+em\s+nome)
    (?:adress\w*|intestar\w*|emitir\w*|indirizzar\w*|rich\w*|stellen|envi\w*
    |mand\w*)\s+(?:[\w'-]+\s+){0,2}(?:la\s+|le\s+|les\s+|die\s+|de\s+|a\s+|o\s+)?(?:factur\w*
    |fattur\w*|rechnung\w*|factuur\w*|fatura\w*)\s+(?:a|à|an|aan|para|ad|al|alla)
    e-?mailadres\s+voor\s+(?:de\s+)?facturen factuuradres\w* facturatie-?adres\w*
    e-?mail\s+(?:address\s+)?for\s+invoices rechnungs-?e-?mail\w*
    adresse\s+(?:e-?mail\s+)?de\s+facturation
    correo\s+(?:electronico\s+)?(?:de|para)\s+(?:facturas|facturacion)
    indirizzo\s+(?:e-?mail|pec)\s+(?:per\s+le\s+)?fatture
    e-?mail\s+(?:de|para)\s+(?:faturas|faturacao)
    """
)
TAX = words(
    r"""
    nif cif nie rfc cuit nipc nif-iva cnpj cpf inscricao\s+estadual ie p\.?\s?iva partita\s+iva
    codice\s+fiscale btw(?:-?nummer)? btw-?id kvk ondernemingsnummer numero\s+de\s+iva
    numero\s+iva vat gstin abn ein moms\w* cvr nip ico dic org\.?\s?nr
    (?:numero\s+de\s+)?contribuinte
    """
)
REGISTRATION = words(
    r"""
    alta\s+(?:de|como)\s+proveedor registro\s+(?:de|como)\s+proveedor\w*
    portal\s+de\s+proveedores homologacion\s+de\s+proveedor\w* albo\s+fornitori
    registrazione\s+(?:come\s+)?fornitor\w* portale\s+(?:dei\s+)?fornitori
    anagrafica\s+fornitor\w* qualifica\w*\s+fornitor\w* leveranciersregistratie
    leveranciersportaal registratie\s+als\s+leverancier crediteurennummer leveranciersnummer
    cadastro\s+(?:de\s+|como\s+)?fornecedor\w* portal\s+de\s+fornecedores
    homologacao\s+de\s+fornecedor\w* leverantorsregistrering leverandorregistrering
    rejestracja\s+dostawcy registrace\s+dodavatele ariba coupa jaggaer sap\s+business\s+network
    supplier\s+(?:portal|registration|onboarding|number|id|profile)
    vendor\s+(?:portal|registration|onboarding|number|id) basware tradeshift ivalua zycus
    gep\s+smart sap\s+ariba word\s+leverancier
    (?:regist\w*|inscri\w*|cadastr\w*)\s+(?:[\w'-]+\s+){0,3}(?:as|als|como|come|comme
    |en\s+tant\s+que)\s+(?:a\s+)?(?:supplier|vendor|lieferant|leverancier|proveedor|fornitore
    |fournisseur|fornecedor)
    """
)
SIGNED = words(
    r"""
    firmad\w* contrato\s+firmado formulario\s+(?:de\s+pedido\s+)?firmado firmat\w*
    modulo\s+d'ordine ondertekend\w* getekend\w* assinad\w* formulario\s+de\s+encomenda
    underskrev\w* podpisan\w*
    """
)
DOCS = words(
    r"""
    certificado\w* certificato\w* certificaat certificado\w* documentacion documentazione
    documentatie documentacao formulario\w* modulo\w* formulier\w* w-?9 w-?8\w* coi sso saml idp
    identity\s+provider entra\s+id azure\s+ad okta tenant\s+(?:id|name|domain)
    ip\s+(?:range|ranges|address\w*|bereich\w*) technical\s+contact
    technischer?\s+ansprechpartner contact\s+technique contacto\s+tecnico referente\s+tecnico
    technisch\s+contact contato\s+tecnico admin\w*\s+(?:contact|users?|accounts?) visura\w*
    uittreksel\w* kamer\s+van\s+koophandel certidao\w* handelsregisterauszug\w* kbis
    extrait\s+(?:k-?bis|du\s+registre) certificado\s+de\s+(?:registro|inscripcion|existencia)
    registro\s+mercantil certificate\s+of\s+(?:incorporation|good\s+standing) camerale
    """
)
STATUS = words(
    r"""
    han\s+recibido recibieron alguna\s+novedad en\s+que\s+estado estado\s+del\s+pedido
    avete\s+ricevuto ricevuto\s+(?:il|l') aggiornament\w* a\s+che\s+punto
    hebben\s+jullie\s+(?:[\w'-]+\s+){0,3}ontvangen heeft\s+u\s+\w*\s*ontvangen
    stand\s+van\s+zaken receberam recebeu alguma\s+novidade em\s+que\s+pe qual\s+o\s+status
    status\s+(?:of|on|update|van|do|del|della|der|des|de)\s+(?:[\w'-]+\s+){0,2}(?:po|order
    |purchase|bestell\w*|commande|pedido|ordine|bestelling|encomenda|registration|payment)
    """
)
# The order at all: what makes a message about getting a deal ordered.
PO_VOCABULARY = words(
    r"""
    orden\w*\s+de\s+compra pedido\w* factura\w* facturacion proveedor\w* ordine\w* fattura\w*
    fatturazione fornitor\w* inkooporder\w* bestelling\w* factuur\w* facturatie leverancier\w*
    ordem\s+de\s+compra encomenda\w* nota\s+de\s+encomenda fatura\w* faturamento faturacao
    fornecedor\w* bestallning\w* faktura\w* leverantor\w* bestilling\w* indkobsordre
    leverandor\w* zamowieni\w* faktur\w* dostawc\w* objednav\w* faktur\w* dodavatel\w*
    bestelbon\w* nota\s+de\s+encomenda
    """
)
# Something does not work: a support ticket, whatever paperwork words it uses.
SUPPORT = words(
    r"""
    not\s+working doesn't\s+work does\s+not\s+work can't\s+(?:log|sign|access|export|open)
    cannot\s+(?:log|sign|access|export|open) error\s+(?:message|code) fails? failed failing bug
    outage down\s+since since\s+(?:this\s+morning|yesterday) funktioniert\s+nicht fehlermeldung
    fehler\w* storung\w* geht\s+nicht ne\s+fonctionne\s+pas ne\s+marche\s+pas erreur\w* panne
    no\s+funciona fallo\w* (?:da|dando)\s+error non\s+funziona errore\w* malfunzionament\w*
    werkt\s+niet storing\w* foutmelding\w* nao\s+funciona erro\s+(?:ao|de|na|no) falha\w*
    incident\w* ticket\w* support\s+(?:case|request)
    stopped\s+(?:working|syncing|sync\w*|updating|loading)
    (?:isn't|is\s+not|won't)\s+(?:updating|loading|syncing)
    http\s+[45]\d\d (?:token|session)\s+expired wird\s+nicht\s+(?:mehr\s+)?aktualisiert
    ne\s+se\s+met\s+(?:plus\s+)?a\s+jour no\s+se\s+actualiza
    dejo\s+de\s+(?:funcionar|sincronizar|cargar|actualizar\w*) non\s+si\s+aggiorna ha\s+smesso\s+di
    wordt\s+niet\s+(?:meer\s+)?(?:bijgewerkt|geladen|gesynchroniseerd)
    nao\s+(?:atualiza|carrega|sincroniza) deixou\s+de\s+(?:funcionar|sincronizar|atualizar)
    """
)
