"""Fast reading of an .xlsx file's cell values.

openpyxl reads the workbook's structure (sheets, shared strings, which styles are dates); the cells themselves are
read here straight from the sheet XML, because openpyxl's per-cell reader needs about ten times as long for a
5,000-row sheet. Formula cells give their cached value, as a spreadsheet program shows them.
"""

from __future__ import annotations

import html
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.datetime import from_excel

from app.spreadsheets.problems import SpreadsheetError

logger = logging.getLogger(__name__)

_P = r"(?:[\w.-]+:)?"  # an optional namespace prefix, as some writers use (<x:c …>)
ROW_RE = re.compile(rf"<{_P}row\b([^>]*?)(?:/>|>(.*?)</{_P}row>)", re.S)
CELL_RE = re.compile(rf"<{_P}c\b([^>]*?)(?:/>|>(.*?)</{_P}c>)", re.S)
VALUE_RE = re.compile(rf"<{_P}v>(.*?)</{_P}v>", re.S)
TEXT_RE = re.compile(rf"<{_P}t(?:\s[^>]*)?>(.*?)</{_P}t>", re.S)
PHONETIC_RE = re.compile(rf"<{_P}rPh\b.*?</{_P}rPh>", re.S)
REF_RE = re.compile(r'\br="([A-Z]+)(\d+)"')
TYPE_RE = re.compile(r'\bt="(\w+)"')
STYLE_RE = re.compile(r'\bs="(\d+)"')
ROW_NUMBER_RE = re.compile(r'\br="(\d+)"')
ESCAPE_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")
USUAL_CELL_RE = re.compile(r'<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="(\w+)")?\s*(?:/>|>(.*?)</c>)', re.S)
PREFIXED_CELL_RE = re.compile(r"<[\w.-]+:c[\s>/]")


@dataclass(frozen=True)
class XlsxSheet:
    name: str
    state: str  # visible, hidden or veryHidden
    path: str


def _unescape(raw: str) -> str:
    if "&" in raw:
        raw = html.unescape(raw)
    if "_x" in raw:
        raw = ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), raw)
    return raw


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


class XlsxFile:
    """An open workbook: its sheets, and each sheet's rows as (row number, [values]) in order."""

    def __init__(self, path: Path) -> None:
        try:
            reader = ExcelReader(str(path), read_only=True, data_only=True)
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.parser.wb)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise SpreadsheetError(f"{path.name} is not an .xlsx workbook that can be read ({exc}).") from exc
        self._archive: zipfile.ZipFile = reader.archive
        self._strings: list[Any] = list(reader.shared_strings)
        wb = reader.parser.wb
        self._date_styles: set[int] = set(wb._date_formats)
        self._epoch = wb.epoch
        self.sheets = [
            XlsxSheet(sheet.name, sheet.state or "visible", rel.target)
            for sheet, rel in reader.parser.find_sheets()
            if "chartsheet" not in rel.Type and rel.target in reader.valid_files
        ]

    def close(self) -> None:
        self._archive.close()

    def rows(self, sheet: XlsxSheet) -> Iterator[tuple[int, list[Any]]]:
        xml = self._archive.read(sheet.path).decode("utf-8")
        start = xml.find("<sheetData")
        # The usual form (<c r="B2" s="3" t="s">, as Excel, LibreOffice and openpyxl write it) is read with one
        # regex; other forms (namespace prefixes, other attribute orders) take the general path.
        usual = PREFIXED_CELL_RE.search(xml) is None
        next_number = 1
        for row_match in ROW_RE.finditer(xml, start if start >= 0 else 0):
            attrs, body = row_match.group(1), row_match.group(2)
            found = ROW_NUMBER_RE.search(attrs)
            number = int(found.group(1)) if found else next_number
            next_number = number + 1
            if body:
                yield number, (self._usual_cells(body) if usual else None) or self._cells(body)

    def _usual_cells(self, body: str) -> list[Any] | None:
        """The cells of a row in the usual form, or None when any cell is in another form."""
        found = USUAL_CELL_RE.findall(body)
        if len(found) != body.count("<c ") + body.count("<c>"):
            return None
        values: list[Any] = []
        for letters, style, kind, inner in found:
            if not inner:
                continue
            value = self._convert(kind or "n", style, inner)
            if value is None:
                continue
            index = _column_index(letters)
            if index >= len(values):
                values.extend([None] * (index + 1 - len(values)))
            values[index] = value
        return values

    def _cells(self, body: str) -> list[Any]:
        values: list[Any] = []
        position = 0
        for cell in CELL_RE.finditer(body):
            attrs, inner = cell.group(1), cell.group(2)
            ref = REF_RE.search(attrs)
            index = _column_index(ref.group(1)) if ref else position
            position = index + 1
            if not inner:
                continue
            kind = TYPE_RE.search(attrs)
            style = STYLE_RE.search(attrs)
            value = self._convert(kind.group(1) if kind else "n", style.group(1) if style else "", inner)
            if value is None:
                continue
            if index >= len(values):
                values.extend([None] * (index + 1 - len(values)))
            values[index] = value
        return values

    def _convert(self, kind: str, style: str, inner: str) -> Any:
        if kind == "inlineStr":
            return _unescape("".join(TEXT_RE.findall(PHONETIC_RE.sub("", inner))))
        found = VALUE_RE.search(inner)
        if found is None:
            return None  # a formula without a cached value, or an empty styled cell
        raw = found.group(1)
        if kind == "s":
            shared = self._strings[int(raw)]
            return shared if isinstance(shared, str) else str(shared)
        if kind in ("str", "e"):
            return _unescape(raw)
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "d":
            try:
                return datetime.fromisoformat(raw.strip())
            except ValueError:
                return _unescape(raw)
        number: float | int = float(raw) if any(ch in raw for ch in ".eE") else int(raw)
        if style and int(style) in self._date_styles:
            try:
                return from_excel(number, self._epoch)
            except (ValueError, OverflowError):
                return number
        if isinstance(number, float) and number.is_integer() and abs(number) < 2**53:
            return int(number)
        return number
