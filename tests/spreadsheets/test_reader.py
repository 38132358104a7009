"""Reading spreadsheets as they really come: title rows, odd headers, numbers as text, dates, formulas, encodings."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.spreadsheets import SpreadsheetError, read_file
from app.spreadsheets.cells import CellError, day, decimal, integer, items, moment, postcode, text
from tests.spreadsheets.files import MENTEE_HEADER, MENTOR_HEADER, mentee, mentor, write_csv, write_xlsx


def test_header_below_merged_title_rows_in_any_case_and_spacing(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Mentorer"
    ws["A1"] = "Likepersoner i Oslo 2026"
    ws.merge_cells("A1:F1")
    ws["A2"] = "Eksportert av Kari"
    ws.append([])
    ws.append(["  NAVN ", "e-post", "Telefon", "postnr", "KOMMUNE", "Kapasitet", None, None])
    ws.append(["Kari Nordmann", "kari@example.no", 4722000000, 150, "Oslo", "2"])
    ws.append([None, None, None, None, None, None, None, None])
    ws.append([])
    ws["J20"] = None  # an empty trailing cell far to the right
    path = tmp_path / "mentorer.xlsx"
    wb.save(path)

    data = read_file(path)
    [sheet] = data.sheets
    assert sheet.spec.key == "mentors" and sheet.header_row == 4
    assert sheet.headers["email"] == "e-post" and sheet.headers["name"] == "NAVN"
    [row] = sheet.rows
    assert row.number == 5
    assert row.cells["name"] == "Kari Nordmann"
    assert text(row.cells["phone"]) == "4722000000"
    assert postcode(row.cells["postcode"]) == "0150"
    assert integer(row.cells["capacity"]) == 2


def test_dates_and_formula_cells_read_as_the_program_shows_them(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "people.xlsx",
        {
            "Mentors": [
                ["Name", "Email", "Unavailable until", "Bio"],
                ["Kari", "kari@example.no", date(2026, 5, 1), "x"],
            ]
        },
    )
    # openpyxl cannot store a formula's cached value, so write the XML Excel would: a formula with its result.
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(
        r'<c r="D2" t="inlineStr"><is><t>x</t></is></c>|<c r="D2" t="s"><v>\d+</v></c>',
        '<c r="D2" t="str"><f>CONCAT("Retired ","teacher")</f><v>Retired teacher</v></c>',
        sheet,
    )
    assert "CONCAT" in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)

    [row] = read_file(path).sheets[0].rows
    assert row.cells["unavailable_until"] == datetime(2026, 5, 1)
    assert day(row.cells["unavailable_until"]) == date(2026, 5, 1)
    assert row.cells["bio"] == "Retired teacher"


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter"),
    [("utf-8", False, ","), ("utf-8", True, ";"), ("cp1252", False, ";"), ("cp1252", False, ",")],
)
def test_csv_in_each_encoding_and_delimiter(tmp_path: Path, encoding: str, bom: bool, delimiter: str) -> None:
    rows = [
        ["Mentees fra Tromsø"],
        MENTEE_HEADER,
        mentee("Åse Ødegård", "ase@example.no", Slots="man kveld; ons morgen", Modalities="fysisk, video"),
        ["", "", ""],
    ]
    path = write_csv(tmp_path / "people.csv", rows, encoding=encoding, bom=bom, delimiter=delimiter)
    [sheet] = read_file(path).sheets
    assert sheet.spec.key == "mentees" and sheet.header_row == 2
    [row] = sheet.rows
    assert row.cells["name"] == "Åse Ødegård"
    assert items(row.cells["slots"]) == ["man kveld", "ons morgen"]
    assert items(row.cells["modalities"]) == ["fysisk", "video"]


def test_csv_sheet_is_recognised_from_its_columns_or_told(tmp_path: Path) -> None:
    mentors = write_csv(tmp_path / "a.csv", [MENTOR_HEADER, mentor("Kari", "k@example.no")])
    assert read_file(mentors).sheets[0].spec.key == "mentors"
    people = write_csv(tmp_path / "b.csv", [["Name", "Email"], ["Ola", "o@example.no"]])
    assert read_file(people).sheets[0].spec.key == "mentees"
    assert read_file(people, sheet="mentors").sheets[0].spec.key == "mentors"
    with pytest.raises(SpreadsheetError, match="not a sheet"):
        read_file(people, sheet="volunteers")


def test_unreadable_files_say_why(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="no file"):
        read_file(tmp_path / "missing.xlsx")
    (tmp_path / "notes.xlsx").write_text("not a workbook")
    with pytest.raises(SpreadsheetError, match=r"cannot be read as an \.xlsx workbook: it is not a complete workbook"):
        read_file(tmp_path / "notes.xlsx")
    no_header = write_csv(tmp_path / "x.csv", [["just", "some"], ["words", "here"]])
    with pytest.raises(SpreadsheetError, match="No sheet of mentors"):
        read_file(no_header)


def test_cell_readers() -> None:
    assert text(3.0) == "3" and text(None) == "" and text("  a ") == "a"
    assert postcode(150) == "0150" and postcode("150") == "0150" and postcode("N-0150") == "N-0150"
    assert integer("3") == 3 and integer(3.0) == 3 and integer(" 4 ") == 4 and integer("") is None
    with pytest.raises(CellError):
        integer("3.5")
    assert decimal("59,91") == 59.91 and decimal(10) == 10.0
    assert day("01.05.2026") == date(2026, 5, 1) and day(46143) == date(2026, 5, 1)
    with pytest.raises(CellError, match="not a date"):
        day("next week")
    assert moment("2026-05-01 18:00").isoformat() == "2026-05-01T16:00:00+00:00"  # Oslo summer time
    assert moment("01.05.2026 kl. 18:00") == moment("2026-05-01T18:00")


def _rewrite_sheet(path: Path, change: Callable[[str], str]) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"].decode()).encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)


@pytest.mark.parametrize("form", ["attribute order", "namespace prefix"])
def test_cells_written_in_other_forms(tmp_path: Path, form: str) -> None:
    path = write_xlsx(
        tmp_path / "people.xlsx",
        {"Mentees": [["Name", "Email", "Postcode"], ["Ola", "ola@example.no", 150], ["Siri", "siri@example.no", 5003]]},
    )
    if form == "attribute order":
        _rewrite_sheet(path, lambda xml: xml.replace('<c r="B3" t="inlineStr">', '<c t="inlineStr" r="B3">'))
    else:
        _rewrite_sheet(
            path,
            lambda xml: re.sub(r"<(/?)(worksheet|sheetData|row|c|is|t|v)\b", r"<\1x:\2", xml).replace(
                "<x:worksheet ", '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ', 1
            ),
        )
    rows = read_file(path).sheets[0].rows
    assert [(r.cells["name"], r.cells["email"], postcode(r.cells["postcode"])) for r in rows] == [
        ("Ola", "ola@example.no", "0150"),
        ("Siri", "siri@example.no", "5003"),
    ]
