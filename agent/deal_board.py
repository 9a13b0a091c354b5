"""One closed-won deal on the deals board: its readiness, where each fact came from, who acts
next, and whether the handoff has stalled.

Pure: the app layer (app/deals.py) gathers the deal's CRM facts as of the latest snapshot,
its events (agent/deal_history.py), its latest packet and its mail; this decides what the
board shows. A PO field is what the CRM says, unless the CRM still has it missing and a
thread supplied it (then received, from that message). A deal is stalled when neither an
event nor an inbound message has come for ``stall_days`` business days (weekends and the
country's public holidays are not business days).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from agent.deal_history import DealEvent, parsed
from agent.models import Packet
from connectors.crm.model import PO_FIELDS, OrderQueueStatus

_DONE = {OrderQueueStatus.ACCEPTED.value, OrderQueueStatus.BOOKED.value}


@dataclass(frozen=True)
class FieldState:
    field: str
    status: str  # missing | received | not_required
    source: str  # po_requirements.csv:N, message:<id>, or why it is not required


@dataclass(frozen=True)
class DealFacts:
    """What the store knows of one deal, gathered by app/deals.py."""

    opportunity_id: str
    facts: Mapping[str, str]  # the latest snapshot's facts (agent.deal_history.state_at)
    sources: Mapping[str, str]  # each fact's file:line
    events: Sequence[DealEvent]
    first_snapshot: int  # the snapshot the deal first appeared in: its facts then are no news
    last_inbound: datetime | None  # the customer's latest message on any of its threads
    received_in_mail: Mapping[str, str]  # field -> message:<id>, from its latest packets
    status_note: str | None  # what PO Desk's latest packet says of the deal (status_note)
    next_owner: str | None  # the latest packet's next-action owner
    open_exceptions: Sequence[tuple[str, str, date]]  # (id, owner, opened on)


@dataclass(frozen=True)
class DealRow:
    opportunity_id: str
    account_name: str
    order_path: str
    closed_won: date
    days_since_closed_won: int
    fields: tuple[FieldState, ...]
    contract_status: str
    order_queue_status: str
    open_exceptions: tuple[tuple[str, str, int], ...]  # (id, owner, age in days)
    last_customer_message: datetime | None
    status_note: str | None
    next_owner: str | None
    stalled: bool
    stalled_business_days: int


def _value(facts: Mapping[str, str], key: str) -> str:
    raw = facts.get(f"opportunity.{key}")
    return "" if raw is None else str(parsed(raw))


def on_board(facts: Mapping[str, str], order_path: str | None) -> bool:
    """Closed-won, not yet accepted or booked by the order desk, on the pilot's order path."""
    stage = _value(facts, "stage").strip().lower().replace("-", " ").replace("_", " ")
    return (
        stage == "closed won"
        and _value(facts, "order_queue_status") not in _DONE
        and (order_path is None or _value(facts, "order_path") == order_path)
    )


def readiness(deal: DealFacts) -> tuple[FieldState, ...]:
    found = []
    for field in PO_FIELDS:
        key = f"requirement.{field}"
        raw = deal.facts.get(key)
        if raw is None:
            found.append(FieldState(field, "not_required", "no row in po_requirements.csv"))
            continue
        status = str(parsed(raw).get("status"))
        if status == "missing" and field in deal.received_in_mail:
            found.append(FieldState(field, "received", deal.received_in_mail[field]))
        else:
            found.append(FieldState(field, status, deal.sources.get(key, "")))
    return tuple(found)


def board_row(
    deal: DealFacts, *, today: date, stall_days: int, holidays: Collection[date]
) -> DealRow:
    closed = date.fromisoformat(_value(deal.facts, "close_date"))
    # What the first import found was already so: only later changes are news.
    moved = [e.at.date() for e in deal.events if e.snapshot_id != deal.first_snapshot]
    if deal.last_inbound is not None:
        moved.append(deal.last_inbound.date())
    quiet_since = max([closed, *moved])
    quiet = business_days(quiet_since, today, holidays)
    return DealRow(
        opportunity_id=deal.opportunity_id,
        account_name=_value(deal.facts, "account_name"),
        order_path=_value(deal.facts, "order_path"),
        closed_won=closed,
        days_since_closed_won=(today - closed).days,
        fields=readiness(deal),
        contract_status=_value(deal.facts, "contract_status"),
        order_queue_status=_value(deal.facts, "order_queue_status"),
        open_exceptions=tuple(
            (exc_id, owner, (today - opened).days) for exc_id, owner, opened in deal.open_exceptions
        ),
        last_customer_message=deal.last_inbound,
        status_note=deal.status_note,
        next_owner=deal.next_owner or _value(deal.facts, "sales_ops_owner") or None,
        stalled=quiet >= stall_days,
        stalled_business_days=quiet,
    )


def status_note(packet: Packet) -> str:
    """PO Desk's one-line view of the deal from a packet: blocked, waiting or ready."""
    if packet.open_exceptions:
        return "blocked by exception " + ", ".join(e.exception_id for e in packet.open_exceptions)
    if packet.readiness.value == "unknown":
        return "readiness unknown: " + packet.readiness.source
    missing = packet.missing_fields.value
    if isinstance(missing, tuple | list) and missing:
        return "waiting on " + ", ".join(str(f).replace("_", " ") for f in missing)
    return "ready for order"


def business_days(start: date, end: date, holidays: Collection[date]) -> int:
    """Business days after ``start`` up to and including ``end``: Monday to Friday, not a
    holiday; 0 when ``end`` is not after ``start``. Whole weeks are counted at once."""
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(1, rest + 1):
        if (start + timedelta(days=offset)).weekday() < 5:
            count += 1
    off = sum(1 for day in holidays if start < day <= end and day.weekday() < 5)
    return count - off
