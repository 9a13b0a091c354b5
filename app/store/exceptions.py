"""Deal exceptions in the store (migration 0006): the CRM export's exceptions as last
imported, and PO Desk's own record of what the console did with each exception.

PO Desk never changes the CRM export. An owner assigned, an escalation or a resolution made
in the console is kept here (``exception_records``) and in the audit log; the CRM's row stays
as the export has it, and the next import may show it still open.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from enum import StrEnum

from sqlalchemy import Column, Index, Text, update
from sqlmodel import Field, Session, SQLModel, col

from app.store.tables import EnumText, one_of, utcnow
from app.store.upsert import columns_except, upsert
from connectors.crm.model import CrmSnapshot, ExceptionStatus


class RecordStatus(StrEnum):
    """Where an exception stands in PO Desk (never written back to the CRM)."""

    OPEN = "open"
    ESCALATED = "escalated"
    RESOLVED = "resolved"


class CrmExceptionRow(SQLModel, table=True):
    """One row of exceptions.csv as the latest import had it; ``in_export`` False once a
    later export no longer lists it (kept: the console's record may point at it)."""

    __tablename__ = "crm_exceptions"
    # The exceptions page pages the open ones, oldest first.
    __table_args__ = (
        Index("ix_crm_exceptions_status_opened", "status", "opened_at"),
        one_of("crm_exceptions", "status", ExceptionStatus),
    )

    exception_id: str = Field(primary_key=True)
    opportunity_id: str = Field(index=True)
    kind: str
    owner: str
    status: ExceptionStatus = Field(sa_type=EnumText(ExceptionStatus))
    opened_at: datetime
    source: str
    in_export: bool = True
    imported_at: datetime = Field(default_factory=utcnow)


class ExceptionRecordRow(SQLModel, table=True):
    """What the console did with one exception: a CRM exception (``crm_exception_id``) or a
    thread classified as a deal exception (its review, ``review_id``). ``version`` grows
    with every change: an action on a stale page is refused, never applied twice."""

    __tablename__ = "exception_records"
    __table_args__ = (one_of("exception_records", "status", RecordStatus),)

    id: int | None = Field(default=None, primary_key=True)
    crm_exception_id: str | None = Field(default=None, unique=True)
    review_id: int | None = Field(default=None, unique=True, foreign_key="reviews.id")
    owner: str | None = None  # assigned in the console; None: the CRM's or packet's owner
    status: RecordStatus = Field(sa_type=EnumText(RecordStatus), default=RecordStatus.OPEN)
    escalated_to: str | None = None
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    updated_by: str
    updated_at: datetime = Field(default_factory=utcnow)
    version: int = 1


def upsert_crm_exceptions(session: Session, *, snapshot: CrmSnapshot) -> int:
    """Store the export's exceptions (open and resolved); mark the ones it no longer lists."""
    now = utcnow()
    rows = [
        CrmExceptionRow(
            exception_id=e.exception_id,
            opportunity_id=e.opportunity_id,
            kind=e.kind,
            owner=str(e.owner).lower(),
            status=e.status,
            opened_at=as_datetime(e.opened_at),
            source=str(e.source),
            in_export=True,
            imported_at=now,
        )
        for e in snapshot.exceptions
    ]
    key = ["exception_id"]
    upsert(session, rows, key=key, update=columns_except(CrmExceptionRow, key))
    # Every row this import wrote has imported_at == now; any other left the export.
    session.execute(
        update(CrmExceptionRow)
        .where(col(CrmExceptionRow.imported_at) < now, col(CrmExceptionRow.in_export))
        .values(in_export=False)
    )
    return len(rows)


def as_datetime(value: datetime | date) -> datetime:
    """The export gives a date or a timestamp: a date counts from its start, in UTC."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time(), tzinfo=UTC)
