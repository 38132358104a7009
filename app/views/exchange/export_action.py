"""The export actions: the programme (or everything) to an .xlsx workbook, or the empty import template."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.core.context import ServiceContext
from app.views.widgets.announce import confirm
from app.views.widgets.error_text import error_text
from app.views.widgets.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.exchange.export_file import ExportSummary

logger = logging.getLogger(__name__)


class ExportAction(QAction):
    """Asks where to save, exports off the GUI thread, then says what was written (or why not).

    `programme` gives the programme to export (id or name) when the action fires, or None for every programme.
    """

    exported = Signal(object)  # ExportSummary
    failed = Signal(str)

    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        parent: QWidget,
        programme: Callable[[], str | None] | None = None,
        template: bool = False,
    ) -> None:
        text = self.tr("Export import &template…") if template else self.tr("&Export to spreadsheet…")
        super().__init__(text, parent)
        self.ctx, self.tasks, self.template = ctx, tasks, template
        self.programme = programme or (lambda: None)
        self.widget = parent
        self.setStatusTip(
            self.tr("Save an empty workbook with instructions for entering mentors and mentees")
            if template
            else self.tr("Save mentors, mentees, pairings, milestones and meetings as an .xlsx workbook")
        )
        self.triggered.connect(self.ask_and_export)

    def ask_and_export(self) -> None:
        default = "mentor-coordinator-template.xlsx" if self.template else "mentor-coordinator.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self.widget, self.text().replace("&", "").rstrip("…"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(path, notify=True)

    def export_to(self, path: str, *, notify: bool = False) -> None:
        target = Path(path) if path.lower().endswith(".xlsx") else Path(f"{path}.xlsx")
        programme = self.programme()

        def work() -> ExportSummary:
            # openpyxl loads with the first export, off the GUI thread, not when the window starts.
            from app.services.exchange.export_file import export_template, export_workbook

            if self.template:
                return export_template(self.ctx, target)
            return export_workbook(self.ctx, target, programme=programme)

        self.tasks.run(work, lambda summary: self._done(summary, notify), lambda exc: self._failed(exc, notify))

    def _done(self, summary: ExportSummary, notify: bool) -> None:
        self.exported.emit(summary)
        if notify:
            counts = ", ".join(f"{sheet}: {count}" for sheet, count in summary.sheets.items())
            confirm(self.widget, self.tr("Saved {path} ({counts}).").format(path=summary.path, counts=counts))
            QMessageBox.information(
                self.widget, self.tr("Export complete"), self.tr("Saved {path} ({counts}).").format(
                    path=summary.path, counts=counts
                )
            )  # fmt: skip

    def _failed(self, exc: BaseException, notify: bool) -> None:
        message = error_text(exc, "exporting a spreadsheet")
        self.failed.emit(message)
        if notify:
            QMessageBox.warning(self.widget, self.tr("Export failed"), message)
