"""The deals board (`podesk deals`): every closed-won deal not yet booked, from the CRM's
history (app/store/crm_history.py), the threads linked to it and their latest packets.

A handful of queries whatever the number of deals: the facts of every snapshot, the latest
inbound message per deal, the current packets, the open CRM exceptions; then one query per
deal on the board for the exceptions found in its mail.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import UTC, date, datetime

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from agent.deal_board import DealFacts, DealRow, board_row, on_board, status_note
from agent.deal_history import FactChange, events, state_at
from agent.errors import ConfigurationError
from agent.models import Packet
from app.settings import Settings
from app.store.crm_history import CrmFactRow, CrmSnapshotRow
from app.store.db import make_engine
from app.store.deal_exceptions import every_open_mail_exception
from app.store.exceptions import CrmExceptionRow
from app.store.tables import MessageRow, PacketRow, ThreadRow
from connectors.crm.model import ExceptionStatus


def deals_board(
    settings: Settings, *, today: date | None = None, stalled_only: bool = False
) -> list[DealRow]:
    """The board (``board``) on the settings' store: what `podesk deals` shows."""
    engine = make_engine(settings.resolved_database_url)
    try:
        with Session(engine) as session:
            return board(session, settings=settings, today=today, stalled_only=stalled_only)
    finally:
        engine.dispose()


def board(
    session: Session,
    *,
    settings: Settings,
    today: date | None = None,
    stalled_only: bool = False,
    every: dict[str, list[FactChange]] | None = None,
) -> list[DealRow]:
    """Every deal on the board as of ``today`` (the date now, UTC), oldest closed-won
    first; the settings give the order path, the stall and the holidays. ``every``: the
    history (``histories``), when the caller has read it already."""
    day = today or datetime.now(UTC).date()
    gathered = gather(session, order_path=settings.order_path, every=every)
    off = public_holidays(settings.holiday_country, years=range(day.year - 2, day.year + 1))
    rows = [
        board_row(deal, today=day, stall_days=settings.stall_days, holidays=off)
        for deal in gathered
    ]
    rows.sort(key=lambda r: (r.closed_won, r.opportunity_id))
    return [r for r in rows if r.stalled] if stalled_only else rows


def gather(
    session: Session, *, order_path: str | None, every: dict[str, list[FactChange]] | None = None
) -> list[DealFacts]:
    every = histories(session) if every is None else every
    inbound = _last_inbound(session)
    packets = _current_packets(session)
    crm_exceptions = _open_crm_exceptions(session)
    in_mail = every_open_mail_exception(session)
    found = []
    for opp, history in every.items():
        facts = state_at(history)
        if not on_board(facts, order_path):
            continue
        sources = {c.key: c.source for c in history if c.value is not None}
        latest = packets.get(opp, [])
        mail = in_mail.get(opp, [])
        found.append(
            DealFacts(
                opportunity_id=opp,
                facts=facts,
                sources=sources,
                events=events(opp, history),
                first_snapshot=history[0].snapshot_id,
                last_inbound=inbound.get(opp),
                received_in_mail=_received(latest),
                status_note=status_note(latest[-1][0]) if latest else None,
                next_owner=_owner(latest[-1][0]) if latest else None,
                open_exceptions=crm_exceptions.get(opp, [])
                + [(m.key, m.owner, m.since.date()) for m in mail],
            )
        )
    return found


def public_holidays(country: str | None, *, years: range) -> frozenset[date]:
    """The country's public holidays (the `holidays` package); none when unset."""
    if not country:
        return frozenset()
    import holidays

    try:
        return frozenset(holidays.country_holidays(country, years=years))
    except NotImplementedError:
        raise ConfigurationError(
            f"PODESK_HOLIDAY_COUNTRY {country!r} is not a country the holidays package knows: "
            "use an ISO 3166 code such as US, DE or GB"
        ) from None


def histories(session: Session) -> dict[str, list[FactChange]]:
    """Every deal's fact changes, oldest first: plain rows, no ORM objects, and each
    snapshot's date read once (not parsed again on each of its facts)."""
    dates = {
        snapshot_id: as_of if as_of.tzinfo else as_of.replace(tzinfo=UTC)
        for snapshot_id, as_of in session.exec(select(CrmSnapshotRow.id, CrmSnapshotRow.as_of))
    }
    f = CrmFactRow
    query = sa_select(
        col(f.opportunity_id), col(f.snapshot_id), col(f.key), col(f.value), col(f.source)
    ).order_by(col(f.id))
    found: dict[str, list[FactChange]] = defaultdict(list)
    for opp, snapshot_id, key, value, source in session.execute(query):
        found[opp].append(FactChange(snapshot_id, dates[snapshot_id], key, value, source))
    return found


def _last_inbound(session: Session) -> dict[str, datetime]:
    query = (
        select(ThreadRow.opportunity_id, func.max(MessageRow.sent_at))
        .join(ThreadRow, col(ThreadRow.thread_key) == col(MessageRow.thread_key))
        .where(col(MessageRow.folder) == "inbox", col(ThreadRow.opportunity_id).is_not(None))
        .group_by(col(ThreadRow.opportunity_id))
    )
    found = {}
    for opp, sent in session.exec(query):
        if opp is not None and sent is not None:
            found[opp] = sent if sent.tzinfo else sent.replace(tzinfo=UTC)
    return found


def _current_packets(session: Session) -> dict[str, list[tuple[Packet, str]]]:
    """Each deal's packets of its threads' current cycles, oldest first: (packet, note)."""
    query = (
        select(PacketRow)
        .join(
            ThreadRow,
            (col(ThreadRow.thread_key) == col(PacketRow.thread_key))
            & (col(ThreadRow.cycle) == col(PacketRow.cycle)),
        )
        .where(col(PacketRow.opportunity_id).is_not(None))
        .order_by(col(PacketRow.updated_at), col(PacketRow.id))
    )
    found: dict[str, list[tuple[Packet, str]]] = defaultdict(list)
    for row in session.exec(query):
        if row.opportunity_id is not None:
            found[row.opportunity_id].append((Packet.model_validate(row.data), row.internal_note))
    return found


def _open_crm_exceptions(session: Session) -> dict[str, list[tuple[str, str, date]]]:
    query = select(CrmExceptionRow).where(
        col(CrmExceptionRow.status) == ExceptionStatus.OPEN, col(CrmExceptionRow.in_export)
    )
    found: dict[str, list[tuple[str, str, date]]] = defaultdict(list)
    for row in session.exec(query.order_by(col(CrmExceptionRow.opened_at))):
        found[row.opportunity_id].append((row.exception_id, row.owner, row.opened_at.date()))
    return found


def _received(packets: Collection[tuple[Packet, str]]) -> dict[str, str]:
    """Fields the deal's threads supplied, each with the message that did."""
    found: dict[str, str] = {}
    for packet, _ in packets:
        got = packet.received_in_thread
        fields = got.value if isinstance(got.value, tuple | list) else ()
        sources = got.source.split(", ")
        for field, source in zip(fields, sources, strict=False):
            found[str(field)] = source
    return found


def _owner(packet: Packet) -> str | None:
    value = packet.next_action_owner.value
    return value if isinstance(value, str) else None
