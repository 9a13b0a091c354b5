"""The msal token cache, persisted in the data directory for the owner only.

One cache serves both libraries: O365's ``BaseTokenBackend`` *is* an msal
``TokenCache`` with msal's serialisation, so the msal application and the
O365 connection look at the same tokens. The file holds refresh tokens (in
delegated mode), so it is created 0600 inside a 0700 directory and replaced
atomically, never rewritten in place with looser permissions.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import tempfile
import threading
from pathlib import Path

from O365.utils import BaseTokenBackend

logger = logging.getLogger(__name__)
FILE_MODE = 0o600
DIR_MODE = 0o700


class FileTokenCache(BaseTokenBackend):  # type: ignore[misc]  # O365 ships no type hints
    """msal-compatible token cache stored at ``path`` (written only when it changed)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._write_lock = threading.Lock()

    def load_token(self) -> bool:
        """Read the file into the cache; False when there is none yet."""
        try:
            data = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return False
        _tighten(self.path)
        try:
            self._cache = self.deserialize(data) or {}
        except ValueError:
            # A damaged cache only costs a new token (or a new sign-in): start empty.
            logger.warning("token cache %s is unreadable; starting with an empty one", self.path)
            return False
        return True

    def save_token(self, force: bool = False) -> bool:
        """Persist the cache when msal changed it (a new or refreshed token)."""
        with self._write_lock:
            if not (force or self._has_state_changed):
                return True
            _ensure_private_dir(self.path.parent)
            _write_private(self.path, str(self.serialize()))
            return True

    def delete_token(self) -> bool:
        existed = self.path.exists()
        self.path.unlink(missing_ok=True)
        return existed

    def check_token(self) -> bool:
        return self.path.is_file()


def _ensure_private_dir(directory: Path) -> None:
    if directory.is_dir():
        return
    # mkdir's mode is filtered by the umask; chmod makes 0700 certain for what we create.
    directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    directory.chmod(DIR_MODE)


def _write_private(path: Path, text: str) -> None:
    # mkstemp opens with O_EXCL and mode 0600: a unique name per writer, owner-only from birth.
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            os.fchmod(out.fileno(), FILE_MODE)  # the guarantee, not mkstemp's default
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _tighten(path: Path) -> None:
    """A cache file someone made readable by others is put back to owner-only."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~FILE_MODE:
        path.chmod(FILE_MODE)
