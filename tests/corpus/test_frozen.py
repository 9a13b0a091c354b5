"""The holdout is frozen: every file is the one recorded when it landed, nothing is added or
removed without corpus/freeze.py recording it, and no manifest is rewritten (a new set gets
a manifest of its own)."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
HOLDOUT = ROOT / "corpus" / "holdout"


def _freeze_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("freeze", ROOT / "corpus" / "freeze.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FREEZE = _freeze_module()


def test_manifests_cover_the_holdout() -> None:
    recorded = FREEZE.recorded()
    present = {p.relative_to(HOLDOUT).as_posix() for p in FREEZE.holdout_files()}
    assert present == set(recorded)
    assert any(n.startswith("threads-") for n in recorded)
    assert any(n.startswith("sentences/") for n in recorded)


def test_no_holdout_file_was_edited() -> None:
    changed = [
        name
        for name, sha in FREEZE.recorded().items()
        if hashlib.sha256((HOLDOUT / name).read_bytes()).hexdigest() != sha
    ]
    assert changed == []


def test_no_file_is_recorded_by_two_manifests() -> None:
    names = [
        line.split("  ", 1)[1]
        for manifest in FREEZE.manifest_files()
        for line in manifest.read_text().splitlines()
        if line
    ]
    assert len(names) == len(set(names))


def test_freezing_a_set_twice_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "corpus" / "freeze.py"), "threads-h1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "frozen already" in result.stdout
