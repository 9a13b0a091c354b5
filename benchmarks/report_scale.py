"""The scorecard at scale (issue 11 item 10): N deals × S dated CRM snapshots imported into a
fresh SQLite store, then `podesk report` over them.

Each snapshot after the first changes what a CRM changes in a day: about 3% of the deals
get a PO field received, 1% move in the order queue, 0.5% open or resolve an exception.
Measured in this process, against baselines from the same run:
  import   each snapshot through app.store.crm_history.import_snapshot (only the changed
           facts are stored); baseline: the first import (every fact new); and the rows a
           full copy of every snapshot would have stored, against the rows stored;
  report   app.scorecard.report over the whole history (every metric), as of the last
           snapshot's day; baseline: reading the history alone (app.deals.histories).
Last line: deals=N snapshots=S import_s=I report_s=R  (I: median import of a later
snapshot; R: the report).

Usage: python benchmarks/report_scale.py [--deals 10000] [--snapshots 20] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlmodel import Session, func, select  # noqa: E402

from agent.scorecard import Window  # noqa: E402
from app.deals import histories  # noqa: E402
from app.scorecard import report  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store.crm_history import CrmFactRow, import_snapshot  # noqa: E402
from app.store.db import make_engine  # noqa: E402
from connectors.crm.model import (  # noqa: E402
    PO_FIELDS,
    CrmException,
    CrmSnapshot,
    Opportunity,
    PoRequirement,
    SourceRef,
)

START = date(2026, 3, 2)
QUEUE = ("not_submitted", "in_queue", "accepted", "booked")


class Crm:
    """The CRM's state, changed a little each day."""

    def __init__(self, deals: int, rng: random.Random) -> None:
        self.rng = rng
        self.queue = {i: "not_submitted" for i in range(deals)}
        self.fields = {i: {f: rng.random() < 0.4 for f in PO_FIELDS} for i in range(deals)}
        self.exceptions: dict[int, str] = {}  # deal -> open | resolved

    def next_day(self) -> None:
        deals = list(self.queue)
        for i in self.rng.sample(deals, len(deals) * 3 // 100):
            missing = [f for f, is_missing in self.fields[i].items() if is_missing]
            if missing:
                self.fields[i][self.rng.choice(missing)] = False
        for i in self.rng.sample(deals, len(deals) // 100):
            at = QUEUE.index(self.queue[i])
            self.queue[i] = QUEUE[min(at + 1, len(QUEUE) - 1)]
        for i in self.rng.sample(deals, len(deals) // 200):
            self.exceptions[i] = "resolved" if self.exceptions.get(i) == "open" else "open"

    def snapshot(self) -> CrmSnapshot:
        opportunities, requirements, exceptions = [], [], []
        for i, queue in self.queue.items():
            opp = f"OPP-{i:06d}"
            opportunities.append(_opportunity(opp, i, queue))
            for line, (field, missing) in enumerate(self.fields[i].items()):
                requirements.append(
                    PoRequirement.model_construct(
                        source=SourceRef(file="po_requirements.csv", line=2 + i * 7 + line),
                        opportunity_id=opp,
                        field=field,
                        status="missing" if missing else "received",
                        value="" if missing else "given",
                        updated_at=None,
                    )
                )
            if i in self.exceptions:
                exceptions.append(_exception(opp, i, self.exceptions[i]))
        return CrmSnapshot.model_construct(
            opportunities=tuple(opportunities),
            contacts=(),
            requirements=tuple(requirements),
            exceptions=tuple(exceptions),
            missing_files=(),
        )


def _opportunity(opp: str, i: int, queue: str) -> Opportunity:
    return Opportunity.model_construct(
        source=SourceRef(file="opportunities.csv", line=2 + i),
        opportunity_id=opp,
        account_name=f"Account {i}",
        account_domains=(f"account{i}.example",),
        stage="Closed Won",
        close_date=START - timedelta(days=i % 60),
        amount=Decimal("48000.00"),
        currency="USD",
        order_path=("enterprise_po", "renewal_po", "signed_contract")[i % 3],
        quote_number=f"Q-{i:06d}",
        contract_status="signed",
        order_queue_status=queue,
        account_owner="ae@example.com",
        deal_desk_owner="desk@example.com",
        sales_ops_owner=f"ops{i % 7}@example.com",
    )


def _exception(opp: str, i: int, status: str) -> CrmException:
    return CrmException.model_construct(
        source=SourceRef(file="exceptions.csv", line=2 + i),
        exception_id=f"EXC-{i:06d}",
        opportunity_id=opp,
        kind="credit_review",
        owner="desk@example.com",
        status=status,
        opened_at=START,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=10_000)
    parser.add_argument("--snapshots", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    crm = Crm(args.deals, random.Random(args.seed))
    with tempfile.TemporaryDirectory(prefix="podesk-report-") as tmp:
        settings = Settings(data_dir=Path(tmp), database_url=f"sqlite:///{tmp}/podesk.db")
        engine = make_engine(settings.resolved_database_url)
        seconds, copies = [], 0
        for day in range(args.snapshots):
            if day:
                crm.next_day()
            snapshot = crm.snapshot()
            copies += len(snapshot.opportunities) * 13 + len(snapshot.requirements)
            copies += len(snapshot.exceptions)
            as_of = datetime.combine(START + timedelta(days=day), datetime.min.time(), UTC)
            start = time.perf_counter()
            with Session(engine) as session:
                result = import_snapshot(session, snapshot=snapshot, as_of=as_of, source="bench")
                session.commit()
            seconds.append(time.perf_counter() - start)
            print(f"snapshot {day + 1}: {result.changes:,} facts changed in {seconds[-1]:.2f} s")
        with Session(engine) as session:
            stored = session.exec(select(func.count()).select_from(CrmFactRow)).one()
            start = time.perf_counter()
            histories(session)
            read_s = time.perf_counter() - start
        engine.dispose()
        later = statistics.median(seconds[1:]) if len(seconds) > 1 else seconds[0]
        print(
            f"import: the first (every fact new) {seconds[0]:.2f} s; later ones median "
            f"{later:.2f} s; {stored:,} fact rows stored against {copies:,} for full copies "
            f"({copies / stored:.1f}x fewer)"
        )
        until = START + timedelta(days=args.snapshots - 1)
        start = time.perf_counter()
        found = report(settings, Window(START - timedelta(days=90), until))
        report_s = time.perf_counter() - start
        print(
            f"report: {len(found.deals):,} deals in {report_s:.2f} s; reading the history "
            f"alone {read_s:.2f} s"
        )
    figures = f"import_s={later:.2f} report_s={report_s:.2f}"
    print(f"deals={args.deals} snapshots={args.snapshots} {figures}")


if __name__ == "__main__":
    main()
