"""Dictionary lookups over one CRM snapshot, built once and shared by every thread.

Linking runs for every mail thread (10,000 in the benchmark), so everything a
thread needs is a dict lookup or one pass of a single compiled regex. Only
closed-won opportunities are link targets; the rest stay reachable by id.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, TypeAlias, TypeVar

from connectors.crm.model import Contact, CrmException, CrmSnapshot, Opportunity, PoRequirement

TokenKind = Literal["opportunity_id", "quote_number", "po_number"]
TOKEN_KINDS: tuple[TokenKind, ...] = ("opportunity_id", "quote_number", "po_number")

_K = TypeVar("_K")
_V = TypeVar("_V")
_Trie: TypeAlias = dict[str, "_Trie"]

_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class TokenHit:
    """A CRM-known identifier found in mail text."""

    kind: TokenKind
    token: str  # as the CRM spells it
    opportunity: Opportunity


def normalize_token(text: str) -> str:
    return _SPACE.sub(" ", text.strip()).lower()


class CrmIndex:
    """Read-only lookups; keys are lower-cased, so every lookup is case-insensitive."""

    def __init__(self, snapshot: CrmSnapshot) -> None:
        self.snapshot = snapshot
        opps = snapshot.opportunities
        self._by_id = {o.opportunity_id.lower(): o for o in opps}
        self.closed_won: tuple[Opportunity, ...] = tuple(o for o in opps if o.closed_won)
        won = self.closed_won
        self._by_quote = _group((o.quote_number.lower(), o) for o in won if o.quote_number)
        self._po_numbers = _group(
            (r.opportunity_id.lower(), r.value.strip())
            for r in snapshot.requirements
            if r.field == "po_number" and r.value.strip()
        )
        self._by_po = _group(
            (normalize_token(po), o)
            for o in won
            for po in self._po_numbers.get(o.opportunity_id.lower(), ())
        )
        self._contacts = _group((c.opportunity_id.lower(), c) for c in snapshot.contacts)
        self._requirements = _group((r.opportunity_id.lower(), r) for r in snapshot.requirements)
        self._open_exceptions = _group(
            (e.opportunity_id.lower(), e) for e in snapshot.exceptions if e.status == "open"
        )
        # Keyed on (address, opp) first: one person listed twice must not look like two deals.
        contact_pairs = {
            (c.email.lower(), o.opportunity_id): o
            for o in won
            for c in self._contacts.get(o.opportunity_id.lower(), ())
        }
        self._by_contact = _group((email, o) for (email, _), o in contact_pairs.items())
        self._by_domain = _group((d, o) for o in won for d in o.account_domains)
        self.customer_domains = frozenset(d for o in opps for d in o.account_domains)
        self.own_domains = _own_domains(snapshot)
        self.missing_files = snapshot.missing_files
        self._tokens, self._token_re = _token_table(snapshot, self._po_numbers)

    @classmethod
    def from_snapshot(cls, snapshot: CrmSnapshot) -> CrmIndex:
        return cls(snapshot)

    def opportunity(self, opportunity_id: str) -> Opportunity | None:
        """Any opportunity, closed-won or not."""
        return self._by_id.get(opportunity_id.strip().lower())

    def by_quote(self, quote_number: str) -> tuple[Opportunity, ...]:
        return self._by_quote.get(quote_number.strip().lower(), ())

    def by_po(self, po_number: str) -> tuple[Opportunity, ...]:
        return self._by_po.get(normalize_token(po_number), ())

    def by_contact(self, email: str) -> tuple[Opportunity, ...]:
        return self._by_contact.get(email.strip().lower(), ())

    def by_domain(self, domain: str) -> tuple[Opportunity, ...]:
        return self._by_domain.get(domain.strip().lower(), ())

    def po_numbers(self, opportunity_id: str) -> tuple[str, ...]:
        """Known PO numbers of any opportunity, as the CRM spells them."""
        return self._po_numbers.get(opportunity_id.strip().lower(), ())

    def contacts_for(self, opportunity_id: str) -> tuple[Contact, ...]:
        return self._contacts.get(opportunity_id.strip().lower(), ())

    def requirements_for(self, opportunity_id: str) -> tuple[PoRequirement, ...]:
        return self._requirements.get(opportunity_id.strip().lower(), ())

    def open_exceptions_for(self, opportunity_id: str) -> tuple[CrmException, ...]:
        return self._open_exceptions.get(opportunity_id.strip().lower(), ())

    def find_tokens(self, text: str) -> list[TokenHit]:
        """Every CRM-known opportunity id, quote or PO number in ``text``, in order.

        Includes tokens of opportunities that are not closed-won, so a caller can
        tell "names a deal we must not link" from "names nothing".
        """
        if self._token_re is None or not text:
            return []
        hits: list[TokenHit] = []
        for match in self._token_re.finditer(text):
            hits.extend(self._tokens.get(normalize_token(match.group(0)), ()))
        return hits


def _group(pairs: Iterable[tuple[_K, _V]]) -> dict[_K, tuple[_V, ...]]:
    grouped: defaultdict[_K, list[_V]] = defaultdict(list)
    for key, value in pairs:
        grouped[key].append(value)
    return {k: tuple(v) for k, v in grouped.items()}


def _own_domains(snapshot: CrmSnapshot) -> frozenset[str]:
    owners = [e.owner for e in snapshot.exceptions]
    for o in snapshot.opportunities:
        owners += [o.account_owner, o.deal_desk_owner, o.sales_ops_owner]
    return frozenset(a.rpartition("@")[2].lower() for a in owners)


def _indexable(value: str, kind: TokenKind) -> bool:
    # Free-text quote/PO cells hold placeholders ("TBD", "n/a") that must not match prose.
    if kind == "opportunity_id":
        return len(value) >= 3
    return len(value) >= 4 and _DIGIT.search(value) is not None


def _token_table(
    snapshot: CrmSnapshot, po_numbers: dict[str, tuple[str, ...]]
) -> tuple[dict[str, tuple[TokenHit, ...]], re.Pattern[str] | None]:
    pairs: list[tuple[str, TokenHit]] = []
    for o in snapshot.opportunities:
        values: list[tuple[TokenKind, str]] = [("opportunity_id", o.opportunity_id)]
        values.append(("quote_number", o.quote_number))
        values += [("po_number", po) for po in po_numbers.get(o.opportunity_id.lower(), ())]
        for kind, value in values:
            key = normalize_token(value)
            if _indexable(key, kind):
                pairs.append((key, TokenHit(kind, value, o)))
    table = _group(pairs)
    return table, (_trie_regex(table) if table else None)


def _trie_regex(keys: Iterable[str]) -> re.Pattern[str]:
    """One alternation shaped as a prefix trie: Python's re tries branches in turn,
    so a flat list of 30,000 literals would be tried one by one at every position."""
    trie: _Trie = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}  # marks the end of a key
    # Word boundaries by hand: "_" and "-" separate tokens in file names like PO_4500.pdf.
    body = _trie_pattern(trie)
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.IGNORECASE)


def _trie_pattern(node: _Trie) -> str:
    branches = [
        # Keys are whitespace-normalised, so any run of whitespace in the mail matches a space.
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
