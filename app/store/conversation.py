"""What the console's review page shows beside the review itself: the thread's messages (new
text, the quoted history and signature split off the stored whole body, attachment names)
and the account names of opportunities."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pydantic import BaseModel
from sqlmodel import Session, col, select

from app.store.tables import MessageRow, OpportunityRow
from connectors.mailbox.quotes import split_message


class MessagePublic(BaseModel):
    message_id: str
    sender: str
    subject: str
    sent_at: datetime | None
    folder: str
    new_text: str
    quoted: str  # history and signature: what new_text leaves out, shown collapsed
    attachments: list[str]


def thread_messages(session: Session, *, thread_key: str, limit: int = 200) -> list[MessagePublic]:
    """Oldest first; a thread of thousands shows its latest ``limit`` messages."""
    query = (
        select(MessageRow)
        .where(MessageRow.thread_key == thread_key)
        .order_by(col(MessageRow.sent_at).desc(), col(MessageRow.message_id))
        .limit(limit)
    )
    rows = list(session.exec(query).all())
    return [
        MessagePublic(
            message_id=r.message_id,
            sender=r.sender,
            subject=r.subject,
            sent_at=r.sent_at,
            folder=r.folder,
            new_text=r.new_text,
            quoted=_quoted(r),
            attachments=[str(a.get("filename") or "(unnamed)") for a in r.attachments],
        )
        for r in reversed(rows)
    ]


def _quoted(row: MessageRow) -> str:
    """The rest of the whole body the row keeps (``data``, the parsed message): split again
    by the rules that made ``new_text`` at ingest, so nothing new needs storing."""
    body = row.data.get("body_text")
    return split_message(body)[1] if isinstance(body, str) else ""


def account_names(session: Session, *, opportunity_ids: Iterable[str | None]) -> dict[str, str]:
    """Account name by opportunity id, for the ids given (one query for a page)."""
    wanted = sorted({i for i in opportunity_ids if i})
    if not wanted:
        return {}
    query = select(OpportunityRow.opportunity_id, OpportunityRow.account_name).where(
        col(OpportunityRow.opportunity_id).in_(wanted)
    )
    return dict(session.exec(query).all())
