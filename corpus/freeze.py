"""Freeze holdout files: record the SHA-256 of every file under corpus/holdout/.

Run it once when a new holdout set lands. It adds new files to MANIFEST.sha256 and refuses
to change the hash of a file already recorded: the holdout is never edited to make a rule
pass. tests/corpus/test_frozen.py checks the manifest on every test run.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

HOLDOUT = Path(__file__).parent / "holdout"
MANIFEST = HOLDOUT / "MANIFEST.sha256"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def recorded() -> dict[str, str]:
    if not MANIFEST.exists():
        return {}
    pairs = (line.split("  ", 1) for line in MANIFEST.read_text().splitlines() if line)
    return {name: sha for sha, name in pairs}


def current(folders: list[str]) -> dict[str, str]:
    roots = [HOLDOUT / f for f in folders] or [HOLDOUT]
    return {
        p.relative_to(HOLDOUT).as_posix(): digest(p)
        for root in roots
        for p in sorted(root.rglob("*"))
        if p.is_file() and p != MANIFEST and "__pycache__" not in p.parts
    }


def main() -> int:
    """Freeze the given holdout folders (all of corpus/holdout when none is given)."""
    old, now = recorded(), current(sys.argv[1:])
    if sys.argv[1:]:
        now = {**{n: h for n, h in current([]).items() if n in old}, **now}
    changed = [n for n in old if n in now and now[n] != old[n]]
    gone = [n for n in old if n not in now]
    if changed or gone:
        print("refusing: frozen files changed or removed:", *changed, *gone, sep="\n  ")
        return 1
    merged = {**now, **old}
    MANIFEST.write_text("".join(f"{merged[n]}  {n}\n" for n in sorted(merged)))
    print(f"{len(merged)} files frozen ({len(merged) - len(old)} new)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
