"""The CLI against a real workspace: sample mailbox folder, CSV export, SQLite files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

ROOT = Path(__file__).resolve().parents[2]


def test_sync_is_idempotent_and_fills_the_queue(workspace: Path, cli: Cli) -> None:
    first = cli.json("sync")
    assert first["cycles_run"] == first["threads"] > 30
    assert set(first["labels"]) == {"routine_follow_up", "deal_exception", "not_po_related"}
    again = cli.json("sync")
    assert again["cycles_run"] == 0 and again["quarantined_new"] == 0
    queue = cli.json("queue")
    assert len(queue) == first["threads"]
    exceptions = cli.json("queue", "--label", "deal_exception")
    assert exceptions and all(i["label"] == "deal_exception" for i in exceptions)
    assert all(i["draft_status"] == "suppressed" for i in exceptions)


def test_new_message_in_known_thread_starts_a_new_cycle(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    reviews = cli.json("review", "list")
    target = next(r for r in reviews if r["kind"] == "customer_draft")
    show = cli.json("review", "show", str(target["id"]))
    mailbox = workspace / "mailbox"
    message_id = _latest_message_id(show["thread_key"], workspace)
    (mailbox / "zz-follow-up.eml").write_text(
        "From: someone@elsewhere.example\nTo: orders@northwindcloud.example\n"
        f"Subject: Re: {target['subject']}\nMessage-ID: <follow-up-1@elsewhere.example>\n"
        f"In-Reply-To: <{message_id}>\nReferences: <{message_id}>\n"
        "Date: Fri, 10 Apr 2026 10:00:00 +0000\n\nAny news on this?\n",
        encoding="utf-8",
    )
    report = cli.json("sync")
    assert report["cycles_run"] == 1
    after = {r["id"]: r for r in cli.json("review", "list", "--all")}
    assert after[target["id"]]["status"] == "superseded"
    newest = [r for r in after.values() if r["thread_key"] == show["thread_key"]]
    assert sorted(r["cycle"] for r in newest) == [1, 2]


def _latest_message_id(thread_key: str, workspace: Path) -> str:
    from sqlmodel import Session, col, select

    from app.store.db import make_engine
    from app.store.tables import MessageRow

    engine = make_engine(f"sqlite:///{workspace / 'data' / 'podesk.db'}")
    with Session(engine) as session:
        rows = session.exec(
            select(MessageRow)
            .where(MessageRow.thread_key == thread_key)
            .order_by(col(MessageRow.sent_at))
        ).all()
        return rows[-1].message_id


def test_review_accept_saves_an_eml_draft_and_records_the_reviewer(
    workspace: Path, cli: Cli
) -> None:
    cli.json("sync")
    review = next(r for r in cli.json("review", "list") if r["kind"] == "customer_draft")
    detail = cli.json("review", "accept", str(review["id"]), "--reviewer", "rita@example.com")
    assert detail["status"] == "decided" and detail["reviewer"] == "rita@example.com"
    assert detail["draft_status"] == "saved"
    saved = Path(detail["saved_location"])
    assert saved.parent == workspace / "mailbox" / "Drafts" and saved.exists()
    assert "X-PODesk-Idempotency-Key" in saved.read_text()
    out = cli("review", "accept", str(review["id"]), "--reviewer", "rita@example.com", code=1)
    assert "not pending" in out and "accept by rita@example.com at" in " ".join(out.split())
    assert len(list(saved.parent.glob("*.eml"))) == 1


def test_review_edit_respond_ignore(
    workspace: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PODESK_REVIEWER", "rita@example.com")  # instead of --reviewer
    cli.json("sync")
    ids = [r["id"] for r in cli.json("review", "list") if r["kind"] == "customer_draft"][:3]
    before = cli.json("review", "show", str(ids[0]))
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "Thanks for the PO.\nWe accept your order and will deliver on 3 May 2026.", "utf-8"
    )
    out = " ".join(cli("review", "edit", str(ids[0]), "--text-file", str(bad), code=1).split())
    assert "'We accept your order and will deliver on 3 May 2026.'" in out and "refused" in out
    assert "accepts or confirms the order" in out and "Thanks for the PO" not in out
    after = cli.json("review", "show", str(ids[0]))
    assert after["status"] == "pending" and after["draft_status"] == before["draft_status"]
    assert after["draft_text"] == before["draft_text"]  # the previous draft, unchanged
    good = tmp_path / "good.txt"
    good.write_text("Hello,\n\nThank you for the PO.\n\nBest regards", encoding="utf-8")
    edited = cli.json("review", "edit", str(ids[0]), "--text-file", str(good))
    assert edited["draft_status"] == "saved"
    feedback = "don't mention that finance has not approved the discount"
    responded = cli.json("review", "respond", str(ids[1]), "--message", feedback)
    assert responded["status"] == "pending" and responded["draft_text"]
    for word in ("finance", "approved", "discount"):
        assert word not in responded["draft_text"].lower()
    assert feedback in responded["internal_note"]  # kept for people, never sent
    ignored = cli.json("review", "ignore", str(ids[2]))
    assert ignored["status"] == "decided" and ignored["draft_status"] == "ignored"


def test_accepting_a_review_without_a_customer_draft_says_so(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    review = next(r for r in cli.json("review", "list") if r["kind"] == "exception")
    out = cli("review", "accept", str(review["id"]), "--reviewer", "rita@example.com")
    assert "no customer draft" in out and "nothing was saved" in out
    assert not (workspace / "mailbox" / "Drafts").exists()


def test_packet_shows_sources(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    linked = next(i for i in cli.json("queue") if i["opportunity_id"])
    packets = cli.json("packet", linked["opportunity_id"])["packets"]
    packet = packets[0]
    assert packet["contract_status"]["source"].startswith("opportunities.csv:")
    assert packet["opportunity_id"]["value"] == linked["opportunity_id"]
    assert "Packet" in cli("packet", linked["opportunity_id"])
    assert "no packet" in cli("packet", "OPP-NOPE", code=1)


def test_quarantine_lists_bad_files(workspace: Path, cli: Cli) -> None:
    (workspace / "mailbox" / "empty.eml").write_bytes(b"")
    (workspace / "mailbox" / "junk.eml").write_bytes(bytes(range(256)) * 10)
    cli.json("sync")
    quarantined = cli.json("queue", "--quarantined")
    assert {q["source"] for q in quarantined} >= {"empty.eml", "junk.eml"}
    assert all(q["reason"] for q in quarantined)
    cli.json("sync")
    assert len(cli.json("queue", "--quarantined")) == len(quarantined)


def test_missing_configuration_is_a_clear_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cli", "sync"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PODESK_DATA_DIR": str(tmp_path)},
    )
    assert proc.returncode == 2
    assert "PODESK_MAILBOX" in proc.stderr


def test_bad_crm_row_names_file_line_and_column(workspace: Path, cli: Cli) -> None:
    opps = workspace / "crm" / "opportunities.csv"
    lines = opps.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[2].split(",")
    cells[header.index("amount")] = "lots"
    lines[2] = ",".join(cells)
    opps.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = cli("sync", code=1)
    assert "opportunities.csv" in out and "line 3" in out and "amount" in out


def test_demo_runs_offline_and_exits_zero(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cli", "demo"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "120"},
    )
    assert proc.returncode == 0, proc.stderr
    for expected in (
        "Classification queue",
        "Exception queue",
        "review(s) pending",
        "Saved draft (.eml, never sent)",
        "X-PODesk-Idempotency-Key",
    ):
        assert expected in proc.stdout


def test_demo_through_the_graph_and_model_sandboxes(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cli", "demo", "--outlook-sandbox", "--model-sandbox"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "120", "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    for expected in (
        "Graph sandbox https://127.0.0.1",
        "model: loopback sandbox",
        "isDraft: True",
        "send requests: 0",
    ):
        assert expected in proc.stdout


def test_check_draft_exit_codes(tmp_path: Path, cli: Cli) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("We confirm your order and will go live on 2026-03-03.", encoding="utf-8")
    out = cli("check-draft", "--text-file", str(bad), "--json", code=1)
    assert '"allowed": false' in out and "2026-03-03" in out
    good = tmp_path / "good.txt"
    good.write_text("Hello,\n\nCould you send the billing entity?\n\nBest regards", "utf-8")
    assert '"allowed": true' in cli("check-draft", "--text-file", str(good), "--json")


def test_triage_with_a_model_adds_draft_and_call_counts(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sandboxes.model import ModelSandbox

    sample = ROOT / "agent" / "sample_data"
    with ModelSandbox("cooperative") as sandbox:
        monkeypatch.setenv("PODESK_LLM_BASE_URL", sandbox.base_url)
        monkeypatch.setenv("PODESK_LLM_MODEL", "sandbox-model")
        out = cli("triage", "--mailbox", str(sample / "mailbox"), "--crm", str(sample / "crm"))
    lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    assert len(lines) == 47
    assert all("customer_draft" in x and "model_calls" in x for x in lines)
    assert sum(x["model_calls"] for x in lines) > 0
    rules = cli(
        "triage", "--mailbox", str(sample / "mailbox"), "--crm", str(sample / "crm"), "--no-llm"
    )
    assert "model_calls" not in rules


def test_a_decision_names_its_reviewer_never_the_os_account(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    review = next(r for r in cli.json("review", "list") if r["kind"] == "customer_draft")
    out = " ".join(cli("review", "accept", str(review["id"]), code=2).split())
    assert "--reviewer" in out and "PODESK_REVIEWER" in out
    assert cli.json("review", "show", str(review["id"]))["status"] == "pending"


def test_label_filters_take_the_words_the_table_prints(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    full = cli.json("queue", "--label", "deal_exception")
    assert full and cli.json("queue", "--label", "exception") == full
    assert cli.json("queue", "--label", "Routine") == cli.json(
        "queue", "--label", "routine_follow_up"
    )
    out = " ".join(cli("queue", "--label", "urgent", code=2).split())
    assert "exception" in out and "routine" in out


def test_lists_show_each_items_age_and_wide_shows_subjects_whole(workspace: Path, cli: Cli) -> None:
    cli.json("sync")
    longest = max((i["subject"] for i in cli.json("queue")), key=len)
    assert len(longest) > 48  # the sample mailbox has a subject the table must cut
    narrow, wide = cli("queue"), cli("queue", "--wide")
    assert "age" in narrow and "0m" in narrow
    # (rich folds long cells over several lines, so look for the cut, not the whole text)
    assert "…" in narrow and "…" not in wide
    assert "age" in cli("review", "list")


def test_age_reads_minutes_hours_and_days() -> None:
    from datetime import UTC, datetime, timedelta

    from cli.output import age

    now = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    assert age(now - timedelta(minutes=5), now) == "5m"
    assert age(now - timedelta(hours=5), now) == "5h"
    assert age((now - timedelta(days=3)).replace(tzinfo=None), now) == "3d"  # stored naive
    assert age(None, now) == ""
