"""The saved-drafts page's read model: approved customer drafts and where they are, newest
first, paged in SQL on ix_drafts_status_updated_at."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from agent.models import DraftStatus
from app.store.tables import DraftRow, OpportunityRow, ReviewRow, ThreadRow
from connectors.ports import DraftFate


class SavedDraftPublic(BaseModel):
    review_id: int | None
    subject: str
    opportunity_id: str | None
    account: str | None
    approved_by: str | None
    approved_at: datetime | None
    saved_at: datetime
    location: str  # an .eml path, or the Outlook message's id
    web_link: str | None  # Outlook's link, unchecked: web/drafts.py shows only https links
    fate: DraftFate | None  # what the last sync saw (None: not looked at yet)
    fate_at: datetime | None


def list_saved_drafts(
    session: Session, *, limit: int = 50, offset: int = 0
) -> list[SavedDraftPublic]:
    d, r, t, o = DraftRow, ReviewRow, ThreadRow, OpportunityRow
    query = (
        sa_select(
            col(r.id),
            col(t.subject),
            col(t.opportunity_id),
            col(o.account_name),
            col(r.reviewer),
            col(r.decided_at),
            col(d.updated_at),
            col(d.location),
            col(d.web_link),
            col(d.fate),
            col(d.fate_at),
        )
        .select_from(d)
        .outerjoin(r, (col(r.thread_key) == col(d.thread_key)) & (col(r.cycle) == col(d.cycle)))
        .outerjoin(t, col(t.thread_key) == col(d.thread_key))
        .outerjoin(o, col(o.opportunity_id) == col(t.opportunity_id))
        .where(col(d.status) == DraftStatus.SAVED, col(d.location).is_not(None))
        .order_by(col(d.updated_at).desc(), col(d.id).desc())
        .offset(offset)
        .limit(limit)
    )
    return [
        SavedDraftPublic(
            review_id=row[0],
            subject=row[1] or "",
            opportunity_id=row[2],
            account=row[3],
            approved_by=row[4],
            approved_at=row[5],
            saved_at=row[6],
            location=row[7],
            web_link=row[8],
            fate=DraftFate(row[9]) if row[9] else None,
            fate_at=row[10],
        )
        for row in session.connection().execute(query)
    ]


def count_saved_drafts(session: Session) -> int:
    query = (
        sa_select(func.count())
        .select_from(DraftRow)
        .where(col(DraftRow.status) == DraftStatus.SAVED, col(DraftRow.location).is_not(None))
    )
    return int(session.connection().execute(query).scalar_one())
