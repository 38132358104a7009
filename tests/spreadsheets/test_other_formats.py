"""Workbooks saved by LibreOffice (.ods) and old Excel (.xls) read and import like .xlsx ones.

The fixture files are real conversions by LibreOffice of the same sheets (see fixtures/make_fixtures.py): a title
row above a Norwegian header, a postcode kept as text with its leading zero, another stored as a number, a date
cell, and a hidden sheet that is not read.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from app.services.core.context import ServiceContext
from app.services.core.rows import ProgrammeRow
from app.services.exchange.import_file import import_spreadsheet
from app.services.people.people import get_person
from app.spreadsheets import SpreadsheetError, read_file
from app.spreadsheets.cells import day, postcode
from tests.spreadsheets.conftest import written

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FORMATS = ["people.ods", "people.xls"]


@pytest.mark.parametrize("name", FORMATS)
def test_sheets_rows_and_values_read_as_in_xlsx(name: str) -> None:
    data = read_file(FIXTURES / name)
    assert [(s.name, s.spec.key, s.header_row) for s in data.sheets] == [
        ("Mentorer", "mentors", 3),
        ("Mentees", "mentees", 1),
    ]
    mentors, mentees = data.sheets
    assert mentors.headers["email"] == "E-post" and mentors.headers["unavailable_until"] == "Borte til"
    kari, per = mentors.rows
    assert (kari.number, per.number) == (4, 5)
    assert kari.cells["postcode"] == "0150" and kari.cells["capacity"] == 2 and kari.cells["latitude"] == 59.91
    assert per.cells["unavailable_until"] == datetime(2026, 5, 1)
    assert day(per.cells["unavailable_until"]) == date(2026, 5, 1)
    [ase] = mentees.rows
    assert ase.number == 2 and ase.cells["name"] == "Åse Ødegård"
    assert postcode(ase.cells["postcode"]) == "0150"


@pytest.mark.parametrize("name", FORMATS)
def test_import_applies_then_the_same_file_changes_nothing(
    ctx: ServiceContext, programme: ProgrammeRow, name: str
) -> None:
    report = import_spreadsheet(ctx, FIXTURES / name)
    assert (report.created, report.errors) == (3, [])
    kari = get_person(ctx, "kari@example.no")
    assert kari.postcode == "0150" and kari.profiles[0].capacity == 2
    assert get_person(ctx, "ase@example.no").postcode == "0150"
    before = written(ctx)
    again = import_spreadsheet(ctx, FIXTURES / name)
    assert (again.created, again.updated, again.unchanged, again.errors) == (0, 0, 3, [])
    assert written(ctx) == before


@pytest.mark.parametrize("name", FORMATS)
def test_problems_name_sheet_row_and_column(ctx: ServiceContext, name: str) -> None:
    # No programme called "Likeperson Oslo" exists: every row is reported where a coordinator would look.
    before = written(ctx)
    report = import_spreadsheet(ctx, FIXTURES / name)
    assert not report.applied
    assert {(e.sheet, e.row, e.column) for e in report.errors} == {
        ("Mentorer", 4, "Program"),
        ("Mentorer", 5, "Program"),
        ("Mentees", 2, "Programme"),
    }
    assert written(ctx) == before


@pytest.mark.parametrize("suffix", [".ods", ".xls"])
def test_a_broken_file_says_which_format_it_is_not(tmp_path: Path, suffix: str) -> None:
    broken = tmp_path / f"people{suffix}"
    broken.write_bytes(b"not a workbook at all")
    with pytest.raises(SpreadsheetError, match=rf"cannot be read as an \{suffix} workbook"):
        read_file(broken)


def test_upper_case_suffix_is_accepted(tmp_path: Path) -> None:
    copy = tmp_path / "PEOPLE.ODS"
    shutil.copyfile(FIXTURES / "people.ods", copy)
    assert [s.spec.key for s in read_file(copy).sheets] == ["mentors", "mentees"]
