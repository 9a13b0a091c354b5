"""`podesk crm import` and `podesk crm history`: the CRM's dated snapshots and a deal's events
(app/store/crm_history.py, agent/deal_history.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from agent.deal_history import DealEvent, FactChange, events, state_at
from app.settings import Settings
from app.store.crm_history import ImportResult, deal_history, import_snapshot
from app.store.db import make_engine
from app.store.ingest import upsert_opportunities
from app.wiring import require_crm
from connectors.crm.model import CrmSnapshot


def import_crm(
    settings: Settings, folder: Path | None = None, *, as_of: datetime | None = None
) -> tuple[CrmSnapshot, ImportResult]:
    """Load the export (the settings' folder unless given), keep it as a snapshot as of
    ``as_of`` (now when None) and show its deals and exceptions in the store."""
    chosen = settings if folder is None else settings.model_copy(update={"crm_dir": folder})
    snapshot = require_crm(chosen)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    try:
        with Session(engine) as session:
            source = str(chosen.crm_dir)
            result = import_snapshot(session, snapshot=snapshot, as_of=as_of, source=source)
            upsert_opportunities(session, snapshot=snapshot)
            session.commit()
    finally:
        engine.dispose()
    return snapshot, result


def history(
    settings: Settings, opportunity_id: str
) -> tuple[list[FactChange], list[DealEvent], dict[str, str]]:
    """The deal's fact changes, its events and its facts as of the latest snapshot."""
    engine = make_engine(settings.resolved_database_url)
    try:
        with Session(engine) as session:
            found = deal_history(session, opportunity_id=opportunity_id)
    finally:
        engine.dispose()
    return found, events(opportunity_id, found), state_at(found)
