"""The holdout is frozen: every file is the one recorded when it landed, and nothing is added
or removed without corpus/freeze.py recording it."""

from __future__ import annotations

import hashlib
from pathlib import Path

HOLDOUT = Path(__file__).resolve().parents[2] / "corpus" / "holdout"
MANIFEST = HOLDOUT / "MANIFEST.sha256"


def _recorded() -> dict[str, str]:
    pairs = (line.split("  ", 1) for line in MANIFEST.read_text().splitlines() if line)
    return {name: sha for sha, name in pairs}


def test_manifest_covers_the_holdout() -> None:
    recorded = _recorded()
    present = {
        p.relative_to(HOLDOUT).as_posix()
        for p in HOLDOUT.rglob("*")
        if p.is_file() and p != MANIFEST and "__pycache__" not in p.parts
    }
    assert present == set(recorded)
    assert any(n.startswith("threads-") for n in recorded)
    assert any(n.startswith("sentences/") for n in recorded)


def test_no_holdout_file_was_edited() -> None:
    changed = [
        name
        for name, sha in _recorded().items()
        if hashlib.sha256((HOLDOUT / name).read_bytes()).hexdigest() != sha
    ]
    assert changed == []
