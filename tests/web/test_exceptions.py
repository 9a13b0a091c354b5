"""/exceptions and /drafts on the synced sample store: the CRM's open exceptions and the
deal-exception threads, aged against the SLA; assign, escalate, resolve (PO Desk's own
record, audited, the CRM export untouched) and a manager's release of a held draft."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.settings import Settings
from app.store import audit, queries
from app.store.exception_list import ExceptionFilter, find_exception, list_exceptions
from app.store.users import Role
from tests.web.conftest import csrf_of, email_of, sign_in
from web.app import create_app

CRM_OPEN = "EXC-2001"  # open in the sample export, holding a customer draft
CRM_RESOLVED = "EXC-2002"


def _store(web: TestClient) -> Session:
    return Session(web.app.state.engine)  # type: ignore[attr-defined]


def _act(web: TestClient, verb: str, key: str, **form: str) -> tuple[int, str]:
    with _store(web) as session:
        item = find_exception(session, key=key)
    assert item is not None
    data = {"csrf_token": csrf_of(web), "key": key, "version": str(item.version), **form}
    answer = web.post(f"/exceptions/{verb}", data=data, follow_redirects=False)
    return answer.status_code, answer.text


def _as(web: TestClient, role: Role) -> TestClient:
    """A second browser on the same app, signed in as ``role``."""
    other = TestClient(web.app)
    assert sign_in(other, role) == 303
    return other


def _events(web: TestClient, action: str) -> list[tuple[str, str]]:
    with _store(web) as session:
        return [(e.actor, e.subject) for e in audit.page_events(session, action=action)]


def test_the_page_lists_open_crm_and_mail_exceptions_with_their_age(web: TestClient) -> None:
    assert sign_in(web, Role.MANAGER) == 303
    page = web.get("/exceptions").text
    assert "<caption>Exceptions</caption>" in page
    assert CRM_OPEN in page and CRM_RESOLVED not in page  # the export says resolved
    with _store(web) as session:
        items = list_exceptions(session, limit=500)
    mail = [i for i in items if i.source == "mail"]
    assert mail and all(i.kind.startswith("exception.") for i in mail)
    assert f'href="/reviews/{mail[0].review_id}"' in page
    # The sample CRM's exceptions opened in March 2026: long past a 24-hour SLA, and said so
    # in words, not by colour only.
    row = page.split(CRM_OPEN, 1)[1].split("</tr>", 1)[0]
    assert '<strong class="overdue">Overdue</strong>' in row
    assert "never changed" in page  # the page says the CRM export is not written


def test_a_longer_sla_makes_nothing_overdue(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"exception_sla_hours": 24 * 365 * 50}))
    with TestClient(app) as web:
        assert sign_in(web, Role.MANAGER) == 303
        page = web.get("/exceptions").text
        assert CRM_OPEN in page and "Overdue</strong>" not in page
    app.state.engine.dispose()


def test_assign_escalate_resolve_are_recorded_and_audited_not_written_to_the_crm(
    web: TestClient, settings: Settings
) -> None:
    export = Path(str(settings.crm_dir)) / "exceptions.csv"
    before = export.read_bytes()
    key, desk, manager = f"crm:{CRM_OPEN}", email_of(Role.DEAL_DESK), email_of(Role.MANAGER)
    boss = _as(web, Role.MANAGER)
    assert sign_in(web, Role.DEAL_DESK) == 303
    assert _act(web, "resolve", key, note="done")[0] == 403  # not theirs yet
    assert _act(boss, "assign", key, owner=desk)[0] == 303
    mine = web.get(f"/exceptions?owner={desk}").text
    assert CRM_OPEN in mine and "review #" not in mine  # only what they own
    assert _act(web, "escalate", key, manager=manager, note="needs a credit call")[0] == 303
    assert _act(web, "resolve", key, note="done")[0] == 403  # the manager's now
    code, text = _act(boss, "resolve", key, note="credit approved by finance")
    assert code == 303, text
    assert CRM_OPEN not in boss.get("/exceptions").text  # resolved: off the open list
    resolved = boss.get("/exceptions?status=resolved").text
    assert CRM_OPEN in resolved and "credit approved by finance" in resolved
    assert _events(web, "exception_assign") == [(manager, CRM_OPEN)]
    assert _events(web, "exception_escalate") == [(desk, CRM_OPEN)]
    assert _events(web, "exception_resolve") == [(manager, CRM_OPEN)]
    assert export.read_bytes() == before


def test_an_action_on_a_stale_page_is_refused_and_says_who_changed_it(web: TestClient) -> None:
    assert sign_in(web, Role.MANAGER) == 303
    with _store(web) as session:
        (first, *_) = [i for i in list_exceptions(session) if i.source == "mail"]
    csrf = csrf_of(web)
    form = {"csrf_token": csrf, "key": first.key, "version": "0"}
    done = web.post("/exceptions/assign", data=form | {"owner": "a@example.com"})
    assert done.status_code == 200 and "Owner assigned." in done.text
    again = web.post("/exceptions/assign", data=form | {"owner": "b@example.com"})
    assert again.status_code == 409
    assert f"changed by {email_of(Role.MANAGER)}" in again.text
    with _store(web) as session:
        found = find_exception(session, key=first.key)
    assert found is not None and found.owner == "a@example.com" and found.version == 1
    assert _events(web, "exception_assign") == [(email_of(Role.MANAGER), first.ref)]


def test_resolving_needs_a_note_and_escalating_a_manager(web: TestClient) -> None:
    assert sign_in(web, Role.MANAGER) == 303
    key = f"crm:{CRM_OPEN}"
    assert _act(web, "resolve", key, note="  ")[0] == 422
    code, text = _act(web, "escalate", key, manager=email_of(Role.SALES_OPS), note="x")
    assert code == 422 and "escalate to a manager" in text
    with _store(web) as session:
        item = find_exception(session, key=key)
        assert item is not None and item.version == 0 and item.status == "open"
    assert _events(web, "exception_resolve") == [] and _events(web, "exception_escalate") == []


def test_a_manager_releases_a_held_draft_from_the_exceptions_page(
    web: TestClient, settings: Settings
) -> None:
    assert sign_in(web, Role.MANAGER) == 303
    with _store(web) as session:
        (item,) = list_exceptions(session, narrow=ExceptionFilter(key=f"crm:{CRM_OPEN}"))
    (held,) = item.held_drafts
    page = web.get("/exceptions").text
    seen = re.search(
        rf'name="review_id" value="{held.review_id}">\s*<input type="hidden" '
        r'name="seen_draft" value="([^"]+)"',
        page,
    )
    assert seen is not None, "the page offers no release"
    form = {"csrf_token": csrf_of(web), "review_id": str(held.review_id)}
    answer = web.post("/exceptions/release", data=form | {"seen_draft": seen.group(1)})
    assert answer.status_code == 200 and "Draft released and saved." in answer.text
    with _store(web) as session:
        review = queries.get_review(session, review_id=held.review_id)
    assert review.decision == "accept" and review.reviewer == email_of(Role.MANAGER)
    assert review.saved_location and Path(review.saved_location).exists()
    again = web.post("/exceptions/release", data=form | {"seen_draft": seen.group(1)})
    assert again.status_code == 409  # no longer held: nothing is saved twice
    drafts = list((Path(str(settings.mailbox)) / "Drafts").iterdir())
    assert [d.name for d in drafts] == [Path(review.saved_location).name]
    listed = web.get("/drafts").text
    assert "<caption>Saved drafts</caption>" in listed
    assert review.saved_location in listed and email_of(Role.MANAGER) in listed


def test_the_saved_drafts_page_is_empty_before_any_approval(web: TestClient) -> None:
    assert sign_in(web, Role.DEAL_DESK) == 303
    page = web.get("/drafts").text
    assert "No saved drafts yet" in page
