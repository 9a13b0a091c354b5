"""The console's queue (app.store.queries.queue_page) lists what `podesk queue` lists
(queries.list_queue), filtered or not, on the synced sample store."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.settings import Settings
from app.store import queries
from app.store.queue_filter import QueueFilter
from app.store.users import Role
from cli import run
from tests.web.conftest import sign_in

Row = tuple[str, str]  # the review cell ("#12", or "—" when none) and the subject


class _QueueRows(HTMLParser):
    """The text of each cell of each row of the queue table's body."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._in_body = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tbody":
            self._in_body = True
        elif self._in_body and tag == "tr":
            self.rows.append([])
        elif self._in_body and tag == "td":
            self.rows[-1].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self._in_body = False

    def handle_data(self, data: str) -> None:
        if self._in_body and self.rows and self.rows[-1]:
            self.rows[-1][-1] += data


def _console(web: TestClient, path: str) -> list[Row]:
    rows = _QueueRows(web.get(path).text).rows
    return [(cells[0].strip(), cells[-1].strip()) for cells in rows if len(cells) > 1]


def _rows(items: list[queries.QueueItemPublic]) -> list[Row]:
    return [(f"#{i.review_id}" if i.review_id else "—", i.subject) for i in items]


def _cli(
    settings: Settings, capsys: pytest.CaptureFixture[str], *args: str
) -> list[queries.QueueItemPublic]:
    capsys.readouterr()
    assert run(["--data-dir", str(settings.data_dir), "queue", "--json", *args]) == 0
    return [queries.QueueItemPublic(**i) for i in json.loads(capsys.readouterr().out)]


def test_the_cli_and_the_console_list_the_same_queue(
    web: TestClient, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    everything = _cli(settings, capsys, "--all")
    assert len(everything) > 30
    assert _console(web, "/queue") == _rows(_cli(settings, capsys)) == _rows(everything[:50])
    exceptions = _cli(settings, capsys, "--label", "exception")
    assert _console(web, "/queue?label=deal_exception") == _rows(exceptions)
    assert len(exceptions) > 5


@pytest.mark.parametrize(
    ("query", "narrow"),
    [
        ("owner=RAJ.patel", QueueFilter(owner="RAJ.patel")),
        ("owner=northwindcloud", QueueFilter(owner="northwindcloud")),
        ("q=q-2026-05", QueueFilter(text="q-2026-05")),
        ("q=OPP-1008", QueueFilter(text="OPP-1008")),  # the opportunity id is searched too
        ("q=po&owner=sam", QueueFilter(owner="sam", text="po")),
        ("q=Rückfrage", QueueFilter(text="Rückfrage")),
    ],
)
def test_a_filtered_console_page_is_the_filtered_queue(
    web: TestClient, query: str, narrow: QueueFilter
) -> None:
    assert sign_in(web, Role.SALES_OPS) == 303
    with Session(web.app.state.engine) as session:  # type: ignore[attr-defined]
        expected = queries.list_queue(session, narrow=narrow)
        everything = queries.list_queue(session)
    assert 0 < len(expected) < len(everything)
    assert _console(web, f"/queue?{query}") == _rows(expected)
    assert [i for i in everything if _matches(i, narrow)] == expected


def _matches(item: queries.QueueItemPublic, narrow: QueueFilter) -> bool:
    """The filters' meaning, read off the whole queue: a substring, in any case, of the
    next-action owner, and of the subject and opportunity id."""
    owner = (item.next_action_owner or "").lower()
    searched = f"{item.subject} {item.opportunity_id or ''}".lower()
    return (not narrow.owner or narrow.owner.lower() in owner) and (
        not narrow.text or narrow.text.lower() in searched
    )
