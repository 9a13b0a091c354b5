"""A cycle's state keeps a reference to its thread; the store gives the thread back by it.

Real parts only: the Runner `podesk sync` builds (open_app), the store and the checkpointer
on SQLite files.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlmodel import Session, select

from agent.cli.wiring import App, open_app
from agent.settings import Settings
from agent.store.tables import MessageRow, ThreadRow
from agent.store.threads import StoreThreads
from benchmarks import synthetic
from connectors.crm import fake as crm
from connectors.mailbox import InMemoryMailbox, build_threads
from connectors.mailbox.model import MailMessage, ThreadRef
from graph.builder import run_config
from graph.state import PoState
from tests.builders import message


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
