"""The workbook writer on its own: awkward text survives exactly, and the sheet is laid out for reading and print."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from app.spreadsheets.columns import Column
from app.spreadsheets.workbook_rows import WorkbookFile
from app.spreadsheets.writer import Styled, WorkbookWriter

COLUMNS = (
    Column("id", "ID", kind="id"),
    Column("note", "Note"),
    Column("status", "Status"),
    Column("name", "Name"),
    Column("when", "When", kind="datetime"),
    Column("due", "Due", kind="date"),
    Column("count", "Count", kind="int"),
)


def test_text_survives_exactly_and_columns_are_in_reading_order(tmp_path: Path) -> None:
    awkward = ["  padded  ", "a & <b>", "_x0041_ stays", "=1+1", "line\nbreak", "tab\there", "bell\x07gone"]
    rows = [
        ["id-1", text, Styled("active", "good"), f"Person {i}", datetime(2026, 5, 1, 18, 30), date(2026, 5, 2), i]
        for i, text in enumerate(awkward)
    ]
    writer = WorkbookWriter()
    assert writer.add_sheet("Sheet", COLUMNS, rows) == len(rows)
    path = tmp_path / "out.xlsx"
    writer.save(path)

    ws = load_workbook(path)["Sheet"]
    header = [c.value for c in ws[1]]
    assert header == ["Name", "Status", "Note", "When", "Due", "Count", "ID"]  # who, standing, details, IDs last
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    # Read back the way import reads (openpyxl leaves Excel's _x005F_ escape undone).
    read = WorkbookFile(path)
    texts = [row[2] for _, row in read.rows(read.sheets[0])][1:]
    read.close()
    assert texts == [*awkward[:-1], "bellgone"]  # a control character XML cannot hold is dropped
    assert ws["C5"].data_type == "s" and ws["C5"].quotePrefix  # '=1+1' is text, and stays text when edited
    assert values[0][:2] == ["Person 0", "active"] and ws["B2"].fill.fgColor.rgb.endswith("C6EFCE")
    assert values[0][3:] == [datetime(2026, 5, 1, 18, 30), datetime(2026, 5, 2), 0, "id-1"]
    assert ws.print_area == "'Sheet'!$A$1:$F$8"  # IDs stay off paper
