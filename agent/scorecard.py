"""The pilot's CRM metrics, from each deal's history (agent/deal_history.py): how missing PO
fields get resolved and how long deals take to be ready for order and booked.

Formulas (README "The pilot's report"):
* missing-field resolution: the (deal, field) pairs first seen missing within the window;
  resolved: received by the window's end; rate = resolved / opened; days: first seen
  missing → received (the snapshots' dates), median over the resolved; per field too.
* reviewer corrections: the customer-draft reviews decided within the window, each counted
  once by how it ended — edited (the reviewer's own wording saved), sent back (at least one
  instruction to the drafter before it was accepted), ignored, or accepted unchanged — and the
  relabels and relinks made within the window; rate = (edited + sent back + relabelled +
  relinked) / decided.
* customer-message suppression: of the PO-related review cycles classified within the window
  (routine or exception), the customer drafts suppressed and those held, each by reason (the
  reason's words before any ":"); share = (suppressed + held) / PO-related cycles.
* order-processing escalations: the exceptions raised within the window (a CRM exception
  by its opened date, one found in mail when its review opened); of those, escalated to a
  manager, and resolved by the window's end (in the console, or in the CRM export); median
  days from raised to resolved; over the SLA: still unresolved at the window's end and
  older than the SLA then.
* order readiness: per deal closed-won by the window's end, ``ready_at`` is the first
  snapshot in which every required PO field is received (none missing), ``booked_at`` the
  first whose order-queue status is accepted or booked, each up to the window's end. Days
  from the close date to each; median and p90 over the deals that got there; the others are
  counted as open, never dropped.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from agent.deal_history import FactChange, parsed

_BOOKED = {"accepted", "booked"}
_REQUIREMENT = "requirement."


@dataclass(frozen=True)
class Window:
    since: date
    until: date

    def holds(self, day: date) -> bool:
        return self.since <= day <= self.until


@dataclass(frozen=True)
class DealTimes:
    opportunity_id: str
    order_path: str
    closed_won: date
    ready_at: date | None
    booked_at: date | None


@dataclass
class Resolution:
    opened: int = 0
    resolved: int = 0
    days: list[int] = field(default_factory=list)

    def summary(self) -> dict[str, float | int | None]:
        return {
            "opened": self.opened,
            "resolved": self.resolved,
            "rate": round(self.resolved / self.opened, 4) if self.opened else None,
            "median_days": _median(self.days),
        }


def missing_field_resolution(
    histories: Mapping[str, Sequence[FactChange]], window: Window
) -> dict[str, object]:
    total = Resolution()
    by_field: dict[str, Resolution] = defaultdict(Resolution)
    for history in histories.values():
        for name, first_missing, received in _missing_pairs(history, window.until):
            if not window.holds(first_missing):
                continue
            for tally in (total, by_field[name]):
                tally.opened += 1
                if received is not None:
                    tally.resolved += 1
                    tally.days.append((received - first_missing).days)
    return {
        **total.summary(),
        "by_field": {name: by_field[name].summary() for name in sorted(by_field)},
    }


def _missing_pairs(
    history: Sequence[FactChange], until: date
) -> Iterable[tuple[str, date, date | None]]:
    """(field, first seen, received or None) for each field first seen missing."""
    first: dict[str, tuple[date, str | None]] = {}
    received: dict[str, date] = {}
    for change in history:
        if not change.key.startswith(_REQUIREMENT) or _day(change.as_of) > until:
            continue
        name = change.key.removeprefix(_REQUIREMENT)
        status = _status(change.value)
        if name not in first:
            first[name] = (_day(change.as_of), status)
        elif first[name][1] == "missing" and status == "received" and name not in received:
            received[name] = _day(change.as_of)
    for name, (seen, status) in first.items():
        if status == "missing":
            yield name, seen, received.get(name)


def deal_times(opportunity_id: str, history: Sequence[FactChange], until: date) -> DealTimes | None:
    """When the deal was ready for order and booked, as its snapshots up to ``until`` show;
    None for a deal never closed-won by then."""
    state: dict[str, str | None] = {}
    ready_at = booked_at = None
    by_snapshot: dict[int, list[FactChange]] = defaultdict(list)
    for change in history:
        if _day(change.as_of) <= until:
            by_snapshot[change.snapshot_id].append(change)
    for snapshot in sorted(by_snapshot):
        for change in by_snapshot[snapshot]:
            state[change.key] = change.value
        day = _day(by_snapshot[snapshot][0].as_of)
        if ready_at is None and _ready(state):
            ready_at = day
        if booked_at is None and _text(state.get("opportunity.order_queue_status")) in _BOOKED:
            booked_at = day
    if _text(state.get("opportunity.stage")).lower().replace("-", " ") != "closed won":
        return None
    closed = date.fromisoformat(_text(state.get("opportunity.close_date")))
    path = _text(state.get("opportunity.order_path"))
    return DealTimes(opportunity_id, path, closed, ready_at, booked_at)


def order_readiness(times: Iterable[DealTimes]) -> dict[str, dict[str, object]]:
    """Days from the close date to ready and to booked, per order path and for all."""
    groups: dict[str, list[DealTimes]] = defaultdict(list)
    for deal in times:
        groups["all"].append(deal)
        groups[deal.order_path].append(deal)
    return {path: _times(deals) for path, deals in sorted(groups.items())}


def _times(deals: Sequence[DealTimes]) -> dict[str, object]:
    ready = [(d.ready_at - d.closed_won).days for d in deals if d.ready_at is not None]
    booked = [(d.booked_at - d.closed_won).days for d in deals if d.booked_at is not None]
    return {
        "deals": len(deals),
        "ready": len(ready),
        "open": len(deals) - len(ready),
        "median": _median(ready),
        "p90": _p90(ready),
        "booked": len(booked),
        "booked_median": _median(booked),
        "booked_p90": _p90(booked),
    }


def _ready(state: Mapping[str, str | None]) -> bool:
    statuses = [_status(v) for k, v in state.items() if k.startswith(_REQUIREMENT) and v]
    return bool(statuses) and "missing" not in statuses


def _status(value: str | None) -> str | None:
    if value is None:
        return None
    found = parsed(value).get("status")
    return None if found is None else str(found)


def _text(value: str | None) -> str:
    return "" if value is None else str(parsed(value))


def _day(at: datetime) -> date:
    return at.date()


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _p90(values: Sequence[int]) -> float | None:
    """The nearest-rank 90th percentile: the smallest value at or above 90% of them."""
    if not values:
        return None
    ordered = sorted(values)
    return float(ordered[math.ceil(0.9 * len(ordered)) - 1])


@dataclass(frozen=True)
class DecidedReview:
    """A customer-draft review's decisions, oldest first: (action, when)."""

    review_id: int
    decisions: tuple[tuple[str, datetime], ...]


def reviewer_corrections(
    reviews: Iterable[DecidedReview], corrections: Iterable[tuple[str, datetime]], window: Window
) -> dict[str, object]:
    """``corrections``: (relabel | relink, when) of every correction."""
    counts = dict.fromkeys(("accepted_unchanged", "edited", "sent_back", "ignored"), 0)
    for review in reviews:
        if not review.decisions:
            continue
        action, when = review.decisions[-1]
        if not window.holds(_day(when)):
            continue
        sent_back = any(a == "response" for a, _ in review.decisions[:-1])
        if action == "edit":
            counts["edited"] += 1
        elif action == "ignore":
            counts["ignored"] += 1
        elif action == "accept":
            counts["sent_back" if sent_back else "accepted_unchanged"] += 1
    made = [kind for kind, when in corrections if window.holds(_day(when))]
    relabelled, relinked = made.count("relabel"), made.count("relink")
    decided = sum(counts.values())
    corrected = counts["edited"] + counts["sent_back"] + relabelled + relinked
    return {
        "decided": decided,
        **counts,
        "relabelled": relabelled,
        "relinked": relinked,
        "rate": round(corrected / decided, 4) if decided else None,
    }


def suppression(cycles: Iterable[tuple[str, Sequence[str]]]) -> dict[str, object]:
    """``cycles``: (draft status, its reasons) of each PO-related review cycle in the window."""
    counted = {"suppressed": 0, "held": 0}
    by_reason: dict[str, int] = defaultdict(int)
    total = 0
    for status, reasons in cycles:
        total += 1
        if status not in counted:
            continue
        counted[status] += 1
        for reason in dict.fromkeys(r.split(":", 1)[0].strip() for r in reasons):
            by_reason[f"{status}: {reason}"] += 1
    stopped = counted["suppressed"] + counted["held"]
    return {
        **counted,
        "by_reason": dict(sorted(by_reason.items(), key=lambda kv: (-kv[1], kv[0]))),
        "cycles": total,
        "share": round(stopped / total, 4) if total else None,
    }


@dataclass(frozen=True)
class RaisedException:
    key: str
    source: str  # crm | mail
    raised: datetime
    escalated: bool
    resolved_at: datetime | None  # when it was resolved, if it was and the date is known
    resolved: bool


def escalations(
    items: Iterable[RaisedException], window: Window, *, sla: timedelta
) -> dict[str, object]:
    end = datetime.combine(window.until + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    raised = [i for i in items if window.holds(_day(i.raised))]
    done = [i for i in raised if i.resolved and (i.resolved_at is None or i.resolved_at < end)]
    days = [(i.resolved_at - i.raised).days for i in done if i.resolved_at is not None]
    late = [i for i in raised if i not in done and end - i.raised > sla]
    return {
        "raised": len(raised),
        "from_crm": sum(1 for i in raised if i.source == "crm"),
        "from_mail": sum(1 for i in raised if i.source == "mail"),
        "escalated": sum(1 for i in raised if i.escalated),
        "resolved": len(done),
        "median_resolution_days": _median(days),
        "over_sla": len(late),
    }
