"""The first layer of the boundary, for generated text: every sentence of a drafted reply
must serve an intent the packet allows — greet, thank for or acknowledge what arrived,
request what is missing, say who follows up, close. A sentence that serves none (a promise,
a pleasantry with a commitment in it, small talk about the deal) is not allowed, whatever
its words; the commitment grammar (layer two) then reads every sentence again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from agent.lexicon.nouns import words
from agent.lexicon.text import fold, sentences

GREET = words(
    r"""
    hello hi hey dear good\s+(?:morning|afternoon|evening|day) greetings hallo
    guten\s+(?:tag|morgen|abend) sehr\s+geehrte\w* liebe\w* moin servus gruezi gruss\s+gott
    bonjour bonsoir madame monsieur mesdames messieurs cher chere chers hola
    buen[oa]s\s+(?:dias|tardes|noches) estimad[oa]s? apreciad[oa]s? senor\w* buongiorno
    buonasera gentil[ei] egregi[oa] spettabile salve ciao car[oa] beste geachte goedemorgen
    goedemiddag dag ola bom\s+dia boa\s+tarde prezad[oa]s? senhor\w* hej dzien\s+dobry
    dobry\s+den vazen\w* i\s+hope\s+(?:you|this) ich\s+hoffe j'espere espero spero ik\s+hoop
    """
)
THANK = words(
    r"""
    thank\w* many\s+thanks thx received has\s+arrived have\s+arrived came\s+through noted
    acknowledge\s+receipt danke dank vielen\s+dank herzlichen\s+dank erhalten eingegangen
    vermerkt merci remerci\w* bien\s+recu avons\s+recu recu\w* note\w* gracias agradec\w*
    recibid\w* hemos\s+recibido tomamos\s+nota grazie ringrazi\w* ricevut\w* abbiamo\s+ricevuto
    preso\s+nota bedankt dank\s+(?:u|je) ontvangen genoteerd obrigad\w* recebe\w* recebid\w*
    anotad\w* tack tak dziekuj\w* dekuj\w*
    """
)
REQUEST = words(
    r"""
    could\s+you can\s+you would\s+you please kindly we\s+(?:still\s+)?need
    we\s+are\s+(?:still\s+)?missing still\s+(?:missing|outstanding|need) let\s+us\s+know
    send\s+us konnten\s+sie konnen\s+sie bitte benotig\w* brauchen\s+(?:wir\s+)?noch fehl\w*
    senden\s+sie pourriez-vous pouvez-vous merci\s+de veuillez il\s+nous\s+manque
    nous\s+avons\s+(?:encore\s+)?besoin podria\w* podrian pueden por\s+favor necesitamos
    nos\s+falta\w* les\s+agradeceria\w* potrebbe\w* potreste per\s+favore ci\s+manca\w*
    abbiamo\s+(?:ancora\s+)?bisogno vi\s+preghiamo kunt\s+u zou\s+u graag we\s+missen
    hebben\s+(?:we\s+)?nog poderia\w* poderiam por\s+gentileza precisamos falta\w* agradecemos
    kan\s+ni venligst prosimy prosim
    """
)
FOLLOW_UP = words(
    r"""
    will\s+(?:\w+\s+){0,2}(?:follow\s+up|get\s+back|be\s+in\s+touch|contact\s+you|reach\s+out
    |reply|come\s+back) (?:get|come)\s+back\s+to\s+you follow\s+up meldet\s+sich melden\s+uns
    kommt\s+(?:\w+\s+){0,3}auf\s+sie\s+zu reviendr\w* vous\s+contacter\w* vous\s+repondr\w*
    reprendra\s+contact se\s+pondra\w*\s+en\s+contacto le[s]?\s+contactar\w*
    le[s]?\s+respondera\w* vi\s+contatter\w* la\s+contatter\w* vi\s+ricontatter\w*
    si\s+fara\w*\s+viv[oa] neemt\s+contact komt\s+(?:\w+\s+){0,3}terug
    entrar(?:a|ao)\s+em\s+contato retornar\w* if\s+anything\s+else\s+is\s+needed
    falls\s+noch\s+etwas si\s+besoin si\s+necesit se\s+servisse\w* mocht\s+er se\s+precisar
    """
)
CLOSE = words(
    r"""
    best\s+regards kind\s+regards warm\s+regards regards sincerely cheers best\s+wishes
    with\s+thanks mit\s+freundlichen\s+grussen viele\s+grusse beste\s+grusse
    freundliche\s+grusse liebe\s+grusse cordialement bien\s+cordialement salutations
    bien\s+a\s+vous saludos un\s+saludo atentamente cordiales\s+saludos cordiali\s+saluti
    distinti\s+saluti un\s+saluto saluti met\s+vriendelijke\s+groet vriendelijke\s+groet\w*
    groeten hartelijke\s+groet atenciosamente cumprimentos abracos med\s+vanliga\s+halsningar
    med\s+venlig\s+hilsen venlig\s+hilsen pozdrawiam s\s+pozdravem look\s+forward freuen\s+uns
    au\s+plaisir quedamos\s+a\s+(?:su|vuestra)\s+disposicion restiamo\s+a\s+disposizione
    wij\s+kijken\s+uit ficamos\s+a\s+disposicao
    """
)
_SIGNATURE_LINE = re.compile(r"^[\w .,'&()/-]{1,60}$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


@dataclass(frozen=True)
class Unmapped:
    sentence: str

    def describe(self) -> str:
        return (
            f"serves no allowed intent (greet, thank, request, follow up, close): '{self.sentence}'"
        )


def unmapped(
    text: str, *, may_request: Collection[str] = (), field_words: Sequence[str] = ()
) -> list[Unmapped]:
    """Sentences of a generated draft that serve no allowed intent. ``field_words``: the
    names (in the draft's language) of the fields the reply may ask for."""
    out = []
    items = [s for s in sentences(text)]
    for index, sentence in enumerate(items):
        if not _serves(sentence.text, sentence.folded, index, len(items), field_words):
            out.append(Unmapped(sentence.text))
    return out


def _serves(text: str, folded: str, index: int, total: int, field_words: Sequence[str]) -> bool:
    if GREET.search(folded) and index <= 1:
        return True
    if THANK.search(folded) or FOLLOW_UP.search(folded) or CLOSE.search(folded):
        return True
    if _LIST_ITEM.match(text):
        return _names_field(folded, field_words) or not field_words
    if REQUEST.search(folded) or text.rstrip().endswith("?"):
        return True
    # The signature: a short line at the end with no sentence in it.
    return index >= total - 3 and bool(_SIGNATURE_LINE.match(text)) and len(text.split()) <= 6


def _names_field(folded: str, field_words: Sequence[str]) -> bool:
    return any(fold(w)[:12] in folded for w in field_words if w)
