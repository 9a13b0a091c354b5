"""What takes a clause's commitment back, or only seems to: negation, refusal, requests.

Shared by the grammar's rules (agent.boundary.grammar, .timing, .acceptance, .deal). A
negation inside a fixed phrase ("no problem", "nothing stands in the way", "the PO isn't
signed yet" after "even though") says yes, so those phrases are cut out before the clause
is tested for negation.
"""

from __future__ import annotations

import re

from agent.lexicon import concessions as cs
from agent.lexicon import implied as im
from agent.lexicon import refusals as rf
from agent.lexicon import verbs as vb
from agent.lexicon import waivers as wv
from agent.lexicon.times import TIME

OURS = re.compile(
    r"\b(?:our|unser\w*|nos|notre|nuestr\w*|nostr\w*|onze|ons|noss\w*|vores|vare|vaare)\s+"
    r"(?:\w+\s+)?$"
)
# Portuguese "no"/"na" is "in the" ("no seu pedido", "no ERP"), not a negation. A clause
# that is plainly Portuguese never negates with a bare "no".
_PORTUGUESE = re.compile(
    r"\b(?:nao|voces?|nosso|nossa|nossos|nossas|vosso|vossa|vossos|vossas|pelo|pela|pelos|pelas"
    r"|tambem|estao|sao|foi|foram|uma|umas|ao|aos|seu|sua|seus|suas|entao|fica|ficam|podem|feita"
    r"|feito|prazo|em|ate|aqui|agora|ainda|muito|isso|isto|num|numa|nas|pra|vai|vao|depois"
    r"|seguinte|obrigad[oa])\b"
)
_PT_NO = re.compile(
    r"\bno\s+(?=(?:seu|sua|seus|suas|nosso|nossa|vosso|vossa|meu|minha|dia|mesmo|prazo|pedido"
    r"|sistema|portal|caso|momento|anexo|e-?mail|final|inicio|valor|contrato|documento|formulario"
    r"|orcamento|site|mes|ano|fecho|fechamento|erp|proximo|primeiro|ultimo|fim|total|ambito)\b)"
)
_PT_NO_ANY = re.compile(r"\bno\s+(?=\w)")
# "and not ours", "e não as nossas": a contrast naming what does not apply.
_NOT_OURS = re.compile(
    r"\b(?:and|und|et|y|e|en|og|och|a)\s+(?:not|nicht|pas|no|non|nao|niet|ikke|inte|ne)\s+"
    r"(?:\w+\s+)?(?:our|unser\w*|nos|notre|les\s+notres|nuestr\w*|nostr\w*|onze|ons|noss\w*"
    r"|vores|vare|nase)\b.*"
)
# "finché non parte": an Italian "non" that negates nothing.
_EXPLETIVE = re.compile(
    r"\b(?:finche|fino\s+a\s+quando|fintanto\s+che)\s+non\b"
    r"|\bn'\w+\s+(?:\w+\s+)?qu'|\bne\s+\w+\s+(?:\w+\s+)?qu'"  # "ne ... que" is "only"
    r"|\b(?:can't|cannot)\s+wait\b|\bkaum\s+erwarten\b|\bwhy\s+(?:don't\s+we|not)\b"
    # a reassurance is no negation of what it reassures about: "..., da brauchen Sie sich keine
    # Sorgen machen", "no need to worry", "ne vous inquiétez pas", "não se preocupe"
    r"|\bkeine\s+sorge\w*|\bno\s+(?:need\s+to\s+)?worr\w*|\b(?:don't|do\s+not|never)\s+worry\b"
    r"|\bne\s+vous\s+inquietez\s+pas\b|\bpas\s+d'inquietude\b|\bno\s+se\s+preocupe\w*|\bno\s+te\s+preocupes\b"
    r"|\bnon\s+(?:si\s+)?preoccup\w*|\bgeen\s+zorgen\b|\bnao\s+se\s+preocupe\w*|\bniets\s+aan\s+de\s+hand\b"
    # Dutch "pas na", "pas als": "only after", no French "pas"
    r"|\bpas\s+(?=(?:na|nadat|als|wanneer|zodra|bij|vanaf|op|over|in|dan|toen|morgen|volgende)\b)"
)
# Forwarding what we deliver is delivering, not deferring: "we've forwarded the licence keys".
_SENT_GOODS = re.compile(
    r"\b(?:forward\w*|pass\w*|transmis\w*|weitergeleitet|inoltrat\w*|doorgestuurd|encaminhad\w*"
    r"|reenviad\w*)\s+(?:\S+\s+){0,3}?(?:licen[cs]e\s+keys?|keys?|credentials|zugangsdaten|acces\w*"
    r"|credenciales|credenziali|inloggegevens|credenciais|hardware|equipment)\b"
)
# A negation after the obstacle it denies: "Einwände haben wir keine", "bezwaren hebben we geen".
_NONE_AFTER = re.compile(
    r"(?:\s+\S+){0,3}?\s+(?:keine?n?|none|geen|nessun[ao]?|ninguno|ninguna|nenhum|nenhuma"
    r"|aucune?)\b"
)
# "Please note that...", "Bitte beachten Sie": informing, not asking.
_NOTICE = re.compile(
    r"\b(?:please\s+(?:note|be\s+(?:advised|informed|aware))|bitte\s+beachten|veuillez\s+noter"
    r"|merci\s+de\s+noter|por\s+favor\s+tengan?\s+en\s+cuenta|si\s+prega\s+di\s+notare"
    r"|gelieve\s+(?:te\s+)?noteren|graag\s+laten\s+we)\b"
)
# "Whether your terms can apply", "Ob ... möglich ist": an indirect question.
_WHETHER = re.compile(r"\b(?:whether|ob)\b")


def negated(text: str) -> bool:
    text = (_PT_NO_ANY if _PORTUGUESE.search(text) else _PT_NO).sub(" ", text)
    text = _EXPLETIVE.sub(" ", _NOT_OURS.sub(" ", text))
    return bool(vb.NEGATION.search(text))


def no_obstacle(clause: str) -> tuple[int, int] | None:
    """'shouldn't be a problem', 'nothing stands in the way', 'no habrá retrasos': a negated
    obstacle is agreement. Returns the span from the negation to the obstacle; a modal
    refusal ("we cannot prevent delays") is none."""
    for pattern in (vb.PROBLEM, im.OBSTACLE):
        for m in pattern.finditer(clause):
            start = max(0, m.start() - 40)
            found = list(vb.NEGATION.finditer(clause, start, m.start()))
            for n in found:
                gap = clause[n.start() : m.start()]
                if len(gap.split()) <= 5 and not im.MODAL_NEGATION.search(gap):
                    return n.start(), m.end()
            after = _NONE_AFTER.match(clause, m.end())  # "Einwände haben wir keine"
            if after is not None:
                return m.start(), after.end()
    return None


def open_clause(clause: str) -> str:
    """The clause without phrases whose negation is no negation of the clause."""
    while (span := no_obstacle(clause)) is not None:
        clause = clause[: span[0]] + " " + clause[span[1] :]
    clause = TIME.sub(" ", vb.OK.sub(" ", wv.NO_LONGER.sub(" ", clause)))  # "no later than"
    return main_part(clause)


def main_part(clause: str) -> str:
    """Without a concessive part ("even though the form isn't signed yet") up to its comma."""
    m = cs.CONCESSIVE.search(clause)
    if m is None:
        return clause
    end = clause.find(",", m.end())
    return clause[: m.start()] + (clause[end:] if end >= 0 else "")


def refused(clause: str) -> bool:
    """Refusal or deferral to the responsible team ("our deal desk will contact you"); an
    order passed to the warehouse is on its way, not deferred."""
    clause = _EXPLETIVE.sub(" ", _SENT_GOODS.sub(" ", im.TO_FULFILMENT.sub(" ", clause)))
    while (span := no_obstacle(clause)) is not None:  # "no supone ningún problema" agrees
        clause = clause[: span[0]] + " " + clause[span[1] :]
    return bool(rf.REFUSE_OR_DEFER.search(clause) or _WHETHER.search(clause))


# Verbs that confirm or acknowledge (what is confirmed decides), not verbs that accept.
_CONFIRMING = re.compile(
    r"(?:confirm|bestatig|acknowledg|accus|quittier|bevestig|conferm|confirmo|confirma)"
)
_THAT_CLAUSE = re.compile(r"\s*(?:that|dass|que|qu'|che|dat)\b")


def confirms_receipt(clause: str, end: int, *, that_only: bool = False) -> bool:
    """After a confirming verb ending at ``end``: 'we confirm receipt', 'just confirming that
    your PO and the form both arrived' (what we confirm is that their mail came in), and
    nothing else is said of it: "confirming that your PO is accepted and the form arrived"
    confirms more than a receipt."""
    after = clause[end : end + 160]
    verb = clause[:end].split()[-1] if clause[:end].split() else ""
    if not _CONFIRMING.match(verb):
        return False
    if not that_only and rf.RECEIPT.search(after[:30]):
        return True
    that = _THAT_CLAUSE.match(after)
    if that is None:
        return False
    said = after[that.end() :].split(",")[0]
    return rf.RECEIPT.search(said) is not None and vb.ACCEPT.search(said) is None


def requested_before(text: str, position: int, reach: int = 40) -> bool:
    """A request to the customer just before a verb: "please confirm", "thanks for confirming";
    "please note that we have accepted" asks nothing."""
    text = _NOTICE.sub(lambda m: " " * len(m.group()), text)
    return any(max(0, position - reach) <= r.start() < position for r in rf.REQUEST.finditer(text))


def conditional_before(text: str, position: int, reach: int = 30) -> bool:
    return bool(rf.CONDITIONAL.search(text[max(0, position - reach) : position]))


def owned_by_us(text: str, position: int) -> bool:
    return bool(OURS.search(text[:position]))


# A question begins with an interrogative, an inverted modal or a condition.
_ASKS = re.compile(
    r"^\W*(?:could|would|can|do|does|did|is|are|was|were|when|what|which|who|whose|why|how"
    r"|where|whether|if|should|shall|will|have|has|may|konnen|konnten|wurden|wurde|ist|sind|war"
    r"|wann|was|welche\w*|wer|wie|warum|wo|ob|wenn|falls|haben|hat|soll|sollen|darf|gibt|bis"
    r"|pouvez|pourriez|pourrait|est-ce|quand|quel\w*|qui|que|quoi|comment|pourquoi|ou|si|avez"
    r"|etes|podrian|podria|puede|pueden|cuando|cual\w*|quien|como|por\s+que|donde|hay|es|son"
    r"|tienen|tiene|esta|potreste|potrebbe|puo|potete|quale|quali|chi|come|perche|dove|se"
    r"|avete|e|sono|kunt|kunnen|zou|zouden|wanneer|welke|wat|hoe|waarom|waar|of|als|heeft"
    r"|hebt|hebben|podem|poderiam|poderia|pode|qual|quais|quem|porque|onde|ha|tem|estao|kan"
    r"|kunne|vil|er|ar|har|czy|jak|kiedy|muzete|mohli|kdy|jaky)\b"
)
_TAG_BREAK = re.compile(r"[,;:]|\s-\s")


def question_parts(folded: str, question: bool) -> list[tuple[str, bool]]:
    """A question sentence whose first part is a statement ("We can do net 60, would that
    work for you?"): the statement commits like any other; only the tag asks."""
    if not question or im.PROPOSAL.match(folded.strip()):
        return [(folded, False)]  # "How about we waive the fee?" offers, it does not ask
    breaks = list(_TAG_BREAK.finditer(folded))
    if not breaks:
        return [(folded, True)]
    statement, tag = folded[: breaks[-1].start()], folded[breaks[-1].end() :]
    asks = len(tag.split()) <= 6 or _ASKS.search(tag)
    conditional = rf.CONDITIONAL.match(statement.strip())
    if len(statement.split()) < 3 or _ASKS.search(statement) or conditional or not asks:
        return [(folded, True)]
    return [(statement, False), (tag, True)]
