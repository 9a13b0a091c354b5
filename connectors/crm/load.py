"""Load a CRM export folder into a validated, cross-checked ``CrmSnapshot``.

Every row is validated; the first bad row stops the import with a
``CrmImportError`` naming file, line and column, because a half-loaded CRM
would silently change which deals get linked and which facts reach a packet.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from connectors.crm.model import (
    Contact,
    CrmException,
    CrmSnapshot,
    Opportunity,
    PoRequirement,
    SourceRef,
)
from connectors.errors import InputError

OPPORTUNITIES = "opportunities.csv"
CONTACTS = "contacts.csv"
REQUIREMENTS = "po_requirements.csv"
EXCEPTIONS = "exceptions.csv"
KNOWN_FILES = (OPPORTUNITIES, CONTACTS, REQUIREMENTS, EXCEPTIONS)
# Without these an export cannot say what a deal still needs or whom to write to.
COMPLETENESS_FILES = (REQUIREMENTS, CONTACTS)

_DOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

RowT = TypeVar("RowT", bound=BaseModel)


class _CellError(InputError):
    """A value a row preparer rejected before model validation."""

    def __init__(self, column: str, detail: str) -> None:
        super().__init__(detail)
        self.column = column
        self.detail = detail


class CrmImportError(InputError):
    """A CRM export that cannot be imported as a whole; names where the problem is."""

    def __init__(self, file: str, line: int | None, column: str | None, detail: str) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.detail = detail
        where = [file]
        if line is not None:
            where.append(f"line {line}")
        if column is not None:
            where.append(f"column {column!r}")
        super().__init__(f"{', '.join(where)}: {detail}")


def load_crm(folder: Path) -> CrmSnapshot:
    """Read and validate one export folder; opportunities.csv is required, the rest optional."""
    if not folder.is_dir():
        raise CrmImportError(str(folder), None, None, "CRM export folder does not exist")
    _reject_unknown_files(folder)
    if not (folder / OPPORTUNITIES).is_file():
        raise CrmImportError(OPPORTUNITIES, None, None, f"required file is missing in {folder}")
    opportunities = _read(folder, OPPORTUNITIES, Opportunity, _prepare_opportunity)
    if not opportunities:
        raise CrmImportError(OPPORTUNITIES, 2, None, "no opportunities (header row only)")
    known = _unique_ids(opportunities)
    contacts = _read(folder, CONTACTS, Contact, _prepare_plain)
    requirements = _read(folder, REQUIREMENTS, PoRequirement, _prepare_requirement)
    exceptions = _read(folder, EXCEPTIONS, CrmException, _prepare_plain)
    for rows in (contacts, requirements, exceptions):
        _check_references(rows, known)
    # Two rows for one requirement (or one exception id) contradict each other; neither may win.
    req_keys = ((f"{r.opportunity_id}/{r.field}".lower(), r.source) for r in requirements)
    _check_unique(req_keys, "requirement", "field")
    exc_keys = ((e.exception_id.lower(), e.source) for e in exceptions)
    _check_unique(exc_keys, "exception_id", "exception_id")
    return CrmSnapshot(
        opportunities=opportunities,
        contacts=contacts,
        requirements=requirements,
        exceptions=exceptions,
        missing_files=tuple(n for n in COMPLETENESS_FILES if not (folder / n).is_file()),
    )


def _reject_unknown_files(folder: Path) -> None:
    # A misspelt optional file ("contact.csv") would otherwise be ignored without a word.
    for path in sorted(folder.glob("*.csv")):
        if path.name not in KNOWN_FILES:
            expected = ", ".join(KNOWN_FILES)
            raise CrmImportError(path.name, None, None, f"unknown file (expected: {expected})")


def _read(
    folder: Path,
    name: str,
    model: type[RowT],
    prepare: Callable[[dict[str, str]], dict[str, Any]],
) -> tuple[RowT, ...]:
    path = folder / name
    if not path.is_file():
        return ()
    rows: list[RowT] = []
    for line, raw in _records(name, path.read_bytes(), _columns(model)):
        rows.append(_validate(name, line, raw, model, prepare))
    return tuple(rows)


def _columns(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(f for f in model.model_fields if f != "source")


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")  # Excel writes a BOM; it is not part of the header
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start : exc.start + 1].hex()
        column = _column_at(data, exc.start)
        raise CrmImportError(name, line, column, f"not valid UTF-8 (byte 0x{byte})") from exc


def _column_at(data: bytes, offset: int) -> str | None:
    """Best-effort name of the column holding byte ``offset``, from the header row."""
    header_end = data.find(b"\n")
    if header_end == -1 or offset <= header_end:
        return None  # the header itself is broken, so there are no names to go by
    header = next(csv.reader([data[:header_end].decode("utf-8-sig").strip()]))
    line_start = data.rfind(b"\n", 0, offset) + 1
    prefix = data[line_start:offset].decode("utf-8")
    index = max(len(next(csv.reader([prefix]), [])), 1) - 1
    return header[index].strip() if 0 <= index < len(header) else None


def _records(
    name: str, data: bytes, columns: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (physical line where the record starts, raw values) for each data row."""
    text = _decode(name, data)
    if not text.strip():
        raise CrmImportError(name, 1, None, "file is empty (no header row)")
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        # Padded header names ("amount ") are still unambiguous, so they are accepted.
        reader.fieldnames = [f.strip() for f in reader.fieldnames or []]
        _check_header(name, reader.fieldnames, columns)
        for row in reader:
            cells = _cells(row)
            # Rows without any content (blank lines, ",,,," from spreadsheets) hold no data.
            if not any(c.strip() for c in cells):
                continue
            # A quoted value may span lines; report the line the record starts on.
            line = reader.line_num - sum(len(_LINE_BREAK.findall(c)) for c in cells)
            yield line, _complete_row(name, line, row, columns)
    except csv.Error as exc:
        # DictReader.line_num is only updated after a successful row; ask the inner reader.
        line = reader.reader.line_num
        raise CrmImportError(name, line, None, f"malformed CSV: {exc}") from exc


def _cells(row: dict[str | Any, Any]) -> list[str]:
    """Every value DictReader produced, surplus ones (under the key None) included."""
    cells: list[str] = []
    for value in row.values():
        if isinstance(value, list):
            cells.extend(value)
        elif isinstance(value, str):
            cells.append(value)
    return cells


def _check_header(name: str, header: list[str], columns: tuple[str, ...]) -> None:
    seen: set[str] = set()
    for column in header:
        if column in seen:
            raise CrmImportError(name, 1, column, "duplicate column")
        if column not in columns:
            expected = ", ".join(columns)
            raise CrmImportError(name, 1, column, f"unknown column (expected: {expected})")
        seen.add(column)
    for column in columns:
        if column not in seen:
            raise CrmImportError(name, 1, column, "missing column")


def _complete_row(
    name: str, line: int, row: dict[str | Any, Any], columns: tuple[str, ...]
) -> dict[str, str]:
    if row.get(None):  # DictReader files surplus values under the key None
        raise CrmImportError(name, line, None, f"more values than the {len(columns)} columns")
    for column in columns:
        if row.get(column) is None:
            raise CrmImportError(name, line, column, "missing value (row is too short)")
    return {c: row[c] for c in columns}


def _validate(
    name: str,
    line: int,
    raw: dict[str, str],
    model: type[RowT],
    prepare: Callable[[dict[str, str]], dict[str, Any]],
) -> RowT:
    try:
        values = prepare(raw)
    except _CellError as exc:
        raise CrmImportError(name, line, exc.column, exc.detail) from exc
    try:
        return model.model_validate({**values, "source": SourceRef(file=name, line=line)})
    except ValidationError as exc:
        error = exc.errors()[0]
        column = str(error["loc"][0]) if error["loc"] else None
        got = raw.get(column, "") if column else ""
        raise CrmImportError(name, line, column, f"{error['msg']} (got {got!r})") from exc


def _prepare_plain(raw: dict[str, str]) -> dict[str, Any]:
    return dict(raw)


def _prepare_opportunity(raw: dict[str, str]) -> dict[str, Any]:
    cells = (d.strip().lower() for d in raw["account_domains"].split(";"))
    domains = tuple(dict.fromkeys(d for d in cells if d))  # de-duplicated, order kept
    if not domains:
        got = raw["account_domains"]
        raise _CellError("account_domains", f"at least one domain is required (got {got!r})")
    for domain in domains:
        if not _DOMAIN.match(domain):
            raise _CellError("account_domains", f"not a domain name (got {domain!r})")
    return {**raw, "account_domains": domains}


def _prepare_requirement(raw: dict[str, str]) -> dict[str, Any]:
    # An empty cell means "not recorded", which the model spells None.
    return {**raw, "updated_at": raw["updated_at"].strip() or None}


def _unique_ids(opportunities: tuple[Opportunity, ...]) -> dict[str, int]:
    """Map lower-cased opportunity id -> line; ids are matched case-insensitively downstream."""
    first: dict[str, int] = {}
    for opp in opportunities:
        key = opp.opportunity_id.lower()
        if key in first:
            detail = f"duplicate opportunity_id {opp.opportunity_id!r} (first on line {first[key]})"
            raise CrmImportError(opp.source.file, opp.source.line, "opportunity_id", detail)
        first[key] = opp.source.line
    return first


def _check_references(
    rows: tuple[Contact, ...] | tuple[PoRequirement, ...] | tuple[CrmException, ...],
    known: dict[str, int],
) -> None:
    for row in rows:
        if row.opportunity_id.lower() not in known:
            detail = f"unknown opportunity_id {row.opportunity_id!r} (not in {OPPORTUNITIES})"
            raise CrmImportError(row.source.file, row.source.line, "opportunity_id", detail)


def _check_unique(keys: Iterator[tuple[str, SourceRef]], what: str, column: str) -> None:
    first: dict[str, SourceRef] = {}
    for key, source in keys:
        if key in first:
            detail = f"duplicate {what} {key!r} (first on line {first[key].line})"
            raise CrmImportError(source.file, source.line, column, detail)
        first[key] = source
