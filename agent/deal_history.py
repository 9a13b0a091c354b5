"""A CRM export as facts per deal, and a deal's events read from how its facts changed.

Each import of the CRM export is kept as a dated snapshot, stored as the facts that changed
since the snapshot before (app/store/crm_history.py). A fact is one value of one deal under a
key: an opportunity attribute (``opportunity.contract_status``), one PO requirement
(``requirement.po_number``: its status and value), one contact (``contact.<email>``) or one
exception (``exception.<id>``). A value is canonical JSON text, so equal facts compare
equal whatever the export's row order; a fact gone from the export has the value None.

Events are what the pilot's metrics count (issue: the scorecard): a PO field missing, then
received; the contract and order-queue status moving; exceptions opened and resolved. A
change to the same value again (two imports racing) is no event.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, Literal

from connectors.crm.model import CrmSnapshot, ExceptionStatus, RequirementStatus

FactKey = tuple[str, str]  # (opportunity id, key)

# The opportunity attributes kept as facts: what the board and the metrics read.
_ATTRIBUTES = (
    "account_name",
    "stage",
    "close_date",
    "amount",
    "currency",
    "order_path",
    "quote_number",
    "contract_status",
    "order_queue_status",
    "account_owner",
    "deal_desk_owner",
    "sales_ops_owner",
)
_OWNERS = {"account_owner", "deal_desk_owner", "sales_ops_owner"}

EventKind = Literal[
    "field_missing",
    "field_received",
    "field_not_required",
    "contract_status",
    "order_queue_status",
    "stage",
    "owner",
    "exception_opened",
    "exception_resolved",
]


_STATUS_EVENTS: dict[str, EventKind] = {
    "contract_status": "contract_status",
    "order_queue_status": "order_queue_status",
    "stage": "stage",
}


@dataclass(frozen=True)
class Fact:
    opportunity_id: str
    key: str
    value: str | None  # canonical JSON; None: no longer in the export
    source: str = ""  # file:line of the row it came from


@dataclass(frozen=True)
class FactChange:
    """One stored change of a deal's fact, with its snapshot's date."""

    snapshot_id: int
    as_of: datetime
    key: str
    value: str | None
    source: str = ""


@dataclass(frozen=True)
class DealEvent:
    opportunity_id: str
    snapshot_id: int
    at: datetime
    kind: EventKind
    subject: str  # the field, status, owner role or exception id
    before: str | None
    after: str | None
    source: str = ""


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


@lru_cache(maxsize=65_536)
def parsed(value: str) -> Any:
    """A fact's value read back. Cached: a report reads the same few values (a status, an
    owner) hundreds of thousands of times. Callers only read what it returns."""
    return json.loads(value)


def deal_facts(snapshot: CrmSnapshot) -> dict[FactKey, Fact]:
    """Every fact of every deal in the export."""
    facts: dict[FactKey, Fact] = {}

    def put(opp: str, key: str, value: Any, source: object) -> None:
        facts[opp, key] = Fact(opp, key, _json(value), str(source))

    for opp in snapshot.opportunities:
        for name in _ATTRIBUTES:
            put(opp.opportunity_id, f"opportunity.{name}", getattr(opp, name), opp.source)
        domains = sorted(opp.account_domains)
        put(opp.opportunity_id, "opportunity.account_domains", domains, opp.source)
    for req in snapshot.requirements:
        value = {"status": req.status, "value": req.value, "updated_at": req.updated_at}
        put(req.opportunity_id, f"requirement.{req.field}", value, req.source)
    for contact in snapshot.contacts:
        value = {"name": contact.name, "role": contact.role}
        put(contact.opportunity_id, f"contact.{str(contact.email).lower()}", value, contact.source)
    for exc in snapshot.exceptions:
        owner = str(exc.owner).lower()
        facts_of = {
            "kind": exc.kind,
            "owner": owner,
            "status": exc.status,
            "opened_at": exc.opened_at,
        }
        put(exc.opportunity_id, f"exception.{exc.exception_id}", facts_of, exc.source)
    return facts


def digest(facts: Mapping[FactKey, Fact]) -> str:
    """The same export gives the same digest, whatever its row order or line numbers."""
    text = "\n".join(f"{opp}\t{key}\t{facts[opp, key].value}" for opp, key in sorted(facts))
    return hashlib.sha256(text.encode()).hexdigest()


def changes(previous: Mapping[FactKey, str | None], current: Mapping[FactKey, Fact]) -> list[Fact]:
    """The facts that differ from the previous state, and those the export no longer has."""
    changed = [fact for key, fact in current.items() if previous.get(key) != fact.value]
    gone = [
        Fact(opp, key, None)
        for (opp, key), value in previous.items()
        if value is not None and (opp, key) not in current
    ]
    return changed + gone


def events(opportunity_id: str, history: Iterable[FactChange]) -> list[DealEvent]:
    """The deal's events, in snapshot order, from its fact changes (in snapshot order)."""
    state: dict[str, str | None] = {}
    found: list[DealEvent] = []
    for change in history:
        before = state.get(change.key)
        state[change.key] = change.value
        if before == change.value:
            continue
        kind, subject, old, new = _meaning(change.key, before, change.value)
        if kind is not None:
            at = change.snapshot_id, change.as_of
            found.append(DealEvent(opportunity_id, *at, kind, subject, old, new, change.source))
    return found


_Meaning = tuple[EventKind | None, str, str | None, str | None]


def _meaning(key: str, before: str | None, after: str | None) -> _Meaning:
    family, _, subject = key.partition(".")
    if family == "requirement":
        return _requirement(subject, _field(before, "status"), _field(after, "status"))
    if family == "exception":
        return _exception(subject, _field(before, "status"), _field(after, "status"))
    if family == "opportunity" and before is not None and after is not None:
        old, new = parsed(before), parsed(after)
        if subject in _STATUS_EVENTS:
            return _STATUS_EVENTS[subject], subject, old, new
        if subject in _OWNERS:
            return "owner", subject, old, new
    return None, subject, None, None


def _requirement(field: str, before: str | None, after: str | None) -> _Meaning:
    if after == before or after is None:
        return None, field, before, after
    if before is None and after != RequirementStatus.MISSING:
        return None, field, before, after  # received (or never needed) before we looked
    kinds: dict[str, EventKind] = {
        RequirementStatus.MISSING: "field_missing",
        RequirementStatus.RECEIVED: "field_received",
        RequirementStatus.NOT_REQUIRED: "field_not_required",
    }
    return kinds.get(after), field, before, after


def _exception(exception_id: str, before: str | None, after: str | None) -> _Meaning:
    was_open, is_open = before == ExceptionStatus.OPEN, after == ExceptionStatus.OPEN
    if is_open and not was_open:
        return "exception_opened", exception_id, before, after
    if was_open and not is_open:  # resolved in the export, or gone from it
        return "exception_resolved", exception_id, before, after or "gone"
    return None, exception_id, before, after


def _field(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    found = parsed(value).get(name)
    return None if found is None else str(found)


def state_at(history: Sequence[FactChange]) -> dict[str, str]:
    """A deal's facts after the changes given (the latest when given all)."""
    state: dict[str, str | None] = {}
    for change in history:
        state[change.key] = change.value
    return {key: value for key, value in state.items() if value is not None}
