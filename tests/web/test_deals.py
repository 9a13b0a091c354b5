"""/deals, the console's deals board, on the synced sample store (its sync kept the CRM
export as the first snapshot)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.deals import board
from app.store.users import Role
from tests.web.conftest import sign_in


def test_the_board_shows_every_waiting_deal_and_filters_by_order_path(web: TestClient) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    settings = web.app.state.settings  # type: ignore[attr-defined]
    with Session(web.app.state.engine) as session:  # type: ignore[attr-defined]
        rows = board(session, settings=settings)
        renewals = board(session, settings=settings.model_copy(update={"order_path": "renewal_po"}))
    page = web.get("/deals").text
    assert "<caption>Deals</caption>" in page and rows
    assert all(f"<td>{r.opportunity_id}<br>" in page for r in rows)
    # The sample's mail is months old: each deal says it has stalled, in words.
    assert page.count("<strong>Stalled</strong>") == len(rows)
    assert 'title="po_requirements.csv:' in page  # each field's source, on hover
    only = web.get("/deals", params={"order_path": "renewal_po"}).text
    assert 0 < len(renewals) < len(rows)
    assert all(f"<td>{r.opportunity_id}<br>" in only for r in renewals)
    assert only.count("<tr>") == len(renewals) + 1  # the header row and one per deal
    assert 'href="/deals"' in page  # in the navigation


def test_the_board_is_for_the_people_who_work_deals(web: TestClient) -> None:
    assert sign_in(web, Role.ADMIN) == 303
    assert web.get("/deals").status_code == 403
