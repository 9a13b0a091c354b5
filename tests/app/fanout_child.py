"""A sync whose cycles run in two worker processes from the first one: what
tests/app/test_fanout.py kills. Usage: python -m tests.app.fanout_child ROOT SET"""

from __future__ import annotations

import sys
from pathlib import Path

from app.settings import Settings
from app.wiring import open_app


def settings(root: Path, corpus_set: Path, jobs: int) -> Settings:
    return Settings(
        mailbox=str(root / "mailbox"),
        crm_dir=corpus_set / "crm",
        data_dir=root / "data",
        sync_jobs=jobs,
        reviewer="ops@example.com",
    )


def main(root: Path, corpus_set: Path) -> None:
    with open_app(settings(root, corpus_set, jobs=2)) as app:
        assert app.runner.fanout is not None
        app.runner.fanout.min_cycles = 1  # a corpus set is smaller than a real first sync
        app.runner.sync(app.mailbox, app.crm)


if __name__ == "__main__":  # spawned workers import this module too
    main(Path(sys.argv[1]), Path(sys.argv[2]))
