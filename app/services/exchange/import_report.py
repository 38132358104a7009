"""What an import found and did: counts, the rows it would change, conflicts, and every problem with its place."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from app.spreadsheets import Problem, RowData, SheetData
from app.spreadsheets.problems import shown

logger = logging.getLogger(__name__)

# A refusal's field (DomainError.field) → the column it is about, where the names differ.
FIELD_COLUMNS = {"mentor_role": "role"}


@dataclass(frozen=True)
class RowChange:
    sheet: str
    row: int
    action: str  # create | update
    id: str
    label: str
    fields: list[str]


@dataclass(frozen=True)
class Conflict:
    sheet: str
    row: int
    id: str
    label: str
    columns: list[str]
    message: str


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int
    conflicts: list[Conflict]
    errors: list[Problem]
    changes: list[RowChange]
    dry_run: bool
    applied: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": [asdict(c) for c in self.conflicts],
            "errors": [p.to_json() for p in self.errors],
            "changes": [asdict(c) for c in self.changes],
            "dry_run": self.dry_run,
            "applied": self.applied,
        }


@dataclass
class Outcome:
    """Collects results row by row while an import runs."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    changes: list[RowChange] = field(default_factory=list)

    def problem(self, sheet: SheetData, row: RowData | None, key: str | None, message: str) -> None:
        """A problem in a cell (`key` names the column) or in a whole row (`key` None)."""
        key = FIELD_COLUMNS.get(key or "", key)
        column = sheet.headers.get(key) if key else None
        if key and column is None:
            column = sheet.spec.column(key).header if key in sheet.spec.keys else key
        value = shown(row.cells.get(key)) if row is not None and key else None
        self.errors.append(Problem(sheet.name, row.number if row else sheet.header_row, column, value, message))

    def record(
        self, sheet: SheetData, row: RowData, action: str, record_id: str, label: str, fields: list[str]
    ) -> None:
        if action == "create":
            self.created += 1
        elif action == "update":
            self.updated += 1
        else:
            self.unchanged += 1
            return
        self.changes.append(RowChange(sheet.name, row.number, action, record_id, label, fields))

    def conflict(self, sheet: SheetData, row: RowData, record_id: str, label: str, fields: list[str]) -> None:
        columns = [sheet.headers.get(FIELD_COLUMNS.get(f, f), f) for f in fields]
        self.conflicts.append(
            Conflict(
                sheet.name,
                row.number,
                record_id,
                label,
                columns,
                f"{label} was changed in the app after this file was exported; the app's values were kept "
                f"({', '.join(columns)}).",
            )
        )

    def report(self, *, dry_run: bool, applied: bool) -> ImportReport:
        return ImportReport(
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            conflicts=list(self.conflicts),
            errors=list(self.errors),
            changes=list(self.changes),
            dry_run=dry_run,
            applied=applied,
        )
