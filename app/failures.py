"""Failures of the outside world a person can fix, as our errors: one line, cause and fix.

The store (SQLAlchemy over sqlite3 or psycopg), the checkpointer (sqlite3 or psycopg
directly) and the file system raise their own exceptions, from anywhere in a command.
``translate`` turns the expected ones (a read-only data folder, a database that is
unreachable or locked, a write that conflicts with a constraint) into a ``StoreUnavailable``,
``StoreConflict`` or ``PathError`` whose message says what happened and what to do.
``one_line`` is what a failure leaves in the audit log or on screen: translated, on one
line, scrubbed.

Vendor exceptions are recognised by their class names along the MRO, never imported: the
command line must start without SQLAlchemy or a database driver loaded.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from agent.errors import ConflictError, OutsideSystemError, PodeskError

if TYPE_CHECKING:
    from app.settings import Settings


class StoreUnavailable(OutsideSystemError):
    """The database cannot be reached, opened or written."""


class StoreConflict(ConflictError):
    """The database refused a write that conflicts with a constraint."""


class PathError(OutsideSystemError):
    """A folder or file PO Desk needs cannot be created, read or written."""


_VENDORS = frozenset({"sqlite3", "psycopg", "sqlalchemy"})
_SQLITE_UNWRITABLE = ("readonly database", "unable to open database file", "disk i/o error")
_PATH_ERRNOS = frozenset(
    {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST, errno.ENOSPC}
)


def translate(exc: BaseException, settings: Settings | None = None) -> PodeskError | None:
    """Our error for an expected outside failure; None for anything else (a bug)."""
    if isinstance(exc, PodeskError):
        return exc
    orig = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's exception
    if _is(orig, "IntegrityError"):
        return StoreConflict(
            f"the database refused a conflicting write ({_first_line(orig)}): another PO Desk "
            "process or a hand edit wrote that row first; run the command again, and if it "
            "fails the same way, look at that row"
        )
    if _is(orig, "OperationalError") or _is(exc, "InterfaceError"):
        return _store_failure(orig, settings)
    if isinstance(exc, OSError) and exc.errno in _PATH_ERRNOS and exc.filename:
        return _path_failure(exc, settings)
    return None


def one_line(
    exc: BaseException, redact: Callable[[str], str], settings: Settings | None = None
) -> str:
    """The failure as one scrubbed line: ours (every PodeskError, the connectors' included)
    as it is, anything else with its type name."""
    known = translate(exc, settings)
    text = str(known) if known is not None else f"{type(exc).__name__}: {exc}"
    return " ".join(redact(text).split())


def _is(exc: BaseException, name: str) -> bool:
    """``exc`` is (a subclass of) the driver's or SQLAlchemy's exception called ``name``."""
    return any(
        kind.__name__ == name and kind.__module__.split(".")[0] in _VENDORS
        for kind in type(exc).__mro__
    )


def _store_failure(orig: BaseException, settings: Settings | None) -> StoreUnavailable:
    detail = _first_line(orig)
    lowered = detail.lower()
    if type(orig).__module__.startswith("sqlite3"):
        where = str(settings.data_dir) if settings is not None else "the data folder"
        if "database is locked" in lowered:
            return StoreUnavailable(
                f"the SQLite store in {where} is locked ({detail}): another PO Desk command is "
                "writing it; wait for it to finish and run this one again"
            )
        if any(word in lowered for word in _SQLITE_UNWRITABLE):
            return StoreUnavailable(
                f"the SQLite store in {where} cannot be written ({detail}): "
                f"{_writable_fix(where, 'PODESK_DATA_DIR (--data-dir)')}"
            )
    return StoreUnavailable(
        f"the database is unreachable ({detail}): check that it is running and that "
        "PODESK_DATABASE_URL (--database-url) names it, then run the command again"
    )


def _path_failure(exc: OSError, settings: Settings | None) -> PathError:
    path = Path(str(exc.filename))
    cause = exc.strerror or type(exc).__name__
    setting = _setting_for(path, settings) or "PODESK_DATA_DIR (--data-dir)"
    if exc.errno == errno.ENOSPC:
        return PathError(f"cannot write {path} ({cause}): free some space and run it again")
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return PathError(
            f"cannot use {path} ({cause}): a file stands where a folder should be; move it "
            f"away, or point {setting} somewhere else"
        )
    return PathError(f"cannot use {path} ({cause}): {_writable_fix('it', setting)}")


def _writable_fix(place: str, setting: str) -> str:
    return f"make {place} writable by this user, or point {setting} somewhere that is"


def _setting_for(path: Path, settings: Settings | None) -> str | None:
    """The setting that points at ``path``, at a folder inside it or at a file below it."""
    if settings is None:
        return None
    scheme, _, database = (settings.database_url or "").partition(":///")
    places = {
        "PODESK_DATABASE_URL": Path(database) if scheme == "sqlite" and database else None,
        "PODESK_DATA_DIR (--data-dir)": settings.data_dir,
        "PODESK_MAILBOX (--mailbox)": settings.mailbox_path,
        "PODESK_CRM_DIR (--crm)": settings.crm_dir,
    }
    for name, place in places.items():
        if place is not None and (path == place or path in place.parents or place in path.parents):
            return name
    return None


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__
