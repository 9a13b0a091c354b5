"""Outside failures as our one-line errors, from real driver exceptions (no fakes)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert
from sqlalchemy.exc import SQLAlchemyError

from app.failures import PathError, StoreConflict, StoreUnavailable, one_line, translate
from app.settings import Settings
from connectors.redact import Redactor


def _raised(action: object) -> BaseException:
    try:
        action()  # type: ignore[operator]
    except Exception as exc:
        return exc
    raise AssertionError("nothing was raised")


def test_a_unique_conflict_is_a_store_conflict(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True))
    table.metadata.create_all(engine)

    def twice() -> None:
        with engine.begin() as conn:
            conn.execute(insert(table).values(id=1))
            conn.execute(insert(table).values(id=1))

    error = translate(_raised(twice))
    assert isinstance(error, StoreConflict)
    assert "UNIQUE constraint failed: t.id" in str(error) and "run the command again" in str(error)
    assert "INSERT" not in str(error)  # no SQL, no parameters: the cause and the fix


def test_a_read_only_sqlite_store_names_the_data_folder(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    create_engine(f"sqlite:///{path}").connect().close()
    # Opened read-only by SQLite itself: a real "readonly database" error, even as root.
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")

    def write() -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (id INTEGER)")

    settings = Settings(data_dir=tmp_path)
    error = translate(_raised(write), settings)
    assert isinstance(error, StoreUnavailable)
    assert "readonly database" in str(error) and str(tmp_path) in str(error)
    assert "PODESK_DATA_DIR" in str(error)


def test_a_refused_postgresql_connection_is_unreachable_without_its_password() -> None:
    pytest.importorskip("psycopg")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    url = f"postgresql+psycopg://app:Numbat-9090-pw@127.0.0.1:{port}/podesk"
    exc = _raised(lambda: create_engine(url).connect())
    assert isinstance(exc, SQLAlchemyError)
    settings = Settings(database_url=url)
    line = one_line(exc, settings.redactor(), settings)
    assert "database is unreachable" in line and "PODESK_DATABASE_URL" in line
    assert "Numbat-9090-pw" not in line and "\n" not in line


def test_a_file_where_the_data_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    settings = Settings(data_dir=tmp_path / "file" / "data")
    error = translate(_raised(lambda: settings.data_dir.mkdir(parents=True)), settings)
    assert isinstance(error, PathError)
    assert "a file stands where a folder should be" in str(error)
    assert "PODESK_DATA_DIR" in str(error)


def test_anything_else_is_not_translated_but_still_one_scrubbed_line() -> None:
    exc = ValueError("bad\nthing with key Quokka-7781-zebra")
    assert translate(exc) is None
    line = one_line(exc, Redactor(["Quokka-7781-zebra"]))
    assert line == "ValueError: bad thing with key [REDACTED]"
