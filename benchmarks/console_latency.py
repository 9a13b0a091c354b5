"""The console's server time at 100,000 threads, on SQLite and on PostgreSQL.

A store is filled as benchmarks/queue_store.py fills it for the CLI's queue (a thread, its
classification, draft, packet and review each; a third of them deal exceptions), plus 300
open CRM exceptions, and the app (web.app.create_app) is driven in-process by Starlette's
TestClient as a signed-in manager. Each request's time is taken inside the ASGI app, from
its call to the end of the response body: the app's handling, not the client's. After 10
warm-up requests, 200 of each: the queue's first page (default, by label, by owner, free
text), a review page (a different review each time) and the exceptions page.

    .venv/bin/python benchmarks/console_latency.py [--threads N] [--requests N] [--no-postgres]

PostgreSQL: a fresh database on PODESK_BENCH_POSTGRES_URL's server (default
postgresql://postgres@127.0.0.1:5432/test), migrated, dropped afterwards. Last line:
`queue_p95_ms=Q review_p95_ms=R exceptions_p95_ms=E threads=N`, the worst of both databases
(the queue's: the worst of its four pages).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

# Run as a file (as the README shows): the repository's packages come from its root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.types import ASGIApp, Receive, Scope, Send

from app import accounts
from app.settings import Settings
from app.store.db import make_engine
from app.store.exceptions import upsert_crm_exceptions
from app.store.schema import upgrade
from app.store.users import Role
from benchmarks import queue_store
from connectors.crm.fake import crm_exception, snapshot

PG_URL = os.environ.get("PODESK_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
PASSWORD = "benchmark password 1"
MANAGER = "manager@bench.example"
CRM_EXCEPTIONS = 300
WARM_UP = 10
PAGES = {
    "queue": "/queue",
    "queue_label": "/queue?label=deal_exception",
    "queue_owner": "/queue?owner=owner7%40vendor",
    "queue_text": "/queue?q=Q-2026-00042",
    "exceptions": "/exceptions",
}


class Timed:
    """ASGI wrapper: the milliseconds from the app's call to its last body message."""

    def __init__(self, app: ASGIApp) -> None:
        self.app, self.last_ms = app, 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        start = time.perf_counter()
        await self.app(scope, receive, send)
        self.last_ms = (time.perf_counter() - start) * 1000


def add_crm_exceptions(engine: Engine) -> None:
    """Open CRM exceptions on the store's deals, as a sync's CRM import stores them."""
    rows = [
        crm_exception(
            f"EX-{n:05d}",
            opportunity_id=f"OPP-{10000 + n % 500}",
            owner=f"owner{n % 20}@vendor.example",
            opened_at=date(2026, 1, 1) + timedelta(days=n % 90),
        )
        for n in range(CRM_EXCEPTIONS)
    ]
    with Session(engine) as session:
        upsert_crm_exceptions(session, snapshot=snapshot(exceptions=rows))
        accounts.add_user(session, email=MANAGER, role=Role.MANAGER, password=PASSWORD)
        session.commit()


def measure(settings: Settings, engine: Engine, requests: int, threads: int) -> dict[str, float]:
    """p50 and p95 milliseconds of each page; review ids spread over the whole store."""
    from web.app import create_app

    app = create_app(settings, engine=engine)
    timed = Timed(app)
    client = TestClient(timed)
    form = client.get("/login").text
    token = form.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    signed = {"email": MANAGER, "password": PASSWORD, "csrf_token": token}
    assert client.post("/login", data=signed, follow_redirects=False).status_code == 303
    step = max(1, threads // (requests + WARM_UP))
    reviews = [f"/reviews/{1 + (i * step) % threads}" for i in range(requests + WARM_UP)]
    found: dict[str, float] = {}
    for name, paths in [
        *((n, [p] * (requests + WARM_UP)) for n, p in PAGES.items()),
        ("review", reviews),
    ]:
        runs = []
        for i, path in enumerate(paths):
            answer = client.get(path)
            assert answer.status_code == 200, (path, answer.status_code)
            if i >= WARM_UP:
                runs.append(timed.last_ms)
        found[f"{name}_p50_ms"] = statistics.median(runs)
        found[f"{name}_p95_ms"] = statistics.quantiles(runs, n=20)[-1]
    client.close()
    return found


def _settings(url: str, data_dir: Path) -> Settings:
    return Settings(database_url=url, data_dir=data_dir, mailbox=None, crm_dir=None)


def on_sqlite(threads: int, requests: int, tmp: Path) -> dict[str, float]:
    engine = queue_store.fill(tmp / "console.db", threads)
    add_crm_exceptions(engine)
    try:
        return measure(_settings(f"sqlite:///{tmp / 'console.db'}", tmp), engine, requests, threads)
    finally:
        engine.dispose()


@contextmanager
def fresh_postgres() -> Iterator[str]:
    import psycopg

    name = f"podesk_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    try:
        yield f"{PG_URL.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]


def on_postgres(threads: int, requests: int, tmp: Path) -> dict[str, float]:
    with fresh_postgres() as url:
        engine = make_engine(url, check_schema=False)
        upgrade(engine)
        queue_store.fill_engine(engine, threads)
        add_crm_exceptions(engine)
        # What autovacuum does after a bulk load (PostgreSQL 13+ vacuums after inserts too):
        # fresh statistics, and a visibility map that lets the label counts scan the index.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        try:
            return measure(_settings(url, tmp), engine, requests, threads)
        finally:
            engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--threads", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="podesk-console-") as tmp:
        results["sqlite"] = on_sqlite(args.threads, args.requests, Path(tmp))
        if not args.no_postgres:
            results["postgresql"] = on_postgres(args.threads, args.requests, Path(tmp))
    for database, found in results.items():
        print(database, " ".join(f"{k}={v:.1f}" for k, v in found.items()))
    worst = {
        name: max(found[f"{page}_p95_ms"] for found in results.values() for page in pages)
        for name, pages in (
            ("queue", [p for p in PAGES if p.startswith("queue")]),
            ("review", ["review"]),
            ("exceptions", ["exceptions"]),
        )
    }
    print(
        f"queue_p95_ms={worst['queue']:.1f} review_p95_ms={worst['review']:.1f} "
        f"exceptions_p95_ms={worst['exceptions']:.1f} threads={args.threads}"
    )


if __name__ == "__main__":
    main()
