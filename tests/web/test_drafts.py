"""/drafts: where each saved draft is and what became of it. The Outlook link is shown only
when it is an https URL; anything else a server (or a tampered store) gives stays text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.store.tables import DraftRow
from app.store.users import Role
from connectors.ports import DraftFate
from tests.web.conftest import Markup, sign_in
from tests.web.test_console import _decide, _review
from web.drafts import safe_https_url

SEEN = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
LINK = "https://outlook.office365.com/owa/?ItemID=AAMk%2Fx%3D&exvsurl=1&viewmodel=ReadMessageItem"


def _saved(web: TestClient, **values: object) -> DraftRow:
    """Accept one customer draft through the console, then give its row ``values``."""
    assert sign_in(web, Role.SALES_OPS) == 303
    assert _decide(web, _review(web, "pending_review"), "accept")[0] == 303
    with Session(web.app.state.engine) as session:  # type: ignore[attr-defined]
        row = session.exec(select(DraftRow).where(col(DraftRow.location).is_not(None))).one()
        for name, value in values.items():
            setattr(row, name, value)
        session.add(row)
        session.commit()
        session.refresh(row)
        return row


def _links(html: str) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in Markup(html).tags if tag == "a" and attrs.get("target")]


def test_an_outlook_draft_links_to_outlook_and_says_it_was_sent(web: TestClient) -> None:
    row = _saved(web, web_link=LINK, fate=DraftFate.SENT, fate_at=SEEN)
    assert sign_in(web, Role.DEAL_DESK) == 303
    page = web.get("/drafts").text
    [link] = _links(page)
    assert link["href"] == LINK and link["target"] == "_blank"
    assert "noopener" in str(link["rel"]).split()
    assert ">Open in Outlook</a>" in page
    assert "sent by deal desk" in page and "2026-12-01 09:30 UTC" in page
    assert str(row.location) not in page  # the link replaces the path


def test_a_folder_draft_shows_its_path_and_is_still_a_draft(web: TestClient) -> None:
    row = _saved(web, fate=DraftFate.DRAFT)
    page = web.get("/drafts").text
    assert f'<code class="location">{row.location}</code>' in page
    assert "still a draft" in page and not _links(page)


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        " javascript:alert(1)",
        "JaVaScRiPt:alert(1)//https://x",
        "http://outlook.office365.com/owa/",
        "https:alert(1)",
        "https://user:pw@evil.example/",
        'https://x.example/"onmouseover="alert(1)',
        "https://x.example/\nabc",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/",
    ],
)
def test_a_link_that_is_not_plain_https_never_becomes_a_link(web: TestClient, link: str) -> None:
    assert safe_https_url(link) is None
    _saved(web, web_link=link)
    page = web.get("/drafts").text
    assert not _links(page) and "Open in Outlook" not in page
    hrefs = [str(a.get("href") or "") for _, a in Markup(page).tags]
    assert not [h for h in hrefs if "alert" in h or h.strip().lower().startswith("javascript")]


def test_plain_https_links_pass() -> None:
    assert safe_https_url(LINK) == LINK
