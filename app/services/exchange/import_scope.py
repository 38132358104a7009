"""What every sheet's import needs at hand: the session, programmes by id and name, and row-change bookkeeping."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.models import Programme
from app.services.exchange.import_report import Outcome
from app.spreadsheets import RowData, SheetData, cells
from app.spreadsheets.cells import CellError

logger = logging.getLogger(__name__)

# Bookkeeping columns that never count as a change a row makes.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "server_version", "deleted_at"})


@dataclass
class ImportScope:
    session: Session
    programmes: dict[str, Programme] = field(default_factory=dict)
    programme_names: dict[str, list[Programme]] = field(default_factory=dict)
    default_programme: Programme | None = None
    zone: tzinfo = cells.LOCAL_ZONE  # wall-clock times in the file are in this zone

    @classmethod
    def load(cls, session: Session) -> ImportScope:
        scope = cls(session)
        for programme in session.scalars(select(Programme).where(Programme.deleted_at.is_(None))):
            scope.programmes[programme.id] = programme
            scope.programme_names.setdefault(programme.name.strip().casefold(), []).append(programme)
        return scope

    def programme(self, ref: str) -> Programme:
        """A programme by id or name (any case); raises CellError naming the known ones."""
        ref = ref.strip()
        if ref in self.programmes:
            return self.programmes[ref]
        matches = self.programme_names.get(ref.casefold(), [])
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise CellError(f"Several programmes are named '{ref}'; use the programme id instead.")
        known = ", ".join(sorted(p.name for p in self.programmes.values())) or "none yet"
        raise CellError(f"There is no programme '{ref}'. Known programmes: {known}.")

    def row_programme(self, value: Any) -> Programme:
        if cells.is_blank(value):
            if self.default_programme is None:
                raise CellError("Say which programme: fill in this column or give --programme.")
            return self.default_programme
        return self.programme(cells.text(value))


def record_id(value: Any) -> str | None:
    """An ID cell: blank, or an id this application made (a UUID)."""
    if cells.is_blank(value):
        return None
    text = cells.text(value)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise CellError(f"'{text}' is not an ID made by Mentor Coordinator; leave the ID empty for new rows.") from None


def snapshot(obj: Any) -> dict[str, Any]:
    """The record's own column values, to see afterwards what a row changed."""
    return {c.key: _copy(getattr(obj, c.key)) for c in inspect(type(obj)).columns if c.key not in BOOKKEEPING}


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict) else value


def changed(obj: Any, before: dict[str, Any]) -> list[str]:
    return [key for key, old in before.items() if getattr(obj, key) != old]


def revert(obj: Any, before: dict[str, Any], keys: list[str]) -> None:
    for key in keys:
        setattr(obj, key, before[key])


def differs_from_version(current: datetime | None, exported: datetime | None) -> bool:
    """True when the record changed in the app after the row's version was exported."""
    if exported is None or current is None:
        return False
    return cells.version_text(current) != cells.version_text(exported)


def read_cells(
    sheet: SheetData,
    row: RowData,
    outcome: Outcome,
    readers: dict[str, Callable[[Any], Any]],
    always: frozenset[str] = frozenset(),
) -> dict[str, Any] | None:
    """Each present column read and checked; every problem is reported; None when the row has any problem.

    Columns in `always` are read even when the sheet lacks them (their reader decides what a missing value means).
    """
    values: dict[str, Any] = {}
    ok = True
    for key, read in readers.items():
        if key not in row.cells and key not in always:
            continue
        try:
            values[key] = read(row.cells.get(key))
        except (CellError, DomainError) as exc:
            ok = False
            outcome.problem(sheet, row, getattr(exc, "field", None) or key, str(exc))
    return values if ok else None


def optional(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A reader that gives None for a blank cell and hands other cells' text to `read`."""
    return lambda value: None if cells.is_blank(value) else read(cells.text(value))
