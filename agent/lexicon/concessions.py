"""Word families for commercial concessions made without "we agree", over folded text.

A credit note "will be issued", twelve extra users "for the same total price", "let's say
45,000", "we invoice the amount on your PO even though the quote was higher", "the first
invoice we hold until April", "we've set your account up on net 60": each changes price or
payment terms. The boundary (agent.boundary.deal) puts these parts together.
"""

from __future__ import annotations

import re

from agent.lexicon.nouns import words

CREDIT_NOTE = words(
    r"""
    credit\s+(?:notes?|memos?) gutschrift\w* (?:un|l'|d'un|cet|votre|notre)\s*avoirs?
    notas?\s+de\s+(?:credito|abono) notas?\s+di\s+credito creditnota\w* creditfactu\w* kreditnota\w*
    dobropis\w* nota\s+kredytowa
    """
)
# Issuing a document: with a credit note, a price concession.
ISSUE = words(
    r"""
    issu\w* rais\w* emit\w* emis\w* emess\w* emett\w* ausstell\w* ausgestellt erstell\w* opgemaakt
    opmaken opstell\w* uitgeschreven uitschrijven emettr\w* emettons establec\w* gener\w* send\w*
    sent schick\w* envoy\w* envi\w* invi\w* stur\w* mand\w* udsted\w* utsted\w* vystav\w*
    """
)
SAME = words(
    r"""
    same selben gleichen meme mismo misma mesmo mesma stesso stessa dezelfde hetzelfde zelfde samme
    samma stejn\w* tej\s+samej
    """
)
EXTRA = words(
    r"""
    extra additional more further zusatzlich\w* weitere\w* mehr supplementaires? en\s+plus de\s+plus
    adicional\w* mas in\s+piu aggiuntiv\w* ulterior\w* meer ekstra flere navic dalsi\w* dodatkow\w*
    mais
    """
)
# Haggling to a figure: "let's say 45,000", "diciamo 45.000 €", "sagen wir 40k".
LETS_SAY = words(
    r"""
    (?:let's|let\s+us)\s+(?:say|call\s+it|make\s+it|settle\s+on|agree\s+on) call\s+it
    shall\s+we\s+say sagen\s+wir einigen\s+wir\s+uns\s+auf disons mettons digamos dejemoslo\s+en
    diciamo facciamo laten\s+we\s+(?:zeggen|afspreken) zeggen\s+we vamos\s+(?:dizer|fechar)
    fechamos\s+(?:em|por) cerramos\s+en chiudiamo\s+(?:a|con|per|cosi) sig\s+(?:vi|bare)
    """
)
# "even though the quote said 110": a concession against our own quote.
CONCESSIVE = words(
    r"""
    even\s+(?:though|if) although though obwohl obgleich auch\s+wenn selbst\s+wenn meme\s+si
    bien\s+que quoique aunque si\s+bien anche\s+se sebbene benche nonostante ook\s+al hoewel
    alhoewel embora mesmo\s+que ainda\s+que selv\s+om selvom fast\s+(?:om|at) aven\s+om i\s+kdyz
    prestoze mimo\s+ze chociaz
    """
)
QUOTE = words(
    r"""
    quotes? quotation offer proposal list\s+price angebot\w* devis offre oferta cotizacion
    presupuesto propuesta preventiv\w* offerta proposta offerte orcamento cotacao tilbud\w*
    offert\w* nabid\w*
    """
)
# We invoice or charge (a verb, never the noun "invoice").
BILL = words(
    r"""
    we\s+(?:will\s+|'ll\s+|shall\s+|can\s+|would\s+)?(?:simply\s+|just\s+|then\s+)?(?:invoice|
    bill|charge) we'll\s+(?:simply\s+|just\s+)?(?:invoice|bill|charge) rechnen\s+(?:\S+\s+){0,8}?ab
    berechnen\s+wir wir\s+(?:\w+\s+){0,2}(?:berechnen|fakturieren) fakturieren\s+wir
    stellen\s+(?:\S+\s+){0,6}?in\s+rechnung rechnung\s+stellen\s+wir
    stellen\s+wir\s+(?:\S+\s+){0,3}?rechnung factur(?:ons|erons|erions|amos|aremos)
    cobr(?:amos|aremos) fattur(?:iamo|eremo) addebit(?:iamo|eremo)
    (?:we|wij)\s+(?:\w+\s+)?factureren factureren\s+(?:we|wij)
    brengen\s+(?:\S+\s+){0,4}in\s+rekening fatur(?:amos|aremos)
    fakturer[ae]r\s+vi vi\s+fakturer[ae]r
    fakturujeme
    """
)
# Holding or deferring an invoice: a payment term.
HOLD = words(
    r"""
    hold\w*(?:\s+back|\s+off)? held defer\w* postpon\w* push\w*\s+back aufschieb\w* verschieb\w*
    zuruckhalt\w* halt\w*\s+(?:\S+\s+){0,8}?zuruck zuruckstell\w* aussetz\w*
    differ(?:er|ons|ee|erons) report(?:er|ons|erons) suspend\w* aplaz\w* pospon\w* posterg\w*
    retene\w* ten\w*\s+ferm\w* trattene\w* rinvi\w* posticip\w* sospend\w* uitstel\w* aanhoud\w*
    opschort\w* adia\w* segur(?:amos|aremos) udskyd\w* utsett\w* odloz\w*
    """
)
INVOICE = words(
    r"""
    invoices? billing rechnung\w* factur(?:e|es|a|as|ation|acion) fattur(?:a|e|azione) factuur
    facturen facturatie fatura faturas faturamento faktura\w* fakturering
    """
)
# Setting an account or a system to a term: "set your account up on net 60", "omgezet".
CONFIGURE = words(
    r"""
    set\s+(?:\w+\s+){0,4}(?:up|to) switch\w* moved updated? adjust(?:ed)? chang(?:ed|e) umgestellt
    umstellen eingestellt angepasst geandert eingerichtet configur\w* parametr\w* impostat\w*
    modificat\w* cambiat\w* aggiornat\w* omgezet ingesteld aangepast gewijzigd cambiad\w* ajustad\w*
    modificad\w* actualizad\w* alterad\w* atualizad\w* mudad\w* modifie\w* passe\w*\s+a bascule\w*
    aendret endret andrat zmenil\w*
    (?:(?:noted|recorded|registered|entered|stored|saved|captured|hinterlegt|eingetragen|erfasst
    |gespeichert|vermerkt|enregistre\w*|saisi\w*|note\w*|registrad\w*|anotad\w*|registrat\w*
    |annotat\w*|inserit\w*|vastgelegd|ingevoerd|geregistreerd|genoteerd|cadastrad\w*|lancad\w*)
    \s+(?:\S+\s+){0,3}?(?:in|into|im|dans|en|nel|nella|no|na|op|w)\s+(?:\S+\s+)?(?:our|unser\w*
    |notre|nos|nuestr\w*|nostr\w*|onze|ons|noss\w*|vores|vart|naszym)\s+(?:\S+\s+)?(?:system\w*
    |erp|sap|ledger|records?|books?|billing|systeem|sisteem|sistema|systeme|buchhaltung
    |administratie|contabilidad|contabilita))
    """
)
# A payment term with its value: "net 60", "45 dagen netto", "120 giorni", "60 gg fm".
PAY_TERM = words(
    r"""
    net\s*\d+ netto\s*\d+
    \d+\s*-?\s*(?:days?|tage\w*|tagig\w*|jours|dias|giorni|gg|dagen|dage|dager|dagar|dni|dnu)
    end\s+of\s+(?:the\s+)?month fin\s+de\s+mois fin\s+de\s+mes fine\s+mese monatsende instal\w+
    raten\w* echeanci\w* plazos prestacoes termijnen rate\s+mensil\w* mensualit\w*
    en\s+(?:\w+\s+)?fois
    in\s+(?:\w+\s+)?(?:rate|tranches?|termijnen|prestacoes|plazos|cuotas|halves)
    """
)
# Following the customer's own rules: "seguirá a política de pagamento de vocês".
ADOPT = words(
    r"""
    (?:we|i)(?:'ll|\s+will|\s+can)?\s+(?:happily\s+|gladly\s+)?sign
    (?:wir\s+)?(?:unterschreiben|unterzeichnen)(?:\s+wir)? sign(?:ons|erons)
    firm(?:amos|aremos|iamo|eremo) (?:we|wij)\s+(?:\w+\s+)?(?:tekenen|ondertekenen)
    tekenen\s+(?:we|wij) assin(?:amos|aremos) as\s+is tel\s+quel en\s+l'etat tal\s+cual cosi\s+com'e
    zoals\s+(?:die|het)\s+is tal\s+como\s+esta so\s+wie\s+(?:er|sie|es)\s+ist follow\w* go\s+by
    work\s+(?:with|to) pass\w*\s+(?:uns|ons)\s+(?:\S+\s+){0,6}?(?:an|aan) anpass\w* adapt\w*
    adequ\w* adegu\w* alinh\w* align\w* folg\w* richten\s+uns\s+nach suiv\w*
    respect(?:ons|erons|ed|ing|s|e|er)? under\s+(?:your|their) unter\s+ihren sous\s+vos bajo\s+sus
    sotto\s+le\s+vostre onder\s+uw sob\s+as\s+(?:vossas|suas) segui\w* seguir\w* volg\w* hanter\w*
    folge\w* aplic\w* appl(?:y|ied) anwend\w* appliqu\w* applic(?:heremo|hiamo) toepass\w*
    nach\s+ihren selon\s+(?:votre|vos) segun\s+(?:su|sus) secondo\s+(?:il\s+|la\s+)?vostr\w*
    volgens\s+(?:uw|jullie) conforme\s+(?:a\s+|o\s+)?(?:sua|seu|vossa|vosso)
    """
)
# Whose it is: the customer's ("your", "Ihre", "de vocês", "di voi").
CUSTOMER_OWN = words(
    r"""
    your ihr\w* votre vos su sus de\s+ustedes vostr\w* di\s+voi uw jullie van\s+jullie seu sua seus
    suas de\s+voces vosso\w* vossa\w* jeres deres vase\w* wasz\w*
    """
)
# "at the same price", "lower than the quote": a word that makes an amount a different one.
DIFFERENT = words(
    r"""
    lower higher less below under niedriger hoher unter moins\s+(?:eleve|cher) inferieur\w*
    superieur\w* mas\s+(?:bajo|alto) inferior\w* superior\w* piu\s+(?:basso|alto|bass[oa]) lager
    hoger menor maior lavere hoyere nizsi vyssi
    """
)
# A sum of money: "1.200 EUR", "€ 650", "R$ 95", "312 000 kr".
AMOUNT = re.compile(
    r"(?:[€$£]|\b(?:eur|usd|chf|gbp|r\$))\s?\d"
    r"|\d(?:[\d.,' ]*\d)?\s?(?:[€$£]|(?:eur|euros?|usd|chf|gbp|dkk|nok|sek|czk|pln|kc|kr|zl)\b)"
)
# Charging for something (verbs only): negated, it gives the thing away ("wir berechnen die
# Schulung nicht", "la formation ne vous sera pas facturée").
CHARGE = words(
    r"""
    charg(?:e|ed|ing) bill(?:ed)? invoic(?:ed|ing) invoice\s+(?:you|for) berechn\w* in\s+rechnung
    rechnen\s+(?:\S+\s+){0,4}?ab factur(?:ee|ees|er|ons|erons|era|eront|ez)
    cobr(?:amos|aremos|ar|ado|ada|ados|adas|a|an) factur(?:amos|aremos|ado|ada|ados|adas) addebit\w*
    fattur(?:iamo|eremo|ato|ata|are|ati|ate) aanrekenen rekenen\s+(?:\S+\s+){0,4}?aan in\s+rekening
    gefactureerd factureren fatur(?:amos|aremos|ado|ada|ados|adas|ar)
    """
)
# The customer pays: "Sie können in drei Raten zahlen", "potete pagare a 90 giorni".
PAY = words(
    r"""
    pay paying settle regl\w* saldar\w* saldare voldoen liquidar abonar zahlen bezahlen begleichen
    regler payer pagar pagare pagarlo betalen betale betala zaplatit platit
    """
)
# Invoicing waits for an event: "we invoice only after acceptance", "fattureremo solo dopo".
DEFERRED = words(
    r"""
    only\s+(?:after|once|when) not\s+until erst pas solo solamente s[oó]lo
    so\s+(?:depois|quando|apos) after once when until nach sobald bis apres quand lorsque jusqu\w*
    despues cuando hasta dopo quando fino na zodra wanneer tot depois apos ate quando
    """
)
# We will wait for the money: "we can wait 90 days", "nous attendrons", "esperaremos".
WAIT = words(
    r"""
    (?:can|will|'ll|could|happy\s+to)\s+wait konnen\s+(?:\S+\s+){0,3}?warten warten\s+gern\w*
    attendr\w* pouvons\s+attendre esperaremos podemos\s+esperar aspetter\w* possiamo\s+aspettare
    kunnen\s+(?:\S+\s+){0,3}?wachten wachten\s+(?:\S+\s+){0,3}?met aguardar\w* podemos\s+aguardar
    """
)
# Reductions by name: a discount, a rebate, a credit.
DISCOUNT = words(
    r"""
    discounts? rebates? credits? rabatt\w* nachlass\w* gutschrift\w* remises? rabais ristournes?
    skont\w* escompte\w* pronto\s+pago
    descuentos? bonificacion\w* sconti? abbuon\w* korting\w* descontos? abatimentos? rabat\w*
    slev\w*
    """
)
