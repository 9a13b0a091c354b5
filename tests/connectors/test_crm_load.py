"""load_crm: valid exports load completely; every bad one stops with file, line and column."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from connectors.crm import CrmImportError, load_crm
from connectors.crm.fake import contact, opportunity, requirement, snapshot, write_export
from connectors.errors import InputError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "crm"
HEADER = (
    "opportunity_id,account_name,account_domains,stage,close_date,amount,currency,order_path,"
    "quote_number,contract_status,order_queue_status,account_owner,deal_desk_owner,"
    "sales_ops_owner\n"
)


def opp_row(opp_id: str = "OPP-1", amount: str = "1000", order_path: str = "enterprise_po") -> str:
    return (
        f"{opp_id},Account,acme.example,Closed Won,2025-03-31,{amount},USD,{order_path},Q-1,"
        "signed,not_submitted,ae@ourco.example,dd@ourco.example,so@ourco.example\n"
    )


def export(tmp_path: Path, **files: str) -> Path:
    """Write an export folder; keyword names are file stems (opportunities=..., contacts=...)."""
    files.setdefault("opportunities", HEADER + opp_row())
    for stem, text in files.items():
        (tmp_path / f"{stem}.csv").write_text(text, encoding="utf-8", newline="")
    return tmp_path


def load_error(folder: Path) -> CrmImportError:
    with pytest.raises(CrmImportError) as caught:
        load_crm(folder)
    return caught.value


def test_valid_export_loads_every_row_with_its_source() -> None:
    snap = load_crm(FIXTURES / "valid")

    assert [o.opportunity_id for o in snap.opportunities] == [f"OPP-100{i}" for i in range(1, 6)]
    assert (len(snap.contacts), len(snap.requirements), len(snap.exceptions)) == (6, 5, 2)
    first = snap.opportunities[0]
    assert first.source.file == "opportunities.csv" and first.source.line == 2  # BOM ignored
    assert first.account_domains == ("acme.example", "acme-group.example")
    assert first.amount == Decimal("48000.00")
    assert snap.opportunities[1].amount == Decimal("120000")
    assert snap.opportunities[4].account_name == "Umbrella Corp, Ltd."
    assert [r.source.line for r in snap.requirements] == [2, 3, 4, 5, 6]  # CRLF, blank tail
    assert snap.requirements[3].updated_at is None
    assert snap.exceptions[1].source.line == 3


def test_optional_files_may_be_absent(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "valid" / "opportunities.csv", tmp_path)

    snap = load_crm(tmp_path)

    assert len(snap.opportunities) == 5
    assert (snap.contacts, snap.requirements, snap.exceptions) == ((), (), ())
    # Without them nobody can say what a deal still needs or whom to write to.
    assert snap.missing_files == ("po_requirements.csv", "contacts.csv")
    assert load_crm(FIXTURES / "valid").missing_files == ()


@pytest.mark.parametrize(
    ("folder", "file", "line", "column", "message"),
    [
        (
            "bad_amount",
            "opportunities.csv",
            7,
            "amount",
            "opportunities.csv, line 7, column 'amount': Input should be a valid decimal"
            " (got 'abc')",
        ),
        ("unknown_column", "contacts.csv", 1, "phone", "contacts.csv, line 1, column 'phone':"),
        ("missing_column", "opportunities.csv", 1, "currency", "missing column"),
        ("duplicate_id", "opportunities.csv", 4, "opportunity_id", "first on line 2"),
        ("unknown_reference", "po_requirements.csv", 4, "opportunity_id", "'OPP-9'"),
        ("not_utf8", "opportunities.csv", 3, "account_name", "not valid UTF-8"),
        ("no_domain", "opportunities.csv", 3, "account_domains", "at least one domain"),
    ],
)
def test_bad_fixture_names_file_line_and_column(
    folder: str, file: str, line: int, column: str, message: str
) -> None:
    error = load_error(FIXTURES / folder)

    assert (error.file, error.line, error.column) == (file, line, column)
    assert message in str(error)
    assert str(error).startswith(f"{file}, line {line}, column {column!r}: ")


def test_empty_file_is_an_error_not_an_empty_table() -> None:
    error = load_error(FIXTURES / "empty_file")

    assert (error.file, error.line) == ("exceptions.csv", 1)
    assert str(error) == "exceptions.csv, line 1: file is empty (no header row)"


def test_import_error_is_an_input_error_not_a_value_error() -> None:
    assert issubclass(CrmImportError, InputError)
    assert not issubclass(CrmImportError, ValueError)


def test_amount_accepts_plain_and_two_decimal_forms(tmp_path: Path) -> None:
    folder = export(
        tmp_path, opportunities=HEADER + opp_row("A-1", "48000") + opp_row("A-2", "48000.00")
    )

    amounts = [o.amount for o in load_crm(folder).opportunities]

    assert amounts == [Decimal("48000"), Decimal("48000")]


@pytest.mark.parametrize(
    ("rows", "line", "column", "fragment"),
    [
        (opp_row(order_path="po"), 2, "order_path", "'enterprise_po', 'renewal_po'"),
        (opp_row().replace("ae@ourco.example", "not-an-address"), 2, "account_owner", "email"),
        (opp_row().replace("2025-03-31", "31/03/2025"), 2, "close_date", "31/03/2025"),
        (opp_row() + "\n" + opp_row("OPP-2", "NaN"), 4, "amount", "(got 'NaN')"),
        (opp_row().rstrip("\n") + ",extra\n", 2, None, "more values than the 14 columns"),
        ("OPP-1,Account,acme.example\n", 2, "stage", "row is too short"),
    ],
)
def test_bad_opportunity_row(
    tmp_path: Path, rows: str, line: int, column: str | None, fragment: str
) -> None:
    error = load_error(export(tmp_path, opportunities=HEADER + rows))

    assert (error.file, error.line, error.column) == ("opportunities.csv", line, column)
    assert fragment in error.detail


def test_line_numbers_are_physical_lines_across_quoted_newlines(tmp_path: Path) -> None:
    multiline = opp_row("OPP-1").replace("Account", '"Account\nwith a second line"')
    folder = export(tmp_path, opportunities=HEADER + multiline + opp_row("OPP-2", "abc"))

    error = load_error(folder)

    assert (error.line, error.column) == (4, "amount")


def test_rows_without_content_are_not_data(tmp_path: Path) -> None:
    folder = export(tmp_path, opportunities=HEADER + opp_row() + ",,,,,,,,,,,,,\n  \n\n")

    assert len(load_crm(folder).opportunities) == 1


def test_header_only_opportunities_is_an_error(tmp_path: Path) -> None:
    error = load_error(export(tmp_path, opportunities=HEADER))

    assert (error.file, error.line) == ("opportunities.csv", 2)


def test_missing_opportunities_file(tmp_path: Path) -> None:
    (tmp_path / "contacts.csv").write_text("opportunity_id,name,email,role\n", encoding="utf-8")

    error = load_error(tmp_path)

    assert error.file == "opportunities.csv" and "required file is missing" in error.detail


def test_unknown_csv_file_is_not_ignored(tmp_path: Path) -> None:
    error = load_error(export(tmp_path, contact="opportunity_id,name,email,role\n"))

    assert error.file == "contact.csv" and "unknown file" in error.detail


def test_duplicate_header_column(tmp_path: Path) -> None:
    text = "opportunity_id,name,email,role,role\nOPP-1,Jane,jane@acme.example,legal,legal\n"

    error = load_error(export(tmp_path, contacts=text))

    assert (error.file, error.line, error.column) == ("contacts.csv", 1, "role")


def test_contact_for_unknown_opportunity(tmp_path: Path) -> None:
    text = (
        "opportunity_id,name,email,role\n"
        "opp-1,Jane,jane@acme.example,legal\n"
        "OPP-7,X,x@a.example,other\n"
    )

    error = load_error(export(tmp_path, contacts=text))

    assert str(error) == (
        "contacts.csv, line 3, column 'opportunity_id': "
        "unknown opportunity_id 'OPP-7' (not in opportunities.csv)"
    )


def test_two_rows_for_one_requirement_contradict(tmp_path: Path) -> None:
    text = (
        "opportunity_id,field,status,value,updated_at\n"
        "OPP-1,po_number,received,PO-1,\n"
        "OPP-1,po_number,missing,,\n"
    )

    error = load_error(export(tmp_path, po_requirements=text))

    assert (error.file, error.line, error.column) == ("po_requirements.csv", 3, "field")


def test_bad_timestamp_in_exceptions(tmp_path: Path) -> None:
    text = (
        "exception_id,opportunity_id,kind,owner,status,opened_at\n"
        "EX-1,OPP-1,pricing,a@ourco.example,open,soon\n"
    )

    error = load_error(export(tmp_path, exceptions=text))

    assert (error.file, error.line, error.column) == ("exceptions.csv", 2, "opened_at")
    assert "(got 'soon')" in str(error)


def test_malformed_quoting(tmp_path: Path) -> None:
    text = 'opportunity_id,name,email,role\nOPP-1,"Jane" Roe,jane@acme.example,legal\n'

    error = load_error(export(tmp_path, contacts=text))

    assert (error.file, error.line) == ("contacts.csv", 2)
    assert "malformed CSV" in error.detail


def test_fake_export_round_trips(tmp_path: Path) -> None:
    snap = snapshot(
        [opportunity("OPP-7", account_domains=("a.example", "b.example"))],
        [contact("OPP-7")],
        [requirement("OPP-7", status="received", value="PO-77")],
    )

    loaded = load_crm(write_export(snap, tmp_path))

    assert loaded.opportunities[0].model_dump(exclude={"source"}) == snap.opportunities[
        0
    ].model_dump(exclude={"source"})
    assert loaded.requirements[0].value == "PO-77"
    assert loaded.contacts[0].source.line == 2
