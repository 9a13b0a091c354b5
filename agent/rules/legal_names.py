"""Legal entity names wherever a customer writes them: "Harzwerk Metallbau GmbH" in a
signature, "Almazara del Río, S.L." in an address block, "Stichting Wooncorporatie Eemland" in an
ERP header.

A name is a run of capitalised words ending in a legal-form suffix (GmbH, S.A. de C.V., Lda.,
Sp. z o.o., a.s., Oy, ...) or starting with a legal-form word (Stichting, Cooperativa,
Mutuelle, ...). The run stops at punctuation that separates fields ("|", ":", " - ", ",")
and at lower-case words that are not name connectors ("de", "van", "&", ...), so a title or a
sentence in front of the name stays out of it.
"""

from __future__ import annotations

import re
import unicodedata

# Suffixes as written. Long and dotted forms match in any case; short ones only in the case
# companies write them ("AG", "SA", "AS", "Oy"): in lower case they are words.
_SUFFIX_ANY_CASE = (
    r"GmbH\s*&\s*Co\.?\s*KGaA|GmbH\s*&\s*Co\.?\s*KG|S\.?A\.?P\.?I\.?\s+de\s+C\.?V\.?"
    r"|S\.?A\.?B\.?\s+de\s+C\.?V\.?|S\.?A\.?\s+de\s+C\.?V\.?|S\.\s?de\s+R\.?L\.?(?:\s+de\s+C\.?V\.?)?"
    r"|sp\.\s?z\s?o\.\s?o\.|spol\.\s?s\s?r\.\s?o\.|S\.c\.\s?a\s?r\.l\.|S\.c\.r\.l\.|S\.r\.l\.s\."
    r"|Pty\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Private\s+Limited|Co\.,?\s+Ltd\.?|Unipessoal,?\s+Lda\.?"
    r"|U\.A\.|B\.V\.|N\.V\.|e\.\s?V\.|e\.\s?K\.|S\.L\.U\.|S\.A\.U\.|S\.A\.S\.|S\.A\.R\.L\."
    r"|S\.p\.A\.|S\.r\.l\.|S\.n\.c\.|S\.a\.s\.|S\.R\.L\.|S\.L\.|S\.A\.|s\.r\.o\.|a\.s\.|k\.s\."
    r"|v\.o\.s\.|L\.L\.C\.|L\.P\.|K\.K\.|gGmbH|GmbH|mbH|Ltda\.?|Lda\.?|Ltd\.?|Inc\.?|Corp\.?"
    r"|LLC|LLP|PLC|SARL|EURL|SASU|EIRELI|Oyj|ApS|eGen|KGaA"
)
_SUFFIX_AS_WRITTEN = (
    r"AB\s+\(publ\)|UG\s+\(haftungsbeschr[äa]nkt\)|Incorporated|Corporation|Company|Limited"
    r"|plc|inc\.|Co\.|AG|SE|KG|OHG|eG|UG|LP|DAC|ULC|SA|SAS|SNC|SC|SCA|SCOP|SpA|SPA|Srl|SRL"
    r"|BV|NV|VOF|BVBA|CVBA|AB|AS|ASA|A/S|I/S|Oy"
)
_SUFFIX = re.compile(
    rf"(?P<comma>,[ \t]*)?(?<![\w.&/-])(?:(?i:{_SUFFIX_ANY_CASE})|{_SUFFIX_AS_WRITTEN})"
    r"(?![\w&/-]|\.\w)"
)
# Legal-form words that start a name: a foundation, cooperative, mutual, water board...
_PREFIX = re.compile(
    r"(?<![\w-])(?:Stichting|Vereniging|Co[öo]peratie|Waterschap|Gemeente|Cooperativa|Coop[ée]rative"
    r"|Cooperative|Mutuelle|Mutualit[ée]|Fundaci[óo]n|Funda[çc][ãa]o|Fondazione|Stiftung"
    r"|Genossenschaft|Consorzio|Communaut[ée]|Caisse|Asociaci[óo]n|Associa[çc][ãa]o|Associazione"
    r"|Spółdzielnia|Družstvo)(?![\w-])"
)
_CJK = re.compile(
    r"[\u4e00-\u9fff\u30a0-\u30ff]{1,20}?(?:株式会社|有限会社|合同会社)"
    r"|(?:株式会社|有限会社|合同会社)[\u4e00-\u9fff\u30a0-\u30ff]{1,20}"
)
# Lower-case words that may stand inside a name.
_CONNECTORS = frozenset(
    re.split(
        r"\s+",
        "de del della delle dei di da das do dos du des der den von van zu und y e et and of the"
        " la le les el los las l' d' 't & + en i og och",
    )
)
# German articles in front of a name ("an die Stadtwerke X GmbH") are no part of it.
_ARTICLES = frozenset({"der", "die", "dem", "den"})
_NUMBER = re.compile(r"[\d.,/-]+")
_WORD = re.compile(r"[^\W\d_][\w'’.&/-]*|&|\+|\d[\w.-]*")
_FIELD_BREAK = re.compile(r"[|:;,()\[\]\"«»·•/\t\n]|\s[-–—]\s")
# Capitalised words that introduce a name and are no part of it.
_LEADING = frozenset(
    re.split(
        r"\s+",
        "dear hello hi hey greetings attn attention from to re fwd for per para pour für voor"
        " customer supplier vendor buyer client cliente klant kunde lieferant leverancier"
        " fournisseur proveedor fornecedor fornitore leverantör besteller auftraggeber company"
        " entity firma empresa société the our your this we thanks regards best kind sehr liebe"
        " bonjour hola olá prezado prezados caro cara gentile spett.le beste geachte hej"
        " estimado estimados estimada madame monsieur signed sent with mit con com avec met"
        " bill invoice billing sold ship deliver at by on in im a o die der das il",
    )
)
_MAX_WORDS = 8


def legal_names(text: str) -> list[str]:
    """Every legal entity name in the text, in text order, as written."""
    found: list[tuple[int, str]] = []
    for line_start, line in _lines(text):
        for m in _SUFFIX.finditer(line):
            start = _start_before(line, m.start("comma") if m["comma"] else m.start())
            if start is not None:
                found.append((line_start + start, line[start : m.end()].strip()))
        for m in _PREFIX.finditer(line):
            name = _after(line, m.start(), m.end())
            if name:
                found.append((line_start + m.start(), name))
        found += [(line_start + m.start(), m.group()) for m in _CJK.finditer(line)]
    return _unique_spans(found)


def core_name(name: str) -> str:
    """The name without its legal form: "Stichting Wooncorporatie Eemland" and "Larchwood Dental
    Partners, LLC" -> "Wooncorporatie Eemland", "Larchwood Dental Partners"."""
    core = _SUFFIX.sub(" ", name).strip()
    prefix = _PREFIX.match(core)
    if prefix and core[prefix.end() :].strip():
        core = core[prefix.end() :]
    return " ".join(core.replace(",", " ").split())


def is_named(name: str, labels: frozenset[str]) -> bool:
    """Whether a word of the name is one of ``labels`` (lower-case, accents folded)."""
    words = set(re.findall(r"\w+", fold(name)))
    return any(label in words or any(w.startswith(label) for w in words) for label in labels)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _start_before(line: str, name_end: int) -> int | None:
    """Where the capitalised run that ends at ``name_end`` starts, or None."""
    head = line[:name_end]
    breaks = list(_FIELD_BREAK.finditer(head))
    segment_start = breaks[-1].end() if breaks else 0
    words = [(m.start(), m.group()) for m in _WORD.finditer(head, segment_start)]
    kept: list[tuple[int, str]] = []
    for pos, word in reversed(words):
        if len(kept) >= _MAX_WORDS:
            break
        if _NUMBER.fullmatch(word) or (word in _ARTICLES and not _after_van(words, pos)):
            break  # "Bestelling 4500339871 van X BV", "Lieferantenportal der X GmbH"
        if _capitalised(word) or word[0].isdigit() or (word.lower() in _CONNECTORS and kept):
            kept.append((pos, word))
        elif not kept and word[0].islower() and _capitalised_before(words, pos):
            kept.append((pos, word))  # "Brněnské strojírny a.s.": a lower-case last word
        else:
            break
    kept.reverse()
    while kept and _not_a_first_word(kept[0][1]):
        kept.pop(0)
    if not any(_capitalised(w) for _, w in kept):
        return None
    return kept[0][0]


def _after_van(words: list[tuple[int, str]], pos: int) -> bool:
    """ "Van der Hoeven", "von dem Busche": the article belongs to the name."""
    earlier = [w.lower() for p, w in words if p < pos]
    return bool(earlier) and earlier[-1] in {"van", "von", "ter", "de"}


def _not_a_first_word(word: str) -> bool:
    """ "Dear", "the", "de", "1200": no name starts with it ("De Vries BV" may)."""
    lower = word.lower()
    return (
        (word == lower and lower in _CONNECTORS)
        or lower in _LEADING
        or bool(_NUMBER.fullmatch(word))
    )


def _capitalised(word: str) -> bool:
    """ "Acme", "ACME", and "d'Orbe", "l'Isle" inside a name."""
    return word[0].isupper() or (
        re.match(r"[dl]['’][^\W\d_]", word) is not None and word[2].isupper()
    )


def _capitalised_before(words: list[tuple[int, str]], pos: int) -> bool:
    earlier = [w for p, w in words if p < pos]
    return bool(earlier) and _capitalised(earlier[-1])


def _after(line: str, start: int, prefix_end: int) -> str | None:
    """A name that starts with a legal-form word: the capitalised run after it."""
    tail = line[prefix_end:]
    stop = _FIELD_BREAK.search(tail)
    tail = tail[: stop.start()] if stop else tail
    words = [(m.start(), m.group()) for m in _WORD.finditer(tail)]
    end = 0
    for i, (pos, word) in enumerate(words[:_MAX_WORDS]):
        lower_first = i == 0 and word[0].islower() and len(words) > 1
        if _capitalised(word) or word.lower() in _CONNECTORS or lower_first:
            end = pos + len(word) if word.lower() not in _CONNECTORS else end
            continue
        break
    if end == 0:
        return None
    name = line[start : prefix_end + end].strip().rstrip(".,")
    return name if len(name.split()) >= 2 else None


def _unique_spans(found: list[tuple[int, str]]) -> list[str]:
    out: list[str] = []
    taken: list[tuple[int, int]] = []
    for start, name in sorted(found, key=lambda f: (f[0], -len(f[1]))):
        end = start + len(name)
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        if 2 <= len(name) <= 120 and "@" not in name:
            out.append(name)
    return list(dict.fromkeys(out))
