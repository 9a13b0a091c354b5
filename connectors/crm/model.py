"""Rows of the CRM export, validated. Field names follow the CSV headers exactly."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

OrderPath = Literal["enterprise_po", "renewal_po", "signed_contract"]


class ContractStatus(StrEnum):
    SIGNED = "signed"
    PENDING_SIGNATURE = "pending_signature"
    AMENDMENT_UNSIGNED = "amendment_unsigned"
    NOT_REQUIRED = "not_required"


class OrderQueueStatus(StrEnum):
    NOT_SUBMITTED = "not_submitted"
    IN_QUEUE = "in_queue"
    ON_HOLD = "on_hold"
    ACCEPTED = "accepted"
    BOOKED = "booked"


ContactRole = Literal["procurement", "accounts_payable", "legal", "champion", "other"]
PoField = Literal[
    "po_number",
    "billing_entity",
    "procurement_contact",
    "signature_packet",
    "tax_detail",
    "delivery_prerequisite",
    "supplier_registration",
]
PO_FIELDS: tuple[PoField, ...] = PoField.__args__  # type: ignore[attr-defined]


class RequirementStatus(StrEnum):
    MISSING = "missing"
    RECEIVED = "received"
    NOT_REQUIRED = "not_required"


class ExceptionStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class SourceRef(BaseModel):
    """Where a CRM fact came from: file name and 1-based line number (header is line 1)."""

    model_config = ConfigDict(frozen=True)

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    source: SourceRef


class Opportunity(_Row):
    opportunity_id: str = Field(min_length=1)
    account_name: str = Field(min_length=1)
    account_domains: tuple[str, ...]
    stage: str
    close_date: date
    amount: Decimal
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    order_path: OrderPath
    quote_number: str
    contract_status: ContractStatus
    order_queue_status: OrderQueueStatus
    account_owner: EmailStr
    deal_desk_owner: EmailStr
    sales_ops_owner: EmailStr

    @property
    def closed_won(self) -> bool:
        return self.stage.strip().lower().replace("-", " ").replace("_", " ") == "closed won"


class Contact(_Row):
    opportunity_id: str = Field(min_length=1)
    name: str
    email: EmailStr
    role: ContactRole


class PoRequirement(_Row):
    opportunity_id: str = Field(min_length=1)
    field: PoField
    status: RequirementStatus
    value: str = ""
    updated_at: datetime | None = None


class CrmException(_Row):
    exception_id: str = Field(min_length=1)
    opportunity_id: str = Field(min_length=1)
    kind: str
    owner: EmailStr
    status: ExceptionStatus
    opened_at: datetime | date


class CrmSnapshot(BaseModel):
    """Everything one CRM export folder holds, validated and cross-checked."""

    model_config = ConfigDict(frozen=True)

    opportunities: tuple[Opportunity, ...] = ()
    contacts: tuple[Contact, ...] = ()
    requirements: tuple[PoRequirement, ...] = ()
    exceptions: tuple[CrmException, ...] = ()
    # Optional files the export folder did not have (contacts.csv, po_requirements.csv): then
    # nobody can say what is still required or who the contacts are.
    missing_files: tuple[str, ...] = ()
