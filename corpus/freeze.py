"""Freeze holdout sets: record the SHA-256 of every file of a new set under corpus/holdout/.

Run it once when a new holdout set lands: `python3 corpus/freeze.py threads-h9`. It writes
a manifest of its own for that set (manifests/threads-h9.sha256) and never rewrites one:
MANIFEST.sha256 (the sets frozen first) and every manifests/*.sha256 stay as they were
written, so freezing a new set edits nothing already frozen. It refuses a set that is
already recorded. tests/corpus/test_frozen.py checks every manifest on every test run.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

HOLDOUT = Path(__file__).parent / "holdout"
MANIFEST = HOLDOUT / "MANIFEST.sha256"
MANIFESTS = HOLDOUT / "manifests"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_files() -> list[Path]:
    return [MANIFEST, *sorted(MANIFESTS.glob("*.sha256"))]


def recorded() -> dict[str, str]:
    """Every recorded file (relative to corpus/holdout/) and its hash, from every manifest."""
    found: dict[str, str] = {}
    for manifest in manifest_files():
        if manifest.exists():
            pairs = (line.split("  ", 1) for line in manifest.read_text().splitlines() if line)
            found.update({name: sha for sha, name in pairs})
    return found


def holdout_files(folder: Path = HOLDOUT) -> list[Path]:
    """The holdout's data files: manifests and caches are not part of it."""
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.parent != MANIFESTS and p != MANIFEST
    ]


def freeze(folder: str) -> str:
    target = MANIFESTS / f"{folder}.sha256"
    files = holdout_files(HOLDOUT / folder)
    if target.exists() or any(n.startswith(f"{folder}/") for n in recorded()):
        return f"refusing: {folder} is frozen already"
    if not files:
        return f"refusing: no files under corpus/holdout/{folder}"
    lines = (f"{digest(p)}  {p.relative_to(HOLDOUT).as_posix()}\n" for p in files)
    MANIFESTS.mkdir(exist_ok=True)
    target.write_text("".join(lines))
    return f"{folder}: {len(files)} files frozen in {target.relative_to(HOLDOUT)}"


def main() -> int:
    if not sys.argv[1:]:
        print("usage: python3 corpus/freeze.py SET [SET ...]  (a new folder under corpus/holdout/)")
        return 2
    messages = [freeze(folder) for folder in sys.argv[1:]]
    print(*messages, sep="\n")
    return 1 if any(m.startswith("refusing") for m in messages) else 0


if __name__ == "__main__":
    sys.exit(main())
