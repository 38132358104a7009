"""Item models of the import dialog: the problems found (sheet / row / column / value / message) and the changes."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.services.exchange.import_report import RowChange
from app.spreadsheets import Problem
from app.views.widgets.row_table_model import Column, RowTableModel

logger = logging.getLogger(__name__)

# Literal translate() calls, so lupdate finds every string (context "ImportDialog", shared with the dialog).
translate = QCoreApplication.translate


class ImportProblemTableModel(RowTableModel[Problem]):
    """Every problem of the file, in the order found; a screen reader hears the whole row as one sentence."""

    def columns(self) -> Sequence[Column[Problem]]:
        return [
            Column(translate("ImportDialog", "Sheet"), lambda p: p.sheet),
            Column(
                translate("ImportDialog", "Row"), lambda p: "" if p.row is None else str(p.row), lambda p: p.row or 0
            ),
            Column(translate("ImportDialog", "Column"), lambda p: p.column or ""),
            Column(translate("ImportDialog", "Value"), lambda p: p.value or ""),
            Column(translate("ImportDialog", "Problem"), lambda p: p.message),
        ]

    def summary(self, row: Problem) -> str:
        place = translate("ImportDialog", "Sheet {sheet}, row {row}, column {column}").format(
            sheet=row.sheet, row=row.row or "–", column=row.column or "–"
        )
        value = translate("ImportDialog", ", value “{value}”").format(value=row.value) if row.value else ""
        return f"{place}{value}: {row.message}"


class ImportChangeTableModel(RowTableModel[RowChange]):
    """The rows an import creates or updates, with the fields each update changes."""

    def columns(self) -> Sequence[Column[RowChange]]:
        create, update = translate("ImportDialog", "create"), translate("ImportDialog", "update")
        return [
            Column(translate("ImportDialog", "Sheet"), lambda c: c.sheet),
            Column(translate("ImportDialog", "Row"), lambda c: str(c.row), lambda c: c.row),
            Column(translate("ImportDialog", "Action"), lambda c: create if c.action == "create" else update),
            Column(translate("ImportDialog", "Record"), lambda c: c.label),
            Column(translate("ImportDialog", "Fields"), lambda c: ", ".join(c.fields)),
        ]
