"""Spreadsheet files: reading .xlsx/.csv into plain rows and writing formatted workbooks (no Qt, no database)."""

from app.spreadsheets.columns import SHEETS, Column, SheetSpec, sheet_spec
from app.spreadsheets.problems import Problem, SpreadsheetError
from app.spreadsheets.reader import RowData, SheetData, WorkbookData, read_file

__all__ = [
    "SHEETS",
    "Column",
    "Problem",
    "RowData",
    "SheetData",
    "SheetSpec",
    "SpreadsheetError",
    "WorkbookData",
    "read_file",
    "sheet_spec",
]
