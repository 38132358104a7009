"""The data rows of an exported sheet as SpreadsheetML (the hot path of a large export).

openpyxl's write-only cells and XlsxWriter both spend 5-10 µs per cell, and an export of 10,000 pairings has some
650,000 cells; written here, a cell costs about 1 µs. Every text value becomes an inline text cell: a value such as
'=HYPERLINK(…)' or '+47 22 00 00 00' never becomes a formula, and in plain columns it also gets the quote prefix,
so editing it in Excel keeps it text.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

logger = logging.getLogger(__name__)

# Cells starting with these are formulas or DDE in some programs.
RISKY_START = ("=", "+", "-", "@", "\t", "\r")
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
OOXML_ESCAPE_RE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# Anything in a text that needs more than copying: markup, control characters, OOXML's own '_xHHHH_' escapes.
SPECIAL_RE = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f]|_x[0-9A-Fa-f]{4}_")
# Only text with leading or trailing whitespace needs it (as openpyxl decides); leaving it off elsewhere keeps a
# large sheet's XML a fifth smaller.
SPACE = ' xml:space="preserve"'
XML_SPACE = " \t\n\r"
# Excel's day 0 (the 1900 system, after its leap-year quirk): serial = days since this moment.
EXCEL_EPOCH = datetime(1899, 12, 30)
EXCEL_EPOCH_DAY = date(1899, 12, 30)


@dataclass(frozen=True)
class Styled:
    """A value shown with one of the writer's named styles (good, warn, bad, neutral)."""

    value: Any
    style: str


@dataclass(frozen=True)
class ColumnPlan:
    """Where a sheet column's values come from and how its cells look."""

    position: int  # index of the value in each row
    letter: str  # the column on the sheet
    style: str  # ' s="N"' or ''
    quoted: str  # the style risky text gets: the quote prefix in a plain column, else the column's own


def clean_text(value: str) -> str:
    """Drop characters XML cannot hold, keep a literal '_x0041_' literal, escape markup."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    value = OOXML_ESCAPE_RE.sub(r"_x005F_\1", value)
    return value.translate(ESCAPES)


def rows_xml(plans: Sequence[ColumnPlan], rows: Iterable[Sequence[Any]], named: dict[str, str]) -> tuple[str, int]:
    """The <row> elements for ``rows`` (sheet rows 2, 3, …) and their number; ``named``: style name → ' s="N"'.

    Plain on purpose: every per-column decision is taken before the loop, and each cell is one formatted string.
    """
    columns = [(plan.position, plan.letter, plan.style, plan.quoted) for plan in plans]
    parts: list[str] = []
    append = parts.append
    number = 1
    for number, row in enumerate(rows, start=2):
        append(f'<row r="{number}">')
        for position, letter, style, risky_style in columns:
            value = row[position]
            if value is None or value == "":
                continue
            kind = type(value)
            if kind is Styled:
                style, value = named[value.style], value.value
                kind = type(value)
            if kind is str:
                if SPECIAL_RE.search(value) is not None:
                    value = clean_text(value)
                    if not value:
                        continue
                if value.startswith(RISKY_START):
                    style = risky_style
                space = SPACE if value[0] in XML_SPACE or value[-1] in XML_SPACE else ""
                append(f'<c r="{letter}{number}"{style} t="inlineStr"><is><t{space}>{value}</t></is></c>')
            elif kind is datetime:
                append(f'<c r="{letter}{number}"{style}><v>{(value - EXCEL_EPOCH).total_seconds() / 86400!r}</v></c>')
            elif kind is date:
                append(f'<c r="{letter}{number}"{style}><v>{(value - EXCEL_EPOCH_DAY).days}</v></c>')
            elif kind is int or (kind is float and math.isfinite(value)):
                append(f'<c r="{letter}{number}"{style}><v>{value!r}</v></c>')
            elif kind is bool:
                append(f'<c r="{letter}{number}" t="b"><v>{int(value)}</v></c>')
            elif kind is not float and value is not None:
                text = clean_text(str(value))
                space = SPACE if text.strip() != text else ""
                append(f'<c r="{letter}{number}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>')
        append("</row>")
    return "".join(parts), number - 1
