"""A deal exception found in one conversation holds the routine reply waiting in another.

In the sample mailbox the Contoso deal (OPP-1001) has a routine PO thread and, in a new
conversation, a mail asking to change the remittance details (a deal exception). The CRM
export has no open exception on that deal: only the mail says something is wrong.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from app.exception_desk import Change, apply
from app.store.db import make_engine
from app.store.exception_list import find_exception
from app.store.tables import AuditRow
from tests.cli.conftest import Cli

PO = "Contoso Corp - Purchase Order 4500012871"
REMITTANCE = "Urgent: remittance details needed"
MANAGER = "boss@example.com"


def review_of(cli: Cli, subject: str) -> dict[str, Any]:
    listed = next(r for r in cli.json("review", "list") if subject in r["subject"])
    return cli.json("review", "show", str(listed["id"]))  # type: ignore[no-any-return]


def db(workspace: Path) -> str:
    return f"sqlite:///{workspace / 'data' / 'podesk.db'}"


def audit(workspace: Path, action: str) -> list[AuditRow]:
    with Session(make_engine(db(workspace))) as session:
        return list(session.exec(select(AuditRow).where(AuditRow.action == action)).all())


def test_the_routine_reply_is_held_by_the_exception_in_the_other_conversation(
    workspace: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.json("sync")
    exception = review_of(cli, REMITTANCE)
    assert exception["label"] == "deal_exception" and exception["kind"] == "exception"
    po = review_of(cli, PO)
    assert po["label"] == "routine_follow_up"  # its own mail is routine: the label stays
    assert po["draft_status"] == "held" and po["draft_text"]
    assert po["suppression_reasons"] == [f"open_exception:review:{exception['id']}"]
    (listed,) = po["packet"]["open_exceptions"]
    assert listed["source"].startswith("thread:") and "suspicious" in listed["kind"]
    assert "Open exception found in mail" in po["internal_note"]
    refused = cli("review", "accept", str(po["id"]), "--reviewer", "rita@example.com", code=1)
    assert "held (open_exception:review:" in " ".join(refused.split())
    assert review_of(cli, PO)["status"] == "pending"
    monkeypatch.setenv("PODESK_MANAGERS", MANAGER)
    done = cli.json("review", "accept", str(po["id"]), "--reviewer", MANAGER)
    assert done["draft_status"] == "saved"


def test_resolving_the_exception_releases_the_reply_at_the_next_sync(
    workspace: Path, cli: Cli
) -> None:
    cli.json("sync")
    exception = review_of(cli, REMITTANCE)
    key = f"review:{exception['id']}"
    with Session(make_engine(db(workspace))) as session:
        item = find_exception(session, key=key)
        assert item is not None
        change = Change("resolve", note="called Contoso: the mail was not theirs")
        apply(session, key=key, seen_version=item.version, actor=MANAGER, change=change)
        session.commit()
    report = cli.json("sync")
    assert report["holds_changed"] == 1 and report["cycles_run"] == 0
    po = review_of(cli, PO)
    assert po["draft_status"] == "pending_review" and po["suppression_reasons"] == []
    (released,) = audit(workspace, "draft_released")
    assert released.detail["was_held_by"] == [f"open_exception:{key}"]
    assert released.actor == "mail"  # another thread's exception, resolved in the console
    done = cli.json("review", "accept", str(po["id"]), "--reviewer", "rita@example.com")
    assert done["draft_status"] == "saved"


def test_an_exception_that_arrives_later_holds_a_reply_already_waiting(
    workspace: Path, cli: Cli
) -> None:
    inbox = workspace / "mailbox"
    (mail,) = inbox.rglob("*contoso-remittance.eml")
    aside = workspace / "later.eml"
    shutil.move(mail, aside)
    cli.json("sync")
    assert review_of(cli, PO)["draft_status"] == "pending_review"
    shutil.move(aside, mail)
    report = cli.json("sync")
    assert report["holds_changed"] == 1
    po = review_of(cli, PO)
    assert po["draft_status"] == "held"
    (held,) = [e for e in audit(workspace, "draft_held") if e.subject == po["thread_key"]]
    assert held.actor == "mail" and held.detail["from"] == "pending_review"
