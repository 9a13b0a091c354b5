"""Tiny builders for CRM rows and export folders, for tests anywhere in the project.

Defaults describe one plausible closed-won deal, so a test only spells out the
fields it is about. ``write_export`` turns a snapshot back into the CSV folder
``load_crm`` reads, for tests that need real files.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from connectors.crm.load import CONTACTS, EXCEPTIONS, OPPORTUNITIES, REQUIREMENTS
from connectors.crm.model import (
    Contact,
    CrmException,
    CrmSnapshot,
    Opportunity,
    PoRequirement,
    SourceRef,
)

_FAKE_SOURCE = SourceRef(file="fake", line=0)


def opportunity(opportunity_id: str = "OPP-1001", **overrides: Any) -> Opportunity:
    values: dict[str, Any] = {
        "opportunity_id": opportunity_id,
        "account_name": "Acme GmbH",
        "account_domains": ("acme.example",),
        "stage": "Closed Won",
        "close_date": date(2025, 3, 31),
        "amount": Decimal("48000.00"),
        "currency": "USD",
        "order_path": "enterprise_po",
        "quote_number": f"Q-{opportunity_id.rpartition('-')[2]}",
        "contract_status": "signed",
        "order_queue_status": "not_submitted",
        "account_owner": "ae@podesk.example",
        "deal_desk_owner": "dealdesk@podesk.example",
        "sales_ops_owner": "salesops@podesk.example",
        "source": _FAKE_SOURCE,
    }
    return Opportunity.model_validate({**values, **overrides})


def contact(
    opportunity_id: str = "OPP-1001", email: str = "buyer@acme.example", **overrides: Any
) -> Contact:
    values: dict[str, Any] = {
        "opportunity_id": opportunity_id,
        "name": "Pat Buyer",
        "email": email,
        "role": "procurement",
        "source": _FAKE_SOURCE,
    }
    return Contact.model_validate({**values, **overrides})


def requirement(
    opportunity_id: str = "OPP-1001", field: str = "po_number", **overrides: Any
) -> PoRequirement:
    values: dict[str, Any] = {
        "opportunity_id": opportunity_id,
        "field": field,
        "status": "missing",
        "source": _FAKE_SOURCE,
    }
    return PoRequirement.model_validate({**values, **overrides})


def crm_exception(
    exception_id: str = "EX-1", opportunity_id: str = "OPP-1001", **overrides: Any
) -> CrmException:
    values: dict[str, Any] = {
        "exception_id": exception_id,
        "opportunity_id": opportunity_id,
        "kind": "pricing",
        "owner": "dealdesk@podesk.example",
        "status": "open",
        "opened_at": datetime(2025, 4, 2, 9, 30),
        "source": _FAKE_SOURCE,
    }
    return CrmException.model_validate({**values, **overrides})


def snapshot(
    opportunities: Iterable[Opportunity] = (),
    contacts: Iterable[Contact] = (),
    requirements: Iterable[PoRequirement] = (),
    exceptions: Iterable[CrmException] = (),
    missing_files: Iterable[str] = (),
) -> CrmSnapshot:
    return CrmSnapshot(
        opportunities=tuple(opportunities),
        contacts=tuple(contacts),
        requirements=tuple(requirements),
        exceptions=tuple(exceptions),
        missing_files=tuple(missing_files),
    )


def write_export(snap: CrmSnapshot, folder: Path) -> Path:
    """Write ``snap`` as an export folder. contacts.csv and po_requirements.csv are written
    (header only when empty) unless ``snap.missing_files`` names them; exceptions.csv only
    when it has rows."""
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder / OPPORTUNITIES, Opportunity, snap.opportunities)
    for name, model, rows in (
        (CONTACTS, Contact, snap.contacts),
        (REQUIREMENTS, PoRequirement, snap.requirements),
        (EXCEPTIONS, CrmException, snap.exceptions),
    ):
        if rows or (name != EXCEPTIONS and name not in snap.missing_files):
            _write(folder / name, model, rows)
    return folder


def _write(path: Path, model: type[BaseModel], rows: Iterable[BaseModel]) -> None:
    columns = [f for f in model.model_fields if f != "source"]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(getattr(row, c)) for c in columns])


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ";".join(str(v) for v in value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)
