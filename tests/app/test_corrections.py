"""Relabel and relink (app/correct.py) against the real workflow, store and sample mailbox:
recorded with its reason, audited, a new review cycle built from it, the old review refused,
and kept by later syncs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from langgraph.graph import END, START, StateGraph
from sqlmodel import Session, col, select

from agent.boundary import check_customer_draft
from agent.errors import InputError, ReviewStateError
from app.correct import correct
from app.decisions import AlreadyDecided, decide_review, draft_fingerprint
from app.settings import Settings
from app.store.corrections import CorrectionKind, CorrectionRow
from app.store.tables import (
    AuditRow,
    ClassificationRow,
    DraftRow,
    MessageRow,
    PacketRow,
    ReviewRow,
    ThreadRow,
    cycle_row,
)
from app.wiring import App, open_app
from cli.demo_run import make_workspace
from graph.checkpointer import memory_checkpointer
from graph.state import PoState

RELABEL, RELINK = CorrectionKind.RELABEL, CorrectionKind.RELINK
RITA = "rita@example.com"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_workspace(tmp_path / "ws")


@pytest.fixture
def app(settings: Settings) -> Iterator[App]:
    with open_app(settings) as running:
        running.runner.sync(running.mailbox, running.crm)
        yield running


def _thread(app: App, label: str, opportunity: str | None = "any") -> ThreadRow:
    with Session(app.engine) as session:
        rows = session.exec(select(ThreadRow).order_by(col(ThreadRow.thread_key))).all()
    return next(
        r
        for r in rows
        if r.label == label
        and ((opportunity == "any" and r.opportunity_id) or r.opportunity_id == opportunity)
    )


def _row(app: App, model: type, key: str, cycle: int) -> object:
    with Session(app.engine) as session:
        return cycle_row(session, model, thread_key=key, cycle=cycle)


def test_relabel_to_exception_is_recorded_and_takes_the_draft_away(app: App) -> None:
    thread = _thread(app, "routine_follow_up")
    old = _row(app, ReviewRow, thread.thread_key, thread.cycle)
    done = correct(
        app.runner,
        thread_key=thread.thread_key,
        kind=RELABEL,
        value="deal_exception",
        reason="asks for net 60 in the PO",
        actor=RITA,
    )
    assert done.cycle == thread.cycle + 1 and done.review_id is not None and done.error is None
    assert (done.before, done.after) == ("routine_follow_up", "deal_exception")
    with Session(app.engine) as session:
        (stored,) = session.exec(select(CorrectionRow)).all()
        assert (stored.thread_key, stored.cycle, stored.kind) == (
            thread.thread_key,
            done.cycle,
            "relabel",
        )
        assert (stored.before, stored.after, stored.actor) == (
            "routine_follow_up",
            "deal_exception",
            RITA,
        )
        assert stored.reason == "asks for net 60 in the PO"
        event = session.exec(select(AuditRow).where(AuditRow.action == "relabelled")).one()
        assert event.actor == RITA and event.subject == thread.thread_key
        assert event.detail["reason"] == "asks for net 60 in the PO"
        assert session.get(ReviewRow, old.id).status == "superseded"  # type: ignore[attr-defined]
        new = session.get(ReviewRow, done.review_id)
        assert new is not None and new.status == "pending" and new.kind == "exception"
        now = session.get(ThreadRow, thread.thread_key)
        assert now is not None and now.label == "deal_exception" and now.cycle == done.cycle
    draft = _row(app, DraftRow, thread.thread_key, done.cycle)
    assert isinstance(draft, DraftRow) and draft.text is None and draft.status == "suppressed"
    packet = _row(app, PacketRow, thread.thread_key, done.cycle)
    assert isinstance(packet, PacketRow)
    assert packet.data["message_boundary"]["customer_reply_allowed"] is False
    assert f"Label set to deal_exception by {RITA}: asks for net 60" in packet.internal_note
    label = _row(app, ClassificationRow, thread.thread_key, done.cycle)
    assert isinstance(label, ClassificationRow) and label.classified_by == "reviewer"


def test_the_superseded_review_cannot_be_decided(app: App, settings: Settings) -> None:
    thread = _thread(app, "routine_follow_up")
    old = _row(app, ReviewRow, thread.thread_key, thread.cycle)
    draft = _row(app, DraftRow, thread.thread_key, thread.cycle)
    assert isinstance(old, ReviewRow) and isinstance(draft, DraftRow) and old.id is not None
    correct(
        app.runner,
        thread_key=thread.thread_key,
        kind=RELABEL,
        value="not_po_related",
        reason="a newsletter",
        actor=RITA,
    )
    with pytest.raises(ReviewStateError, match=f"superseded.*relabelled by {RITA}"):
        app.runner.decide(old.id, {"type": "accept", "reviewer": "sam@example.com"})
    with pytest.raises(AlreadyDecided, match=f"relabelled by {RITA}"):  # the console's 409
        decide_review(
            settings,
            review_id=old.id,
            answer={"type": "accept", "args": None},
            reviewer="sam@example.com",
            seen_draft=draft_fingerprint(draft.text),
        )
    with Session(app.engine) as session:
        assert not session.exec(select(AuditRow).where(AuditRow.action == "draft_saved")).all()


def test_relabel_to_routine_still_passes_the_boundary_and_the_crm_hold(app: App) -> None:
    # OPP-1027 has an open CRM exception (EXC-2003): a routine draft on it is held.
    thread = _thread(app, "deal_exception", "OPP-1027")
    done = correct(
        app.runner,
        thread_key=thread.thread_key,
        kind=RELABEL,
        value="routine_follow_up",
        reason="only sends the PO",
        actor=RITA,
    )
    draft = _row(app, DraftRow, thread.thread_key, done.cycle)
    assert isinstance(draft, DraftRow) and draft.text is not None
    assert draft.status == "held" and "open_exception:EXC-2003" in draft.suppression_reasons
    assert check_customer_draft(draft.text).allowed


def test_relink_to_another_deal_and_to_none(app: App) -> None:
    thread = _thread(app, "routine_follow_up")
    other = "OPP-1001" if thread.opportunity_id != "OPP-1001" else "OPP-1002"
    done = correct(
        app.runner,
        thread_key=thread.thread_key,
        kind=RELINK,
        value=other,
        reason="their other PO",
        actor=RITA,
    )
    label = _row(app, ClassificationRow, thread.thread_key, done.cycle)
    assert isinstance(label, ClassificationRow)
    assert (label.opportunity_id, label.link_method) == (other, "reviewer")
    with Session(app.engine) as session:
        assert (
            session.exec(select(AuditRow).where(AuditRow.action == "relinked")).one().actor == RITA
        )
    unlinked = correct(
        app.runner,
        thread_key=thread.thread_key,
        kind=RELINK,
        value="none",
        reason="no deal of ours",
        actor=RITA,
    )
    assert (unlinked.before, unlinked.after) == (other, None)
    draft = _row(app, DraftRow, thread.thread_key, unlinked.cycle)
    assert isinstance(draft, DraftRow) and draft.text is None  # unlinked: no customer reply
    with Session(app.engine) as session:
        assert session.get(ThreadRow, thread.thread_key).opportunity_id is None  # type: ignore[union-attr]


BAD = [
    (RELABEL, "deal_exception", "   ", "needs a reason"),
    (RELABEL, "routine_follow_up", "same", "already routine_follow_up"),
    (RELABEL, "urgent", "why", "not a label"),
    (RELINK, "OPP-9999", "why", "unknown opportunity"),
    (RELINK, "OPP-1017", "why", "not closed-won"),  # Closed Lost in the sample CRM
]


def test_bad_corrections_change_nothing(app: App) -> None:
    thread = _thread(app, "routine_follow_up")
    for kind, value, reason, error in BAD:
        with pytest.raises(InputError, match=error):
            correct(
                app.runner,
                thread_key=thread.thread_key,
                kind=kind,
                value=value,
                reason=reason,
                actor=RITA,
            )
    with Session(app.engine) as session:
        assert session.get(ThreadRow, thread.thread_key).cycle == thread.cycle  # type: ignore[union-attr]
        assert not session.exec(select(CorrectionRow)).all()
        review = cycle_row(session, ReviewRow, thread_key=thread.thread_key, cycle=thread.cycle)
        assert review is not None and review.status == "pending"


def _reply(app: App, settings: Settings, thread: ThreadRow, body: str, n: int) -> None:
    with Session(app.engine) as session:
        last = session.exec(
            select(MessageRow)
            .where(MessageRow.thread_key == thread.thread_key)
            .order_by(col(MessageRow.sent_at).desc())
        ).first()
    assert last is not None and settings.mailbox is not None
    (Path(str(settings.mailbox)) / f"zz-reply-{n}.eml").write_text(
        f"From: {last.sender}\nTo: orders@northwindcloud.example\n"
        f"Subject: Re: {thread.subject}\nMessage-ID: <reply-{n}@corrections.example>\n"
        f"In-Reply-To: <{last.message_id}>\nReferences: <{last.message_id}>\n"
        f"Date: Fri, 10 Apr 2026 1{n}:00:00 +0000\n\n{body}\n",
        encoding="utf-8",
    )


def test_new_mail_keeps_the_correction(app: App, settings: Settings) -> None:
    thread = _thread(app, "routine_follow_up")
    done = correct(
        app.runner,
        thread_key=thread.thread_key,
        kind=RELABEL,
        value="deal_exception",
        reason="asks for net 60",
        actor=RITA,
    )
    _reply(app, settings, thread, "Any news on this?", 0)
    report = app.runner.sync(app.mailbox, app.crm)
    assert report.cycles_run == 1
    with Session(app.engine) as session:
        now = session.get(ThreadRow, thread.thread_key)
        assert now is not None and now.cycle == done.cycle + 1 and now.label == "deal_exception"
        assert session.get(ReviewRow, done.review_id).status == "superseded"  # type: ignore[union-attr]
    packet = _row(app, PacketRow, thread.thread_key, done.cycle + 1)
    assert isinstance(packet, PacketRow) and "asks for net 60" in packet.internal_note


def test_a_downgrade_covers_only_the_mail_its_person_read(app: App, settings: Settings) -> None:
    """Relabelled to routine, then new mail: where the rules still find a deal exception it
    stands again (new mail may bring a new one), with the person's reason in the note."""
    thread = _thread(app, "deal_exception", "OPP-1027")
    done = correct(
        app.runner,
        thread_key=thread.thread_key,
        kind=RELABEL,
        value="routine_follow_up",
        reason="only sends the PO",
        actor=RITA,
    )
    with Session(app.engine) as session:
        row = session.exec(select(CorrectionRow)).one()
        stored = session.exec(
            select(MessageRow).where(MessageRow.thread_key == thread.thread_key)
        ).all()
    assert row.messages_seen == len(stored) > 0
    with Session(app.engine) as session:
        assert session.get(ThreadRow, thread.thread_key).label == "routine_follow_up"  # type: ignore[union-attr]
    _reply(app, settings, thread, "Also, we can only pay 90 days net, not 30 as quoted.", 1)
    assert app.runner.sync(app.mailbox, app.crm).cycles_run == 1
    with Session(app.engine) as session:
        now = session.get(ThreadRow, thread.thread_key)
        assert now is not None and now.cycle == done.cycle + 1
        assert now.label == "deal_exception"  # the new mail is read afresh
    draft = _row(app, DraftRow, thread.thread_key, done.cycle + 1)
    assert not isinstance(draft, DraftRow) or draft.status != "pending_review"


def _exploding(state: PoState) -> dict[str, object]:
    raise RuntimeError("died before the review")


def test_a_correction_whose_cycle_did_not_run_is_run_by_the_next_sync(app: App) -> None:
    broken = StateGraph(PoState)
    broken.add_node("link", _exploding)
    broken.add_edge(START, "link")
    broken.add_edge("link", END)
    runner = replace(app.runner, workflow=broken.compile(checkpointer=memory_checkpointer()))
    thread = _thread(app, "routine_follow_up")
    done = correct(
        runner,
        thread_key=thread.thread_key,
        kind=RELABEL,
        value="deal_exception",
        reason="asks for net 60",
        actor=RITA,
    )
    assert done.review_id is None and done.error is not None and "died" in done.error
    with pytest.raises(ReviewStateError, match="not reached the review"):  # one at a time
        correct(
            app.runner,
            thread_key=thread.thread_key,
            kind=RELABEL,
            value="not_po_related",
            reason="x",
            actor=RITA,
        )
    app.runner.sync(app.mailbox, app.crm)
    with Session(app.engine) as session:
        now = session.get(ThreadRow, thread.thread_key)
        assert now is not None and now.status == "pending_review" and now.label == "deal_exception"
        review = cycle_row(session, ReviewRow, thread_key=thread.thread_key, cycle=done.cycle)
        assert review is not None and review.status == "pending"
