"""`podesk deals` through the real CLI on the sample workspace (SQLite), and the board as of a
fixed day with Germany's holidays (app/deals.py)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from app.deals import deals_board
from app.settings import Settings
from tests.cli.conftest import Cli


def _expected(workspace: Path, order_path: str | None = None) -> set[str]:
    """Closed-won deals the order desk has not accepted or booked, read from the CSV."""
    with (workspace / "crm" / "opportunities.csv").open(encoding="utf-8") as handle:
        return {
            row["opportunity_id"]
            for row in csv.DictReader(handle)
            if row["stage"].lower() == "closed won"
            and row["order_queue_status"] not in ("accepted", "booked")
            and order_path in (None, row["order_path"])
        }


def test_the_board_lists_every_waiting_deal_with_its_readiness(workspace: Path, cli: Cli) -> None:
    cli("crm", "import", "--as-of", "2026-03-31")
    cli("sync")
    board = cli.json("deals")["deals"]
    assert {d["opportunity_id"] for d in board} == _expected(workspace)
    assert all(len(d["fields"]) == 7 for d in board)
    renewals = cli.json("deals", "--order-path", "renewal_po")["deals"]
    assert {d["opportunity_id"] for d in renewals} == _expected(workspace, "renewal_po")
    assert 0 < len(renewals) < len(board)
    # Today is months after the sample's mail: every deal has stalled.
    assert cli.json("deals", "--stalled")["deals"] == board
    out = cli("deals")  # 80 columns under pytest: the table still shows each deal
    assert "Deals" in out and "OPP-1001" in out and "✗ missing" in out
    assert "--order-path" in cli("deals", "--order-path", "retail", code=2)


def test_the_board_as_of_a_day_with_germanys_holidays(workspace: Path, cli: Cli) -> None:
    cli("crm", "import", "--as-of", "2026-03-31")
    cli("sync")
    settings = Settings(holiday_country="DE")  # the workspace's folders from the environment
    rows = {r.opportunity_id: r for r in deals_board(settings, today=date(2026, 4, 10))}
    for row in rows.values():
        quiet_from = max(
            filter(
                None,
                [row.closed_won, row.last_customer_message and row.last_customer_message.date()],
            )
        )
        # Business days after quiet_from up to 10 April, Good Friday and Easter Monday off.
        day, expected = quiet_from, 0
        while day < date(2026, 4, 10):
            day = date.fromordinal(day.toordinal() + 1)
            expected += day.weekday() < 5 and day not in (date(2026, 4, 3), date(2026, 4, 6))
        assert row.stalled_business_days == expected, row.opportunity_id
        assert row.stalled == (expected >= 5)
    assert not any(r.stalled for r in rows.values())  # the sample's mail is a week old
    in_june = deals_board(settings, today=date(2026, 6, 1))
    assert in_june and all(r.stalled for r in in_june)
    assert deals_board(settings, today=date(2026, 6, 1), stalled_only=True) == in_june


def test_an_unknown_holiday_country_is_a_one_line_error(
    workspace: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("sync")
    monkeypatch.setenv("PODESK_HOLIDAY_COUNTRY", "Atlantis")
    out = cli("deals", code=2)
    assert "PODESK_HOLIDAY_COUNTRY 'Atlantis'" in out and "Traceback" not in out
