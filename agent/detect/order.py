"""Detectors of exceptions about the order itself: a fulfilment date asked for, a PO held
back until we agree to something, cancellation, holds and re-approvals, less scope, an
amendment to sign, contract changes, a new contracting party.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.boundary.signals import negated
from agent.detect.evidence import Evidence, sentence_evidence
from agent.detect.scan import named_outside_disclaimers, negated_before, scan, unchanged
from agent.detect.views import MessageView, ViewSentence
from agent.lexicon import commitments as ct
from agent.lexicon import contract as ctr
from agent.lexicon import orders as od
from agent.lexicon import procurement as pr
from agent.lexicon import verbs as vb
from agent.lexicon.nouns import ORDER
from agent.lexicon.paperwork import SUPPORT
from agent.lexicon.times import TIME
from agent.models import Reason

# "Please find attached …" hands over a document; it asks nothing of us.
_ENCLOSING = re.compile(
    r"\b(?:please|kindly)\s+find\b|\bbitte\s+finden\s+sie\b|\bveuillez\s+trouver\b"
    r"|\ben\s+bijlage\s+vindt\b|\bsiete\s+pregati\s+di\s+trovare\b"
)


def _asks(folded: str) -> bool:
    return pr.ASK.search(_ENCLOSING.sub(" ", folded)) is not None


def timing_request(view: MessageView) -> Iterator[Evidence]:
    """Asking us to state or confirm a delivery, activation or go-live date (a support ticket
    asking when a login will work again is not one)."""
    if SUPPORT.search(view.folded):
        return

    asks = {i for i, s in enumerate(view.sentences) if s.question or _asks(s.folded)}
    position = {id(s): i for i, s in enumerate(view.sentences)}

    def test(clause: str, sentence: ViewSentence) -> bool:
        fulfil = od.FULFILMENT.search(clause)
        if fulfil is None or unchanged(sentence.folded):
            return False  # "we keep the start date in the quote, 1 June"
        if _SUPPLIER_STATUS.search(clause):
            return False  # "you're an active vendor, V-104552": our record with them
        index = position[id(sentence)]
        # the question may come a sentence later: "...ab welcher Woche? Könnten Sie mir sagen"
        asking = index in asks or (index + 1 in asks and _WHEN.search(clause) is not None)
        if not asking:
            return False
        if TIME.search(clause) or od.DATE_NOUN.search(clause):
            return True
        if sentence.question and _WHEN.search(clause):
            return True  # "When will our users be able to log in?"
        commit = od.COMMIT_VERB.search(clause)
        return commit is not None and "receipt" not in clause[commit.end() : commit.end() + 20]

    yield from scan(view, Reason.TIMING_COMMITMENT_REQUEST, test)
    yield from _feasible_by_then(view)


def _feasible_by_then(view: MessageView) -> Iterator[Evidence]:
    """'…the board sees the console on 14 May. I'm assuming that's realistic from your side?':
    asked whether a date the sentence before names can be met."""
    for index, sentence in enumerate(view.sentences[1:], start=1):
        folded = sentence.folded
        anaphoric = _THAT.search(folded) and not any(c.isdigit() for c in folded)
        feasible = _FEASIBLE.search(folded) or _THAT_DATE_WORKS.search(folded)
        if sentence.question and anaphoric and feasible:
            before = view.sentences[index - 1].folded
            if TIME.search(before) and not unchanged(before):
                yield sentence_evidence(view, Reason.TIMING_COMMITMENT_REQUEST, index)


_THAT = re.compile(
    r"\b(?:that|that's|this|it|das|dies|cela|ca|c'est|eso|esto|cio|questo|dat|dit|isso|isto)\b"
)
# "Can you confirm that date works?", "Passt Ihnen dieser Termin?", "Cette date vous convient ?"
_THAT_DATE_WORKS = re.compile(
    r"\b(?:that|this|the|diese[rns]?|de[nr]|cette|la|esa|esta|la|quella|questa|die|deze|essa|esta|a)"
    r"\s+(?:date|deadline|timeline|datum|termin|frist|fecha|plazo|data|scadenza|termijn|prazo)\b"
)
_FEASIBLE = re.compile(
    r"\b(?:realistic|doable|feasible|achievable|manageable|machbar|realistisch|schaffbar"
    r"|realiste|faisable|jouable|realista|factible|viable|fattibile|realizzabile|haalbaar"
    r"|viavel|exequivel)\b"
)


# Our status as their supplier: "vendor record is active", "proveedor activo".
_SUPPLIER_STATUS = re.compile(
    r"\b(?:vendor|supplier|proveedor|fornitore|lieferant|fournisseur|leverancier|fornecedor|kreditor)"
    r"\w*\s+(?:[\w-]+\s+){0,3}?(?:is\s+|ist\s+|est\s+|es\s+|e\s+|is\s+now\s+)?(?:activ\w*|aktiv\w*"
    r"|actief|ativ[oa])\b|\b(?:activ\w*|aktiv\w*|actief|ativ[oa])\w*\s+(?:vendor|supplier|proveedor"
    r"|fornitore|lieferant|fournisseur|leverancier|fornecedor)"
)
_WHEN = re.compile(
    r"\b(?:when|wann|quand|cuando|quando|wanneer|hvornar|kdy|kiedy|ab\s+wann|bis\s+wann"
    r"|(?:which|what)\s+(?:week|date|day|month)|welche\w*\s+(?:kalender)?(?:woche|datum|tag|monat)"
    r"|ab\s+welche\w*|in\s+welke\s+(?:week|maand)|welke\s+datum|quelle\s+(?:semaine|date)"
    r"|(?:en\s+)?que\s+(?:semana|fecha|dia)|qual\s+(?:semana|data|dia)|(?:in\s+)?quale\s+(?:settimana"
    r"|data|giorno)|em\s+que\s+(?:semana|data|dia)|a\s+partir\s+de\s+(?:que|quando))\b"
)
_IF = re.compile(
    r"\b(?:if|once|unless|until|wenn|falls|sobald|bevor|si|quand|lorsque|tant\s+que|cuando|en\s+cuanto"
    r"|hasta\s+que|se|quando|appena|finche|zodra|wanneer|indien|tenzij|totdat|assim\s+que|caso"
    r"|ate\s+que|desde\s+que)\b"
)


# What a PO may rightly wait for: receipt, our registration, our own details.
_ROUTINE_ASK = re.compile(
    r"\b(?:receipt|reception|empfang|eingang|ricezione|recepcion|ontvangst|recebimento"
    r"|registr\w*|onboarding|vendor|supplier|lieferant\w*|fournisseur|proveedor|fornitore"
    r"|leverancier|fornecedor|bank\w*|w-?9|certificat\w*|insurance)\b"
)


def conditional_po(view: MessageView) -> Iterator[Evidence]:
    """The PO, a signature or an approval depends on something only a person can grant."""

    def test(clause: str, sentence: ViewSentence) -> bool:
        folded = sentence.folded
        conditioned = od.PO_CONDITIONED.search(folded)
        if conditioned is not None and not negated_before(folded, conditioned.end(), 40):
            return True  # "the PO is conditional on the SSO integration being ready"
        if not _acts_on_the_order(folded) or unchanged(folded):
            return False
        condition = pr.CONDITION.search(folded)
        if condition is not None and od.COMMERCIAL_ASK.search(folded[condition.end() :]):
            return True
        if condition is not None:
            # "once you confirm the point below": the ask may sit inside the condition itself
            asked = od.COMMERCIAL_ASK.search(folded, condition.start() + 1, condition.end())
            if asked is not None and not _ROUTINE_ASK.search(folded, asked.start()):
                return True
        bare = _IF.search(folded)  # "if", "wenn", "si": only with a plainly commercial demand
        return bare is not None and od.COMMERCIAL_DEMAND.search(folded[bare.end() :]) is not None

    return scan(view, Reason.CONDITIONAL_PO, test)


def _acts_on_the_order(folded: str) -> bool:
    """Issuing, releasing, signing — of the order, not of our invoice: "¿podéis actualizarlo
    antes de emitir la factura?" conditions nothing of the customer's."""
    return any(_INVOICE_AFTER.match(folded, m.end()) is None for m in od.PO_ACTION.finditer(folded))


_INVOICE_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}(?:invoice|factur|fattur|rechnung|fatura|factuur)\w*"
)


_PLEDGE = re.compile(
    r"commitment|assurance|guarantee|undertaking|engagement|garanti\w*|compromis\w*|impegno"
)


def commitment_request(view: MessageView) -> Iterator[Evidence]:
    """Asking us to confirm, guarantee or promise something in writing ("I need it in writing
    for Thursday's change board", "Dat wil ik zwart op wit"); a receipt is no commitment."""

    def test(clause: str, sentence: ViewSentence) -> bool:
        folded = sentence.folded
        written = ct.IN_WRITING.search(folded)
        if (
            written is None
            or ct.RECEIPT_ONLY.search(folded)
            or negated_before(folded, written.start(), 12)
        ):
            return False
        asked = ct.NEED.search(folded) or pr.CONDITION.search(folded) or sentence.question
        # "a written commitment on the go-live date": the noun is the commitment asked for
        pledged = ct.COMMIT.search(folded) or _PLEDGE.search(written.group())
        return bool(asked) and bool(pledged)

    return scan(view, Reason.COMMITMENT_REQUEST, test)


def quantity_change(view: MessageView) -> Iterator[Evidence]:
    """Seats other than quoted: "the PO is for 200 seats instead of 250", "add 20 users"."""

    def test(clause: str, sentence: ViewSentence) -> bool:
        m = od.QUANTITY_CHANGE.search(clause)
        if m is None and od.ORDERING.search(clause):
            m = od.QUANTITY_CAP.search(clause)  # "raise the PO for 400 users only"
        return m is not None and not unchanged(clause) and not negated_before(clause, m.start(), 15)

    return scan(view, Reason.PO_QUANTITY_MISMATCH, test)


def cancellation(view: MessageView) -> Iterator[Evidence]:
    duplicate = named_outside_disclaimers(view, od.DUPLICATE)

    def test(clause: str, sentence: ViewSentence) -> bool:
        if od.DECIDED_AGAINST.search(clause) and not duplicate:
            return True  # "management decided not to go ahead"
        m = od.CANCEL.search(clause)
        if m is None or duplicate:
            return False
        near = clause[max(0, m.start() - 50) : m.end() + 50]
        modal = m.group().endswith("cancel")  # "we may need to cancel"
        if od.CANCELLABLE.search(near) is None and "no longer" not in m.group() and not modal:
            return False
        return not negated_before(clause, m.start(), 12) or "no longer" in m.group()

    return scan(view, Reason.CANCELLATION, test)


def hold_or_budget(view: MessageView) -> Iterator[Evidence]:
    def test(clause: str, sentence: ViewSentence) -> bool:
        m = od.HOLD.search(clause) or od.REAPPROVAL.search(clause)
        return m is not None and not negated_before(clause, m.start(), 15)

    return scan(view, Reason.BUDGET_FREEZE, test)


def descope(view: MessageView) -> Iterator[Evidence]:
    def test(clause: str, sentence: ViewSentence) -> bool:
        m = od.DESCOPE.search(clause)
        if m is None or unchanged(clause) or negated_before(clause, m.start()):
            return False
        return _TYPO.search(clause) is None  # "the reduced amount on the draft was a typo"

    return scan(view, Reason.DESCOPE, test)


# A figure said to have been a slip: nothing is descoped.
_TYPO = re.compile(
    r"\b(?:typo|tippfehler|faute\s+de\s+frappe|errata|error\s+tipografico|errore\s+di\s+battitura"
    r"|tikfout|erro\s+de\s+digitacao|was\s+(?:a|an)\s+(?:mistake|error))\b"
)


def amendment(view: MessageView) -> Iterator[Evidence]:
    def test(clause: str, sentence: ViewSentence) -> bool:
        if ctr.REFUSES_SIGNATURE.search(clause):
            return True  # "we won't countersign, we'll just pay the invoice"
        if not ctr.AMENDMENT.search(ctr.POSTSCRIPT.sub("", clause, count=1)):
            return False  # "Nachtrag: …" labels the mail's afterthought
        folded = sentence.folded
        asked = sentence.question or pr.ASK.search(folded) or pr.CONDITION.search(folded)
        asked = asked or _IF.search(folded)
        signed = _SIGNED.search(folded)
        unsigned = signed is not None and negated_before(folded, signed.start(), 40)
        return bool(ctr.UNSIGNED.search(folded) or asked or unsigned)

    return scan(view, Reason.AMENDMENT_UNSIGNED, test)


_SIGNED = re.compile(
    r"\b(?:signed|executed|unterschrieben|unterzeichnet|signee?s?|firmad[oa]s?|firmat[oaie]"
    r"|ondertekend|getekend|assinad[oa]s?|podepsan\w*|podpisan\w*|underskrevet|undertecknad)\b"
)


def legal_change(view: MessageView) -> Iterator[Evidence]:
    def test(clause: str, sentence: ViewSentence) -> bool:
        if ctr.INSURANCE.search(clause) or unchanged(clause):
            return False
        m = ctr.LEGAL.search(clause)
        if m is None:
            clause_word = ctr.CONTRACT_CLAUSE.search(clause)
            m = (
                vb.REMOVE.search(clause) or ctr.CLAUSE_CHANGE.search(clause)
                if clause_word
                else None
            )
        return m is not None and not negated_before(clause, m.start(), 20)

    return scan(view, Reason.LEGAL_CHANGE, test)


def party_change(view: MessageView) -> Iterator[Evidence]:
    return scan(view, Reason.PARTY_CHANGE, lambda c, s: _party_changed(c, s.folded))


def _party_changed(clause: str, sentence: str) -> bool:
    """Named change of party, or one entity set against another in a clause about who
    contracts or orders ("the PO will be issued by X Holding, and not by Y S.A."; "not
    from X, but from Y" spans the sentence's clauses), our documents to be made out again
    in another name, or the contract assigned."""
    if ctr.PARTY_CHANGE.search(clause):
        return True
    contracting = ctr.CONTRACTING.search(clause)
    if contracting is None and ORDER.search(clause) is None:
        return False
    but_from = ctr.BUT_FROM.search(sentence)
    if ctr.ENTITY_INSTEAD.search(clause) or (but_from and negated(sentence[: but_from.start()])):
        return True
    if contracting is None:
        return False
    reissued = ctr.REISSUE.search(clause) and ctr.IN_NAME_OF.search(clause)
    return bool(reissued or _assigned(clause))


def _assigned(clause: str) -> bool:
    """The contract assigned to another company ("el contrato deberá cederse a nombre de
    esta"), not an owner assigned to a ticket."""
    m = ctr.ASSIGNED.search(clause)
    return m is not None and not negated_before(clause, m.start(), 20)
