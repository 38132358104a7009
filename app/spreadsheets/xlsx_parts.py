"""What the cell values of an .xlsx workbook do not show: which cells hold formulas, which cells are merged.

The reader takes a formula's cached result and a merged range's top-left value, so a workbook where someone typed
'=B2' or merged three rows of "Oslo" would import values nobody sees as typed. The import reports them instead.
Read straight from the package (zip of XML parts); only sheets that hold a formula or a merge are parsed.
"""

from __future__ import annotations

import logging
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

logger = logging.getLogger(__name__)

MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CELL_RE = re.compile(r"^([A-Z]{1,3})(\d+)$")
HAS_MARKS = re.compile(rb"<(?:\w+:)?(?:f|mergeCell)[\s>/]")


@dataclass
class SheetMarks:
    formulas: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column index from 0, formula)
    merges: list[tuple[int, int, int, int, str]] = field(default_factory=list)  # rows, columns (inclusive), "A2:A4"


def column_index(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number - 1


def _cell(ref: str) -> tuple[int, int] | None:
    match = CELL_RE.match(ref.replace("$", "").upper())
    return (int(match.group(2)), column_index(match.group(1))) if match else None


def sheet_marks(path: Path) -> dict[str, SheetMarks]:
    """Sheet name → its formula cells and merged ranges; sheets without either are left out; {} when unreadable."""
    try:
        with zipfile.ZipFile(path) as package:
            parts = _sheet_parts(package)
            result: dict[str, SheetMarks] = {}
            for name, part in parts.items():
                data = package.read(part)
                if HAS_MARKS.search(data):
                    result[name] = _marks(data)
            return result
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, zlib.error, OSError, EOFError) as exc:
        logger.info("formulas and merged cells of %s not checked: %s", path.name, type(exc).__name__)
        return {}


def _sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    book = ElementTree.fromstring(package.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{PKG_REL_NS}Relationship")}
    parts: dict[str, str] = {}
    for sheet in book.iter(f"{MAIN_NS}sheet"):
        target = targets.get(sheet.get(f"{REL_NS}id"), "")
        if target:
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            parts[sheet.get("name", "")] = part
    return parts


def _marks(data: bytes) -> SheetMarks:
    marks = SheetMarks()
    root = ElementTree.fromstring(data)
    for cell in root.iter(f"{MAIN_NS}c"):
        formula = cell.find(f"{MAIN_NS}f")
        where = _cell(cell.get("r", ""))
        if formula is not None and where is not None:
            marks.formulas.append((*where, "=" + (formula.text or "…")))
    for merge in root.iter(f"{MAIN_NS}mergeCell"):
        ref = merge.get("ref", "")
        first, _, last = ref.partition(":")
        start, end = _cell(first), _cell(last or first)
        if start and end:
            marks.merges.append((start[0], end[0], start[1], end[1], ref))
    return marks
