"""The exceptions page's store reads and writes, and the queue's reason filter, on SQLite and
on PostgreSQL (as the least-privilege role): union paging, owner and status filters, the
CRM import's exceptions, and compare-and-set on PO Desk's record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent.errors import ConflictError
from app.exception_desk import Change, apply
from app.store import audit, queries
from app.store.db import make_engine
from app.store.exception_list import ExceptionFilter, find_exception, list_exceptions
from app.store.exceptions import CrmExceptionRow, RecordStatus, upsert_crm_exceptions
from app.store.queue_filter import QueueFilter
from connectors.crm.fake import crm_exception, snapshot
from connectors.crm.model import CrmSnapshot
from tests.app.test_queries import _fill


def _crm(*rows: tuple[str, str, str, date]) -> CrmSnapshot:
    return snapshot(
        exceptions=[
            crm_exception(i, opportunity_id="OPP-1", owner=o, status=s, opened_at=d)
            for i, o, s, d in rows
        ]
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        made = make_engine(f"sqlite:///{tmp_path / 'podesk.db'}")
    else:
        made = make_engine(request.getfixturevalue("pg_url"))
    _fill(made, 12)
    with Session(made) as session:
        first = _crm(
            ("EX-1", "dana@example.com", "open", date(2026, 1, 5)),
            ("EX-2", "raj@example.com", "resolved", date(2026, 1, 6)),
            ("EX-3", "raj@example.com", "open", date(2026, 1, 7)),
        )
        upsert_crm_exceptions(session, snapshot=first)
        session.commit()
    yield made
    made.dispose()


def test_pages_of_the_union_add_up_to_the_whole_list_oldest_first(engine: Engine) -> None:
    with Session(engine) as session:
        every = list_exceptions(session, limit=100)
        pages = [list_exceptions(session, limit=3, offset=o) for o in range(0, 12, 3)]
    assert [i.key for p in pages for i in p] == [i.key for i in every]
    assert [i.key for i in every[:2]] == ["crm:EX-1", "crm:EX-3"]  # the CRM's are older
    mail = [i for i in every if i.source == "mail"]
    # _fill labels every third thread a deal exception (t001, t004, ...), cycle 1 or 2.
    assert sorted(i.ref for i in mail) == ["t001", "t004", "t007", "t010"]
    assert all(i.kind == "exception.cycle1" for i in mail)
    assert [i.since for i in every] == sorted(i.since for i in every)


def test_owner_and_status_filters_and_the_record_that_changes_them(engine: Engine) -> None:
    with Session(engine) as session:
        raj = list_exceptions(session, narrow=ExceptionFilter(owner="RAJ@"))
        assert [i.key for i in raj] == ["crm:EX-3"]
        apply(
            session,
            key="crm:EX-1",
            seen_version=0,
            actor="max@example.com",
            change=Change(verb="assign", owner="Raj@Example.com"),
        )
        apply(
            session,
            key="crm:EX-3",
            seen_version=0,
            actor="max@example.com",
            change=Change(verb="resolve", note="settled"),
        )
        session.commit()
        raj = list_exceptions(session, narrow=ExceptionFilter(owner="raj@"))
        done = list_exceptions(session, narrow=ExceptionFilter(status=RecordStatus.RESOLVED))
        with pytest.raises(ConflictError, match=r"changed by max@example\.com"):
            apply(
                session,
                key="crm:EX-1",
                seen_version=0,
                actor="ann@example.com",
                change=Change(verb="assign", owner="ann@example.com"),
            )
        events = audit.page_events(session, action="exception_assign")
    assert [i.key for i in raj] == ["crm:EX-1"]  # EX-3 is resolved: off the open list
    assert [(i.key, i.note, i.version) for i in done] == [("crm:EX-3", "settled", 1)]
    assert [(e.actor, e.subject, e.detail["owner"]) for e in events] == [
        ("max@example.com", "EX-1", "raj@example.com")
    ]


def test_an_import_without_an_exception_takes_it_off_the_page(engine: Engine) -> None:
    with Session(engine) as session:
        later = _crm(("EX-3", "raj@example.com", "open", date(2026, 1, 7)))
        upsert_crm_exceptions(session, snapshot=later)
        session.commit()
        crm = [i.key for i in list_exceptions(session) if i.source == "crm"]
        gone = session.get(CrmExceptionRow, "EX-1")
    assert crm == ["crm:EX-3"] and gone is not None and not gone.in_export
    with Session(engine) as session:
        assert find_exception(session, key="crm:EX-1") is None


def test_the_queue_filters_by_reason_code(engine: Engine) -> None:
    with Session(engine) as session:
        every = queries.list_queue(session)
        narrow = QueueFilter(reason="exception.cycle2")
        found = queries.list_queue(session, narrow=narrow)
        assert queries.count_queue(session, narrow=narrow) == len(found)
        assert queries.count_queue(session, narrow=QueueFilter(reason="exception.cycle")) == 0
    assert [i.thread_key for i in found] == [
        i.thread_key for i in every if "exception.cycle2" in i.reasons
    ]
    assert len(found) == 3
