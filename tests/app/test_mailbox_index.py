"""The folder mailbox's index in the store: unchanged files are not parsed again, changed
ones are, and a file is only skipped while the store keeps what it held."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.store.db import make_engine
from app.store.ingest import plan_cycles, record_quarantine
from app.store.mailbox_index import StoreMailboxIndex
from connectors.mailbox import build_threads
from connectors.mailbox.folder import FolderMailbox, read_mailbox
from connectors.ports import MailboxRead

EML = Path(__file__).resolve().parents[1] / "fixtures" / "eml"
AN_HOUR_AGO = time.time() - 3600


def mail(subject: str, n: int = 1) -> str:
    return (
        f"From: Ava <ava@acme.example>\nTo: orders@vendor.example\nSubject: {subject}\n"
        f"Message-ID: <m{n}@acme.example>\nDate: Mon, 02 Mar 2026 09:0{n}:00 +0000\n\n"
        "Please find our PO 4500012345 attached.\n"
    )


def write(path: Path, text: str, *, mtime: float = AN_HOUR_AGO) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    os.utime(path, (mtime, mtime))  # settled: older than the index's racy window


def keep(engine: Engine, read: MailboxRead) -> None:
    """What a sync commits: the messages and the quarantine (app.store.ingest)."""
    with Session(engine) as session:
        plan_cycles(session, threads=build_threads(read.messages))
        record_quarantine(session, items=read.quarantined)
        session.commit()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
def box(tmp_path: Path, engine: Engine) -> FolderMailbox:
    root = tmp_path / "mail"
    write(root / "a.eml", mail("PO one", 1))
    write(root / "b.eml", mail("PO two", 2))
    write(root / "notes.txt", "not mail")
    return FolderMailbox(root, StoreMailboxIndex(engine, root))


def subjects(read: MailboxRead) -> dict[str, str]:
    return {m.source: m.subject for m in read.messages}


def test_an_unchanged_file_is_not_parsed_again_and_a_changed_one_is(
    box: FolderMailbox, engine: Engine
) -> None:
    first = box.read()
    keep(engine, first)
    # New words of the same length, with size and time as indexed: the file is not opened.
    write(box.path / "a.eml", mail("PO 1x1", 1))
    assert box.read() == first
    write(box.path / "a.eml", mail("PO 1x1", 1), mtime=AN_HOUR_AGO + 60)
    assert subjects(box.read()) == {"a.eml": "PO 1x1", "b.eml": "PO two"}
    write(box.path / "b.eml", mail("PO two, revised", 2))  # size changed, time kept
    assert subjects(box.read())["b.eml"] == "PO two, revised"


def test_a_read_from_the_index_is_the_read_a_full_parse_gives(
    tmp_path: Path, engine: Engine
) -> None:
    root = tmp_path / "eml"
    shutil.copytree(EML, root)
    for path in root.rglob("*"):
        os.utime(path, (AN_HOUR_AGO, AN_HOUR_AGO))
    box = FolderMailbox(root, StoreMailboxIndex(engine, root))
    first = box.read()
    keep(engine, first)
    assert first == read_mailbox(root)
    assert box.read() == first  # every message and quarantine reason, from the store
    assert len(StoreMailboxIndex(engine, root).load()) == len(first.messages) + len(
        first.quarantined
    )


def test_a_file_indexed_by_a_sync_that_died_before_committing_is_read_again(
    box: FolderMailbox,
) -> None:
    box.read()  # indexed, but its messages never reached the store
    write(box.path / "a.eml", mail("PO 1x1", 1))  # same size, same time
    assert subjects(box.read())["a.eml"] == "PO 1x1"


def test_a_quarantined_file_stays_quarantined_until_it_changes(
    box: FolderMailbox, engine: Engine
) -> None:
    good = mail("PO 3", 3)
    write(box.path / "c.eml", "x" * len(good))  # no header lines: quarantined
    keep(engine, box.read())
    write(box.path / "c.eml", good)  # same size and time: the quarantine stands
    assert "c.eml" in {q.source for q in box.read().quarantined}
    write(box.path / "c.eml", good, mtime=AN_HOUR_AGO + 60)
    assert subjects(box.read())["c.eml"] == "PO 3"


def test_a_file_written_during_the_read_is_read_again(box: FolderMailbox, engine: Engine) -> None:
    write(box.path / "a.eml", mail("PO one", 1), mtime=time.time())  # just now
    keep(engine, box.read())
    write(box.path / "a.eml", mail("PO 1x1", 1), mtime=os.stat(box.path / "a.eml").st_mtime)
    # Same size and time, but the time was too recent to trust: the file is parsed again.
    assert subjects(box.read())["a.eml"] == "PO 1x1"


def test_files_that_left_the_folder_leave_the_index(box: FolderMailbox, engine: Engine) -> None:
    keep(engine, box.read())
    (box.path / "b.eml").unlink()
    assert subjects(box.read()) == {"a.eml": "PO one"}
    assert set(StoreMailboxIndex(engine, box.path).load()) == {"a.eml", "notes.txt"}


def test_two_mailbox_folders_keep_apart(tmp_path: Path, engine: Engine) -> None:
    for name in ("one", "two"):
        write(tmp_path / name / "a.eml", mail(f"PO {name}", 1 if name == "one" else 2))
    one = FolderMailbox(tmp_path / "one", StoreMailboxIndex(engine, tmp_path / "one"))
    two = FolderMailbox(tmp_path / "two", StoreMailboxIndex(engine, tmp_path / "two"))
    keep(engine, one.read())
    keep(engine, two.read())
    assert subjects(one.read()) == {"a.eml": "PO one"}
    assert subjects(two.read()) == {"a.eml": "PO two"}


def test_the_index_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    engine = make_engine(pg_url)
    root = tmp_path / "mail"
    write(root / "a.eml", mail("PO one", 1))
    box = FolderMailbox(root, StoreMailboxIndex(engine, root))
    keep(engine, box.read())
    write(root / "a.eml", mail("PO one", 1), mtime=AN_HOUR_AGO + 60)
    keep(engine, box.read())  # the entry is replaced in place (an upsert)
    write(root / "a.eml", mail("PO 1x1", 1), mtime=AN_HOUR_AGO + 60)
    assert subjects(box.read()) == {"a.eml": "PO one"}
    engine.dispose()


def test_podesk_sync_keeps_the_index_of_its_mailbox(tmp_path: Path) -> None:
    from cli.demo_run import make_workspace
    from cli.sync_cmd import run_sync

    settings = make_workspace(tmp_path)
    assert settings.mailbox_path is not None
    first = run_sync(settings, show_progress=False)
    engine = make_engine(settings.resolved_database_url)
    known = StoreMailboxIndex(engine, settings.mailbox_path).load()
    assert len(known) == first.messages_read + first.quarantined_new
    assert all(k.kept is not None for k in known.values())  # the store holds each one
    again = run_sync(settings, show_progress=False)
    assert again.messages_read == first.messages_read and again.cycles_run == 0
    engine.dispose()
