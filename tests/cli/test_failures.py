"""Expected failures end in one line naming the cause and the fix, a non-zero exit and no
traceback (``--debug`` shows it). Each runs the real CLI in a child process.

A read-only data folder needs care in CI, which runs as root: root ignores file modes
because it holds CAP_DAC_OVERRIDE. The child is started without that capability (setpriv
drops it from the bounding set, so it is gone after exec), and root is then held to the
owner's permission bits like anyone else: ``chmod 555`` really refuses it. Where that cannot
be arranged the test skips rather than pretend.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli.demo_run import make_workspace
from connectors.mailbox import build_threads
from connectors.mailbox.folder import read_mailbox

ROOT = Path(__file__).resolve().parents[2]
DB_PASSWORD = "dbpass-Numbat-9090"


def podesk(
    ws: Path, *args: str, data: str = "data", prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODESK_")}
    env.update(
        PYTHONPATH=str(ROOT),
        PODESK_MAILBOX=str(ws / "mailbox"),
        PODESK_CRM_DIR=str(ws / "crm"),
        PODESK_DATA_DIR=str(ws / data),
        COLUMNS="80",  # narrow: one line must stay one line however wide it is
    )
    command = [*prefix, sys.executable, "-m", "cli", *args]
    return subprocess.run(command, cwd=ws, env=env, capture_output=True, text=True, timeout=180)


def one_line(proc: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    shown = proc.stdout + proc.stderr
    assert proc.returncode == code, shown
    assert "Traceback" not in shown, shown
    (line,) = proc.stderr.strip().splitlines()
    for word in words:
        assert word in line, line
    return line


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    make_workspace(tmp_path)
    return tmp_path


@pytest.fixture
def bound_by_modes(tmp_path: Path) -> tuple[str, ...]:
    """The command prefix under which a ``chmod 555`` folder cannot be written."""
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root without setpriv: file modes cannot bind this process")
        prefix = (setpriv, "--bounding-set=-dac_override,-dac_read_search", "--")
    probe = tmp_path / "probe"
    probe.mkdir(mode=0o555)
    touched = subprocess.run([*prefix, "touch", str(probe / "x")], capture_output=True)
    if touched.returncode == 0:
        pytest.skip("a read-only folder cannot be made here (the write went through)")
    return prefix


def test_a_read_only_data_folder(ws: Path, bound_by_modes: tuple[str, ...]) -> None:
    (ws / "ro").mkdir(mode=0o555)
    proc = podesk(ws, "sync", data="ro", prefix=bound_by_modes)
    one_line(proc, 1, "cannot be written", str(ws / "ro"), "PODESK_DATA_DIR")
    debug = podesk(ws, "--debug", "sync", data="ro", prefix=bound_by_modes)
    assert debug.returncode == 1 and "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.strip().splitlines()[-1] == proc.stderr.strip()


def test_a_store_whose_folder_became_read_only(ws: Path, bound_by_modes: tuple[str, ...]) -> None:
    assert podesk(ws, "sync").returncode == 0
    data = ws / "data"
    for path in [data, *data.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    proc = podesk(ws, "sync", prefix=bound_by_modes)
    one_line(proc, 1, "readonly database", "writable", "PODESK_DATA_DIR")


def test_a_file_where_the_data_folder_should_be(ws: Path) -> None:
    (ws / "afile").write_text("not a folder")
    proc = podesk(ws, "sync", data="afile/data")
    one_line(proc, 1, "a file stands where a folder should be", "PODESK_DATA_DIR")


def test_a_sqlite_database_url_that_cannot_be_written(ws: Path) -> None:
    (ws / "afile").write_text("not a folder")
    proc = podesk(ws, "--database-url", f"sqlite:///{ws / 'afile' / 'podesk.db'}", "sync")
    one_line(proc, 1, "cannot use", "PODESK_DATABASE_URL")


def test_postgresql_refusing_connections(ws: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    url = f"postgresql://app:{DB_PASSWORD}@127.0.0.1:{port}/podesk"
    proc = podesk(ws, "--database-url", url, "sync")
    line = one_line(proc, 1, "database is unreachable", "Connection refused", "PODESK_DATABASE_URL")
    assert DB_PASSWORD not in line


def test_a_database_url_that_is_no_url_is_not_echoed(ws: Path) -> None:
    proc = podesk(ws, "--database-url", f"nonsense:{DB_PASSWORD}", "queue")
    line = one_line(proc, 2, "PODESK_DATABASE_URL is not a database URL", "postgresql://")
    assert DB_PASSWORD not in line


def test_a_missing_crm_file(ws: Path) -> None:
    (ws / "crm" / "opportunities.csv").unlink()
    proc = podesk(ws, "sync")
    one_line(proc, 1, "opportunities.csv", "missing", "PODESK_CRM_DIR")


def test_a_constraint_conflict_is_one_line_per_thread(ws: Path) -> None:
    assert podesk(ws, "queue").returncode == 0  # creates the store
    threads = build_threads(read_mailbox(ws / "mailbox").messages)
    key = next(t.thread_key for t in threads if "4500012871" in t.subject)
    with sqlite3.connect(ws / "data" / "podesk.db") as conn:  # a row restored from elsewhere
        conn.execute(
            "INSERT INTO reviews (thread_key, cycle, graph_thread_id, kind, status, created_at) "
            "VALUES ('restored-elsewhere', 1, ?, 'exception', 'pending', '2026-01-01')",
            (f"podesk:{key}:1",),
        )
    proc = podesk(ws, "sync")
    assert proc.returncode == 1 and "Traceback" not in proc.stdout + proc.stderr
    failed = [line for line in proc.stdout.splitlines() if line.startswith("failed")]
    (line,) = failed
    assert key in line and "UNIQUE constraint failed: reviews.graph_thread_id" in line
    assert "run the command again" in line and "INSERT INTO" not in proc.stdout
