"""One problem found in a spreadsheet (sheet / row / column / value / message) and the error for unreadable files."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.errors import DomainError


@dataclass(frozen=True)
class Problem:
    """What is wrong and where: `row` is the row number the spreadsheet program shows (1-based)."""

    sheet: str
    row: int | None
    column: str | None
    value: str | None
    message: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class SpreadsheetError(DomainError):
    """The file cannot be read at all (missing, not a spreadsheet, no recognisable sheet)."""


def shown(value: object) -> str | None:
    """A cell value as text for a problem report."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
