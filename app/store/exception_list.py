"""The exceptions page's read model: the CRM's open exceptions and the threads classified as
deal exceptions (their current cycle's review), with what the console recorded for each.

One page is cut in SQL from the union of both, oldest first, each side read in the order of
its index (ix_crm_exceptions_status_opened, ix_reviews_kind_created_at) only as far as the
page's end; its rows' reasons, owners and held drafts are then
looked up for that page only (a query each), as app.store.queries.list_queue does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Integer, String, cast, literal, null, union_all
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from agent.hold import OPEN_EXCEPTION
from agent.models import DraftStatus, Label, ReviewKind, ReviewStatus
from app.store.exceptions import CrmExceptionRow, ExceptionRecordRow, RecordStatus
from app.store.tables import ClassificationRow, DraftRow, PacketRow, ReviewRow, ThreadRow
from connectors.crm.model import ExceptionStatus


class HeldDraft(BaseModel):
    review_id: int
    subject: str
    draft_text: str | None


class ExceptionItem(BaseModel):
    key: str  # "crm:<exception id>" or "review:<review id>": what the console's forms name
    source: str  # "crm" (exceptions.csv) or "mail" (a thread classified deal_exception)
    ref: str  # the CRM's exception id, or the thread key
    kind: str
    opportunity_id: str | None
    owner: str | None  # the console's assignment, else the CRM's or the packet's owner
    since: datetime  # opened (CRM) or reached the review gate (mail)
    status: RecordStatus
    escalated_to: str | None = None
    note: str | None = None
    updated_by: str | None = None
    updated_at: datetime | None = None
    version: int = 0  # 0: the console has not touched it yet
    review_id: int | None = None
    review_status: str | None = None
    held_drafts: list[HeldDraft] = []


@dataclass(frozen=True)
class ExceptionFilter:
    """``status`` None: every status; "open" also lists escalated ones (not yet resolved)."""

    status: RecordStatus | None = RecordStatus.OPEN
    owner: str | None = None
    key: str | None = None


_REC = ExceptionRecordRow
_RECORD_COLUMNS: tuple[Any, ...] = (
    col(_REC.status).label("rec_status"),
    col(_REC.owner).label("rec_owner"),
    col(_REC.escalated_to),
    col(_REC.note),
    col(_REC.updated_by),
    col(_REC.updated_at),
    col(_REC.version),
)


def _crm_branch(narrow: ExceptionFilter) -> Any:
    e = CrmExceptionRow
    query = (
        sa_select(
            literal("crm").label("source"),
            col(e.exception_id).label("ref"),
            cast(null(), Integer).label("review_id"),
            cast(null(), Integer).label("cycle"),
            cast(null(), String).label("review_status"),
            col(e.kind).label("kind"),
            col(e.opportunity_id).label("opportunity_id"),
            col(e.owner).label("crm_owner"),
            col(e.opened_at).label("since"),
            *_RECORD_COLUMNS,
        )
        .outerjoin(_REC, col(_REC.crm_exception_id) == col(e.exception_id))
        .where(col(e.status) == ExceptionStatus.OPEN, col(e.in_export))
    )
    if narrow.key is not None:
        query = query.where(col(e.exception_id) == narrow.key.removeprefix("crm:"))
    return _narrowed(query, narrow, col(e.owner))


def _mail_branch(narrow: ExceptionFilter) -> Any:
    r, t = ReviewRow, ThreadRow
    query = (
        sa_select(
            literal("mail").label("source"),
            col(t.thread_key).label("ref"),
            col(r.id).label("review_id"),
            col(r.cycle).label("cycle"),
            cast(col(r.status), String).label("review_status"),
            cast(null(), String).label("kind"),
            col(t.opportunity_id).label("opportunity_id"),
            cast(null(), String).label("crm_owner"),
            col(r.created_at).label("since"),
            *_RECORD_COLUMNS,
        )
        .join(t, (col(t.thread_key) == col(r.thread_key)) & (col(t.cycle) == col(r.cycle)))
        .outerjoin(_REC, col(_REC.review_id) == col(r.id))
        .where(col(r.kind) == ReviewKind.EXCEPTION, col(t.label) == Label.DEAL_EXCEPTION)
    )
    if narrow.key is not None:
        query = query.where(col(r.id) == _review_id(narrow.key))
    if narrow.owner:  # the packet's owner, read inside its JSON: only when filtering by owner
        owner = col(PacketRow.data)["exception_owner"]["value"].as_string()
        query = query.outerjoin(
            PacketRow,
            (col(PacketRow.thread_key) == col(r.thread_key))
            & (col(PacketRow.cycle) == col(r.cycle)),
        )
        return _narrowed(query, narrow, owner)
    return _narrowed(query, narrow, None)


def _review_id(key: str) -> int:
    ref = key.removeprefix("review:")
    return int(ref) if ref.isdigit() else -1


def _narrowed(query: Any, narrow: ExceptionFilter, original_owner: Any) -> Any:
    status = col(_REC.status)
    if narrow.status == RecordStatus.OPEN:
        query = query.where(status.is_(None) | (status != RecordStatus.RESOLVED))
    elif narrow.status is not None:
        query = query.where(status == narrow.status)
    if narrow.owner:
        mine = col(_REC.owner).icontains(narrow.owner, autoescape=True)
        if original_owner is not None:
            mine = mine | (
                col(_REC.owner).is_(None) & original_owner.icontains(narrow.owner, autoescape=True)
            )
        query = query.where(mine)
    return query


def list_exceptions(
    session: Session,
    *,
    narrow: ExceptionFilter = ExceptionFilter(),
    limit: int = 50,
    offset: int = 0,
) -> list[ExceptionItem]:
    """A page of exceptions, oldest first (the most overdue on top)."""
    branches = []
    if narrow.key is None or narrow.key.startswith("crm:"):
        branches.append(_crm_branch(narrow))
    if narrow.key is None or narrow.key.startswith("review:"):
        branches.append(_mail_branch(narrow))
    # Each side is cut to the page's end in its own index order, so the union sorts at most
    # twice that many rows, not every exception thread in the store.
    cut = [_first(b, offset + limit) for b in branches]
    both = union_all(*cut).subquery()
    page = sa_select(both).order_by(both.c.since, both.c.ref).offset(offset).limit(limit)
    rows = session.connection().execute(page).all()
    items = [_item(row) for row in rows]
    _add_mail_details(session, [i for i in items if i.source == "mail"], rows)
    _add_held_drafts(session, [i for i in items if i.source == "crm"])
    return items


def _first(branch: Any, rows: int) -> Any:
    """The branch's first ``rows``, as a plain SELECT (SQLite takes no parenthesised member
    with its own ORDER BY and LIMIT in a UNION)."""
    inner = branch.subquery()
    cut = sa_select(inner).order_by(inner.c.since, inner.c.ref).limit(rows).subquery()
    return sa_select(cut)


def find_exception(session: Session, *, key: str) -> ExceptionItem | None:
    """One exception by its key, whatever its status."""
    found = list_exceptions(session, narrow=ExceptionFilter(status=None, key=key), limit=1)
    return found[0] if found else None


def _item(row: Any) -> ExceptionItem:
    mail = row.source == "mail"
    return ExceptionItem(
        key=f"review:{row.review_id}" if mail else f"crm:{row.ref}",
        source=row.source,
        ref=row.ref,
        kind=row.kind or "",
        opportunity_id=row.opportunity_id,
        owner=row.rec_owner or row.crm_owner,
        since=row.since,
        status=row.rec_status or RecordStatus.OPEN,
        escalated_to=row.escalated_to,
        note=row.note,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
        version=row.version or 0,
        review_id=row.review_id,
        review_status=row.review_status,
    )


def _add_mail_details(
    session: Session, items: Sequence[ExceptionItem], rows: Sequence[Any]
) -> None:
    """The reasons (the exception's kind) and the packet's owner of the page's threads."""
    if not items:
        return
    cycles = {row.ref: row.cycle for row in rows if row.source == "mail"}
    keys = list(cycles)
    reasons = session.connection().execute(
        sa_select(
            col(ClassificationRow.thread_key),
            col(ClassificationRow.cycle),
            col(ClassificationRow.reasons),
        ).where(col(ClassificationRow.thread_key).in_(keys))
    )
    kinds = {k: r for k, c, r in reasons if cycles.get(k) == c}
    owner = col(PacketRow.data)["exception_owner"]["value"].as_string()
    packets = session.connection().execute(
        sa_select(col(PacketRow.thread_key), col(PacketRow.cycle), owner).where(
            col(PacketRow.thread_key).in_(keys)
        )
    )
    owners = {k: o for k, c, o in packets if cycles.get(k) == c}
    for item in items:
        item.kind = ", ".join(kinds.get(item.ref) or []) or "deal exception"
        item.owner = item.owner or owners.get(item.ref)


def _add_held_drafts(session: Session, items: Sequence[ExceptionItem]) -> None:
    """Pending reviews whose customer draft one of these CRM exceptions holds. Read from the
    held drafts (ix_drafts_status_updated_at: a few hundred at most, waiting for a manager),
    not from the deals' threads, which can be thousands per deal."""
    wanted = {i.ref for i in items}
    if not wanted:
        return
    r, d, t = ReviewRow, DraftRow, ThreadRow
    query = (
        sa_select(col(r.id), col(t.subject), col(d.text), col(d.suppression_reasons))
        .select_from(d)
        .join(r, (col(r.thread_key) == col(d.thread_key)) & (col(r.cycle) == col(d.cycle)))
        .join(t, (col(t.thread_key) == col(d.thread_key)) & (col(t.cycle) == col(d.cycle)))
        .where(col(d.status) == DraftStatus.HELD, col(r.status) == ReviewStatus.PENDING)
    )  # no ORDER BY: SQLite would then walk the reviews in id order instead
    by_exception: dict[str, list[HeldDraft]] = {}
    for review_id, subject, text, reasons in sorted(session.connection().execute(query)):
        for reason in reasons:
            held_by = reason.removeprefix(OPEN_EXCEPTION)
            if reason.startswith(OPEN_EXCEPTION) and held_by in wanted:
                held = HeldDraft(review_id=review_id, subject=subject, draft_text=text)
                by_exception.setdefault(held_by, []).append(held)
    for item in items:
        item.held_drafts = by_exception.get(item.ref, [])


def review_exception_owner(session: Session, *, review_id: int, kind: str) -> str | None:
    """The owner of the exception an exception review is about: what the console recorded,
    else the CRM's or the packet's; None for a customer draft (it is about no exception)."""
    if kind == ReviewKind.CUSTOMER_DRAFT:
        return None
    item = find_exception(session, key=f"review:{review_id}")
    return item.owner if item is not None else None
