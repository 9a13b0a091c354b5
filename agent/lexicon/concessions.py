"""Word families for commercial concessions made without "we agree", over folded text.

A credit note "will be issued", twelve extra users "for the same total price", "let's say
45,000", "we invoice the amount on your PO even though the quote was higher", "the first
invoice we hold until April", "we've set your account up on net 60": each changes price or
payment terms. The boundary (agent.boundary.deal) puts these parts together.
"""

from __future__ import annotations

from agent.lexicon.nouns import words

CREDIT_NOTE = words(
    r"""
    credit\s+(?:notes?|memos?) gutschrift\w* (?:un|l'|d'un|cet|votre|notre)\s*avoirs?
    notas?\s+de\s+(?:credito|abono) notas?\s+di\s+credito creditnota\w* creditfactu\w*
    kreditnota\w* dobropis\w* nota\s+kredytowa
    """
)
# Issuing a document: with a credit note, a price concession.
ISSUE = words(
    r"""
    issu\w* rais\w* emit\w* emis\w* emess\w* ausstell\w* ausgestellt erstell\w* opgemaakt opmaken
    opstell\w* uitgeschreven uitschrijven emettr\w* emettons establec\w* gener\w* send\w*
    sent schick\w* envoy\w* envi\w* invi\w* stur\w* mand\w* udsted\w* utsted\w* vystav\w*
    """
)
SAME = words(
    r"""
    same selben gleichen meme mismo misma mesmo mesma stesso stessa dezelfde hetzelfde zelfde
    samme samma stejn\w* tej\s+samej
    """
)
EXTRA = words(
    r"""
    extra additional more further zusatzlich\w* weitere\w* mehr supplementaires? en\s+plus
    de\s+plus adicional\w* mas in\s+piu aggiuntiv\w* ulterior\w* meer ekstra flere navic
    dalsi\w* dodatkow\w* mais
    """
)
# Haggling to a figure: "let's say 45,000", "diciamo 45.000 €", "sagen wir 40k".
LETS_SAY = words(
    r"""
    (?:let's|let\s+us)\s+(?:say|call\s+it|make\s+it|settle\s+on|agree\s+on) call\s+it
    sagen\s+wir einigen\s+wir\s+uns\s+auf disons mettons digamos dejemoslo\s+en diciamo
    facciamo laten\s+we\s+(?:zeggen|afspreken) zeggen\s+we vamos\s+(?:dizer|fechar)
    fechamos\s+(?:em|por) cerramos\s+en chiudiamo\s+(?:a|con|per|cosi) sig\s+(?:vi|bare)
    """
)
# "even though the quote said 110": a concession against our own quote.
CONCESSIVE = words(
    r"""
    even\s+(?:though|if) although though obwohl obgleich auch\s+wenn selbst\s+wenn meme\s+si
    bien\s+que quoique aunque si\s+bien anche\s+se sebbene benche nonostante ook\s+al hoewel
    alhoewel embora mesmo\s+que ainda\s+que selv\s+om selvom fast\s+(?:om|at) aven\s+om
    i\s+kdyz prestoze mimo\s+ze chociaz
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
    we\s+(?:will\s+|'ll\s+|shall\s+|can\s+|would\s+)?(?:simply\s+|just\s+|then\s+)?(?:invoice|bill|charge)
    we'll\s+(?:simply\s+|just\s+)?(?:invoice|bill|charge)
    rechnen\s+(?:\S+\s+){0,8}?ab berechnen\s+wir wir\s+(?:\w+\s+){0,2}(?:berechnen|fakturieren)
    fakturieren\s+wir stellen\s+(?:\S+\s+){0,6}?in\s+rechnung factur(?:ons|erons|erions|amos|aremos)
    cobr(?:amos|aremos) fattur(?:iamo|eremo) addebit(?:iamo|eremo) (?:we|wij)\s+(?:\w+\s+)?factureren
    factureren\s+(?:we|wij) brengen\s+(?:\S+\s+){0,4}in\s+rekening fatur(?:amos|aremos)
    fakturerer\s+vi vi\s+fakturerer fakturujeme
    """
)
# Holding or deferring an invoice: a payment term.
HOLD = words(
    r"""
    hold\w*(?:\s+back|\s+off)? held defer\w* postpon\w* push\w*\s+back aufschieb\w* verschieb\w*
    zuruckhalt\w* zuruckstell\w* aussetz\w* differ(?:er|ons|ee|erons) report(?:er|ons|erons)
    suspend\w* aplaz\w* pospon\w* posterg\w* retene\w* tene\w*\s+ferm\w* trattene\w* rinvi\w*
    posticip\w* sospend\w* uitstel\w* aanhoud\w* opschort\w* adia\w* segur(?:amos|aremos)
    udskyd\w* utsett\w* odloz\w*
    """
)
INVOICE = words(
    r"""
    invoices? billing rechnung\w* factur(?:e|es|a|as|ation|acion) fattur(?:a|e|azione)
    factuur facturen facturatie fatura faturas faturamento faktura\w* fakturering
    """
)
# Setting an account or a system to a term: "set your account up on net 60", "omgezet".
CONFIGURE = words(
    r"""
    set\s+(?:\w+\s+){0,4}(?:up|to) switch\w* moved updated? adjust(?:ed)? chang(?:ed|e)
    umgestellt umstellen eingestellt angepasst geandert eingerichtet configur\w* parametr\w*
    impostat\w* modificat\w* cambiat\w* aggiornat\w* omgezet ingesteld aangepast gewijzigd
    cambiad\w* ajustad\w* modificad\w* actualizad\w* alterad\w* atualizad\w* mudad\w* modifie\w*
    passe\w*\s+a bascule\w* aendret endret andrat zmenil\w*
    """
)
# A payment term with its value: "net 60", "45 dagen netto", "120 giorni", "60 gg fm".
PAY_TERM = words(
    r"""
    net\s*\d+ netto\s*\d+ \d+\s*(?:days?|tage\w*|jours|dias|giorni|gg|dagen|dage|dager|dagar|dni|dnu)
    end\s+of\s+(?:the\s+)?month fin\s+de\s+mois fin\s+de\s+mes fine\s+mese monatsende
    instal\w+ raten\w* echeanci\w* plazos prestacoes termijnen rate\s+mensil\w*
    """
)
# Following the customer's own rules: "seguirá a política de pagamento de vocês".
ADOPT = words(
    r"""
    follow\w* go\s+by work\s+(?:with|to) folg\w* richten\s+uns\s+nach suiv\w* respect\w*
    segui\w* seguir\w* volg\w* hanter\w* folge\w* aplic\w* appl(?:y|ied) anwend\w* appliqu\w*
    applic(?:heremo|hiamo) toepass\w* nach\s+ihren selon\s+(?:votre|vos) segun\s+(?:su|sus)
    secondo\s+(?:il\s+|la\s+)?vostr\w* volgens\s+(?:uw|jullie) conforme\s+(?:a\s+|o\s+)?(?:sua|seu|vossa|vosso)
    """
)
# Whose it is: the customer's ("your", "Ihre", "de vocês", "di voi").
CUSTOMER_OWN = words(
    r"""
    your ihr\w* votre vos su sus de\s+ustedes vostr\w* di\s+voi uw jullie van\s+jullie seu sua
    seus suas de\s+voces vosso\w* vossa\w* jeres deres vase\w* wasz\w*
    """
)
# "at the same price", "lower than the quote": a word that makes an amount a different one.
DIFFERENT = words(
    r"""
    lower higher less below under niedriger hoher unter moins\s+(?:eleve|cher) inferieur\w*
    superieur\w* mas\s+(?:bajo|alto) inferior\w* superior\w* piu\s+(?:basso|alto|bass[oa])
    lager hoger menor maior lavere hoyere nizsi vyssi
    """
)
