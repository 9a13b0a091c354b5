"""The pilot's CRM metrics (agent/scorecard.py) on a history fixture whose every figure is
worked out by hand below."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from agent.deal_history import FactChange
from agent.scorecard import (
    DecidedReview,
    RaisedException,
    Window,
    deal_times,
    escalations,
    missing_field_resolution,
    order_readiness,
    reviewer_corrections,
    suppression,
)

DAYS = {1: date(2026, 3, 2), 2: date(2026, 3, 5), 3: date(2026, 3, 12), 4: date(2026, 3, 20)}


def _at(snapshot: int) -> datetime:
    return datetime.combine(DAYS[snapshot], datetime.min.time(), tzinfo=UTC)


def _req(snapshot: int, name: str, status: str) -> FactChange:
    value = json.dumps({"status": status, "value": ""})
    return FactChange(snapshot, _at(snapshot), f"requirement.{name}", value)


def _opp(snapshot: int, closed: str, path: str, queue: str = "not_submitted") -> list[FactChange]:
    facts = {"stage": "Closed Won", "close_date": closed, "order_path": path}
    facts["order_queue_status"] = queue
    return [
        FactChange(snapshot, _at(snapshot), f"opportunity.{k}", json.dumps(v))
        for k, v in facts.items()
    ]


def _queue(snapshot: int, status: str) -> FactChange:
    return FactChange(snapshot, _at(snapshot), "opportunity.order_queue_status", json.dumps(status))


HISTORIES = {
    # A: PO number received after 3 days, billing entity after 10 (ready 12 March, 10 days
    # after closing on 2 March), booked on 20 March (18 days).
    "A": [
        *_opp(1, "2026-03-02", "enterprise_po"),
        _req(1, "po_number", "missing"),
        _req(1, "billing_entity", "missing"),
        _req(1, "tax_detail", "received"),
        _req(2, "po_number", "received"),
        _req(3, "billing_entity", "received"),
        _queue(4, "booked"),
    ],
    # B: first seen on 5 March with its PO number missing, still missing: open.
    "B": [*_opp(2, "2026-03-04", "enterprise_po"), _req(2, "po_number", "missing")],
    # C: a renewal closed on 20 February; signature received on 12 March (10 days after it
    # was first seen missing), so ready 20 days after closing; never booked.
    "C": [
        *_opp(1, "2026-02-20", "renewal_po"),
        _req(1, "signature_packet", "missing"),
        _req(3, "signature_packet", "received"),
    ],
}
MARCH = Window(date(2026, 3, 1), date(2026, 3, 31))


def test_missing_field_resolution_by_hand() -> None:
    found = missing_field_resolution(HISTORIES, MARCH)
    # Opened: A's PO number and billing entity, B's PO number, C's signature packet; three
    # received (after 3, 10 and 10 days).
    assert found == {
        "opened": 4,
        "resolved": 3,
        "rate": 0.75,
        "median_days": 10.0,
        "by_field": {
            "billing_entity": {"opened": 1, "resolved": 1, "rate": 1.0, "median_days": 10.0},
            "po_number": {"opened": 2, "resolved": 1, "rate": 0.5, "median_days": 3.0},
            "signature_packet": {"opened": 1, "resolved": 1, "rate": 1.0, "median_days": 10.0},
        },
    }
    # A window after every pair was first seen opens none.
    later = missing_field_resolution(HISTORIES, Window(date(2026, 3, 6), date(2026, 3, 31)))
    assert later["opened"] == 0 and later["rate"] is None
    # A window ending before the receipts: opened, none resolved yet.
    early = missing_field_resolution(HISTORIES, Window(date(2026, 3, 1), date(2026, 3, 4)))
    assert (early["opened"], early["resolved"]) == (3, 0)


def test_order_readiness_by_hand() -> None:
    times = [deal_times(k, v, MARCH.until) for k, v in HISTORIES.items()]
    assert [(t.ready_at, t.booked_at) for t in times if t] == [
        (date(2026, 3, 12), date(2026, 3, 20)),
        (None, None),
        (date(2026, 3, 12), None),
    ]
    found = order_readiness(t for t in times if t)
    # All: ready after 10 (A) and 20 (C) days, B open; p90 by nearest rank of two is 20.
    assert found["all"] == {
        "deals": 3, "ready": 2, "open": 1, "median": 15.0, "p90": 20.0,
        "booked": 1, "booked_median": 18.0, "booked_p90": 18.0,
    }  # fmt: skip
    assert found["enterprise_po"]["ready"] == 1 and found["enterprise_po"]["open"] == 1
    assert found["enterprise_po"]["median"] == 10.0
    assert found["renewal_po"] == {
        "deals": 1, "ready": 1, "open": 0, "median": 20.0, "p90": 20.0,
        "booked": 0, "booked_median": None, "booked_p90": None,
    }  # fmt: skip
    # As of 10 March nothing was ready yet: open, not dropped.
    early = [deal_times(k, v, date(2026, 3, 10)) for k, v in HISTORIES.items()]
    assert order_readiness(t for t in early if t)["all"]["open"] == 3


def test_reviewer_corrections_by_hand() -> None:
    def at(day: int) -> datetime:
        return datetime(2026, 3, day, 12, tzinfo=UTC)

    reviews = [
        DecidedReview(1, (("accept", at(3)),)),  # accepted unchanged
        DecidedReview(2, (("edit", at(4)),)),  # edited
        DecidedReview(3, (("response", at(4)), ("accept", at(5)))),  # sent back, then accepted
        DecidedReview(4, (("ignore", at(6)),)),  # ignored
        DecidedReview(5, (("response", at(6)), ("edit", at(7)))),  # sent back, then edited
        DecidedReview(6, (("accept", datetime(2026, 4, 2, tzinfo=UTC)),)),  # after the window
    ]
    corrections = [
        ("relabel", at(8)),
        ("relink", at(9)),
        ("relabel", datetime(2026, 2, 1, tzinfo=UTC)),
    ]
    found = reviewer_corrections(reviews, corrections, MARCH)
    # Decided in March: reviews 1-5. Corrected: 2 edited (2, 5) + 1 sent back (3) + 1
    # relabel + 1 relink (the February relabel is outside) = 5 of 5 decided.
    assert found == {
        "decided": 5, "accepted_unchanged": 1, "edited": 2, "sent_back": 1, "ignored": 1,
        "relabelled": 1, "relinked": 1, "rate": 1.0,
    }  # fmt: skip
    none = reviewer_corrections([], [], MARCH)
    assert none["decided"] == 0 and none["rate"] is None


def test_suppression_by_hand() -> None:
    cycles = [
        ("suppressed", ["deal exception: deal desk decides, no customer reply is drafted"]),
        ("held", ["open_exception:review:3", "open_exception:EXC-1"]),
        ("pending_review", []),
        ("saved", []),
        ("suppressed", ["promises a delivery date: 'by May'", "deal exception: deal desk"]),
    ]
    # Five PO-related cycles; two suppressed and one held: a share of 3/5. A held draft with
    # two open exceptions counts once under its reason.
    assert suppression(cycles) == {
        "suppressed": 2,
        "held": 1,
        "by_reason": {
            "suppressed: deal exception": 2,
            "held: open_exception": 1,
            "suppressed: promises a delivery date": 1,
        },
        "cycles": 5,
        "share": 0.6,
    }
    assert suppression([])["share"] is None


def test_escalations_by_hand() -> None:
    def at(day: int, hour: int = 9) -> datetime:
        return datetime(2026, 3, day, hour, tzinfo=UTC)

    items = [
        # Raised 2 March, escalated, resolved in the console on 6 March: 4 days.
        RaisedException("crm:E1", "crm", at(2), True, at(6), True),
        # Raised 10 March, resolved in the export on 20 March: 10 days.
        RaisedException("crm:E2", "crm", at(10), False, at(20), True),
        # Found in mail on 30 March, still open on 31 March at midnight: 39 hours, over 24.
        RaisedException("review:7", "mail", at(30), False, None, False),
        # Found in mail on 31 March at 20:00: 4 hours by the window's end, within the SLA.
        RaisedException("review:8", "mail", at(31, 20), False, None, False),
        # Resolved after the window: open at its end (and 3 days old then: over the SLA).
        RaisedException("crm:E3", "crm", at(29), True, datetime(2026, 4, 3, tzinfo=UTC), True),
        # First seen already resolved in the export: resolved, its date unknown.
        RaisedException("crm:E4", "crm", at(5), False, None, True),
        # Raised in February: outside the window.
        RaisedException("crm:E0", "crm", datetime(2026, 2, 20, tzinfo=UTC), True, None, False),
    ]
    found = escalations(items, MARCH, sla=timedelta(hours=24))
    assert found == {
        "raised": 6, "from_crm": 4, "from_mail": 2, "escalated": 2, "resolved": 3,
        "median_resolution_days": 7.0, "over_sla": 2,
    }  # fmt: skip
