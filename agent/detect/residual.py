"""The residual detector: fail closed on commercial wording no other detector explained.

A customer sentence that names payment days or instalments, a discount or rebate, a
contract clause, the buyer's own terms, a start or end date, or makes a PO action depend on
a condition is a person's to read — unless another detector already explained the message,
or the sentence restates the deal as quoted. It raises UNRECOGNISED_REQUEST: the wording
is commercial, the rules did not understand it, so no customer reply is drafted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.detect.commercial import ZERO_FIGURE, restates_quote, theirs_excluded
from agent.detect.evidence import Evidence, sentence_evidence
from agent.detect.routine import paperwork
from agent.detect.scan import negated_before, unchanged
from agent.detect.views import MessageView
from agent.lexicon import commerce as cm
from agent.lexicon import contract as ctr
from agent.lexicon import dates as dt
from agent.lexicon import orders as od
from agent.lexicon import paperwork as pw
from agent.lexicon import procurement as pr
from agent.lexicon import residual as rs
from agent.lexicon.times import MONTH
from agent.models import Reason
from agent.rules.forwarded import header_line
from connectors.mailbox.threads import strip_subject_prefixes

_HOOKS = (cm.DISCOUNT, rs.LEGAL, pr.BUYER_TERMS, rs.REFUND, rs.SHORT_PAID)


def unexplained_terms(view: MessageView) -> Iterator[Evidence]:
    papers = {e.quote for e in paperwork(view)}  # "PO 4711 attached, net 30": paperwork
    for index, sentence in enumerate(view.sentences):
        folded = sentence.folded
        if sentence.text in papers or header_line(folded):
            continue
        if index == 0 and sentence.text == strip_subject_prefixes(view.message.subject).strip():
            continue  # the subject line
        if len(folded.split()) < 5 or unchanged(folded) or rs.AS_QUOTED.search(folded):
            continue
        if rs.INSURANCE.search(folded) or rs.DISCLAIMER.search(folded) or _explained(folded):
            continue
        if rs.SIGNED.search(folded) and rs.ENCLOSED.search(folded):
            continue  # "signed signature page for the DPA attached": paperwork returned
        said = ctr.POSTSCRIPT.sub("", folded, count=1)  # "Addendum: …" labels an afterthought
        named = any(_affirmed(hook, said) for hook in _HOOKS) or _dated_start(folded)
        percent = rs.PERCENT.search(folded) and rs.CONCEDED.search(folded)
        named = named or bool(percent and not rs.TAX_RATE.search(folded))
        if named or _conditional(folded) or _pay_days(folded, view.quoted_net_days):
            yield sentence_evidence(view, Reason.UNRECOGNISED_REQUEST, index)


def _dated_start(folded: str) -> bool:
    """A start, end or first-invoice date with a calendar date ("invoice date" in payment
    terms is none)."""
    starts = [m for m in dt.START_DATE.finditer(folded) if not _INVOICE_DATE.fullmatch(m.group())]
    dated = MONTH.search(folded) or _NUMERIC_DATE.search(folded) or _FROM_EVENT.search(folded)
    return bool(starts) and bool(dated)


_INVOICE_DATE = re.compile(
    r"invoice\s+date|rechnungsdatum|date\s+de\s+facture|fecha\s+de\s+factura|data\s+(?:della\s+)?fattura"
    r"|factuurdatum|data\s+da\s+fatura"
)
# Or tied to an event: "from the moment the first user logs in", "sobald", "zodra".
_FROM_EVENT = re.compile(
    r"\b(?:op\s+het\s+moment\s+dat|zodra|as\s+soon\s+as|from\s+the\s+moment|once|sobald"
    r"|ab\s+dem\s+zeitpunkt|des\s+que|a\s+partir\s+du\s+moment|en\s+cuanto|desde\s+que|appena"
    r"|dal\s+momento|assim\s+que|a\s+partir\s+do\s+momento)\b"
)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\b\d{4}-\d\d-\d\d\b")


def _affirmed(hook: re.Pattern[str], folded: str) -> bool:
    """Named and not negated: "we don't need a discount" asks for none, nor does a discount
    column showing 0.00."""
    return any(
        not negated_before(folded, m.start(), 20)
        and not (hook is cm.DISCOUNT and ZERO_FIGURE.search(folded[m.end() : m.end() + 40]))
        for m in hook.finditer(folded)
    )


def _explained(folded: str) -> bool:
    """A discount already in the quote ("in your offer" explains a discount, nothing else);
    the buyer's own terms said not to apply."""
    known = cm.DISCOUNT.search(folded) and cm.KNOWN_DISCOUNT.search(folded)
    return bool(known or theirs_excluded(folded))


def _conditional(folded: str) -> bool:
    """A PO action waiting on something of ours ("once you agree"), not on supplier set-up or
    the customer's own calendar ("only on Thursdays, after the committee")."""
    condition = pr.CONDITION.search(folded)
    if condition is None or od.PO_ACTION.search(folded) is None:
        return False
    setup = pw.REGISTRATION.search(folded) or rs.SUPPLIER_SETUP.search(folded)
    return bool(rs.YOU.search(folded, condition.end())) and not setup


def _pay_days(folded: str, quoted_days: int) -> bool:
    """Days or instalments next to payment, other than the quoted net days."""
    if rs.PAY_DAYS.search(folded) is None or rs.PAY.search(folded) is None:
        return False
    figures = {int(n) for n in _DAYS.findall(folded)}
    return not (figures == {quoted_days} or restates_quote(folded, quoted_days))


_DAYS = re.compile(
    r"\b(\d{1,3})\s*(?:days?|tage\w*|jours|dias|giorni|gg|dagen|dni|dagar|dage|dnu)\b"
)
