"""Detectors of commercial exceptions: payment terms, the customer's own terms, prices and
discounts, moved dates or term length, co-terming, split orders.

A mention that changes nothing ("net 30 as quoted", "pricing stays as agreed") is not
evidence; a term stated as the customer's policy or system default is, like a request.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.boundary.signals import negated
from agent.detect.evidence import Evidence
from agent.detect.scan import named_outside_disclaimers, negated_before, scan, unchanged
from agent.detect.views import MessageView, ViewSentence
from agent.lexicon import commerce as cm
from agent.lexicon import concessions as cs
from agent.lexicon import dates as dt
from agent.lexicon import frames as fr
from agent.lexicon import nouns as lx
from agent.lexicon import orders as od
from agent.lexicon import paperwork as pw
from agent.lexicon import procurement as pr
from agent.lexicon import waivers as wv
from agent.lexicon.times import MONTH, TIME
from agent.models import Reason

_NET = re.compile(r"\bnet(?:to)?\s*-?\s*\d{1,3}\b")
# A figure of days with nothing that says payment ("within 30 days", "a 90 giorni").
_EOM_ONLY = re.compile(
    r"end\s+of\s+(?:the\s+)?month|eom|monatsende|fin\s+de\s+mois|fin\s+de\s+mes|fine\s+mese"
    r"|einde\s+van\s+de\s+maand|fim\s+do\s+mes"
)
_CHANGE_FIRST = re.compile(
    r"limit|cap|restrict|begrenz|beschrank|plafonn|restreindr|restring|beperk|extend|shorten|reduc"
    r"|chang|verlanger|verkurz|prolong|raccourc|ampli|acort|prorrog|estend|accorc|verleng|verkort|encurt"
)
_PAYMENT_MARK = re.compile(
    r"net|factur|fattur|invoice|rechnung|fatura|factuur|zahl|pay|pag[aeio]|betal|skonto|payment\s+run"
    r"|zahlungslauf|maned|manad|reglement|paiement|billing|arrears|invoic"
    # how the money moves: "via boleto ou TED", "per Überweisung", "par virement"
    r"|boleto|\bted\b|\bpix\b|uberweis|virement|transferencia|bonifico|overboeking|wire\s+transfer"
    r"|nota\s+fiscal"
)
_WANT = re.compile(
    r"\b(?:should|must|needs?\s+to|has\s+to|have\s+to|want|wish|would\s+like|request|require"
    r"|soll\w*|muss\w*|mochten|wunsch\w*|doit|devr\w*|souhait\w*|voudri\w*|debe\w*|deberia\w*"
    r"|queremos|quisieramos|necesitamos|deve\w*|dovr\w*|vorremmo|vogliamo|moet\w*|zou\w*"
    r"|willen|wensen|deveria\w*|gostariamos|precisamos|expect|erwarten|attendons|esperamos"
    r"|aspettiamo|verwachten)\b"
)

_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b")
_FROM = re.compile(
    r"\b(?:a\s+partir\s+d[eu]|ab\s+(?:dem|den)?|from|with\s+effect\s+from|vanaf|a\s+partire\s+da"
    r"|desde|a\s+contar\s+de|con\s+decorrenza|mit\s+wirkung\s+(?:ab|zum))\b"
)


def payment_terms(view: MessageView) -> Iterator[Evidence]:
    def test(clause: str, sentence: ViewSentence) -> bool:
        if unchanged(clause):
            return False
        if cm.ASKED_DAYS.search(clause) and not restates_quote(clause, view.quoted_net_days):
            return True  # "can u do 60d?"
        if _paid_in_days(clause) and not restates_quote(clause, view.quoted_net_days):
            return True  # "se pagan a 90 días naturales posteriores a la recepción"
        for pattern in (cm.PAYMENT_TERM, cm.PAYMENT_ON_EVENT, cm.STAGED_PAYMENT):
            m = pattern.search(clause)
            if m is None or negated_before(clause, m.start(), 15):
                continue
            if pattern is cm.STAGED_PAYMENT and _TAX_BEFORE.search(clause[: m.start()]):
                continue  # "IVA 22% a parte": a tax rate, not a share paid upfront
            # "within 30 days" is a payment term only when payment is the subject
            bare = _PAYMENT_MARK.search(m.group()) is None or _EOM_ONLY.fullmatch(m.group())
            if pattern is cm.PAYMENT_TERM and bare and not _PAYMENT_MARK.search(sentence.folded):
                continue
            if pattern is cm.PAYMENT_TERM and restates_quote(clause, view.quoted_net_days):
                continue
            return True
        return False

    return scan(view, Reason.PAYMENT_TERMS_CHANGE, test)


# Paying and a span of days in one clause is a payment term, however the clause is built
# around them: the grammar of "we pay at", "are paid", "se pagan a", "zahlen wir nach",
# "innerhalb 60 Tagen ohne Abzug" varies without end; the two parts do not.
_PAID = re.compile(
    r"\b(?:pay(?:s|ing|ment|ments|able)?|paid|(?:be)?zahl\w*|betal\w*|paie\w*|pay[eé]\w*|regl\w*"
    r"|pag(?!in)\w*|abzug|skonto|liquid\w+)\b"
)


def _paid_in_days(clause: str) -> bool:
    """A span of 10-180 days within 60 characters of paying, either order, not negated."""
    for days in _DAYS_FIGURE.finditer(clause):
        if not 10 <= int(days.group(1)) <= 180:
            continue
        window = clause[max(0, days.start() - 60) : days.end() + 60]
        paid = _PAID.search(window)
        if paid is None or negated_before(window, paid.start(), 15):
            continue
        at = days.start() - max(0, days.start() - 60)  # the span's place in the window
        if not negated(window[paid.end() : at]):  # "wir zahlen nicht nach 60 Tagen"
            return True
    return False


_TAX_BEFORE = re.compile(
    r"\b(?:iva|vat|mwst|ust|tva|btw|tax|gst|hst|impuesto|imposta|imposto|moms|alv|dph)\W{0,3}$"
)
_DAYS_FIGURE = re.compile(
    r"\b(\d{1,3})\s*(?:days?|d|tage?n?|jours?|dias?|giorni|gg|dagen|dagar|dage|dni|dnu)\b"
)
_MODIFIED = re.compile(
    r"\b(?:eom|end\s+of|fin\s+de|fine\s+mese|monatsende|einde|fim\s+do|fdm|fm|after|nach|apres"
    r"|despues|tras|dopo|na|apos|from\s+(?:the\s+)?(?:end|receipt)|pct|skonto|payment\s+run)\b"
)


def restates_quote(clause: str, quoted_days: int) -> bool:
    """'30 days net' on a deal quoted at net 30 is the deal as quoted."""
    figures = {int(a or b) for a, b in _NET_FIGURE.findall(clause)}
    figures |= {int(n) for n in _DAYS_FIGURE.findall(clause)}
    return figures == {quoted_days} and not _MODIFIED.search(clause)


_NET_FIGURE = re.compile(r"\bnet(?:to)?\s*-?\s*(\d{1,3})\b|\bnt\s?(\d{2})\b")


_EXCLUSION = (
    r"\b(?:are|is|will\s+be|shall\s+be)?\s*(?:excluded|rejected|(?:do|does|shall|will)\s+not\s+apply"
    r"|void|ausgeschlossen|nicht\s+(?:vertragsbestandteil|anwendung|anerkannt)|keine\s+anwendung"
    r"|exclu\w*|rejete\w*|ne\s+s'appliqu\w*\s+pas|excluid\w*|rechazad\w*|no\s+(?:se\s+)?aplica\w*"
    r"|esclus\w*|respint\w*|non\s+si\s+applica\w*|uitgesloten|verworpen|niet\s+van\s+toepassing"
    # struck out of the document: "bewusst gestrichen", "crossed out", "barré", "doorgehaald"
    r"|(?:struck|crossed)\s+(?:out|through)|gestrichen|barre\w*|raye\w*|tachad\w*|barrat\w*"
    r"|cancellat\w*|doorgehaald|geschrapt|riscad\w*"
    # left out of the contract: "will not form part of the contract", "ne font pas partie"
    r"|(?:do|does|shall|will|would)\s+not\s+form\s+(?:a\s+|any\s+)?part|form\s+no\s+part"
    r"|ne\s+(?:font|fera|feront|fait)\s+pas\s+partie|no\s+forma\w*\s+parte|non\s+(?:fanno|faranno"
    r"|fa)\s+parte|(?:maken|maakt)\s+geen\s+(?:deel|onderdeel)\s+uit|nao\s+(?:fazem|farao|faz)\s+parte"
    r"|excluid\w*|rejeitad\w*|nao\s+se\s+aplica\w*|(?:gelden|gelten|gilt|valgono|valen|valem)\s+"
    r"(?:\S+\s+){0,2}(?:niet|nicht|non|no|nao))"
)
# Whose terms are excluded decides: the vendor's ("your terms", "supplier terms", "all other
# terms", sales terms) is an exception; the customer's own purchase terms not applying is not.
_VENDOR_TERMS = (
    r"\b(?:(?:your|ihre?|vos|votre|sus?|vuestras?|vostre|vostri|uw|jullie|vossas?|seus?|suas?"
    r"|supplier'?s?|vendor'?s?|lieferanten|fournisseur|proveedor|fornitore|leverancier|fornecedor"
    r"|(?:all\s+)?other|any\s+other|andere|autres|otras|altre|overige|outras)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:terms|conditions|t\s?&\s?cs?|agb|\w*bedingungen|cgv|condiciones|condizioni|\w*voorwaarden"
    r"|condicoes)|(?:sales|verkaufs|vente|venta|vendita|verkoop|venda)\w*\s+(?:terms|conditions"
    r"|bedingungen|condiciones|condizioni|voorwaarden|condicoes)|conditions\s+(?:generales\s+)?de"
    r"\s+vente|condiciones\s+(?:generales\s+)?de\s+venta|condizioni\s+(?:generali\s+)?di\s+vendita"
    r"|terms\s+of\s+service|order\s+form|msa"
    # the Romance order, the supplier after the terms: "conditions générales du fournisseur"
    r"|(?:conditions|condiciones|condizioni|condicoes|termes|terminos|termini|termos)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:du|del|de\s+la|della|dello|do|da|dos)\s+(?:fournisseur|proveedor"
    r"|fornitore|fornecedor|vendeur|vendedor|venditore|prestataire))\b"
)
# "No other terms and conditions shall apply", "es gelten keine anderen Bedingungen":
# whatever else was agreed (our order form, our MSA) is shut out.
_NO_OTHER_TERMS = (
    r"\b(?:no|keine|aucune?s?|ningun[ao]s?|nessun[ae]?|geen|nenhum[ao]?s?)\s+(?:other|anderen?"
    r"|autres?|otr[ao]s?|altr[ei]|andere|outr[ao]s?)\s+(?:[\w'-]+\s+){0,2}?(?:terms|conditions"
    r"|t\s?&\s?cs?|\w*bedingung\w*|agb|condici\w+|condizion\w+|\w*voorwaarden|condico\w+)\b"
)
# Standard terms named by their acronym, a public buyer's usually: "ARBIT-2022-voorwaarden",
# "EVB-IT Bedingungen", "the UGAP conditions" (never our own MSA, SLA or DPA).
_NAMED_TERMS = re.compile(
    r"\b(?!(?:MSA|SLA|EULA|SAAS|DPA|NDA|SOW|GTC|AGB|CGV)\b)[A-Z]{3,}(?:[-\s]?[A-Z0-9]{2,4})?[-\s]"
    r"(?:[Vv]oorwaarden|[Bb]edingungen|[Cc]onditions|[Tt]erms|[Cc]ondiciones|[Cc]ondizioni"
    r"|[Cc]ondi[çc][õo]es)\b"
)
_VENDOR_EXCLUDED = re.compile(_VENDOR_TERMS + r"[\s\w,'-]{0,80}?" + _EXCLUSION)
_NO_OTHER = re.compile(_NO_OTHER_TERMS)
# The order placed under what we signed or quoted: "placed under the Master Subscription
# Agreement between the parties", "unter dem Rahmenvertrag zwischen den Parteien".
_UNDER_OURS = re.compile(
    r"\b(?:placed|issued|governed|subject)\s+(?:to\s+|by\s+)?(?:under\s+)?(?:the|your)\s+(?:[\w-]+\s+){0,3}"
    r"(?:master\s+(?:subscription|services?|software|license|licence)\s+agreement|msa|order\s+form"
    r"|quot\w*)|\b(?:between|zwischen|entre|tra|tussen)\s+(?:the|den|les|las|as|le|de)?\s*"
    r"(?:parties|parteien|parties|partes|parti|partijen)\b"
)
_THEIRS_EXCLUDED = re.compile(f"(?:{pr.BUYER_TERMS.pattern})" + r"[\s\w,'-]{0,90}?" + _EXCLUSION)


def theirs_excluded(clause: str) -> bool:
    """The customer's own purchase terms said not to apply ("onze inkoopvoorwaarden gelden
    hier niet")."""
    return _THEIRS_EXCLUDED.search(clause) is not None


def customer_terms(view: MessageView) -> Iterator[Evidence]:
    """The customer's purchase terms apply, prevail, are incorporated, or are accepted by
    performance; or our terms are excluded."""

    under_ours = _UNDER_OURS.search(view.folded) is not None

    def test(clause: str, sentence: ViewSentence) -> bool:
        if pr.BY_PERFORMANCE.search(clause) or _VENDOR_EXCLUDED.search(clause):
            return True
        if _NO_OTHER.search(clause):
            # "placed under the MSA between the parties. No other terms apply." shuts out
            # nothing of ours: the agreement we signed is what governs
            return not under_ours or pr.BUYER_TERMS.search(clause) is not None
        if _own_rules_prevail(sentence.folded):
            return True
        terms = pr.BUYER_TERMS.search(clause) or _NAMED_TERMS.search(sentence.text)
        if terms is None or theirs_excluded(clause):
            return False  # "our printed purchase terms do not apply here"
        if unchanged(clause) and not _CONCESSIVE.search(clause):
            return False  # "as in the quote" -- but "even if referred to in the offer" is not
        governs = pr.GOVERNS.search(clause)
        return governs is not None and not negated_before(clause, governs.start(), 25)

    return scan(view, Reason.PO_TERMS_SUPERSEDE, test)


# "...prevail over the supplier's terms, even if the offer refers to them": the quote is
# named only to be overridden.
_CONCESSIVE = re.compile(
    r"\b(?:even\s+(?:if|where|when|though)|auch\s+wenn|selbst\s+wenn|meme\s+si|y\s+compris"
    r"|aun(?:que|\s+cuando)|incluso\s+si|anche\s+se|pur\s+se|ook\s+(?:als|indien|wanneer)"
    r"|zelfs\s+(?:als|indien)|mesmo\s+(?:que|se)|ainda\s+que)\b"
)


def _own_rules_prevail(folded: str) -> bool:
    """A document of the customer's own — a supplier code, a procurement policy, framework
    rules — said to govern where it and ours disagree: "…our Supplier Code, which governs in
    case of any inconsistency", "unsere Lieferantenrichtlinie hat bei Widersprüchen Vorrang"."""
    own = _OWN_DOCUMENT.search(folded)
    governs = pr.GOVERNS.search(folded) or _WINS.search(folded)
    if own is None or governs is None or negated_before(folded, governs.start(), 25):
        return False
    return _PRECEDENCE.search(folded) is not None


_OWN_DOCUMENT = re.compile(
    r"\b(?:our|unser\w*|nos|notre|nuestr\w*|nostr\w*|onze|noss\w*)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:code|policy|policies|\w*richtlinie\w*|\w*kodex|charte|politique|codigo|politica"
    r"|codice|gedragscode|\w*beleid|regulations?|rules|\w*regeln|reglement\w*|regolament\w*"
    r"|requirements|standards?|framework|rahmenvertrag\w*|normas|norme|voorschriften)\b"
)
_WINS = re.compile(
    r"\b(?:wins?|controls?|takes?\s+priority|has\s+priority|vorgeh\w*|geht\s+(?:\w+\s+){1,4}vor"
    r"|l'emporte|prima|primar\w*|voorgaat|gaat\s+voor)\b"
)
# Where the two disagree: "in case of any inconsistency", "bei Widersprüchen", "en cas de
# contradiction", "over your terms".
_PRECEDENCE = re.compile(
    r"\b(?:in\s+(?:the\s+)?(?:case|event)\s+of\s+(?:any\s+)?(?:conflict|inconsisten\w*|discrepan\w*)"
    r"|where\s+(?:they|the\s+two)\s+(?:conflict|differ)|(?:over|above)\s+(?:your|the\s+supplier'?s?"
    r"|any\s+supplier|supplier)|bei\s+(?:\w+\s+)?(?:widerspruch\w*|abweichung\w*|konflikt\w*)"
    r"|en\s+cas\s+de\s+(?:contradiction|conflit|divergence)|en\s+caso\s+de\s+(?:conflicto"
    r"|discrepancia|contradiccion)|in\s+caso\s+di\s+(?:conflitto|contrasto|discordanza)"
    r"|bij\s+(?:strijdigheid|tegenstrijdigheid|conflict)|em\s+caso\s+de\s+(?:conflito"
    r"|divergencia|contradicao))\b"
)


def discount(view: MessageView) -> Iterator[Evidence]:
    def test(clause: str, sentence: ViewSentence) -> bool:
        m = cm.DISCOUNT.search(clause)
        if m is None or unchanged(clause) or negated_before(clause, m.start(), 25):
            return False
        if ZERO_FIGURE.search(clause[m.end() : m.end() + 40]):
            return False  # "the Discount % column shows 0.00": no discount at all
        return cm.KNOWN_DISCOUNT.search(clause) is None

    return scan(view, Reason.DISCOUNT_REQUEST, test)


ZERO_FIGURE = re.compile(
    r"(?<![\d.,])0(?:[.,]0{1,2})?\s*(?:%|pct|percent)?(?![\d.,]*[1-9])|\b(?:zero|nil|none|null|keine?n?"
    r"|aucune?|ninguno|nessuno|geen|nenhum)\b"
)


def price_change(view: MessageView) -> Iterator[Evidence]:
    def test(clause: str, sentence: ViewSentence) -> bool:
        m = cm.PRICE_CHANGE.search(clause)
        if m is not None and not unchanged(clause) and not negated_before(clause, m.start()):
            return True
        return asked_free(clause) or _assumed_in_the_price(clause)

    return scan(view, Reason.PRICE_CHANGE, test)


def _assumed_in_the_price(clause: str) -> bool:
    """The customer takes it that something falls within the quoted price ("wij gaan ervan
    uit dat de vijf implementatiedagen binnen het offertebedrag vallen"): scope added at no
    price, unless the clause says it is as quoted."""
    return bool(
        wv.ASSUMED.search(clause) and wv.IN_THE_PRICE.search(clause) and not unchanged(clause)
    )


def asked_free(clause: str) -> bool:
    """Something of ours wanted or included at no cost: a price change that names no price
    ("the validation package should be included without additional cost", "die Schulung
    bitte kostenlos dazu"). What their own portal or registration costs us is not."""
    if wv.FREE.search(clause) is None or negated(wv.FREE.sub(" ", clause)):
        return False
    if fr.PORTAL.search(clause) or pw.REGISTRATION.search(clause):
        return False  # "registration on our portal is free of charge for suppliers"
    return bool(_WANT.search(clause) or _INCLUDED.search(clause))


_INCLUDED = re.compile(
    r"\b(?:includ\w*|inklusiv\w*|inbegriffen|enthalten|dazu(?:geben|legen)?|mitliefer\w*"
    r"|inclu\w*|compres\w*|comprend\w*|inbegrepen|meegeleverd|add(?:ed|ing)?|throw\s+in)\b"
)


_NOT_BEFORE = re.compile(
    r"\b(?:not\s+(?:before|earlier\s+than|prior\s+to)|no\s+earlier\s+than|at\s+the\s+earliest"
    r"|nicht\s+(?:vor|fruher\s+als)|fruhestens|pas\s+avant|au\s+plus\s+tot|no\s+antes|como\s+muy"
    r"\s+pronto|non\s+prima|non\s+oltre\s+prima|niet\s+(?:voor|eerder\s+dan)|op\s+zijn\s+vroegst"
    r"|nao\s+antes|no\s+minimo\s+a\s+partir)\b"
)


_INVOICING = re.compile(
    r"\b(?:invoic\w*|billing|factur\w*|fattur\w*|rechnung\w*|abrechnung\w*|fatura\w*"
    r"|rechnungsstellung)\b"
)
_LATER_THAN = re.compile(
    r"\b(?:not|niet|nicht|pas|no|non|nao)\b(?:\s+[\w'-]+){0,3}\s+(?:before|earlier|eerder|vor"
    r"|fruher|avant|antes|prima)\b"
)


def _invoicing_held_back(folded: str) -> bool:
    """Invoicing may not begin before a month or date: the first invoice moves."""
    return bool(
        _INVOICING.search(folded)
        and _LATER_THAN.search(folded)
        and (MONTH.search(folded) or _DATE.search(folded))
    )


# The services a deal delivers on dates: moving them moves the deal's schedule.
_SERVICES = re.compile(
    r"\b(?:workshops?|trainings?|training\s+days|schulung\w*|formations?|formacion\w*|formazion\w*"
    r"|treinamento\w*|opleiding\w*|migrat\w*|migrac\w*|migrazion\w*|implementation|implementierung"
    r"|implantacao|implementacion|implementazione|onboarding|roll-?out|installation\w*|go-?live"
    r"|consulting\s+days|beratungstage|services\s+days|dias\s+de\s+servicio)\b"
)


def _services_moved(clause: str) -> bool:
    """A delivered service moved to another time: "move the workshops to September"."""
    service, shift = _SERVICES.search(clause), dt.SHIFT.search(clause)
    if service is None or shift is None or negated_before(clause, shift.start(), 15):
        return False
    if abs(service.start() - shift.start()) > 50:
        return False  # "our ERP migration … we changed the PO in March": not one request
    return bool(TIME.search(clause) or MONTH.search(clause))


def _dates_set_against(clause: str) -> bool:
    """The start named and two times set against each other, one negated or replaced:
    "the start only on 1 September, not in April", "Beginn 1. Juli statt 1. April"."""
    start = dt.START_DATE.search(clause) or dt.BARE_START.search(clause)
    spans = [m.span() for m in TIME.finditer(clause)]
    spans += [
        m.span() for m in MONTH.finditer(clause) if not any(a <= m.start() < b for a, b in spans)
    ]
    if start is None or len(spans) < 2:
        return False
    spans.sort()
    between = clause[spans[0][1] : spans[-1][0]]
    return negated(between) or dt.SHIFT.search(between) is not None


def start_date_change(view: MessageView) -> Iterator[Evidence]:
    """Moving the subscription's start, the first invoice or the end date."""

    # Once the message has named the subscription's start, "the start" alone refers to it:
    # "…die Laufzeit beginnt laut Angebot am 1. April. Wäre es denkbar, den Beginn auf den
    # 1. Juli zu legen?"
    named = any(dt.START_DATE.search(s.folded) for s in view.sentences)

    def test(clause: str, sentence: ViewSentence) -> bool:
        if _invoicing_held_back(sentence.folded):
            return True  # "Facturatie kan niet eerder plaatsvinden dan in januari 2026"
        if _dates_set_against(clause) and not unchanged(clause):
            return True  # "o arranque só a 1 de setembro, não em abril"
        if _services_moved(clause) and not unchanged(clause):
            return True  # "can we move the workshops to September?"
        m = dt.START_DATE.search(clause) or (dt.BARE_START.search(clause) if named else None)
        if m is None or unchanged(clause):
            return False
        if dt.SHIFT.search(clause) and not negated_before(clause, m.start()):
            return True
        if _NOT_BEFORE.search(sentence.folded):
            return True  # a floor under the start: "la prima fattura … da settembre, non prima"
        wants = _WANT.search(clause) or pr.CONDITION.search(sentence.folded)
        # "the subscription will run from 1 September": a start the customer sets
        if _FROM.search(clause) and (MONTH.search(clause) or _DATE.search(clause)):
            return True
        return bool(wants and TIME.search(clause))

    return scan(view, Reason.START_DATE_CHANGE, test)


_DURATION = re.compile(
    r"\b(\d+)\s*-?\s*(?:months?|monate?n?|mois|meses|mesi|maanden|mnd|years?|jahre?n?|ans?"
    r"|anos|anni|jaar|manader|maneder|miesiec\w*|mesic\w*)\b"
)


def _two_terms_and_the_quote(folded: str) -> bool:
    """Two different terms in one sentence that names the quote: "issued for 24 months,
    keeping the quote's monthly price (the quote was for 12 months)"."""
    terms = {m.group(1) for m in _DURATION.finditer(folded)}
    return len(terms) >= 2 and cs.QUOTE.search(folded) is not None


def term_length(view: MessageView) -> Iterator[Evidence]:
    def test(clause: str, sentence: ViewSentence) -> bool:
        m = dt.TERM_LENGTH.search(clause)
        if unchanged(clause):
            return False
        if m is None:  # "the PO runs 24 months, the quote said 12": set against the quote
            return _two_terms_and_the_quote(sentence.folded) and bool(lx.ORDER.search(clause))
        # "a 36-month term" alone restates the deal; a change or a wish moves it
        said = m.group()
        moved = dt.SHIFT.search(clause) or _WANT.search(clause) or _CHANGE_FIRST.search(clause)
        against = _two_terms_and_the_quote(sentence.folded)
        cut = dt.TERM_CUT.search(clause)
        changes = moved is not None or cut is not None or against or not re.search(r"\d", said)
        return changes and not negated_before(clause, m.start())

    return scan(view, Reason.TERM_LENGTH_CHANGE, test)


def coterm(view: MessageView) -> Iterator[Evidence]:
    return scan(
        view, Reason.COTERM_REQUEST, lambda c, s: bool(dt.COTERM.search(c)) or _ends_with(c)
    )


# Ending with a contract that runs already, in either order and whatever the verb between:
# "so gestalten, dass sie mit unserem bestehenden Wartungsvertrag endet", "our existing
# support agreement ends in September and this subscription should end with it".
_END_WORD = re.compile(
    r"\b(?:end|ends|ending|finish\w*|enden|endet|ablauf\w*|auslauf\w*|expir\w*|venz\w*|vence\w*|vencimiento"
    r"|termin[ae]\w*|einddatum|eindig\w*|aflopen|afloopt|scad\w*|finir|finisse|finit|fin|fine|echeance"
    r"|enddatum|termino|fim|terminar|terminem)\b"
)
_CONTRACT_NOUN = (
    r"(?:\w*vertrag\w*|contract\w*|agreement\w*|subscription\w*|abo\w*|contrat\w*|abonnement\w*"
    r"|contrato\w*|suscripcion\w*|contratt\w*|abbonament\w*|overeenkomst\w*|assinatura\w*|licen\w*)"
)
_RUNNING_CONTRACT = re.compile(
    r"\b(?:existing|current|other|bestehend\w*|laufend\w*|aktuell\w*|existant\w*|en\s+cours"
    r"|actual\w*|existente\w*|vigente\w*|attual\w*|esistent\w*|bestaand\w*|huidig\w*|lopend\w*"
    r"|atual\w*)\s+(?:[\w'-]+\s+){0,2}?"
    + _CONTRACT_NOUN
    # Romance order, noun first: "nuestro contrato vigente", "il contratto in essere"
    + r"|"
    + _CONTRACT_NOUN
    + r"\s+(?:[\w'-]+\s+)?(?:vigente|existente|actual|en\s+vigor|em\s+vigor"
    r"|in\s+essere|in\s+corso|corrente|existant|actuel|en\s+cours|atual|esistente|attuale)\b"
)


_WITH = re.compile(r"\b(?:with|mit|avec|con|met|com|together|zusammen|samen|junto|insieme)\b")


def _ends_with(clause: str) -> bool:
    """The new term's end tied to the running contract ("with", "mit"), not a statement that
    the running one ends ("our current contract expires in May")."""
    running, end = _RUNNING_CONTRACT.search(clause), _END_WORD.search(clause)
    if running is None or end is None or abs(end.start() - running.start()) > 80:
        return False
    tied = _WITH.search(clause, max(0, running.start() - 25), running.start())
    return tied is not None and not unchanged(clause)


def split_order(view: MessageView) -> Iterator[Evidence]:
    if named_outside_disclaimers(view, od.MISTAKE):  # two POs sent by mistake is no split
        return iter(())

    def test(clause: str, sentence: ViewSentence) -> bool:
        m = dt.SPLIT_ORDER.search(clause)
        return m is not None and not unchanged(clause) and not negated_before(clause, m.start())

    return scan(view, Reason.SPLIT_ORDER, test)
