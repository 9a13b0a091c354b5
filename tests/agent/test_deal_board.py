"""The deals board's decisions (agent/deal_board.py) on hand-built deals and a fixed clock:
business days, stalls, where each readiness fact came from, PO Desk's status note."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

from agent.deal_board import DealFacts, board_row, business_days, on_board
from agent.deal_history import DealEvent

# Germany, Easter 2026: Good Friday 3 April and Easter Monday 6 April are public holidays.
EASTER_DE = frozenset({date(2026, 4, 3), date(2026, 4, 6)})


def _facts(**overrides: object) -> dict[str, str]:
    opportunity = {
        "stage": "Closed Won",
        "close_date": "2026-03-27",
        "order_path": "enterprise_po",
        "order_queue_status": "not_submitted",
        "contract_status": "signed",
        "account_name": "Alpine Ski House",
        "sales_ops_owner": "sam@example.com",
        **overrides,
    }
    facts = {f"opportunity.{k}": json.dumps(v) for k, v in opportunity.items()}
    facts["requirement.po_number"] = json.dumps({"status": "missing", "value": ""})
    facts["requirement.billing_entity"] = json.dumps({"status": "missing", "value": ""})
    facts["requirement.tax_detail"] = json.dumps({"status": "received", "value": "DE123"})
    return facts


def _deal(events: tuple[DealEvent, ...] = (), inbound: datetime | None = None) -> DealFacts:
    return DealFacts(
        opportunity_id="OPP-1",
        facts=_facts(),
        sources={"requirement.po_number": "po_requirements.csv:2"},
        events=events,
        first_snapshot=1,
        last_inbound=inbound,
        received_in_mail={"billing_entity": "message:abc@example.com"},
        status_note="waiting on po number",
        next_owner=None,
        open_exceptions=(("EXC-1", "lena@example.com", date(2026, 4, 1)),),
    )


def test_business_days_skip_weekends_and_the_countrys_holidays() -> None:
    # After Thursday 2 April up to Friday 10 April: Fri 3 (holiday), Mon 6 (holiday),
    # Tue 7, Wed 8, Thu 9, Fri 10.
    assert business_days(date(2026, 4, 2), date(2026, 4, 10), EASTER_DE) == 4
    assert business_days(date(2026, 4, 2), date(2026, 4, 10), ()) == 6
    assert business_days(date(2026, 4, 10), date(2026, 4, 2), ()) == 0
    assert business_days(date(2026, 4, 10), date(2026, 4, 12), ()) == 0  # a weekend


def test_a_deal_stalls_after_five_quiet_business_days() -> None:
    inbound = datetime(2026, 4, 2, 15, 0, tzinfo=UTC)
    row = board_row(_deal(inbound=inbound), today=date(2026, 4, 10), stall_days=5, holidays=())
    assert row.stalled and row.stalled_business_days == 6
    german = board_row(
        _deal(inbound=inbound), today=date(2026, 4, 10), stall_days=5, holidays=EASTER_DE
    )
    assert not german.stalled and german.stalled_business_days == 4
    assert row.days_since_closed_won == 14 and row.open_exceptions == (
        ("EXC-1", "lena@example.com", 9),
    )
    assert row.next_owner == "sam@example.com"  # no packet yet: the CRM's sales ops owner


def test_a_later_event_is_news_but_what_the_first_import_found_is_not() -> None:
    def event(snapshot: int, day: int) -> DealEvent:
        at = datetime(2026, 4, day, tzinfo=UTC)
        return DealEvent("OPP-1", snapshot, at, "field_missing", "po_number", None, "missing")

    first = board_row(_deal((event(1, 9),)), today=date(2026, 4, 10), stall_days=5, holidays=())
    assert first.stalled and first.stalled_business_days == 10  # quiet since closing
    later = board_row(_deal((event(2, 9),)), today=date(2026, 4, 10), stall_days=5, holidays=())
    assert not later.stalled and later.stalled_business_days == 1


def test_each_field_says_where_it_came_from() -> None:
    row = board_row(_deal(), today=date(2026, 4, 10), stall_days=5, holidays=())
    fields = {f.field: (f.status, f.source) for f in row.fields}
    assert fields["po_number"] == ("missing", "po_requirements.csv:2")
    # Missing in the CRM, but a thread supplied it: received, from that message.
    assert fields["billing_entity"] == ("received", "message:abc@example.com")
    assert fields["tax_detail"][0] == "received"
    assert fields["signature_packet"] == ("not_required", "no row in po_requirements.csv")
    assert len(fields) == 7


def test_the_board_holds_closed_won_deals_not_yet_accepted_or_booked() -> None:
    assert on_board(_facts(), None) and on_board(_facts(), "enterprise_po")
    assert not on_board(_facts(), "renewal_po")
    assert not on_board(_facts(order_queue_status="booked"), None)
    assert not on_board(_facts(order_queue_status="accepted"), None)
    assert not on_board(_facts(stage="Negotiation"), None)
    assert on_board(_facts(stage="closed-won"), None)


def test_business_days_agree_with_counting_day_by_day() -> None:
    rng = random.Random(3)
    holidays = {date(2026, 1, 1) + timedelta(days=rng.randrange(700)) for _ in range(40)}
    for _ in range(2000):
        start = date(2025, 6, 1) + timedelta(days=rng.randrange(900))
        end = start + timedelta(days=rng.randrange(-5, 400))
        days = (start + timedelta(days=k) for k in range(1, (end - start).days + 1))
        expected = sum(1 for d in days if d.weekday() < 5 and d not in holidays)
        assert business_days(start, end, holidays) == expected, (start, end)
