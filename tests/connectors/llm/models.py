"""Output types the adapter tests ask the fake server for."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class Answer(BaseModel):
    summary: str
    label: Literal["routine_follow_up", "deal_exception", "not_po_related"]
    po_number: str | None
    customer_draft: str | None
