"""Reading a workbook or CSV file into sheets of rows keyed by column, wherever the header row is."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.spreadsheets.columns import HEADER_INDEXES, SHEETS, SheetSpec, normalise, recognise, sheet_spec
from app.spreadsheets.problems import Problem, SpreadsheetError
from app.spreadsheets.workbook_rows import WORKBOOK_SUFFIXES, WorkbookFile
from app.spreadsheets.xlsx_parts import SheetMarks, sheet_marks

logger = logging.getLogger(__name__)

META_SHEET = "_meta"
LISTS_SHEET = "_lists"
HEADER_SEARCH_ROWS = 30


@dataclass
class RowData:
    number: int  # as the spreadsheet program shows it
    cells: dict[str, Any]


@dataclass
class SheetData:
    spec: SheetSpec
    name: str
    header_row: int
    headers: dict[str, str]  # column key → the header as written in the file
    rows: list[RowData]
    columns: dict[int, str] = field(default_factory=dict)  # position (0 = column A) → the header as written


@dataclass
class WorkbookData:
    path: Path
    sheets: list[SheetData] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def read_file(path: Path | str, *, sheet: str | None = None) -> WorkbookData:
    """Every recognised sheet of a workbook (.xlsx, .xlsm, .ods, .xls), or the one sheet of a .csv file.

    `sheet` ('mentors', 'mentees', …) says which sheet a CSV holds, or picks one sheet of a workbook.
    """
    path = Path(path)
    wanted = None
    if sheet:
        wanted = sheet_spec(sheet)
        if wanted is None:
            names = ", ".join(s.key for s in SHEETS)
            raise SpreadsheetError(f"'{sheet}' is not a sheet of the exchange workbook. Use one of: {names}.")
    if not path.is_file():
        raise SpreadsheetError(f"There is no file {path}.")
    suffix = path.suffix.lower()
    try:
        if suffix in WORKBOOK_SUFFIXES:
            data = _read_workbook(path, wanted)
        elif suffix in (".csv", ".txt"):
            data = _read_csv(path, wanted)
        else:
            raise SpreadsheetError(f"{path.name}: only .xlsx, .ods and .xls workbooks and .csv files can be imported.")
    except OSError as exc:
        raise SpreadsheetError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    if not data.sheets and not data.problems:
        raise SpreadsheetError(
            f"No sheet of mentors, mentees, pairings, milestones or meetings was found in {path.name}. "
            "The header row needs at least two known column names, such as Name and Email."
        )
    return data


def _read_workbook(path: Path, wanted: SheetSpec | None) -> WorkbookData:
    data = WorkbookData(path)
    book = WorkbookFile(path)
    marks = sheet_marks(path) if path.suffix.lower() in (".xlsx", ".xlsm") else {}
    try:
        for entry in book.sheets:
            if entry.name == META_SHEET:
                data.meta = {str(r[0]): _meta_text(r[1]) for _, r in book.rows(entry) if len(r) >= 2 and r[0]}
                continue
            if entry.state != "visible" or entry.name == LISTS_SHEET:
                continue
            by_name = sheet_spec(entry.name)
            if wanted is not None and by_name is not None and by_name is not wanted:
                continue
            found = _sheet(entry.name, book.rows(entry), by_name or wanted, data.problems)
            if found is not None and (wanted is None or found.spec is wanted):
                data.sheets.append(found)
                if entry.name in marks:
                    data.problems.extend(mark_problems(found, marks[entry.name]))
    finally:
        book.close()
    return data


def mark_problems(sheet: SheetData, marks: SheetMarks) -> list[Problem]:
    """A formula or a merged range where the import reads data (below the header, in a known column) is a problem."""
    problems = []
    for row, column, formula in marks.formulas:
        if row > sheet.header_row and column in sheet.columns:
            message = "This cell holds a formula; type the value itself (copy the column and paste it as values)."
            problems.append(Problem(sheet.name, row, sheet.columns[column], formula, message))
    for first_row, last_row, first_column, last_column, ref in marks.merges:
        read = [sheet.columns[c] for c in range(first_column, last_column + 1) if c in sheet.columns]
        if last_row >= sheet.header_row and read:
            message = f"The cells {ref} are merged; unmerge them and give every row its own value."
            problems.append(Problem(sheet.name, max(first_row, sheet.header_row), read[0], ref, message))
    return problems


def _meta_text(value: Any) -> str:
    return "" if value is None else str(value)


def decode(raw: bytes) -> str:
    """UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 (what Excel on Windows saves as 'CSV')."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    head = raw[:400]
    if len(head) >= 4 and head.count(0) * 3 > len(head):  # UTF-16 saved without a byte-order mark
        little = head[1::2].count(0) > head[0::2].count(0)
        return raw.decode("utf-16-le" if little else "utf-16-be", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_csv(path: Path, wanted: SheetSpec | None) -> WorkbookData:
    text = decode(path.read_bytes())
    best: tuple[int, str] = (-1, ",")
    for delimiter in (";", ",", "\t"):
        head = list(csv.reader(io.StringIO("\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])), delimiter=delimiter))
        score = max((_header_score(row, wanted) for row in head), default=0)
        if score > best[0]:
            best = (score, delimiter)
    data = WorkbookData(path)
    rows = _csv_rows(text, best[1], path.stem, data.problems)
    found = _sheet(path.stem, rows, wanted or sheet_spec(path.stem), data.problems)
    if found is not None:
        data.sheets.append(found)
    return data


BROKEN_QUOTES = (
    "A quotation mark is not closed, or text follows a closing one. Put a value that holds the separator between "
    'double quotes, and write a quotation mark inside it as two ("").'
)
NUL_IN_CSV = "The file holds NUL characters, so it is not plain text; save it again as CSV (UTF-8) and import that."


def _csv_rows(text: str, delimiter: str, name: str, problems: list[Problem]) -> Iterator[tuple[int, list[Any]]]:
    """Records numbered as a spreadsheet program shows them; broken quoting ends the file with a problem on its row.

    `strict` makes the csv module refuse what it would otherwise guess at: a stray quote swallowing the rest of the
    file into one cell would import silently wrong values.
    """
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            logger.info("CSV %s unreadable at record %d: %s", name, number + 1, exc)
            problems.append(Problem(name, number + 1, None, None, NUL_IN_CSV if "NUL" in str(exc) else BROKEN_QUOTES))
            return
        number += 1
        yield number, row


def _header_score(row: Iterable[Any], spec: SheetSpec | None) -> int:
    indexes = [HEADER_INDEXES[spec.key]] if spec else list(HEADER_INDEXES.values())
    names = [normalise(cell) for cell in row if cell is not None and str(cell).strip()]
    return max(sum(1 for n in names if n in index) for index in indexes)


def _sheet(
    name: str, rows: Iterator[tuple[int, list[Any]]], spec: SheetSpec | None, problems: list[Problem]
) -> SheetData | None:
    """Find the header row (title rows may sit above it), then read the rows under it."""
    header: list[Any] | None = None
    header_number = 0
    for number, row in rows:
        if _header_score(row, spec) >= 2:
            header, header_number = row, number
            break
        if number >= HEADER_SEARCH_ROWS:
            return None
    if header is None:
        return None
    spec = spec or recognise(header)
    if spec is None:
        return None
    index = HEADER_INDEXES[spec.key]
    positions: dict[int, str] = {}
    headers: dict[str, str] = {}
    for position, cell in enumerate(header):
        key = index.get(normalise(cell)) if cell is not None else None
        if key is None:
            continue
        if key in headers:
            message = f"Two columns are read as {headers[key]}: remove one."
            problems.append(Problem(name, header_number, str(cell), str(cell), message))
            continue
        headers[key] = str(cell).strip()
        positions[position] = key
    result: list[RowData] = []
    for number, row in rows:
        cells = {key: row[pos] for pos, key in positions.items() if pos < len(row)}
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in cells.values()):
            result.append(RowData(number, cells))
    columns = {position: headers[key] for position, key in positions.items()}
    return SheetData(spec=spec, name=name, header_row=header_number, headers=headers, rows=result, columns=columns)
