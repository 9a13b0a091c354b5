"""The CRM's history (migration 0013): every import a dated snapshot, kept as changes.

``crm_snapshots`` has one row per import that changed anything: when it was as of, where it
came from and a digest of its facts. ``crm_facts`` has, per snapshot, only the facts that
differ from the state before it (agent/deal_history.py), so twenty imports of an export where
little moves cost little more than one. Importing the same export again adds nothing.
Snapshots are kept in date order: an export older than the latest snapshot is refused, as
the changes of every later one were measured against what came before it.

A deal's history is one query (its fact changes joined to their snapshots' dates), and its
events are read from that (agent.deal_history.events).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Column, Index, Text, func, insert
from sqlmodel import Field, Session, SQLModel, col, select

from agent.deal_history import Fact, FactChange, FactKey, changes, deal_facts, digest
from agent.errors import InputError
from app.store.tables import utcnow
from connectors.crm.model import CrmSnapshot


class CrmSnapshotRow(SQLModel, table=True):
    __tablename__ = "crm_snapshots"
    __table_args__ = (Index("ix_crm_snapshots_as_of", "as_of"),)

    id: int | None = Field(default=None, primary_key=True)
    as_of: datetime
    imported_at: datetime = Field(default_factory=utcnow)
    source: str  # the export folder, or "sync"
    digest: str
    deals: int
    changes: int


class CrmFactRow(SQLModel, table=True):
    """One fact of one deal as a snapshot changed it; ``value`` NULL: gone from the export."""

    __tablename__ = "crm_facts"
    __table_args__ = (Index("ix_crm_facts_deal_key", "opportunity_id", "key", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    snapshot_id: int = Field(foreign_key="crm_snapshots.id", index=True)
    opportunity_id: str
    key: str
    value: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    source: str = ""


class SnapshotOrderError(InputError):
    """An export dated before the latest snapshot: history is kept in date order."""


@dataclass(frozen=True)
class ImportResult:
    snapshot_id: int | None  # None: nothing was ever imported
    as_of: datetime | None
    added: bool  # False: the export is the latest snapshot's, nothing was added
    deals: int
    changes: int


def import_snapshot(
    session: Session, *, snapshot: CrmSnapshot, as_of: datetime | None = None, source: str
) -> ImportResult:
    """Keep the export as a snapshot as of ``as_of`` (now when None), stored as the facts it
    changes. The caller commits."""
    facts = deal_facts(snapshot)
    deals = len(snapshot.opportunities)
    latest = latest_snapshot(session)
    when = as_of or utcnow()
    if as_of is None and latest is not None:  # a sync: never behind an import dated ahead
        when = max(_aware(when), _aware(latest.as_of))
    if latest is not None and _aware(when) < _aware(latest.as_of):
        raise SnapshotOrderError(
            f"the CRM export is dated {when:%Y-%m-%d %H:%M} but the latest snapshot is of "
            f"{latest.as_of:%Y-%m-%d %H:%M}: import exports oldest first (into a new store "
            "for a history from before it)"
        )
    stamp = digest(facts)
    if latest is not None and latest.digest == stamp:
        return ImportResult(latest.id, latest.as_of, False, deals, 0)
    changed = changes(_latest_values(session), facts)
    row = CrmSnapshotRow(as_of=when, source=source, digest=stamp, deals=deals, changes=len(changed))
    session.add(row)
    session.flush()
    assert row.id is not None
    if changed:  # Core inserts: an export of 10,000 deals is 200,000 facts the first time
        session.execute(insert(CrmFactRow), _rows(row.id, changed))
    return ImportResult(row.id, when, True, deals, len(changed))


def latest_snapshot(session: Session) -> CrmSnapshotRow | None:
    query = select(CrmSnapshotRow).order_by(
        col(CrmSnapshotRow.as_of).desc(), col(CrmSnapshotRow.id).desc()
    )
    return session.exec(query.limit(1)).first()


def deal_history(session: Session, *, opportunity_id: str) -> list[FactChange]:
    """Every change of the deal's facts, oldest first: one query."""
    query = (
        select(CrmFactRow, CrmSnapshotRow.as_of)
        .join(CrmSnapshotRow, col(CrmSnapshotRow.id) == col(CrmFactRow.snapshot_id))
        .where(CrmFactRow.opportunity_id == opportunity_id)
        .order_by(col(CrmFactRow.id))
    )
    return [
        FactChange(fact.snapshot_id, as_of, fact.key, fact.value, fact.source)
        for fact, as_of in session.exec(query)
    ]


def _latest_values(session: Session) -> dict[FactKey, str | None]:
    """Each (deal, key)'s latest value: its change with the highest id (snapshots are stored
    in date order, so ids follow dates), found on the (deal, key, id) index."""
    newest = (
        select(func.max(CrmFactRow.id))
        .group_by(col(CrmFactRow.opportunity_id), col(CrmFactRow.key))
        .scalar_subquery()
    )
    query = select(CrmFactRow.opportunity_id, CrmFactRow.key, CrmFactRow.value).where(
        col(CrmFactRow.id).in_(newest)
    )
    return {(opp, key): value for opp, key, value in session.exec(query)}


def _rows(snapshot_id: int, facts: list[Fact]) -> list[dict[str, object]]:
    return [
        {
            "snapshot_id": snapshot_id,
            "opportunity_id": f.opportunity_id,
            "key": f.key,
            "value": f.value,
            "source": f.source,
        }
        for f in facts
    ]


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes of what was stored in UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)
