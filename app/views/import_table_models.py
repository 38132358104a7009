"""Item models of the import dialog: the problems found (sheet / row / column / value / message) and the changes."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.services.spreadsheet_report import RowChange
from app.spreadsheets import Problem
from app.views.row_table_model import Column, RowTableModel

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportProblemTableModel(RowTableModel[Problem]):
    """Every problem of the file, in the order found; a screen reader hears the whole row as one sentence."""

    def columns(self) -> Sequence[Column[Problem]]:
        return [
            Column(_tr("Sheet"), lambda p: p.sheet),
            Column(_tr("Row"), lambda p: "" if p.row is None else str(p.row), sort_key=lambda p: p.row or 0),
            Column(_tr("Column"), lambda p: p.column or ""),
            Column(_tr("Value"), lambda p: p.value or ""),
            Column(_tr("Problem"), lambda p: p.message),
        ]

    def summary(self, row: Problem) -> str:
        place = _tr("Sheet {sheet}, row {row}, column {column}").format(
            sheet=row.sheet, row=row.row or "–", column=row.column or "–"
        )
        value = _tr(", value “{value}”").format(value=row.value) if row.value else ""
        return f"{place}{value}: {row.message}"


class ImportChangeTableModel(RowTableModel[RowChange]):
    """The rows an import creates or updates, with the fields each update changes."""

    def columns(self) -> Sequence[Column[RowChange]]:
        return [
            Column(_tr("Sheet"), lambda c: c.sheet),
            Column(_tr("Row"), lambda c: str(c.row), sort_key=lambda c: c.row),
            Column(_tr("Action"), lambda c: _tr("create") if c.action == "create" else _tr("update")),
            Column(_tr("Record"), lambda c: c.label),
            Column(_tr("Fields"), lambda c: ", ".join(c.fields)),
        ]
