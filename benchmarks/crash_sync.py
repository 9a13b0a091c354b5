"""Kill `podesk sync` with SIGKILL at random points; then a clean sync must leave nothing stuck.

Builds a mailbox of N synthetic threads (benchmarks/synthetic.py) as .eml files with its CRM
export, and runs the real `podesk sync` in a subprocess on a fresh store (a SQLite file, or a
new PostgreSQL database), killing it after a random delay until K kills have landed on a
running process. Between syncs the mailbox grows (follow-ups to some threads: new review
cycles) and a reviewer accepts drafts with `podesk review accept`, also killed at random, so
that syncs are killed while finishing a cut-short draft save too. Then one clean sync, and
benchmarks/crash_check.py: every thread at the review interrupt or at the end, one draft per
cycle (draft files, ledger rows, saved drafts agree), every .eml stored or quarantined.
Seeded: the same --seed gives the same mailbox, schedule and delays (not the same kill points:
those depend on the machine's speed).

Prints progress, then last:  kills=K threads=T stuck=S duplicates=D lost=L

Usage: python benchmarks/crash_sync.py [--kills 50] [--threads 300]
           [--backend sqlite|postgres] [--seed 1] [--pg-url postgresql://...]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.settings import Settings  # noqa: E402
from benchmarks import crash_check, crash_mail  # noqa: E402
from benchmarks.crash_runs import Runs  # noqa: E402

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"


@contextmanager
def database(backend: str, admin_url: str) -> Iterator[str | None]:
    """None (the SQLite file in the data dir) or the URL of a new PostgreSQL database."""
    if backend == "sqlite":
        yield None
        return
    import psycopg

    name = f"podesk_crash_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        url = f"{admin_url.rsplit('/', 1)[0]}/{name}"
        try:
            _upgrade(url)  # as an operator would: no command runs DDL on PostgreSQL
            yield url
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _upgrade(url: str) -> None:
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, "-m", "cli", "--database-url", url, "db", "upgrade"],
        check=True,
        capture_output=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--threads", type=int, default=300)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--seed", type=int, default=1)
    admin_url = os.environ.get("PODESK_TEST_POSTGRES_URL", PG_ADMIN_URL)
    parser.add_argument("--pg-url", default=admin_url, help="an existing database to connect to")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp, database(args.backend, args.pg_url) as url:
        root = Path(tmp)
        mail = crash_mail.Mailbox.create(root, args.threads, seed=args.seed)
        settings = Settings(
            mailbox=str(mail.path), crm_dir=root / "crm", data_dir=root / "data", database_url=url
        )
        print(f"{args.backend}: {args.threads} threads in {mail.path}", flush=True)
        runs = Runs(settings, cwd=root, rng=rng)
        rounds = 0
        while runs.sync_kills < args.kills and rounds < 20 * args.kills:
            rounds += 1
            if rounds > 1:
                mail.add_followups(rng.randint(3, 12))  # new cycles: work for this sync
            if rng.random() < 0.4:
                runs.accept_some(rng.randint(1, 3))
            runs.sync_killed_at_random()
        clean = runs.clean_sync()
        findings = crash_check.check(settings)
        print(runs.summary(rounds, mail.followups))
    print(clean)
    for problem in (findings.stuck + findings.duplicates + findings.lost)[:20]:
        print(f"  problem: {problem}")
    print(
        f"kills={runs.sync_kills} threads={findings.threads} stuck={len(findings.stuck)} "
        f"duplicates={len(findings.duplicates)} lost={len(findings.lost)}"
    )


if __name__ == "__main__":
    main()
