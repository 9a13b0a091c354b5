"""Checkpoints stay small whatever the thread's length, and a cycle that is over keeps one.

Real parts only: the Runner `podesk sync` builds (open_app), the store and the checkpointer
on SQLite files and on PostgreSQL as the least-privilege role; the bytes are read off the
checkpoint tables by triggers (benchmarks/checkpoint_bytes.py), every row and column.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from sqlmodel import Session, select

from app.settings import Settings
from app.store.tables import MessageRow, ReviewRow, ThreadRow
from app.store.threads import StoreThreads
from app.wiring import App, open_app
from benchmarks import checkpoint_bytes, synthetic
from connectors.crm import fake as crm
from connectors.mailbox import build_threads
from connectors.mailbox.fake import InMemoryMailbox
from connectors.mailbox.model import Address, MailMessage, ThreadRef
from graph.builder import graph_thread_id, run_config
from graph.checkpointer import serializer
from graph.state import PoState
from tests.builders import message
from tests.leaks import data_files

CUSTOMER = Address(name="Buyer 7", email="buyer@customer7.example")  # OPP-10007's buyer
US = Address(name="Order Operations", email="orders@northwindcloud.example")
LIMIT = 64 * 1024


def long_thread(n: int, *, every: int = 20) -> list[MailMessage]:
    """A thread of ``n`` messages on one deal, routine PO mail: the customer writes every
    ``every``-th one, we answer the rest; the last one is the customer's."""
    root, t0 = "long-0@customer7.example", datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    mail = []
    for k in range(n):
        theirs = k % every == 0 or k == n - 1
        text = (
            f"Hi team,\n\nupdate {k} on PO 4500012345 for quote Q-2026-00007.\n\nBuyer 7"
            if theirs
            else f"Thanks, noted ({k}); our deal desk will come back to you."
        )
        mail.append(
            MailMessage(
                message_id=root if k == 0 else f"long-{k}@customer7.example",
                in_reply_to=None if k == 0 else root,
                references=() if k == 0 else (root,),
                subject="PO 4500012345 for quote Q-2026-00007" if k == 0 else "RE: PO 4500012345",
                sender=CUSTOMER if theirs else US,
                to=(US,) if theirs else (CUSTOMER,),
                date=t0 + timedelta(minutes=k),
                body_text=text,
                new_text=text,
                folder="inbox" if theirs else "sent",
                source=f"long-{k}.eml",
            )
        )
    return mail


@contextmanager
def app(root: Path, db: str | None = None) -> Iterator[App]:
    (root / "mailbox").mkdir(exist_ok=True)
    crm.write_export(synthetic.snapshot(), root / "crm")
    settings = Settings(
        mailbox=str(root / "mailbox"),
        crm_dir=root / "crm",
        data_dir=root / "data",
        database_url=db,
        reviewer="rita",
    )
    with open_app(settings) as running:
        yield running


def two_cycles_to_the_end(running: App, mail: list[MailMessage]) -> str:
    """Cycle 1 on all but the last message, to its review; cycle 2 on one more customer
    message, synced and accepted: over. Returns the thread's key."""
    for count in (len(mail) - 1, len(mail)):
        report = running.runner.sync(InMemoryMailbox(mail[:count]), running.crm)
        assert report.cycles_run == 1 and not report.failed, report
    with Session(running.engine) as session:
        review = session.exec(select(ReviewRow).where(ReviewRow.cycle == 2)).one()
    assert review.id is not None
    assert running.runner.decide(review.id, {"type": "accept"}).status == "decided"
    return review.thread_key


def test_a_2000_message_threads_cycle_writes_at_most_64_kb(tmp_path: Path) -> None:
    mail = long_thread(2001)
    with app(tmp_path) as running:
        conn: sqlite3.Connection = running.runner.workflow.checkpointer.conn  # type: ignore[union-attr]
        checkpoint_bytes.install_sqlite_meter(conn)
        key = two_cycles_to_the_end(running, mail)
        written = checkpoint_bytes.sqlite_written(conn, graph_thread_id(key, 2))
        kept = checkpoint_bytes.sqlite_kept(conn, graph_thread_id(key, 2))
        state = PoState(**running.runner.workflow.get_state(run_config(key, 2)).values)
    assert 0 < kept < written <= LIMIT, (kept, written)
    # No message text in any checkpoint row, live or pruned (inflated where deflated).
    files = data_files(tmp_path / "data")
    stored = b"".join(v for k, v in files.items() if "checkpoints.sqlite" in k)
    assert stored  # the file and its WAL
    for marker in ("noted (1001)", "noted (1999)", "update 1000 ", "update 20 "):
        assert marker.encode() in b"".join(m.body_text.encode() for m in mail)
        assert marker.encode() not in stored, marker
    assert isinstance(state.thread, ThreadRef) and state.thread.message_count == 2001
    assert state.saved is not None  # the cycle ran to its end: a draft for the reviewer


def test_a_cycle_that_is_over_keeps_only_its_latest_checkpoint(tmp_path: Path) -> None:
    mail = long_thread(61)
    with app(tmp_path) as running:
        key = two_cycles_to_the_end(running, mail)
        rows = checkpoint_rows(running.runner.workflow.checkpointer.conn, key)  # type: ignore[union-attr]
        workflow = running.runner.workflow
        stages = [workflow.get_state(run_config(key, c)) for c in (1, 2)]
    # Cycle 1 was superseded at its review, cycle 2 finished: one checkpoint each, no
    # writes but the kept one's (the interrupt of the superseded review), no parent left.
    for cycle in (1, 2):
        (kept,) = rows[cycle]["checkpoints"]
        assert set(rows[cycle]["writes"]) <= {kept} and rows[cycle]["parents"] == [None]
    assert rows[1]["writes"] and not rows[2]["writes"]
    assert stages[0].interrupts and not stages[1].next and stages[1].values["recorded"]


def checkpoint_rows(conn: sqlite3.Connection, key: str) -> dict[int, dict[str, list[Any]]]:
    found: dict[int, dict[str, list[Any]]] = {}
    for cycle in (1, 2):
        tid = graph_thread_id(key, cycle)
        found[cycle] = {
            "checkpoints": [
                r[0]
                for r in conn.execute(
                    "SELECT checkpoint_id FROM checkpoints WHERE thread_id = ?", (tid,)
                )
            ],
            "parents": [
                r[0]
                for r in conn.execute(
                    "SELECT parent_checkpoint_id FROM checkpoints WHERE thread_id = ?", (tid,)
                )
            ],
            "writes": [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT checkpoint_id FROM writes WHERE thread_id = ?", (tid,)
                )
            ],
        }
    return found


def test_on_postgresql_as_the_app_role_a_long_cycle_is_small_and_pruned(
    tmp_path: Path, pg_url: str, pg_owner_url: str
) -> None:
    import psycopg

    with psycopg.connect(pg_owner_url, autocommit=True) as owner:
        checkpoint_bytes.install_postgres_meter(owner)
    mail = long_thread(2001)
    with app(tmp_path, pg_url) as running:
        key = two_cycles_to_the_end(running, mail)
    with psycopg.connect(pg_owner_url, autocommit=True) as owner:
        tid = graph_thread_id(key, 2)
        written = checkpoint_bytes.postgres_written(owner, tid)
        kept = checkpoint_bytes.postgres_kept(owner, tid)
        counts = {
            table: owner.execute(
                f"SELECT count(*) FROM {table} WHERE thread_id = %s", (tid,)
            ).fetchone()[0]  # type: ignore[index]
            for table in checkpoint_bytes.POSTGRES_TABLES
        }
    assert 0 < kept < written <= LIMIT, (kept, written)
    # The app role pruned it: one checkpoint, no writes, only the blobs it names.
    assert counts["checkpoints"] == 1 and counts["checkpoint_writes"] == 0
    assert 0 < counts["checkpoint_blobs"] <= 14  # at most one per state field


def shapes() -> dict[str, tuple[list[list[MailMessage]], list[MailMessage]]]:
    """Mailbox reads, one per sync (each the whole mailbox), and the thread the last cycle
    of the first message's thread ran on."""
    a = message("Please find our PO 4500012345 attached.", n=0, message_id="a@acme.example")
    x = message("Our VAT ID is DE136695976.", n=1, message_id="x@acme.example", subject="VAT")
    b = reply("And the W-9, please?", 2, "b@acme.example", to=("a@acme.example",))
    ours = reply("Noted, thanks.", 3, "c@vendor.example", to=("a@acme.example",), ours=True)
    c = reply("Any news on the order?", 4, "d@acme.example", to=("a@acme.example",))
    m = reply("Both, together.", 5, "m@acme.example", to=("a@acme.example", "x@acme.example"))
    return {
        "as planned": ([[a, b]], [a, b]),
        "our reply stored later": ([[a, b], [a, b, ours]], [a, b]),
        "a file deleted": ([[a, b], [a, c]], [a, c]),
        "two threads merged": ([[a], [a, x], [a, x, m]], [a, x, m]),
    }


def reply(text: str, n: int, mid: str, *, to: tuple[str, ...], ours: bool = False) -> MailMessage:
    sender, folder = ("orders@vendor.example", "sent") if ours else ("buyer@acme.example", "inbox")
    return message(
        text,
        n=n,
        message_id=mid,
        in_reply_to=to[-1],
        references=to,
        sender=sender,
        folder=folder,
        subject="Re: PO for our order",
    )


@pytest.mark.parametrize("shape", list(shapes()))
def test_the_store_gives_a_cycle_back_the_thread_it_started_with(
    tmp_path: Path, shape: str
) -> None:
    reads, planned = shapes()[shape]
    with app(tmp_path) as running:
        for read in reads:
            assert not running.runner.sync(InMemoryMailbox(read), running.crm).failed
        key = build_threads(reads[0])[0].thread_key
        with Session(running.engine) as session:
            row = session.get(ThreadRow, key)
            stored = session.exec(select(MessageRow).where(MessageRow.thread_key == key)).all()
        assert row is not None
        values = running.runner.workflow.get_state(run_config(key, row.cycle)).values
        ref = PoState(**values).thread
        assert isinstance(ref, ThreadRef)
        thread = StoreThreads(running.engine).thread(ref)
    expected = build_threads(planned)[0].model_copy(update={"thread_key": key})
    assert thread == expected and ref.message_count == len(planned)
    assert len(stored) == {"our reply stored later": 3, "a file deleted": 3}.get(
        shape, len([m for m in planned if m.message_id != "x@acme.example"])
    )
    assert ref.without == (("b@acme.example",) if shape == "a file deleted" else ())
    assert len(ref.keys) == (2 if shape == "two threads merged" else 1)


def test_large_values_are_stored_deflated_and_a_damaged_one_does_not_read() -> None:
    serde = serializer()
    value = {"note": "Missing PO fields: tax ID. " * 200}
    kind, stored = serde.dumps_typed(value)
    assert kind == "msgpack+zlib" and len(stored) < 500
    assert serde.loads_typed((kind, stored)) == value
    assert serde.loads_typed(JsonPlusSerializer().dumps_typed(value)) == value  # written plain
    bomb = zlib.compress(bytes(65 * 1024 * 1024))
    for damaged in (stored[:-9], b"\xc1" + stored, bomb):
        with pytest.raises(ValueError, match="damaged checkpoint"):  # unreadable: a restart
            serde.loads_typed((kind, damaged))
