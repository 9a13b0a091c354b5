"""Two reviewers deciding one review at the same moment: one decision, the other told who."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlmodel import Session, select

from agent.errors import ReviewStateError
from app.store.tables import AuditRow, LedgerRow, ReviewRow
from app.wiring import open_app
from cli.demo_run import make_workspace


def test_two_decisions_at_once_make_one_draft_and_the_loser_learns_who_won(
    tmp_path: Path,
) -> None:
    settings = make_workspace(tmp_path)
    with open_app(settings) as app:
        app.runner.sync(app.mailbox, app.crm)
        with Session(app.engine) as session:
            review = session.exec(
                select(ReviewRow).where(
                    ReviewRow.kind == "customer_draft", ReviewRow.status == "pending"
                )
            ).first()
        assert review is not None and review.id is not None
        start, outcomes = threading.Barrier(2), {}

        def decide(reviewer: str) -> None:
            start.wait()
            try:
                app.runner.decide(review.id, {"type": "accept", "reviewer": reviewer})  # type: ignore[arg-type]
                outcomes[reviewer] = "won"
            except ReviewStateError as exc:
                outcomes[reviewer] = str(exc)

        threads = [
            threading.Thread(target=decide, args=(r,)) for r in ("ana@x.example", "bo@x.example")
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        (winner,) = [r for r, o in outcomes.items() if o == "won"]
        (loser,) = [o for o in outcomes.values() if o != "won"]
        assert "not pending" in loser and f"accept by {winner} at" in loser
        with Session(app.engine) as session:
            assert len(session.exec(select(LedgerRow)).all()) == 1
            saved = session.exec(select(AuditRow).where(AuditRow.action == "draft_saved")).all()
            assert [e.actor for e in saved] == [winner]
    assert len(list((tmp_path / "mailbox" / "Drafts").glob("*.eml"))) == 1
