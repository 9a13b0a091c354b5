"""Each sync looks at what became of the saved drafts: the store keeps the fate and since
when, and the audit log tells a draft sent or deleted once (real workflow, folder mailbox,
SQLite file)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, col, select

from app.draft_watch import watch_drafts
from app.settings import Settings
from app.store import queries
from app.store.db import make_engine
from app.store.draft_fates import drafts_to_check
from app.store.tables import AuditRow, DraftRow
from app.wiring import open_app
from cli.demo_run import make_workspace
from cli.review_cmd import decide
from connectors.ports import DraftFate
from connectors.redact import PATTERNS_ONLY

FATE_ACTIONS = ("draft_sent", "draft_deleted", "draft_draft")


def sync(settings: Settings) -> tuple[int, str | None]:
    with open_app(settings) as podesk:
        report = podesk.runner.sync(podesk.mailbox, podesk.crm)
        assert not report.failed
        return report.drafts_changed, report.drafts_error


def saved_drafts(settings: Settings) -> list[DraftRow]:
    engine = make_engine(settings.resolved_database_url)
    with Session(engine) as session:
        rows = session.exec(select(DraftRow).where(col(DraftRow.location).is_not(None)))
        return sorted(rows.all(), key=lambda r: r.id or 0)


def fate_events(settings: Settings) -> list[tuple[str, str]]:
    engine = make_engine(settings.resolved_database_url)
    with Session(engine) as session:
        rows = session.exec(select(AuditRow).where(col(AuditRow.action).in_(FATE_ACTIONS)))
        return [(r.action, r.subject) for r in rows]


def accept_two(settings: Settings) -> list[DraftRow]:
    engine = make_engine(settings.resolved_database_url)
    with Session(engine) as session:
        drafts = {d.thread_key: d.status for d in session.exec(select(DraftRow)).all()}
        reviews = [
            r
            for r in queries.list_reviews(session)
            if r.kind == "customer_draft" and drafts.get(r.thread_key) == "pending_review"
        ][:2]  # a held draft (its deal has an open exception) is not rita's to accept
    for review in reviews:
        decide(settings, review.id, {"type": "accept"}, "rita")
    drafts = saved_drafts(settings)
    assert len(drafts) == 2 and all(d.fate is None for d in drafts)
    return drafts


def test_a_sync_sees_drafts_sent_and_deleted_and_audits_each_once(tmp_path: Path) -> None:
    settings = make_workspace(tmp_path)
    assert sync(settings) == (0, None)  # no saved draft yet: nothing to look at
    sent, deleted = accept_two(settings)

    assert sync(settings) == (0, None)
    assert [d.fate for d in saved_drafts(settings)] == [DraftFate.DRAFT, DraftFate.DRAFT]
    assert fate_events(settings) == []  # still what it was saved as: nothing to tell

    assert settings.mailbox_path is not None
    outbox = settings.mailbox_path / "Sent"
    outbox.mkdir(exist_ok=True)
    Path(str(sent.location)).rename(outbox / "sent-by-deal-desk.eml")
    Path(str(deleted.location)).unlink()
    assert sync(settings) == (2, None)
    after = saved_drafts(settings)
    assert [d.fate for d in after] == [DraftFate.SENT, DraftFate.DELETED]
    assert all(d.fate_at is not None for d in after)
    expected = [("draft_sent", sent.thread_key), ("draft_deleted", deleted.thread_key)]
    assert sorted(fate_events(settings)) == sorted(expected)

    assert sync(settings) == (0, None)  # settled: not looked at again, not audited again
    assert sorted(fate_events(settings)) == sorted(expected)


def test_each_look_takes_the_longest_unseen_first(tmp_path: Path) -> None:
    settings = make_workspace(tmp_path)
    sync(settings)
    first, second = accept_two(settings)
    engine = make_engine(settings.resolved_database_url)
    with open_app(settings) as podesk:
        sink = podesk.runner.context.drafts
        assert watch_drafts(engine, sink, PATTERNS_ONLY, limit=1) == (0, None)
        with Session(engine) as session:
            # The one looked at goes to the back; the other is next.
            [due] = drafts_to_check(session, limit=1)
            assert due.idempotency_key == second.idempotency_key
        watch_drafts(engine, sink, PATTERNS_ONLY, limit=1)
        with Session(engine) as session:
            [due] = drafts_to_check(session, limit=1)
            assert due.idempotency_key == first.idempotency_key
