"""Writing formatted exchange workbooks: bold frozen headers, filters, widths, dates, coloured status, drop-downs.

openpyxl (write-only mode) writes the workbook's frame: styles, header rows, frozen panes, filters, column widths,
data validation, print setup, hidden sheets. The data rows, which can run to tens of thousands, are then put into
that frame as sheet XML built by :mod:`app.spreadsheets.sheet_xml`, because openpyxl's per-cell writer takes
several seconds for 10,000 pairings (and XlsxWriter about half as long, still over the budget).
"""

from __future__ import annotations

import io
import logging
import os
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.spreadsheets.columns import MACHINE_PLACE, Column, print_place, printed_order
from app.spreadsheets.problems import SpreadsheetError
from app.spreadsheets.reader import LISTS_SHEET, META_SHEET
from app.spreadsheets.sheet_xml import ColumnPlan, Styled, rows_xml

__all__ = ["Styled", "WorkbookWriter"]

logger = logging.getLogger(__name__)

MAX_ROW = 1_048_576

# Status colours (fill, text): pale fills with dark text keep contrast above 4.5:1; the text always says the status.
STATUS_STYLES = {
    "good": ("C6EFCE", "005A1E"),
    "warn": ("FFEB9C", "6B3C00"),
    "bad": ("FFC7CE", "8A0010"),
    "neutral": ("E7E6E6", "262626"),
}


STYLE_ATTRS: dict[str, dict[str, Any]] = {
    "plain": {},
    "quoted": {"quotePrefix": True},
    "date": {"number_format": "yyyy-mm-dd"},
    "datetime": {"number_format": "yyyy-mm-dd hh:mm"},
    "version": {"font": Font(color="595959"), "quotePrefix": True},
    "score": {"number_format": "0.00"},
    "header": {
        "font": Font(bold=True),
        "fill": PatternFill("solid", fgColor="D9E1F2"),
        "border": Border(bottom=Side(style="thin", color="44546A")),
        "alignment": Alignment(vertical="center"),
    },
    "wrap": {"alignment": Alignment(wrap_text=True, vertical="top")},
    **{
        name: {"fill": PatternFill("solid", fgColor=fill), "font": Font(color=colour)}
        for name, (fill, colour) in STATUS_STYLES.items()
    },
}


class WorkbookWriter:
    """Collects sheets, then saves one .xlsx file (written to a temporary file and renamed into place)."""

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)
        self._bodies: list[tuple[Any, str]] = []
        self._styles: dict[str, int] = {}
        self._lists: dict[str, list[str]] = {}

    # -- styles ---------------------------------------------------------------------------------------------------
    def _register_styles(self, ws: Any) -> None:
        if not self._styles:
            self._styles = {name: int(self._cell(ws, None, name).style_id) for name in STYLE_ATTRS}

    def _cell(self, ws: Any, value: Any, style: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        for name, attr in STYLE_ATTRS[style].items():
            setattr(cell, name, attr)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text, not a formula
        return cell

    def _column_style(self, column: Column) -> int:
        kind = {"date": "date", "datetime": "datetime", "version": "version"}.get(column.kind)
        if column.key == "score":
            kind = "score"
        return self._styles[kind] if kind else 0

    # -- sheets ---------------------------------------------------------------------------------------------------
    def set_lists(self, lists: dict[str, list[str]]) -> None:
        """Values offered by the drop-down lists (written to a hidden sheet when the workbook is saved)."""
        self._lists = {name: values for name, values in lists.items() if values}

    def add_sheet(self, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
        """A data sheet: header row, then one row per record; returns the number of data rows.

        ``rows`` hold their values in the order of ``columns``; the sheet shows them in print order
        (:func:`~app.spreadsheets.columns.printed_order`): names, status and stage first, IDs and row versions last.
        """
        ws = self.wb.create_sheet(title)
        self._register_styles(ws)
        order = printed_order(tuple(columns))
        shown = [columns[position] for position in order]
        for position, column in enumerate(shown, start=1):
            ws.column_dimensions[get_column_letter(position)].width = column.width
        ws.freeze_panes = "A2"
        # Before the first row: write-only mode writes the sheet's properties (fit to page) with it.
        _print_setup(ws, landscape=True)
        ws.print_title_rows = "1:1"  # the header row repeats on every printed page
        ws.append([self._cell(ws, column.header, "header") for column in shown])
        body, count = self._rows_xml(shown, order, rows)
        self._bodies.append((ws, body))
        last = get_column_letter(len(shown))
        ws.auto_filter.ref = f"A1:{last}{count + 1}"
        # Paper gets the columns a person reads; IDs and row versions (last on the sheet) stay on screen only.
        readable = sum(1 for column in shown if print_place(column) < MACHINE_PLACE) or len(shown)
        ws.print_area = f"A1:{get_column_letter(readable)}{count + 1}"
        self._validations(ws, shown)
        return count

    def add_text_sheet(self, title: str, lines: Sequence[str], width: int = 110) -> None:
        """A sheet of instructions: one paragraph per row in a wide, wrapping column."""
        ws = self.wb.create_sheet(title)
        self._register_styles(ws)
        ws.column_dimensions["A"].width = width
        _print_setup(ws, landscape=False)
        for number, text in enumerate(lines):
            ws.append([self._cell(ws, ILLEGAL_CHARACTERS_RE.sub("", text), "header" if number == 0 else "wrap")])

    def _validations(self, ws: Any, columns: Sequence[Column]) -> None:
        for position, column in enumerate(columns, start=1):
            values = self._lists.get(column.choices or "")
            if not values or column.read_only:
                continue
            list_column = get_column_letter(list(self._lists).index(column.choices or "") + 1)
            source = f"{quote_sheetname(LISTS_SHEET)}!${list_column}$2:${list_column}${len(values) + 1}"
            letter = get_column_letter(position)
            rule = DataValidation(type="list", formula1=source, allow_blank=True)
            rule.showInputMessage = True
            if column.multi:
                # A drop-down offers one value; several may be typed, separated by ';', so nothing is refused.
                rule.showErrorMessage = False
                rule.promptTitle = column.header[:32]
                rule.prompt = "Pick one value, or type several separated by ;"
            else:
                rule.showErrorMessage = True
                rule.errorTitle = column.header[:32]
                rule.error = "Choose a value from the list."
            rule.add(f"{letter}2:{letter}{MAX_ROW}")
            ws.data_validations.append(rule)

    def _rows_xml(
        self, columns: Sequence[Column], order: Sequence[int], rows: Iterable[Sequence[Any]]
    ) -> tuple[str, int]:
        """The sheet XML of the data rows, cell k of a row taken from ``row[order[k]]``; and the number of rows."""
        named = {name: f' s="{s}"' if s else "" for name, s in self._styles.items()}
        plans = []
        for letter_number, (position, column) in enumerate(zip(order, columns, strict=True), start=1):
            style = self._column_style(column)
            attribute = f' s="{style}"' if style else ""
            # Risky text gets the quote prefix only in plain columns; a styled column keeps its own look.
            quoted = attribute or named["quoted"]
            plans.append(ColumnPlan(position, get_column_letter(letter_number), attribute, quoted))
        return rows_xml(plans, rows, named)

    def set_meta(self, values: dict[str, str]) -> None:
        ws = self.wb.create_sheet(META_SHEET)
        ws.sheet_state = "hidden"
        for key, value in values.items():
            ws.append([key, value])

    def save(self, path: Path | str) -> None:
        if self._lists:
            ws = self.wb.create_sheet(LISTS_SHEET)
            ws.sheet_state = "hidden"
            names = list(self._lists)
            ws.append(names)
            for index in range(max(len(v) for v in self._lists.values())):
                ws.append([values[index] if index < len(values) else None for values in self._lists.values()])
        buffer = io.BytesIO()
        self.wb.save(buffer)
        bodies = {ws.path.lstrip("/"): body.encode("utf-8") for ws, body in self._bodies}
        target = Path(path)
        if not target.parent.is_dir():
            raise SpreadsheetError(f"Cannot save {target.name}: there is no folder {target.parent}.")
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            with (
                zipfile.ZipFile(buffer) as source,
                zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
            ):
                for info in source.infolist():
                    data = source.read(info.filename)
                    body = bodies.get(info.filename)
                    if not body:  # a sheet with rows always has its header row, so </sheetData> is there
                        out.writestr(info.filename, data)
                        continue
                    # Streamed in three pieces rather than spliced, which would copy the whole sheet twice more.
                    head, tail = data.split(b"</sheetData>", 1)
                    with out.open(info.filename, "w") as stream:
                        stream.write(head)
                        stream.write(body)
                        stream.write(b"</sheetData>" + tail)
            os.replace(temporary, target)
        except OSError as exc:
            Path(temporary).unlink(missing_ok=True)
            raise SpreadsheetError(f"Cannot save {target.name}: {exc.strerror or exc}.") from exc
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _print_setup(ws: Any, *, landscape: bool) -> None:
    """Printed on A4, as wide as the page allows (as many pages down as it takes), with page numbers."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE if landscape else Worksheet.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.oddFooter.center.text = "&A – &P / &N"  # sheet name, page of pages
