"""Words that make a sentence commercial whatever its construction: a number of days to pay,
instalments, a discount or rebate, a contract clause, the buyer's own terms, a start or end
date. The residual detector (agent.detect.residual) sends such a sentence to a person when
no detector explained it and it does not restate the deal as quoted.
"""

from __future__ import annotations

import re

from agent.lexicon.nouns import words

PAY_DAYS = words(
    r"""
    \d{1,3}\s*(?:days?|tage\w*|jours|dias|giorni|gg|dagen|dni|dagar|dage|dnu) instal+ments?
    ratenzahl\w* in\s+\d+\s+raten plazos mensualidad\w* mensalidades termijnen parcelas
    echeancier\w* echeances? rate\s+mensili tranches?
    """
)
LEGAL = words(
    r"""
    liabilit\w* haftung\w* responsabilit\w* aansprakelijk\w* sla penalt\w* penal[ei]\w*
    penalidad\w* vertragsstraf\w* boete\w* indemn\w* vrijwar\w* audit\s+rights? auditrecht\w*
    droit\s+d'audit warrant\w* gewahrleist\w* termination kundigung\w* resiliation recess[oi]
    rescision opzeg\w* redline\w* amendment\w* vertragsnachtrag\w* avenant\w* adenda\w*
    addend\w* emendament\w* mindestlaufzeit\w* minimum\s+(?:term|commitment|period)
    duree\s+minimale engagement\s+minimum permanencia\s+minima durata\s+minima
    minimale\s+looptijd prazo\s+minimo periodo\s+minimo
    """
)
# A restatement of the quote or of nothing changing: "wie in Ihrem Angebot", "celles de votre
# offre", "daar wijken wij niet van af", "rien à modifier".
AS_QUOTED = words(
    r"""
    (?:wie|zoals|comme|como|come|conforme)\s+(?:in|im|dans|en|nella?|na|no
    |da)\s+(?:\S+\s+)?(?:angebot|offerte|offre|oferta|offerta|proposta|devis|quote)
    (?:die|celles?|ceux|las|los|quell[ei]|as|os)\s+(?:uit|de|del|dell'|da
    |van)\s+(?:\S+\s+)?(?:offerte|offre|oferta|offerta|proposta|devis) rien\s+a\s+modifier
    niets\s+(?:\S+\s+){0,3}aangepast (?:wijken|weichen)\s+(?:\S+\s+){0,3}(?:niet|nicht)
    nada\s+(?:que|a)\s+(?:modificar|cambiar|alterar) wie\s+vereinbart as\s+agreed
    comme\s+convenu como\s+(?:acordado|convenido|combinado) come\s+concordato
    zoals\s+afgesproken conforme\s+acordado conform\s+(?:de\s+)?offerte
    enligt\s+(?:er|var)\s+offert som\s+i\s+offerten inga\s+andringar
    (?:is|are)\s+the\s+ones\s+in ya\s+viene\s+aplicad\w* coincide\w*\s+exact\w*
    n'y\s+touchons\s+pas restent\s+celles\s+du\s+devis
    """
)
# Insurance certificates name liability without changing any ("responsabilité civile").
INSURANCE = words(
    r"""
    assurance insurance versicherung\w* seguro\w* assicura\w* verzekering\w* certificat\w*
    certificate\w* zertifikat\w*
    """
)
# Mail disclaimers name liability and confidentiality without touching the deal.
DISCLAIMER = words(
    r"""
    virus\w* disclaimer intended\s+recipient confidential\w* vertraulich\w* riservat\w*
    vertrouwelijk\w* confidencial\w* destinatari\w* empfanger
    expediteur remitente mittente afzender absender remetente transmission
    """
)
# Mail that reached the wrong reader: "received … in error", "recebeu esta mensagem por
# engano". A disclaimer names it; agent.rules.machine reads it after a mailing-footer phrase.
MISDELIVERED = words(
    r"""
    in\s+error by\s+mistake wrongly par\s+erreur par\s+megarde irrtumlich\w* falschlicherweise
    versehentlich por\s+error por\s+equivocacion per\s+errore erroneamente por\s+engano
    indevidamente abusievelijk per\s+vergissing ten\s+onrechte
    """
)
_RECEIVED = (
    r"(?:recebeu|received|recibid[oa]|ricevut[oa]|erhalten|recu|ontvangen)\s+(?:[\w'-]+\s+){0,4}"
)
DISCLAIMER = re.compile(rf"{DISCLAIMER.pattern}|\b{_RECEIVED}(?:{MISDELIVERED.pattern})")
# "you" after a condition: the PO waits on something of ours, not on the customer's calendar.
YOU = words(
    r"""
    you your yours sie ihnen ihr\w* vous votre vos usted\w* ustedes su sus voi vostr\w* vi u uw
    jullie voce\w* vosso\w* vossa\w*
    """
)
# Paying, not a deadline: "pagamento a 60 giorni", not "Prazo para conclusão: 15 dias".
PAY = words(
    r"""
    pay\w* zahl\w* paie\w* paye\w* reglement\w* pag[oa]\w* pagament\w* pague\w* betal\w*
    betaal\w* factur\w* fattur\w* fatur\w* rechnung\w* invoic\w* platb\w* platnos\w* skonto
    """
)
# Our set-up as a supplier, which a PO may rightly wait for.
SUPPLIER_SETUP = words(
    r"""
    alta set(?:ting)?\s+(?:you\s+)?up onboard\w* registr\w* cadastr\w* angelegt anlage
    iscrizion\w* referencement\w* aanmelding\w* supplier\s+(?:number|record|account)
    (?:you\s+are|you're|you\s+have\s+been|you've\s+been)\s+(?:\w+\s+)?(?:approved|qualified|validated)
    (?:sie|ihr)\s+(?:als\s+\w+\s+)?(?:freigegeben|zugelassen|qualifiziert)
    (?:vous\s+etes|vous\s+serez)\s+(?:\w+\s+)?(?:approuve|valide|qualifie|reference)\w*
    (?:usted\s+)?(?:este|sea|haya\s+sido)\s+(?:aprobad|validad|homologad)\w*
    (?:sarete|siete|sia(?:te)?)\s+(?:stat[ie]\s+)?(?:approvat|qualificat|validat)\w*
    (?:jullie|u)\s+(?:bent|zijn)\s+(?:\w+\s+)?(?:goedgekeurd|gekwalificeerd)
    (?:voce|voces)\s+(?:estiver|for|forem)\s+(?:aprovad|homologad|qualificad)\w*
    """
)
# Signed paperwork sent back: "signed order form attached", "anbei unterschrieben zurück".
SIGNED = words(
    r"""
    signed countersigned executed unterschrieben\w* unterzeichnet\w* gegengezeichnet\w*
    signee?s? contresigne\w* firmad[oa]s? firmat[oaie] controfirmat\w* ondertekend getekend
    assinad[oa]s?
    """
)
ENCLOSED = words(
    r"""
    attached enclosed herewith anbei beigefugt anliegend ci-joint\w* en\s+piece\s+jointe
    adjunt\w* in\s+allegato allegat[oaie] bijgevoegd in\s+de\s+bijlage em\s+anexo anexad[oa]s?
    segue\w*
    """
)
# A percentage that is no tax rate: "ci avevano fatto il 5%", "the usual 3 %".
PERCENT = words(r"\d+(?:[.,]\d+)?\s*pct")
TAX_RATE = words(
    r"""
    vat mwst ust tva iva btw tax\w* steuer\w* impuesto\w* imposta imposto moms dph vat-?rate
    withholding retencion ritenuta
    """
)
# What makes a percentage a concession: granted again, as last year, for the pilot.
CONCEDED = words(
    r"""
    grant\w* give\w* apply\w* recogni[sz]\w* honou?r\w* gewahr\w* einraum\w* anerkenn\w*
    accord\w* consent\w* appliqu\w* reconnai\w* conced\w* otorg\w* aplic\w* riconosc\w*
    applic\w* toepass\w* toegek\w* gun\w* conced\w* aplica\w* last\s+year\w* pilot\w* vorjahr\w*
    letztes\s+jahr l'an\s+dernier l'annee\s+derniere ano\s+pasado anno\s+scorso vorig\s+jaar
    ano\s+passado
    """
)
# Money back or charged twice: "devolved el importe duplicado", "credit note for the double
# charge", "Gutschrift". A billing dispute is a person's, never a routine reply's.
REFUND = words(
    r"""
    refund\w* reimburs\w* credit\s+note gutschrift\w* ruckerstatt\w* erstatt\w* rembours\w* avoir
    reembols\w* devol\w*\s+(?:el|la|los|las|o|a|os|as)?\s*(?:importe|dinero|cobro|montante|valor)
    nota\s+de\s+credito rimbors\w* nota\s+di\s+credito terugbetal\w* terugstort\w* creditnota\w*
    estorn\w* charged\s+twice double[\s-]charg\w* doppelt\s+(?:berechnet|abgebucht|belastet)
    factur\w*\s+deux\s+fois (?:cargad|cobrad|facturad)\w*\s+dos\s+veces
    (?:fatturat|addebitat)\w*\s+due\s+volte twee\s+keer\s+(?:gefactureerd|afgeschreven|betaald)
    (?:cobrad|faturad)\w*\s+duas\s+vezes
    terug\s+te\s+(?:storten|betalen|boeken) (?:dubbel|twee\s+keer)\s+(?:betaald|voldaan|overgemaakt)
    (?:paid|settled)\s+twice double\s+payment\w* duplicate\s+payment\w*
    doppel\w*\s+(?:bezahlt|gezahlt|uberwiesen|zahlung) (?:payee?s?|regle\w*)\s+deux\s+fois
    double\s+paiement (?:pagad|abonad)\w*\s+dos\s+veces (?:doble|duplicado)\s+pago pago\s+duplicado
    (?:pagat|saldat)\w*\s+due\s+volte doppio\s+pagamento (?:pag|quitad)\w*\s+duas\s+vezes
    pagamento\s+(?:em\s+)?duplicad\w*
    """
)
# Paying less than invoiced: a tax withheld at source, an amount deducted or kept back
# ("serão retidos na fonte", "se retendrá el 10%", "wird einbehalten", "no gross-up"). The
# verb forms only: a W-8BEN "to avoid withholding" is supplier paperwork.
SHORT_PAID = words(
    r"""
    withheld will\s+withhold we\s+withhold deducted\s+(?:from|at) gross-?up retid[oa]s
    retidas? retenid[oa]s? retendr\w+ retenemos trattenut[oa] tratterr\w+ einbehalten\w*
    ingehouden inhouden retenu[es]? retiendr\w+ abgezogen
    """
)
