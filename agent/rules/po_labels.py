"""The words that introduce a purchase-order number, per language, and the words that say a
number is the valid one or a cancelled duplicate.

Full words match in any case. Abbreviations ("PO", "OC" for orden de compra, "NE" for nota de
encomenda, "OdA" for ordine di acquisto, ...) match only as written in capitals: in lower case
they are ordinary words in some language.
"""

from __future__ import annotations

import re

# Words naming a purchase order, any case. Longest forms first within each language.
_WORDS = (
    # en
    r"purchase[\s-]?orders?|p\.o\.(?=\s)"
    # de
    r"|(?:standard|einkaufs)?bestellung(?:en)?|bestellschein|bestell(?:ungs)?[\s-]?(?:nummer|nr\.?)"
    # fr
    r"|bons?\s+de\s+commande|commande\s+(?:d'achat|standard|fournisseur)|commande"
    r"|num[ée]ro\s+de\s+commande|engagement\s+juridique"
    # es, pt
    r"|[óo]rden(?:es)?\s+de\s+compra|ordem\s+de\s+compra|pedidos?\s+de\s+compra|pedidos?"
    r"|n[úu]mero\s+(?:de|do)\s+pedido|notas?\s+de\s+encomenda|encomenda"
    # it
    r"|ordin[ei]\s+(?:d'acquisto|di\s+acquisto|di\s+fornitura)|ordin[ei]|numero\s+d'ordine"
    # nl
    r"|inkooporder(?:nummer)?|bestelbon|bestelling|bestelnummer|ordernummer"
    # pl, cs
    r"|zam[óo]wieni[eua]m?|numer\s+zam[óo]wienia|objedn[áa]vk[aeyu]|objedn[áa]vce"
    r"|[čc][íi]slo\s+objedn[áa]vky"
    # sv, da, no, fi
    r"|ink[öo]psorder(?:nummer)?|best[äa]llning(?:snummer)?|indk[øo]bsordre|k[øo]bsordre"
    r"|innkj[øo]psordre|bestilling(?:snummer)?|ordrenummer|ostotilaus|tilausnumero"
)
# Abbreviations, as written: English PO, French BC/CDE/CDA, Spanish OC/PED, Portuguese PC/NE,
# Italian ODA/OdA/OA, Dutch IO/BB, Polish ZAM, Czech OBJ.
ABBREVIATIONS = r"P\.?O|BC|CDE|CDA|OC|PED|PC|NE|ODA|OdA|OA|IO|BB|ZAM|OBJ"
_JA = r"注文番号|発注番号|注文書番号"

# A label: a word in any case, or an abbreviation in capitals ("PO" only before a space, "#"
# or ":"; never the "po" inside a word).
LABEL = (
    rf"(?<![\w-])(?i:{_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{ABBREVIATIONS})(?=[\s#:])"
    r"|(?<![\w-])PO(?=#)"
    rf"|{_JA}"
)
# Between a label and its number: a line break or "(", "No.", "n°", "nº", "n.º", "Nr.", "č.",
# "#", ":", "number".
SEP = (
    r"[ \t]*\n?[ \t]*\(?(?:[:#：][ \t]*)?"
    r"(?:(?i:n[°ºo]\.?|n\.[ \t]?[ºo°]?|no\.?|nr\.?|nro\.?|núm\.?|num\.?|č\.|number|nummer"
    r"|n[úu]mero|num[ée]ro)[ \t]*)?(?:[:#：][ \t]*)?"
    # A copula between label and value: "PO number is ACR-26-1187", "lautet", "est", "è".
    r"(?:(?i:is|ist|lautet|est|es|è|é|will[ \t]+be|sera|será|sarà|wird|reads)[ \t]+)?"
)
# Labels that say "number" may stand a few words before a colon: "the order number for the
# training (quote Q-1): 118/26".
NUMBER_LABEL = (
    r"(?i:(?:purchase\s+)?order\s+number|po\s+number|numero\s+d'ordine|n[úu]mero\s+de\s+pedido"
    r"|num[ée]ro\s+de\s+commande|bestellnummer|(?:inkoop)?ordernummer|n[úu]mero\s+da\s+encomenda)"
    r"[^:\n.?!]{1,80}?:"
)
NUM = r"(?P<num>[^\W_](?:[^\W_]|[-/_.](?=[^\W_])){2,29})"
# An abbreviation glued to the number with "-" or "/" is part of it: "PC-2026-0145",
# "NE/2026/0412", "PC26-0093", "HL-PO-20431", "2026-PO-00418".
GLUED = re.compile(
    rf"(?<![\w/-])(?P<num>(?:[A-Z0-9]{{1,6}}[-/])?(?:{ABBREVIATIONS})(?:[-/]?\d|[-/][A-Z]{{1,4}}[-/]?\d)"
    r"(?:[A-Z0-9]|[-/](?=[A-Z0-9]))*)(?![\w/])"
)
# A short capital prefix and a space before the number, after a full label, belong to the
# number as the customer writes it: "nota de encomenda NE 2026/117", "ordine OdA 25-0917".
SPACED_PREFIX = rf"(?P<prefix>(?:{ABBREVIATIONS})[ \t])?"

# File names: a label or abbreviation, then "_", "-", " " or nothing, then the number.
FILE_LABEL = re.compile(
    r"(?:^|[^a-z])(?:purchase[\s_-]?order|p\.?o|bestellung|bestellnr|bestellnummer"
    r"|bon[\s_-]de[\s_-]commande|commande|pedido(?:[\s_-]de[\s_-]compra)?|orden[\s_-]de[\s_-]compra"
    r"|nota[\s_-]de[\s_-]encomenda|ordine(?:[\s_-]di[\s_-]acquisto)?|inkooporder|bestelbon"
    r"|bestelling|zamowienie|zamówienie|objednavka|objednávka|inkopsorder|inköpsorder"
    r"|indkøbsordre|innkjopsordre|innkjøpsordre|ostotilaus|oc|pc|ne|oda|io|bc|注文書)"
    r"[\s_#.-]*(?:n[or°º]\.?[\s_-]*)?"
    r"(?P<num>[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*)",
    re.IGNORECASE,
)

# Said of a number: it is the valid one ("the correct PO is", "gültig ist", "el pedido válido
# es", "valido ordine", "substituída pela", "replaced by").
VALID_BEFORE = re.compile(
    r"\b(?:correct|valid|right|replacement|replaced\s+by|instead|g[üu]ltig\w*|richtig\w*|korrekt\w*"
    r"|ersetzt\s+durch|valable|bon(?:ne)?|remplac[ée]e?\s+par|v[áa]lid[oa]|correct[oa]|corret[oa]"
    r"|sustituid[oa]\s+por|substitu[íi]d[oa]\s+pel[oa]|corrett[oa]|sostituit[oa]\s+da"
    r"|geldig\w*|juiste|vervangen\s+door|giltig\w*|gyldig\w*)\b",
    re.IGNORECASE,
)
# Said of a number: it is cancelled, a duplicate or wrong, before it ("cancel PO 123",
# "Annullamento ordine 26/0311") or right after it ("PO 123 cancelled", "als storniert").
CORRECTION = re.compile(
    r"\b(?:duplicate\w*|wrong|incorrect|erroneous\w*|in\s+error|by\s+mistake|disregard\w*|void"
    r"|superseded|cancel\w*|ignore\w*|doppelt\w*|versehentlich|falsch\w*|storn\w*|ung[üu]ltig\w*"
    r"|en\s+double|par\s+erreur|erron[ée]\w*|annul\w*|anula\w*|cancela\w*|duplicad\w*|por\s+error"
    r"|por\s+engano|duplicat\w*|per\s+errore|errat[oa]|geannuleerd|annuleer\w*|vervall\w*|dubbel"
    r"|per\s+abuis|negeer|makulera\w*|anulowan\w*|zru[šs]en\w*)",
    re.IGNORECASE,
)
