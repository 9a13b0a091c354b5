"""PO amount and currency against the opportunity: only amounts the text calls the PO total.

"A $25 wire fee" or "$40 per seat" are not the order value, so an amount counts
only with a total-like word before it and no fee-like word around it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from agent.models import Reason
from agent.rules.money import AmountHit, find_amounts, find_quantities
from agent.rules.text import Hit, Rule, rx, sentence_bounds, snippet
from connectors.crm.model import Opportunity

_TOTAL = rx(
    r"\b(?:PO|P\.O\.|purchase\s+order|total|order\s+(?:amount|value|total)|amount|sum|value"
    r"|gesamt\w*|\w*betrag|\w*summe|\w*wert|netto\w*|montant|valeur|importe|monto|total"
    r"|valor|importo|totale|bedrag|totaal|montante|oc|pedido|orden|ordine|ordem|encomenda"
    r"|bestelling|commande|bestellung|approved|authori[sz]ed|autorizad[oa]|aprobad[oa]"
    r"|approvat[oa]|genehmigt|freigegeben|goedgekeurd|aprovad[oa]|va\s+por|cut\s+at|oda|odc"
    r"|bestelbon|inkooporder|zam[oó]wienie|objedn[aá]vka|best[aä]llning"
    # the net figure an ERP prints above the tax line
    r"|imponibile|taxable(?:\s+amount)?|subtotal\w*|zwischensumme|base\s+imponible"
    r"|base\s+imposable|base\s+de\s+c[aá]lculo|grondslag)\b"
)
# The next sentence speaking of the order just named: "PO 4711 attached. Heads up, it's for
# $21,600", "voici notre commande 450-2291. Elle est libellée en EUR (44 800 €)".
_ANAPHORA = rx(
    r"^\W*(?:(?:heads\s+up|fyi|note|nb|ps|btw|ojo|attention|achtung|let\s+op)\W+)?(?:it|this|that"
    r"|sie|er|es|diese|elle|il|celle-ci|ella|esta|este|essa|esse|esso|questa|questo|het|dit|deze"
    r"|hij|ze)\b(?:'s|\s+(?:is|are|was|comes|will|ist|lautet|geht|est|va|es|va|è|e|é|wordt|gaat"
    r"|vale|vai|comes?))"
)
_REFERENCE = rx(
    r"(?:instead\s+of|rather\s+than|not|vs\.?|versus|previously|was|from|quoted(?:\s+at)?|quote"
    r"|statt|anstatt|au\s+lieu\s+de|contre|en\s+lugar\s+de|en\s+vez\s+de|frente\s+a|invece\s+di"
    r"|anziche|in\s+plaats\s+van|em\s+vez\s+de|ao\s+inves\s+de|cotizad[oa]s?|offert[oa]"
    r"|angeboten|geoffreerd|cotad[oa]|orcad[oa])\s*$",
    # A threshold is a rule about amounts, not the amount of this PO: "invoices over EUR 10,000".
    r"(?:over|above|exceed\w*|in\s+excess\s+of|more\s+than|less\s+than|greater\s+than"
    r"|higher\s+than|lower\s+than|under|below|up\s+to|at\s+least|at\s+most|minimum(?:\s+of)?"
    r"|maximum(?:\s+of)?|threshold(?:\s+of)?|limit(?:\s+of)?|[<>]=?|[≤≥]|über|unter|ab|bis\s+zu"
    r"|mehr\s+als|weniger\s+als|oberhalb\s+von|sup[ée]rieur\s+[àa]|inf[ée]rieur\s+[àa]"
    r"|plus\s+de|moins\s+de|au-del[àa]\s+de|jusqu'[àa]|d[ée]passant)\s*$",
)
_FEE_AFTER = rx(
    r"^\s*(?:wire|bank|transfer|processing|handling|shipping|admin\w*|setup|set-up)?\s*(?:fees?"
    r"|charges?|surcharge|per\s+(?:seat|user|licen[cs]e|month|unit|year)|/\s*(?:seat|user|month"
    r"|mo|yr|year|licen[cs]e)|each|a\s+month|monthly|per\s+annum|tax|VAT|MwSt|TVA|deposit|credit)\b"
)
# "tax" names a tax line, unless the total is stated without it: "Order total (excl. tax):".
# ("excl." may come protected as "excl\u2024": one dot leader, see agent.lexicon.text.)
_NOT_TAX_LINE = (
    r"(?<!excl[.\u2024]\s)(?<!incl[.\u2024]\s)(?<!excl\s)(?<!incl\s)(?<!ex\s)(?<!plus\s)(?<!before\s)"
    r"(?<!excluding\s)(?<!including\s)(?<!zzgl\.\s)(?<!hors\s)(?<!sin\s)(?<!senza\s)(?<!sem\s)"
)
_FEE_BEFORE = rx(
    r"\b(?:fee|charge|shipping|unit\s+price|per\s+seat|deposit|credit|geb[üu]hr|frais"
    r"|prix\s+unitaire|st[üu]ckpreis|" + _NOT_TAX_LINE + r"tax|" + _NOT_TAX_LINE + r"VAT)\b"
)
_GROSS = rx(
    r"\b(?:incl\.?|including|inkl\.?|TTC|gross|with\s+(?:VAT|tax)|IVA\s+incl\w*|con\s+IVA|com\s+IVA"
    r"|incl\.?\s+btw|ivato)\b|brutto|bruto"
)
_CURRENCY_WORD = {
    "DÓLARES": "USD", "DOLARES": "USD", "DOLLARI": "USD", "LIBRAS": "GBP", "STERLINE": "GBP",
    "REAIS": "BRL", "REALES": "BRL", "MXN": "MXN", "ARS": "ARS", "BRL": "BRL", "COP": "COP",
    "CLP": "CLP", "FRANC": "CHF", "FRANCS": "CHF", "FRANCOS": "CHF", "FRANCHI": "CHF",
    "PESOS": "PESOS",
    "USD": "USD", "DOLLARS": "USD", "EUR": "EUR", "EURO": "EUR", "EUROS": "EUR", "GBP": "GBP",
    "POUNDS": "GBP", "CHF": "CHF", "CAD": "CAD", "AUD": "AUD", "SEK": "SEK", "NOK": "NOK",
    "DKK": "DKK", "PLN": "PLN", "CZK": "CZK", "JPY": "JPY",
}  # fmt: skip
_STATED_CURRENCY = rx(
    r"\b(?:PO|OC|purchase\s+order|invoice|order|bestellung|rechnung|commande|facture|pedido|orden"
    r"|factura|ordine|fattura|bestelling|factuur|encomenda|fatura)\b[^.?!\n]{0,50}?"
    r"\b(?:in|en|em)\s+(?P<cur>USD|EUR|GBP|CHF|CAD|AUD|MXN|ARS|BRL|COP|CLP|euros?|dollars|d[óo]lares"
    r"|dollari|pounds|libras|sterline|pesos|reais|reales|francs?|francos|franchi)\b"
)
# An ERP field: "Währung  EUR", "Moneda | MXN", "Currency: GBP", "Total MXN".
_CURRENCY_FIELD = rx(
    r"\b(?:currency|w(?:a|ä)hrung|devise|moneda|valuta|munt|moeda|divisa|total)\b\s*[:|]?\s*"
    r"(?P<cur>USD|EUR|GBP|CHF|CAD|AUD|MXN|ARS|BRL|COP|CLP|SEK|NOK|DKK|PLN|CZK|JPY)\b"
)
_COMPARISON = rx(
    r"\b(?:while|whereas|but|instead\s+of|rather\s+than|vs\.?|versus|differs?|different|mismatch"
    r"|doesn't\s+match|does\s+not\s+match|statt|anstatt|aber|während|alors\s+que|tandis\s+que"
    r"|au\s+lieu\s+de|mais|en\s+lugar\s+de|en\s+vez\s+de|pero|invece\s+di|anziché|ma"
    r"|in\s+plaats\s+van|maar|em\s+vez\s+de|mas|not|nicht|pas|no|non|niet|não"
    # seats added to the quoted count: "the 10 seats on top of the 250 on the quote"
    r"|on\s+top\s+of|over\s+and\s+above|in\s+addition\s+to|zus[äa]tzlich\s+zu"
    r"|en\s+plus\s+d\w*|adem[áa]s\s+de|oltre\s+a\w*|in\s+aggiunta\s+a\w*|bovenop|al[ée]m\s+d\w*)\b"
)
_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD"})
_ORDER_REF = rx(
    r"\b(?:quote|quotation|purchase\s+order|order\s+form|angebot|bestellung|devis"
    r"|bon\s+de\s+commande)\b|(?-i:\bP\.?O\b)|\bQT?-?\d"
)
# The customer announcing that the PO will not match: "the PO will be lower than the quote".
PO_DIFFERS = Rule(
    Reason.PO_AMOUNT_MISMATCH,
    rx(
        r"(?:(?-i:\bP\.?O\b)|\bpurchase\s+order|\border\s+(?:value|total|amount))[^.?!\n]{0,40}?\b(?:is"
        r"|will\s+be|would\s+be|comes?\s+(?:in|out)|came\s+in|was)\s+(?:(?!no\b|not\b|never\b)\w+\s+)?(?:lower|higher"
        r"|less|more|smaller|larger|different)\s+(?:than|from)\s+(?:the\s+|your\s+|our\s+)?"
        r"(?:quote|quoted|quotation|order\s+form|agreed|contract|offer|proposal)",
        r"\b(?:bestellung|bestellwert)\b[^.?!\n]{0,40}?\b(?:niedriger|höher|geringer)\s+als"
        r"\s+(?:das\s+)?angebot",
        r"\bbon\s+de\s+commande\b[^.?!\n]{0,40}?\b(?:inf[ée]rieur|sup[ée]rieur)\s+au\s+devis",
    ),
)


def _window(text: str, hit: AmountHit, previous_end: int) -> str:
    left = max(sentence_bounds(text, hit.start, hit.end)[0], previous_end, hit.start - 60)
    return text[left : hit.start]


def _total_like(text: str, hit: AmountHit, previous_end: int) -> bool:
    before = _window(text, hit, previous_end)
    after = text[hit.end : hit.end + 30].split("\n", 1)[0]  # "VAT 20%" on the next line is its own
    return bool(
        _TOTAL.search(before)
        and not _FEE_BEFORE.search(before)
        and not _FEE_AFTER.search(after)
        and not _threshold_or_reference(text[max(0, hit.start - 40) : hit.start])
    )


def _threshold_or_reference(before: str) -> bool:
    """'invoices over EUR 10,000' is a rule; 'Bestellung B-25-0193 über 10.400 EUR' is the
    order's amount ("über" after an order names what it is for)."""
    return _REFERENCE.search(before[-25:]) is not None and _ORDER_FOR.search(before) is None


_ORDER_FOR = rx(
    r"\b(?:bestellung|auftrag|bestellwert|order|po|rechnung)\s+(?:(?:nr\.?\s*)?[\w/.-]*\d[\w/.-]*\s+)?"
    r"(?:über|ueber|uber)\s*(?:EUR|USD|GBP|CHF|€|\$|£)?\s*$"
)


def _anaphoric(text: str, hit: AmountHit) -> bool:
    """The amount is in a sentence about "it", right after a sentence naming the order."""
    start, _ = sentence_bounds(text, hit.start, hit.end)
    if not _ANAPHORA.search(text[start : hit.start]) or _FEE_BEFORE.search(text[start : hit.start]):
        return False
    before, _ = sentence_bounds(text, max(0, start - 2), max(0, start - 1))
    previous = text[before:start]
    return _TOTAL.search(previous) is not None or _ORDER_REF.search(previous) is not None


def po_totals(text: str) -> list[AmountHit]:
    """Amounts the text presents as the PO/order total."""
    totals: list[AmountHit] = []
    previous_end = 0
    for hit in find_amounts(text):
        if _total_like(text, hit, previous_end) or _anaphoric(text, hit):
            totals.append(hit)
        previous_end = hit.end
    return totals


def _same_currency(hit_currency: str, symbol_text: str, expected: str) -> bool:
    if hit_currency == expected:
        return True
    named = re.search(r"(?:US|C|CA|A|AU)\$|\$\s?(?:US|CA|AU)\b", symbol_text)
    bare_dollar = "$" in symbol_text and not named
    return bare_dollar and expected in _DOLLARS


def _is_quoted(hit: AmountHit, opportunity: Opportunity) -> bool:
    money = hit.money
    same_currency = money.currency is None or _same_currency(
        money.currency, money.text, opportunity.currency
    )
    return same_currency and money.amount == Decimal(opportunity.amount)


def mismatches(text: str, opportunity: Opportunity) -> list[Hit]:
    """At most one amount and one currency mismatch for this text."""
    found: dict[Reason, Hit] = {}
    floor = Decimal(opportunity.amount) / 20  # no order total is a twentieth of the deal
    totals = po_totals(text)
    if any(_is_quoted(t, opportunity) for t in totals):
        totals = []  # the quoted amount is there; the other figures are tax lines or subtotals
    for hit in totals:
        money, quote = hit.money, snippet(text, hit.start, hit.end)
        if money.amount < floor:
            continue
        if money.currency and not _same_currency(money.currency, money.text, opportunity.currency):
            found.setdefault(Reason.PO_CURRENCY_MISMATCH, Hit(Reason.PO_CURRENCY_MISMATCH, quote))
        gross = _GROSS.search(text, *sentence_bounds(text, hit.start, hit.end))
        if not gross and money.amount != Decimal(opportunity.amount):
            found.setdefault(Reason.PO_AMOUNT_MISMATCH, Hit(Reason.PO_AMOUNT_MISMATCH, quote))
    for m in [*_STATED_CURRENCY.finditer(text), *_CURRENCY_FIELD.finditer(text)]:
        currency = _CURRENCY_WORD.get(m["cur"].upper())
        pesos = currency == "PESOS" and opportunity.currency in {"MXN", "ARS", "COP", "CLP", "UYU"}
        if currency and currency != opportunity.currency and not pesos:
            stated = Hit(Reason.PO_CURRENCY_MISMATCH, snippet(text, m.start(), m.end()))
            found.setdefault(Reason.PO_CURRENCY_MISMATCH, stated)
    return [
        found[r] for r in (Reason.PO_AMOUNT_MISMATCH, Reason.PO_CURRENCY_MISMATCH) if r in found
    ]


def price_against_quote(text: str, opportunity: Opportunity) -> Hit | None:
    """A price or rate the PO is built on that is not the quoted amount: "établi sur la base du
    tarif de l'an dernier (48 600 € HT)" on a deal quoted at 54 000."""
    quoted = Decimal(opportunity.amount)
    for hit in find_amounts(text):
        left, right = sentence_bounds(text, hit.start, hit.end)
        sentence = text[left:right]
        if "|" in sentence or not _PRICE_BASIS.search(sentence):
            continue  # a table row is a line item, not the price of the deal
        amount = hit.money.amount
        near = amount != quoted and quoted / 2 <= amount <= quoted * 3 / 2
        if near and not any(_value(m.group()) == quoted for m in _NUMBER.finditer(sentence)):
            return Hit(Reason.PO_AMOUNT_MISMATCH, snippet(text, hit.start, hit.end))
    return None


_PRICE_BASIS = rx(
    r"\b(?:price|pricing|rate|tarif\w*|prix|preis\w*|precio|prezz[oi]|listino|prijs\w*|pre[çc]o"
    r"|tariff\w*|budget\w*|kostenrahmen)\b"
)


def quantity_mismatch(text: str, sentence_vetoes: re.Pattern[str] | None = None) -> Hit | None:
    """One sentence giving two different seat counts and contrasting them:
    "the PO shows 300 user licences, while the quote was for 250 seats"."""
    quantities = find_quantities(text)
    for value, start, end in quantities:
        left, right = sentence_bounds(text, start, end)
        others = {v for v, s, _ in quantities if left <= s < right and v != value}
        if not others or not _COMPARISON.search(text, left, right):
            continue
        if sentence_vetoes is None or not sentence_vetoes.search(text, left, right):
            return Hit(Reason.PO_QUANTITY_MISMATCH, snippet(text, start, end))
    return None


def _deal_quantities(text: str) -> dict[int, str]:
    """Seat counts stated as part of the deal: in a sentence that also gives an amount
    or names the quote/PO ("1,200 seats, USD 528,400.00"), not "our five admin users"."""
    found: dict[int, str] = {}
    for value, start, end in find_quantities(text):
        left, right = sentence_bounds(text, start, end)
        if find_amounts(text[left:right]) or _ORDER_REF.search(text, left, right):
            found.setdefault(value, snippet(text, start, end))
    return found


def quantity_against_ours(text: str, ours: list[str]) -> Hit | None:
    """A PO's one seat count differing from the one seat count our own mail quoted.
    Our text is the reference only; the trigger is what the customer's PO says."""
    if not ours:
        return None
    theirs = _deal_quantities(text)
    quoted = {v for t in ours for v in _deal_quantities(t)}
    if len(theirs) == 1 and len(quoted) == 1 and set(theirs) != quoted:
        (quote,) = theirs.values()
        return Hit(Reason.PO_QUANTITY_MISMATCH, f"{quote} (we quoted {quoted.pop():,})")
    return None


# Money-like figures: thousands separators or decimals ("36,750", "1.100.000,00"), not IDs.
_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?(?![\w.,]\d)|\b\d{4,}[.,]\d{2}\b"
)
_CONTRAST = rx(
    r"\b(?:not|instead|rather|vs\.?|versus|statt|anstatt|nicht|au\s+lieu|pas|en\s+lugar|en\s+vez"
    r"|frente\s+a|invece|anziché|non|in\s+plaats|niet|em\s+vez|only|nur|seulement"
    r"|solo|solamente|soltanto|slechts|apenas|somente|but|aber|mais|pero|ma|maar|mas)\b"
)


def _value(number: str) -> Decimal | None:
    """'36,750' / '36.750,00' / "36'750" / '36 750': the figure, or None."""
    digits = re.sub(r"[^\d.,]", "", number)
    if re.search(r"[.,]\d{1,2}$", digits):
        whole, cents = digits[:-3] if digits[-3] in ".," else digits[:-2], digits[-2:]
        digits = re.sub(r"[.,]", "", whole) + "." + cents.lstrip(".,")
    else:
        digits = re.sub(r"[.,]", "", digits)
    try:
        return Decimal(digits)
    except ArithmeticError:
        return None


def amount_against_quote(text: str, opportunity: Opportunity) -> Hit | None:
    """A sentence naming the quoted amount and a different one it contrasts with it:
    "cut at $33,075 not the 36,750", "autorizado por 1,100,000 frente a 1,240,000"."""
    quoted = Decimal(opportunity.amount)
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        values = [v for m in _NUMBER.finditer(sentence) if (v := _value(m.group())) is not None]
        differs = any(v != quoted and v >= quoted / 4 for v in values)
        if quoted in values and differs and _CONTRAST.search(sentence):
            return Hit(Reason.PO_AMOUNT_MISMATCH, " ".join(sentence.split())[:200])
    return None


# The line a document ends on: "PO total", "Totaal", "Gesamtbetrag", "Importe total".
_FINAL_TOTAL = rx(r"\b(?:total\w*|totaal|gesamt\w*|somma|totale)\b")


def total_below_quote(text: str, opportunity: Opportunity) -> Hit | None:
    """A table that lists the quoted amount and then closes on a lower total: a tax line only
    adds, so "PO total 46,800.00" after a "52,000.00" line and a reduction is the order's
    value. The figures carry no currency, so only the quoted one ties the table to the deal;
    a total is the first figure after its word (table rows may arrive joined into one line)."""
    quoted = Decimal(opportunity.amount)
    figures = [(m, _value(m.group())) for m in _NUMBER.finditer(text)]
    first_quote = next((m.end() for m, v in figures if v == quoted), None)
    if first_quote is None:
        return None
    for word in _FINAL_TOTAL.finditer(text, first_quote):
        figure = next(((m, v) for m, v in figures if m.start() > word.end()), None)
        if figure is None or figure[0].start() - word.end() > 60 or figure[1] is None:
            continue
        between = text[word.start() : figure[0].start()]
        if quoted / 2 < figure[1] < quoted and not _GROSS.search(between):
            return Hit(Reason.PO_AMOUNT_MISMATCH, snippet(text, word.start(), figure[0].end()))
    return None
