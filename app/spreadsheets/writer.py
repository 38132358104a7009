"""Writing formatted exchange workbooks: bold frozen headers, filters, widths, dates, coloured status, drop-downs.

openpyxl (write-only mode) writes the workbook's frame: styles, header rows, frozen panes, filters, column widths,
data validation, hidden sheets. The data rows, which can run to tens of thousands, are then written straight as
sheet XML into that frame, because openpyxl's per-cell writer takes several seconds for 10,000 pairings. Every text
value is written as a text cell: a value such as '=HYPERLINK(…)' or '+47 22 00 00 00' never becomes a formula.
"""

from __future__ import annotations

import io
import logging
import math
import os
import re
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from app.spreadsheets.columns import Column
from app.spreadsheets.problems import SpreadsheetError
from app.spreadsheets.reader import LISTS_SHEET, META_SHEET

logger = logging.getLogger(__name__)

# Cells starting with these are formulas or DDE in some programs; they are stored as text with a quote prefix,
# so even editing the cell in Excel keeps them text.
RISKY_START = ("=", "+", "-", "@", "\t", "\r")
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
OOXML_ESCAPE_RE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
MAX_ROW = 1_048_576
# Anything in a text that needs more than copying: markup, control characters, OOXML's own '_xHHHH_' escapes.
SPECIAL_RE = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f]|_x[0-9A-Fa-f]{4}_")
# Excel's day 0 (the 1900 system, after its leap-year quirk): serial = days since this moment.
EXCEL_EPOCH = datetime(1899, 12, 30)
EXCEL_EPOCH_DAY = date(1899, 12, 30)

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


@dataclass(frozen=True)
class Styled:
    """A value shown with one of the writer's named styles (good, warn, bad, neutral)."""

    value: Any
    style: str


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
        """A data sheet: header row, then one row per record; returns the number of data rows."""
        ws = self.wb.create_sheet(title)
        self._register_styles(ws)
        for position, column in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(position)].width = column.width
        ws.freeze_panes = "A2"
        ws.append([self._cell(ws, column.header, "header") for column in columns])
        body, count = self._rows_xml(columns, rows)
        self._bodies.append((ws, body))
        last = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A1:{last}{count + 1}"
        self._validations(ws, columns)
        return count

    def add_text_sheet(self, title: str, lines: Sequence[str], width: int = 110) -> None:
        """A sheet of instructions: one paragraph per row in a wide, wrapping column."""
        ws = self.wb.create_sheet(title)
        self._register_styles(ws)
        ws.column_dimensions["A"].width = width
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

    def _rows_xml(self, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> tuple[str, int]:
        """The sheet XML of the data rows; this loop is the hot path of a large export, hence its plainness."""
        letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        plain = [self._column_style(c) for c in columns]
        attrs = [f' s="{s}"' if s else "" for s in plain]
        named = {name: f' s="{s}"' if s else "" for name, s in self._styles.items()}
        quoted = named["quoted"]
        parts: list[str] = []
        append = parts.append
        number = 1
        for number, row in enumerate(rows, start=2):
            append(f'<row r="{number}">')
            for index, value in enumerate(row):
                if value is None or value == "":
                    continue
                style = attrs[index]
                if type(value) is Styled:
                    style, value = named[value.style], value.value
                kind = type(value)
                if kind is str:
                    if SPECIAL_RE.search(value) is not None:
                        value = _clean_text(value)
                    if value.startswith(RISKY_START) and not plain[index]:
                        style = quoted
                    append(f'<c r="{letters[index]}{number}"{style} t="inlineStr"><is><t xml:space="preserve">')
                    append(value)
                    append("</t></is></c>")
                elif kind is bool:
                    append(f'<c r="{letters[index]}{number}" t="b"><v>{int(value)}</v></c>')
                elif kind is datetime:
                    serial = (value - EXCEL_EPOCH).total_seconds() / 86400
                    append(f'<c r="{letters[index]}{number}"{style}><v>{serial!r}</v></c>')
                elif kind is date:
                    append(f'<c r="{letters[index]}{number}"{style}><v>{(value - EXCEL_EPOCH_DAY).days}</v></c>')
                elif kind is int or (kind is float and math.isfinite(value)):
                    append(f'<c r="{letters[index]}{number}"{style}><v>{value!r}</v></c>')
                elif kind is not float:
                    text = _clean_text(str(value))
                    append(f'<c r="{letters[index]}{number}"{style} t="inlineStr"><is><t xml:space="preserve">')
                    append(text)
                    append("</t></is></c>")
            append("</row>")
        return "".join(parts), number - 1

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
            with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as out:
                for info in source.infolist():
                    data = source.read(info.filename)
                    if info.filename in bodies:
                        data = data.replace(b"</sheetData>", bodies[info.filename] + b"</sheetData>", 1)
                    out.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
            os.replace(temporary, target)
        except OSError as exc:
            Path(temporary).unlink(missing_ok=True)
            raise SpreadsheetError(f"Cannot save {target.name}: {exc.strerror or exc}.") from exc
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _clean_text(value: str) -> str:
    """Drop characters XML cannot hold, keep a literal '_x0041_' literal, escape markup."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    value = OOXML_ESCAPE_RE.sub(r"_x005F_\1", value)
    return value.translate(ESCAPES)
