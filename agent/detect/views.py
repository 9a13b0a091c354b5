"""What one inbound message says that is new to us, ready for the detectors.

A reply quotes our mail and earlier messages: those sentences were read before (or are
ours) and must not be read again. But a customer who forwards their own people's approval
chain shows us text we never received — that is new and counts, wherever it sits in the
body. So the analysed text is every sentence of the body (quote markers removed) that no
older message of the thread contains, plus the message's own subject.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise

from agent.lexicon.text import fold, protect_abbreviations, restore_abbreviations
from agent.lexicon.times import mask_document_dates
from agent.memo import per_cycle
from agent.rules.machine import MachineSignal, machine_signal
from agent.rules.origin import not_customer_mail
from agent.rules.text import own_subject
from connectors.mailbox.model import MailMessage, MailThread

_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
# A sentence ends at . ! ? and a space; not in "am 1. Juli" (an ordinal date) or after a
# list number ("1. Firmendaten"), but after "net 90." it does.
# A dot leader ("Zahlungsbedingung ..... 60 Tage", ERP print-outs) joins a field to its
# value: four dots or more end no sentence.
_END = re.compile(r"(?<!\.\.\.\.)(?<=[.!?])\s+(?![:.])")  # nor "Zahlungsbed. : Z060"
_ORDINAL = re.compile(r"(?:^|\s)\d{1,2}\.$")
_MONTH = re.compile(
    r"^(?:jan|feb|m[aä]r|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\b", re.IGNORECASE
)
_KEY = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class ViewSentence:
    text: str  # as written
    folded: str  # folded, document dates masked
    start: int
    end: int

    @property
    def question(self) -> bool:
        return self.text.rstrip().endswith("?") or "\u00bf" in self.text


@dataclass(frozen=True)
class MessageView:
    message: MailMessage
    text: str
    sentences: tuple[ViewSentence, ...]
    signal: MachineSignal | None
    foreign: str | None  # why a person's mail is not a customer's (our colleague, a supplier)
    linked: bool = False  # the thread is linked to a deal (context for commercial detectors)
    quoted_net_days: int = 30  # the deal's payment terms; restating them changes nothing

    @property
    def folded(self) -> str:
        return "\n".join(s.folded for s in self.sentences)


def views(
    thread: MailThread,
    customer_domains: Collection[str],
    *,
    linked: bool,
    quoted_net_days: int = 30,
) -> list[MessageView]:
    """Inbound messages, newest first, each with what it adds."""
    sent = [m for m in thread.messages if m.folder == "sent"]
    own_domains = {m.sender.domain for m in sent if m.sender.domain}
    out = []
    for index, message in enumerate(thread.messages):
        if message.folder != "inbox":
            continue
        older = [
            m for m in thread.messages[:index] if m.folder != "drafts" and not _answers(m, message)
        ]
        text = analysed_text(message, older)
        foreign = not_customer_mail(message, text, customer_domains, own_domains)
        out.append(
            MessageView(
                message,
                text,
                split(text),
                machine_signal(message),
                foreign,
                linked=linked,
                quoted_net_days=quoted_net_days,
            )
        )
    return list(reversed(out))


def _answers(reply: MailMessage, message: MailMessage) -> bool:
    """``reply`` answers ``message``, whatever its clock says: a sender's wrong time zone
    can date a reply before the mail it quotes, and that quote is not older news."""
    mid = message.message_id.strip("<>")
    return mid in {r.strip("<>") for r in (reply.in_reply_to or "", *reply.references)}


def analysed_text(message: MailMessage, older: Sequence[MailMessage]) -> str:
    seen = {_key(s) for m in older for s in _units(m.body_text)}
    seen |= {_key(s) for m in older for s in _units(m.new_text)}
    new = [u for u in _units(message.body_text or message.new_text) if _key(u) not in seen]
    subject = own_subject(message)
    return "\n".join([subject, *new] if subject else new)


def split(text: str) -> tuple[ViewSentence, ...]:
    """Sentences with their offsets; a dot after "Co", "Ltd", "Nr" or "ca" ends none."""
    held = protect_abbreviations(text)  # same length: offsets stay valid
    out = []
    for m in re.finditer(r"[^\n]+", held):
        line_start = m.start()
        pos = 0
        for part in _sentences(m.group()):
            start = m.group().find(part, pos)
            pos = start + len(part)
            if part.strip():
                written = restore_abbreviations(part)
                folded = _figures(mask_document_dates(fold(written)))
                out.append(ViewSentence(written, folded, line_start + start, line_start + pos))
    return tuple(out)


# Contracts spell a figure out and repeat it in brackets: "sixty (60) days", "treinta (30)
# días", "dreißig (30) Tage". The detectors read the figure.
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|ein\w*|zwei\w*|drei\w*|vier\w*|funf\w*|sechs\w*|sieb\w*"
    r"|acht\w*|neun\w*|zehn|zwolf|hundert\w*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze"
    r"|vingt|trente|quarante|cinquante|soixante|quatre-vingt\w*|cent|uno|dos|tres|cuatro|cinco|seis"
    r"|siete|ocho|nueve|diez|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta"
    r"|noventa|cien\w*|due|tre|quattro|sei|sette|otto|nove|dieci|dodici|venti|trenta|quaranta"
    r"|cinquanta|sessanta|settanta|ottanta|novanta|cento|een|twee|drie|vier|vijf|zes|zeven|acht"
    r"|negen|tien|twaalf|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd"
    r"|um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta|quarenta"
    r"|cinquenta|sessenta|setenta|oitenta|noventa|cem|cento)"
)
_SPELLED = re.compile(
    rf"\b{_NUMBER_WORD}(?:[\s-](?:y|e|et|und|en)?[\s-]?{_NUMBER_WORD})?\s*\((\d{{1,4}})\)"
)


def _figures(folded: str) -> str:
    return _SPELLED.sub(r"\1", folded)


def _sentences(line: str) -> list[str]:
    """Split a line at sentence ends, keeping list numbers ("1. Firmendaten") attached."""
    parts: list[str] = []
    for piece in _END.split(line):
        previous = parts[-1] if parts else ""
        ordinal = _ORDINAL.search(previous) is not None
        # "am 15. des Folgemonats": after an ordinal, a lower-case word starts no sentence
        if ordinal and (_MONTH.match(piece) or len(previous.split()) == 1 or piece[:1].islower()):
            parts[-1] = f"{previous} {piece}"
        else:
            parts.append(piece)
    return parts


@per_cycle  # each reply is compared with every message before it in its thread
def _units(body: str) -> tuple[str, ...]:
    """Sentences of a body, quote markers removed and wrapped lines joined."""
    plain = _QUOTE_MARK.sub("", body.replace("\r\n", "\n"))
    units: list[str] = []
    for paragraph in _PARAGRAPH.split(plain):
        lines = [ln.strip() for ln in paragraph.splitlines() if ln.strip()]
        if _looks_like_list(lines):
            units += lines
            continue
        joined = protect_abbreviations(" ".join(lines))
        units += [restore_abbreviations(u).strip() for u in _sentences(joined) if u.strip()]
    return tuple(units)


def _looks_like_list(lines: list[str]) -> bool:
    """Headers, tables and bullet lists: keep each line whole."""
    short = sum(1 for ln in lines if len(ln) < 60 or ":" in ln[:30] or ln[:2] in ("- ", "* ", "• "))
    # A long line running on in lower case is prose wrapped by the mail client.
    wrapped = any(len(a) >= 60 and b[:1].islower() for a, b in pairwise(lines))
    return len(lines) > 1 and short >= len(lines) - 1 and not wrapped


@per_cycle
def _key(unit: str) -> str:
    return _KEY.sub("", fold(unit))


_WORDS = re.compile(r"[^\W\d_]+")
_TABLE_ROW = re.compile(r"\S(?: {3,}|\t|\s\|\s?)\S")


def readable(text: str) -> bool:
    """Whether enough of the text is in a language the detectors read: a message in Polish,
    Swedish or Finnish shares few function words with any of the seven languages."""
    from agent.language import scores  # the drafting side's stop-word profiles

    # An ERP field table ("Imponibile   € 42.000,00") has no function words in any language:
    # the prose around it decides.
    text = "\n".join(line for line in text.splitlines() if not _TABLE_ROW.search(line))
    words = _WORDS.findall(text.lower())
    if sum(1 for ch in text if "\u3040" <= ch <= "\u9fff") > len(text) / 5:
        return False  # Japanese or Chinese
    found = scores(text)
    ours = max(found.values(), default=0)
    other = max(sum(1 for w in words if w in stop) for stop in _OTHER_LANGUAGES)
    if len(words) >= 8 and other > ours:
        return False  # "Dobrý den, žádáme o potvrzení objednávky": Czech, not Portuguese
    if len(words) < 20:
        return True  # too short to tell: the detectors' verdict stands
    return ours / len(words) >= 0.065


# The commonest function words of languages the detectors do not read (Czech, Polish,
# Swedish, Danish/Norwegian, Finnish): their mail shares "a", "se", "do", "i" with ours.
_OTHER_LANGUAGES = tuple(
    frozenset(profile.split())
    for profile in (
        "že je jsou se na ve v za pro od do jako ale nebo by jsme vám vás prosím dobrý den",
        "że jest są się na w z za dla od do jak ale lub nie to państwa prosimy dzień dobry",
        "och att det är som på för med till av den inte har vi ni er hej tack",
        "og at det er som på for med til af den ikke har vi jer hej tak venlig",
        "ja on että se ei ole kanssa mukaan hyvä kiitos olemme te teidän eli sekä myös kuin"
        " jos kun tämä tämän ovat vielä terveisin ystävällisin liitteenä meidän meille teille",
    )
)


def is_human(view: MessageView) -> bool:
    return view.foreign is None and view.signal is None


__all__ = ["MessageView", "ViewSentence", "analysed_text", "machine_signal", "views"]
