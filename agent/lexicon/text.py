"""Sentences and clauses of a draft, folded for matching in any of our languages.

Rules match folded text: lower case, accents removed ("ä" -> "a", "é" -> "e", "ß" -> "ss"),
typographic quotes and dashes as ASCII. Evidence is quoted from the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from agent.memo import per_cycle

_PUNCT = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u00bf": " ",
        "\u00a1": " ",
        "%": " pct",
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "ł": "l",
        "Ł": "l",
    }
)


@per_cycle
def fold(text: str) -> str:
    """Lower case without accents; one character in, one or more out (for matching only)."""
    text = text.translate(_PUNCT)
    if text.isascii():  # ASCII decomposes to itself and has no combining marks
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


# A sentence ends at . ! ? or a line break; not inside "e.g.", "n.º", numbers ("1.500"),
# or after a single capital initial.
_END = re.compile(r"(?<![\d\s][.])(?<!\b[A-Za-z][.])(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Sentence:
    text: str  # as written
    folded: str
    question: bool

    @property
    def clauses(self) -> list[str]:
        return clauses(self.folded)


# Abbreviations whose dot ends no sentence: "ca. 5 Werktage", "account no. 5577", "z.B.".
_ABBREVIATION = re.compile(
    r"\b(?:ca|approx|e\.g|i\.e|z\.b|bzw|ggf|inkl|zzgl|nr|no|n[°º]|vs|etc|mr|mrs|ms|dr|hr|fr|sr"
    r"|sra|sig|dott|ing|dhr|mw|st|art|abs|p\.ex|ex|cf|vgl|tel|ref|approx|resp|max|min|co|inc|ltd"
    r"|corp|s\.a|s\.l|s\.p\.a|b\.v|n\.v|cia|lic|rag|sr|srl|ab|as|av|ave|no|nos|apt|excl|incl|ltda|lda|plc|sro|sarl"
    r"|inkl|zzgl|exkl|ttc|ht|iva|btw|p\.s|ps"
    # "(lt. Angebot)", "gem. Vertrag", "bijv.", "t.a.v.", "aprox.", "rif.", "ecc.", "(rev. 04/2026)"
    r"|lt|gem|rev|vers|cap|lett|sez|pp|vol"
    r"|bspw|evtl|usw|sog|u\.a|d\.h|o\.g|lfd|env|aprox|n[úu]m|p[áa]g|ecc|rif|o\.a"
    r"|m\.b\.t|t\.a\.v|i\.v\.m|bijv|bv)\.(?=\s)",
    re.IGNORECASE,
)
_HELD_DOT = "\u2024"  # one dot leader: not a sentence end, put back in the sentence's text


def sentences(text: str) -> list[Sentence]:
    out = []
    text = _ABBREVIATION.sub(lambda m: m.group()[:-1] + _HELD_DOT, text)
    for part in _END.split(text):
        part = part.replace(_HELD_DOT, ".")
        part = " ".join(part.split())
        if not part:
            continue
        folded = fold(part)
        out.append(Sentence(part, folded, part.rstrip().endswith("?") or "\u00bf" in part))
    return out


# Clause breaks: what one part of a sentence says does not carry into the next
# ("I can't change the price, but the discount stays"). Coordinations only split before
# a new subject, so "terms and conditions" stays whole.
_SUBJECT = (
    r"(?:we|i|it|you|they|our|your|the|this|that|wir|ich|es|sie|ihre|unser\w*|die|der|das"
    r"|nous|je|on|il|elle|vous|votre|notre|les|la|le|nosotros|yo|su|nuestr\w*|el|los|las"
    r"|noi|io|lei|vostr\w*|nostr\w*|il|gli|wij|we|ik|het|u|uw|ons|onze|de|nos|eu|o|os|as|a)"
)
_BREAK = re.compile(
    r"\s*;\s*|\s+-\s+|\s*\(\s*|\s*\)\s*"
    r"|,?\s+(?:but|however|although|though|whereas|aber|jedoch|sondern|cependant|toutefois"
    r"|pero|sino|aunque|ma|maar|echter|porem|contudo)\s+"
    # "so", "also", "donc", "mas" are adverbs too ("das sollte so passen", "más adelante")
    r"|,\s+(?:so|also|doch|donc|asi\s+que|pertanto|quindi|dus|mas|mais|entao)\s+"
    rf"|,?\s+(?:and|und|et|y|und\s+dann)\s+(?={_SUBJECT}\b)"
    # Italian and Portuguese "e" only after a comma: "è"/"é" ("is") folds to "e" too
    rf"|,\s+e\s+(?={_SUBJECT}\b)"
    # Dutch "en" only before a Dutch subject: Spanish and French "en" mean "in"
    r"|,?\s+en\s+(?=(?:wij|we|ik|u|uw|ons|onze|de|het|jullie|zij)\b)"
    r"|,\s+(?=(?:we|i|you|wir|ich|nous|je|on|vous|nosotros|noi|wij|we|ik|nos|eu)\b)"
)


# "maar" is also "only", "mas" also "more" (más), "ma" and "men" are short: after a comma only.
_CONTRAST = re.compile(
    r"\s*;\s*|,?\s+(?:but|however|although|whereas|aber|jedoch|sondern|mais|cependant|toutefois"
    r"|pero|sino|aunque|echter|porem|contudo)\s+|,\s+(?:maar|ma|mas|men|ale|doch)\s+"
)


def clauses(folded: str, *, fine: bool = True) -> list[str]:
    """Clauses of a folded sentence. ``fine``: also at brackets, dashes and new subjects (for
    a reply's own sentences); coarse: only at ';' and contrasts (for a customer's long ones)."""
    return list(_clauses(folded, fine))


@per_cycle  # every detector reads every sentence's clauses
def _clauses(folded: str, fine: bool) -> tuple[str, ...]:
    pattern = _BREAK if fine else _CONTRAST
    return tuple(c for c in pattern.split(folded) if c and c.strip())


@per_cycle
def protect_abbreviations(text: str) -> str:
    return _ABBREVIATION.sub(lambda m: m.group()[:-1] + _HELD_DOT, text)


def restore_abbreviations(text: str) -> str:
    return text.replace(_HELD_DOT, ".")
