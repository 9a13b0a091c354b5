"""The labelled-mailbox format (corpus/FORMAT.md): labels.jsonl and sentences.jsonl.

A bad line stops the load with the file, line and field, like the CRM import: a label
silently skipped would change every score computed from the rest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.errors import InputError
from agent.models import Label
from connectors.crm.model import PO_FIELDS

ExpectedDraft = Literal["pending_review", "held", "none"]


class ExpectedExtraction(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    po_number: str | None = None
    billing_entity: str | None = None
    tax_id: str | None = None


class LabelledThread(BaseModel):
    """What a careful person says about one thread."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    message_ids: tuple[str, ...] = Field(min_length=1)
    label: Label
    subject: str = ""
    opportunity_id: str | None = None
    missing_fields: tuple[str, ...] | None = None
    extracted: ExpectedExtraction = ExpectedExtraction()
    customer_draft_status: ExpectedDraft | None = None
    language: str | None = None
    reasons: tuple[str, ...] | None = None
    why: str = ""
    line: int = 0  # where it came from, for reports


class Sentence(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    expect: Literal["forbid", "allow"]
    text: str = Field(min_length=1)
    lang: str | None = None
    why: str = ""
    line: int = 0


def load_labels(path: Path) -> list[LabelledThread]:
    labels = [LabelledThread(**row) for row in _rows(path, LabelledThread)]
    seen: dict[str, int] = {}
    for item in labels:
        for field in item.missing_fields or ():
            if field not in PO_FIELDS:
                raise InputError(f"{path}, line {item.line}, field 'missing_fields': {field!r}")
        for mid in item.message_ids:
            if mid in seen:
                raise InputError(
                    f"{path}, line {item.line}, field 'message_ids': {mid} is also on line "
                    f"{seen[mid]}"
                )
            seen[mid] = item.line
    return labels


def load_sentences(path: Path) -> list[Sentence]:
    return [Sentence(**row) for row in _rows(path, Sentence)]


def _rows(path: Path, model: type[BaseModel]) -> list[dict[str, object]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    rows = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}, line {number}: not JSON: {exc.msg}") from exc
        if not isinstance(data, dict):
            raise InputError(f"{path}, line {number}: expected a JSON object")
        data["line"] = number
        try:
            model(**data)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "?"
            raise InputError(f"{path}, line {number}, field '{field}': {first['msg']}") from exc
        rows.append(data)
    if not rows:
        raise InputError(f"{path}: no labelled lines")
    return rows
