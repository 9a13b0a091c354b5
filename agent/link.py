"""Link a mail thread to the closed-won opportunity it is about.

Evidence is tried strongest first: an identifier the CRM knows (opportunity
id > quote number > PO number), then a sender who is a CRM contact, then the
sender's account domain, then the account's name written in the mail (a supplier
portal's invitation comes from the portal's domain). Several deals that fit are told
apart by quote, PO number, amount, the deal's name, or which of them still lacks the
PO fields the mail is about. When nothing tells them apart, the thread is
left unlinked with the candidates listed: a wrong link would put another
deal's commercial facts in front of a reviewer, a missing one only asks a
person to pick.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from agent.crm_index import TOKEN_KINDS, CrmIndex, TokenHit
from agent.models import LinkMethod, LinkResult
from agent.rules.account_names import account_key, deal_name, name_key, names
from agent.rules.amount_readings import amount_readings
from agent.rules.field_topics import fields_about
from connectors.crm.model import Opportunity
from connectors.mailbox.model import MailThread

# Messages we wrote ourselves: their sender says nothing about the customer.
OUR_FOLDERS = frozenset({"sent", "drafts"})

TOKEN_CONFIDENCE: dict[str, float] = {
    "opportunity_id": 1.0,
    "quote_number": 0.97,
    "po_number": 0.95,
}
DISAGREEMENT_PENALTY = 0.05  # a weaker identifier in the thread points at another deal
RESOLVED_TIE = 0.8  # same-kind identifiers or contacts tied, settled by other evidence
CONTACT = 0.85
DOMAIN = 0.6
DOMAIN_RESOLVED = 0.7
TIED = 0.3  # identifiers or contacts fit several deals
DOMAIN_TIED = 0.2
ACCOUNT_NAME = 0.5  # the account's name written in the mail, from any sender

_DIGIT_RUN = re.compile(r"\d{4,}")
_DIGITS = re.compile(r"\d+")


@dataclass
class _View:
    """What of a thread counts as evidence."""

    primary: list[str]  # subjects, what inbound messages add, attachment names
    quoted: list[str]  # inbound bodies with quoted history, a fallback for identifiers
    senders: list[str]  # inbound sender addresses, latest first

    # Only ties need the views below; most threads never compute them.
    @cached_property
    def text(self) -> str:
        return "\n".join([*self.primary, *self.quoted]).lower()

    @cached_property
    def numbers(self) -> frozenset[str]:
        return frozenset(_DIGITS.findall(self.text))

    @cached_property
    def amounts(self) -> dict[Decimal, str]:
        return amount_readings(self.text)


def link_thread(thread: MailThread, index: CrmIndex) -> LinkResult:
    view = _view(thread)
    hits = _scan(view.primary, index) or _scan(view.quoted, index)
    return (
        _by_tokens(hits, view, index)
        or _by_contact(view, index)
        or _by_domain(view, index)
        or _by_account_name(view, index)
        or LinkResult()
    )


def _view(thread: MailThread) -> _View:
    inbound = [m for m in thread.messages if m.folder not in OUR_FOLDERS]
    primary = [thread.subject]
    for m in inbound:
        primary += [m.subject, m.new_text or m.body_text, *(a.filename for a in m.attachments)]
    quoted = [m.body_text for m in inbound if m.new_text and m.body_text != m.new_text]
    senders = [m.sender.email.lower() for m in reversed(inbound) if m.sender.email]
    return _View(_unique(primary), _unique(quoted), _unique(senders))


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _scan(texts: list[str], index: CrmIndex) -> list[TokenHit]:
    return [hit for text in texts for hit in index.find_tokens(text)]


def _ids(opps: Iterable[Opportunity]) -> tuple[str, ...]:
    return tuple(sorted({o.opportunity_id for o in opps}))


def _distinct(opps: Iterable[Opportunity]) -> list[Opportunity]:
    return list({o.opportunity_id: o for o in opps}.values())


def _by_tokens(hits: list[TokenHit], view: _View, index: CrmIndex) -> LinkResult | None:
    if not hits:
        return None
    won = [h for h in hits if h.opportunity.closed_won]
    if not won:
        # The thread names a deal that is not closed-won: a weaker link (domain)
        # would attach it to some other deal of the same customer.
        return LinkResult(evidence=", ".join(_unique(h.token for h in hits)))
    kind = next(k for k in TOKEN_KINDS if any(h.kind == k for h in won))
    same = [h for h in won if h.kind == kind]
    opps = _distinct(h.opportunity for h in same)
    named = {o.opportunity_id for o in opps}
    others = _distinct(h.opportunity for h in won if h.opportunity.opportunity_id not in named)
    evidence = ", ".join(_unique(h.token for h in same))
    if len(opps) == 1:
        penalty = DISAGREEMENT_PENALTY if others else 0.0
        return LinkResult(
            opportunity_id=opps[0].opportunity_id,
            method=kind,
            confidence=round(TOKEN_CONFIDENCE[kind] - penalty, 2),
            evidence=evidence,
            candidates=_ids(others),
        )
    hinted = {o.opportunity_id for o in others}
    mentioned = ("also named by another identifier", lambda o: o.opportunity_id in hinted)
    return _settle(opps, view, index, kind, evidence, RESOLVED_TIE, TIED, [mentioned])


def _by_contact(view: _View, index: CrmIndex) -> LinkResult | None:
    matched = [(s, index.by_contact(s)) for s in view.senders]
    matched = [(s, opps) for s, opps in matched if opps]
    if not matched:
        return None
    opps = _distinct(o for _, found in matched for o in found)
    evidence = matched[0][0]
    if len(opps) == 1:
        return LinkResult(
            opportunity_id=opps[0].opportunity_id,
            method="contact_email",
            confidence=CONTACT,
            evidence=evidence,
        )
    return _settle(opps, view, index, "contact_email", evidence, RESOLVED_TIE, TIED, [])


def _by_domain(view: _View, index: CrmIndex) -> LinkResult | None:
    matched = _customer_domains(view, index)
    if not matched:
        return None
    opps = _distinct(o for _, found in matched for o in found)
    evidence = ", ".join(_unique(d for d, _ in matched))
    if len(opps) == 1:
        return LinkResult(
            opportunity_id=opps[0].opportunity_id,
            method="account_domain",
            confidence=DOMAIN,
            evidence=evidence,
        )
    return _settle(opps, view, index, "account_domain", evidence, DOMAIN_RESOLVED, DOMAIN_TIED, [])


def _by_account_name(view: _View, index: CrmIndex) -> LinkResult | None:
    """The customer's name as the CRM spells it, in what the mail itself says: a supplier
    portal writes "Larchwood Dental Partners LLC has invited you" from its own domain."""
    text = name_key(" ".join(view.primary))
    opps = _distinct(o for o in index.closed_won if names(text, account_key(o.account_name)))
    if not opps:
        return None
    evidence = ", ".join(_unique(o.account_name for o in opps))
    if len(opps) == 1:
        return LinkResult(
            opportunity_id=opps[0].opportunity_id,
            method="account_name",
            confidence=ACCOUNT_NAME,
            evidence=evidence,
        )
    return _settle(opps, view, index, "account_name", evidence, ACCOUNT_NAME, DOMAIN_TIED, [])


def _customer_domains(view: _View, index: CrmIndex) -> list[tuple[str, tuple[Opportunity, ...]]]:
    """Sender domains that belong to customer accounts, with their closed-won deals."""
    matched: list[tuple[str, tuple[Opportunity, ...]]] = []
    for sender in view.senders:
        domain = sender.rpartition("@")[2]
        if domain and not _is_own(domain, index):  # colleagues are not customers
            matched.append(_account_domain(domain, index))
    return [(d, opps) for d, opps in matched if opps]


def _parents(domain: str) -> list[str]:
    """The domain and its parents down to two labels: emea.acme.com, acme.com."""
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(max(len(labels) - 1, 1))]


def _is_own(domain: str, index: CrmIndex) -> bool:
    return any(d in index.own_domains for d in _parents(domain))


def _account_domain(domain: str, index: CrmIndex) -> tuple[str, tuple[Opportunity, ...]]:
    """Look the domain up, then its parents: mail from emea.acme.com belongs to acme.com."""
    for candidate in _parents(domain):
        found = index.by_domain(candidate)
        if found:
            return candidate, found
    return domain, ()


_Test = tuple[str, Callable[[Opportunity], object]]


def _settle(
    opps: list[Opportunity],
    view: _View,
    index: CrmIndex,
    method: LinkMethod,
    evidence: str,
    resolved: float,
    tied: float,
    tests: list[_Test],
) -> LinkResult:
    """Pick the one candidate that other evidence singles out, or leave the tie open."""
    contacts = {o.opportunity_id for s in view.senders for o in index.by_contact(s)}
    domains = {o.opportunity_id for d in _customer_domains(view, index) for o in d[1]}
    tests = [
        *tests,
        ("sender is a contact", lambda o: o.opportunity_id in contacts),
        ("sender's domain", lambda o: o.opportunity_id in domains),
        ("quote", lambda o: _mentions(view, [o.quote_number])),
        ("PO", lambda o: _mentions(view, index.po_numbers(o.opportunity_id))),
        ("amount", lambda o: view.amounts.get(o.amount)),
        ("deal name", lambda o: names(name_key(view.text), deal_name(o.account_name))),
        ("still lacks what the mail is about", _lacks_most(opps, view, index)),
    ]
    for label, test in tests:
        found = [(o, r) for o in opps if (r := test(o))]
        if len(found) == 1:
            opp, detail = found[0]
            note = label if detail is True else f"{label} {detail}"
            return LinkResult(
                opportunity_id=opp.opportunity_id,
                method=method,
                confidence=resolved,
                evidence=f"{evidence}; {note}",
                candidates=_ids(opps),
            )
    return LinkResult(method="none", confidence=tied, evidence=evidence, candidates=_ids(opps))


def _lacks_most(
    opps: list[Opportunity], view: _View, index: CrmIndex
) -> Callable[[Opportunity], str]:
    """A test passed by the deals that still lack the most of the PO fields the mail is about
    ("Alta de proveedor" belongs to the deal whose supplier registration is missing)."""
    about = fields_about(view.text)
    lacking = {
        o.opportunity_id: about
        & {r.field for r in index.requirements_for(o.opportunity_id) if r.status == "missing"}
        for o in opps
    }
    most = max((len(f) for f in lacking.values()), default=0)
    return lambda o: (
        ", ".join(sorted(f)) if most and len(f := lacking[o.opportunity_id]) == most else ""
    )


def _mentions(view: _View, values: Iterable[str]) -> str | None:
    """The value as written, or its core number ("10042" for "Q-10042"), standing alone.

    Looser than the index's literal match, which is fine here: it only has to
    choose among the few deals the thread is already tied to.
    """
    for written in values:
        value = written.strip()
        if value and _contains_word(view.text, value.lower()):
            return value
        runs = _DIGIT_RUN.findall(value)
        if runs and runs[-1] in view.numbers:
            return str(runs[-1])
    return None


def _contains_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` not glued to other letters or digits."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = text.find(word, start + 1)
    return False
