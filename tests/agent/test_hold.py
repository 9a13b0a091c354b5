"""Holds: who may release a held draft, and how an open exception is listed and aged."""

from __future__ import annotations

from datetime import UTC, date, datetime

from agent.hold import hold_reasons, open_exceptions, release_refusal, sticky, with_hold
from agent.models import CustomerDraft
from connectors.crm import fake as crm

OWNER = "lena@vendor.example"
EXC = open_exceptions(
    [
        crm.crm_exception("EX-2", owner=OWNER, opened_at=date(2026, 3, 1)),
        crm.crm_exception("EX-1", owner=OWNER, opened_at=datetime(2026, 2, 1, 9, 0)),
        crm.crm_exception("EX-3", status="resolved"),
    ],
    as_of=datetime(2026, 3, 11, 8, 0, tzinfo=UTC),
)


def test_open_exceptions_are_listed_oldest_first_with_their_age() -> None:
    assert [(e.exception_id, e.age_days, e.owner) for e in EXC] == [
        ("EX-1", 38, OWNER),
        ("EX-2", 10, OWNER),
    ]
    assert EXC[0].describe() == "EX-1 (pricing, owner lena@vendor.example, 38 day(s) old)"


def test_reasons_and_which_ones_a_newer_import_cannot_lift() -> None:
    reasons = hold_reasons(EXC, ("contacts.csv",))
    assert reasons == ("open_exception:EX-1", "open_exception:EX-2", "crm_incomplete:contacts.csv")
    assert sticky(reasons) == ("crm_incomplete:contacts.csv",)


def test_the_owner_of_every_holding_exception_or_a_manager_may_release() -> None:
    reasons = hold_reasons(EXC, ())
    assert release_refusal(OWNER.upper(), reasons, EXC, ()) is None
    assert release_refusal("boss@vendor.example", reasons, EXC, ("Boss@Vendor.example",)) is None
    refusal = release_refusal("rita@vendor.example", reasons, EXC, ("boss@vendor.example",))
    assert refusal is not None and OWNER in refusal and "boss@vendor.example" in refusal


def test_two_owners_or_an_incomplete_export_leave_it_to_a_manager() -> None:
    mixed = (
        *EXC,
        *open_exceptions([crm.crm_exception("EX-9", owner="raj@vendor.example")], as_of=None),
    )
    reasons = hold_reasons(mixed, ())
    assert "a manager" in (release_refusal(OWNER, reasons, mixed, ()) or "")
    incomplete = hold_reasons(EXC, ("po_requirements.csv",))
    assert "only a manager" in (release_refusal(OWNER, incomplete, EXC, ()) or "")


def test_with_hold_holds_releases_and_leaves_suppressed_drafts_alone() -> None:
    pending = CustomerDraft(status="pending_review", text="Hello")
    held = with_hold(pending, ("open_exception:EX-1",))
    assert held.status == "held" and held.suppression_reasons == ("open_exception:EX-1",)
    assert with_hold(held, ()) == pending
    suppressed = CustomerDraft(status="suppressed", suppression_reasons=("deal exception",))
    assert with_hold(suppressed, ("open_exception:EX-1",)) is suppressed
