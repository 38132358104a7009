"""Cell values of .xlsx, .xlsm, .ods and .xls workbooks, read with python-calamine (a maintained Rust reader).

Values come back as a spreadsheet program shows them: formula cells give their cached result, date-formatted
numbers give dates. They are then put in the shapes the rest of the import has always read: a whole number stored
as a float is an int, a date is a datetime at midnight, an empty cell is None and a row ends at its last value.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from app.spreadsheets.problems import SpreadsheetError

logger = logging.getLogger(__name__)

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls")
_KIND = {".xlsx": ".xlsx", ".xlsm": ".xlsx", ".ods": ".ods", ".xls": ".xls"}


@dataclass(frozen=True)
class WorkbookSheet:
    name: str
    state: str  # visible, hidden or veryHidden


class WorkbookFile:
    """An open workbook: its worksheets, and each sheet's rows as (row number, [values]) in order."""

    def __init__(self, path: Path) -> None:
        kind = _KIND.get(path.suffix.lower(), path.suffix)
        try:
            self._book = CalamineWorkbook.from_path(str(path))
            sheets = self._book.sheets_metadata
        except (CalamineError, OSError, ValueError) as exc:
            # Calamine's messages name the broken part (zip, XML, BIFF record); the coordinator needs the file.
            logger.info("cannot read %s: %s", path.name, exc)
            raise SpreadsheetError(f"{path.name} cannot be read as an {kind} workbook: {damage(exc)}") from exc
        self.sheets = [
            WorkbookSheet(sheet.name, _visibility(sheet.visible))
            for sheet in sheets
            if sheet.typ == SheetTypeEnum.WorkSheet
        ]
        self._name = path.name
        self._kind = kind

    def close(self) -> None:
        self._book.close()

    def rows(self, sheet: WorkbookSheet) -> Iterator[tuple[int, list[Any]]]:
        """Every row that holds a value, numbered as the spreadsheet program shows it (the first row is 1)."""
        try:
            # skip_empty_area=False keeps the grid anchored at A1, so list positions are row and column numbers.
            grid = self._book.get_sheet_by_name(sheet.name).to_python(skip_empty_area=False)
        except CalamineError as exc:
            logger.info("cannot read sheet %s of %s: %s", sheet.name, self._name, exc)
            message = f"{self._name}: the sheet '{sheet.name}' cannot be read: {damage(exc)}"
            raise SpreadsheetError(message) from exc
        for number, raw in enumerate(grid, start=1):
            values = _values(raw)
            if values:
                yield number, values


def damage(exc: BaseException) -> str:
    """What calamine found wrong, in words a coordinator can act on (its own messages name zip records and XML tags)."""
    text = str(exc).lower()
    if "zip" in text or "eocd" in text or "central directory" in text:
        return (
            "it is not a complete workbook file (cut short while copying or downloading, or another kind of file "
            "renamed). Open it in the spreadsheet program and save it again, or use an earlier copy."
        )
    if "deflate" in text or "crc" in text or "checksum" in text or "i/o error" in text:
        return (
            "the file is damaged (a part of it fails its checksum). Open it in the spreadsheet program and save it "
            "again, or use an earlier copy."
        )
    if "xml" in text or "tag" in text or "eof" in text or "attribute" in text or len(text) < 12:
        return (
            "its contents are damaged (broken XML inside the file). Open it in the spreadsheet program and save it "
            "again, or use an earlier copy."
        )
    return f"{exc}. Open it in the spreadsheet program and save it again, or use an earlier copy."


def _visibility(visible: SheetVisibleEnum) -> str:
    # Compared one by one: calamine's enums cannot be dictionary keys.
    if visible == SheetVisibleEnum.Hidden:
        return "hidden"
    if visible == SheetVisibleEnum.VeryHidden:
        return "veryHidden"
    return "visible"


def _values(raw: list[Any]) -> list[Any]:
    """One row in the import's shapes; trailing empty cells dropped (an empty row gives an empty list)."""
    end = len(raw)
    while end and raw[end - 1] == "":
        end -= 1
    values = raw[:end]
    for index, value in enumerate(values):
        kind = type(value)
        if kind is str:
            if not value:
                values[index] = None
        elif kind is float:
            if value.is_integer() and abs(value) < 2**53:
                values[index] = int(value)
        elif kind is date:
            values[index] = datetime(value.year, value.month, value.day)
    return values
