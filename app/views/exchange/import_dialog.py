"""The import dialog: pick a file, preview what would change and every problem, then apply it all at once."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.exchange.import_file import ImportReport, import_spreadsheet
from app.services.programmes.programmes import list_programmes
from app.views.exchange.import_table_models import ImportChangeTableModel, ImportProblemTableModel
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner, chain_tab_order
from app.views.widgets.tasks import TaskRunner

logger = logging.getLogger(__name__)

SHEETS = ("mentors", "mentees", "pairings", "milestones", "meetings")


class ImportDialog(QDialog):
    """Preview runs the import as a dry run (nothing written); Apply is enabled only for a preview without problems."""

    imported = Signal(object)  # the ImportReport of an applied import

    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner | None = None,
        path: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks or TaskRunner(self)
        self.report: ImportReport | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Import spreadsheet"))
        self.setAccessibleName(self.tr("Import spreadsheet"))
        self.resize(900, 560)
        self._build(path)
        self.tasks.run(
            lambda: list_programmes(self.ctx),
            self._programmes_loaded,
            lambda exc: self.banner.show_error(error_text(exc)),
        )

    def _build(self, path: str) -> None:
        layout = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.path_edit = QLineEdit(path, self)
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr(".xlsx workbook or .csv file"))
        self.path_edit.textChanged.connect(self._forget_preview)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAccessibleName(self.tr("Choose the file to import"))
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        self.programme_box = QComboBox(self)
        self.programme_box.setAccessibleName(self.tr("Programme for rows that name none"))
        self.programme_box.addItem(self.tr("As named in the file"), None)
        self.programme_box.currentIndexChanged.connect(self._forget_preview)
        form.addRow(self._label(self.tr("&Programme:"), self.programme_box), self.programme_box)
        self.sheet_box = QComboBox(self)
        self.sheet_box.setAccessibleName(self.tr("What a CSV file holds"))
        self.sheet_box.addItem(self.tr("Recognise from the columns"), None)
        for key, text in zip(
            SHEETS,
            (self.tr("Mentors"), self.tr("Mentees"), self.tr("Pairings"), self.tr("Milestones"), self.tr("Meetings")),
            strict=True,
        ):
            self.sheet_box.addItem(text, key)
        self.sheet_box.currentIndexChanged.connect(self._forget_preview)
        form.addRow(self._label(self.tr("&Sheet:"), self.sheet_box), self.sheet_box)
        layout.addLayout(form)

        self.summary = QLabel(self.tr("Choose a file and press Preview: nothing is saved until you press Apply."), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Preview summary"))
        layout.addWidget(self.summary)
        self.problems = ImportProblemTableModel(self)
        self.problem_view = self._table(self.problems, self.tr("Problems in the file"))
        self.changes = ImportChangeTableModel(self)
        self.change_view = self._table(self.changes, self.tr("Rows that would be created or updated"))
        problems_label = QLabel(self.tr("P&roblems:"), self)
        problems_label.setBuddy(self.problem_view)
        changes_label = QLabel(self.tr("C&hanges:"), self)
        changes_label.setBuddy(self.change_view)
        for widget in (problems_label, self.problem_view, changes_label, self.change_view):
            layout.addWidget(widget)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.preview_button.setAccessibleName(self.tr("Preview the import without saving"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setAccessibleName(self.tr("Apply the import"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the import dialog"))
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        for button in (self.preview_button, self.apply_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        chain_tab_order(
            [self.path_edit, self.browse_button, self.programme_box, self.sheet_box, self.preview_button,
             self.apply_button, self.problem_view, self.change_view, self.close_button]
        )  # fmt: skip

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _table(self, model: ImportProblemTableModel | ImportChangeTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setTabKeyNavigation(False)
        view.setWordWrap(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        return view

    def _programmes_loaded(self, rows: list[object]) -> None:
        for row in rows:
            self.programme_box.addItem(getattr(row, "name", ""), getattr(row, "id", None))

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import spreadsheet"),
            self.path_edit.text(),
            self.tr("Spreadsheets (*.xlsx *.ods *.xls *.csv)"),
        )
        if path:
            self.path_edit.setText(path)

    def _forget_preview(self) -> None:
        """A changed file or option makes the last preview stale: Apply waits for a new one."""
        self.report = None
        self.apply_button.setEnabled(False)

    def _start(self, dry_run: bool) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.banner.show_error(self.tr("Choose a file to import first."))
            self.path_edit.setFocus()
            return
        if self.busy:
            return
        self.busy = True
        for button in (self.preview_button, self.apply_button):
            button.setEnabled(False)
        self.banner.show_message(self.tr("Checking the file…") if dry_run else self.tr("Importing…"), "note")
        programme, sheet = self.programme_box.currentData(), self.sheet_box.currentData()

        def work() -> ImportReport:
            return import_spreadsheet(self.ctx, Path(path), programme=programme, sheet=sheet, dry_run=dry_run)

        self.tasks.run(work, self._previewed if dry_run else self._applied, self._failed)

    def preview(self) -> None:
        self._start(dry_run=True)

    def apply(self) -> None:
        if self.report is not None and not self.report.errors:
            self._start(dry_run=False)

    def _show(self, report: ImportReport) -> None:
        self.problems.set_rows(report.errors)
        self.changes.set_rows(report.changes)
        self.problem_view.resizeRowsToContents()

    def _previewed(self, report: ImportReport) -> None:
        self.busy = False
        self.preview_button.setEnabled(True)
        self.report = report
        self._show(report)
        counts = self.tr("Would create {created}, update {updated}, leave {unchanged} unchanged.").format(
            created=report.created, updated=report.updated, unchanged=report.unchanged
        )
        conflicts = self._conflicts(report)
        if report.errors:
            self.summary.setText(f"{counts}{conflicts}")
            self.banner.show_error(
                self.tr("{count} problem(s) in the file. Fix them in the spreadsheet and preview again.").format(
                    count=len(report.errors)
                )
            )
            self.problem_view.setFocus()
        else:
            self.summary.setText(f"{counts}{conflicts}")
            self.banner.show_message(self.tr("No problems found. Press Apply to import."), "info")
        self.apply_button.setEnabled(not report.errors)

    def _conflicts(self, report: ImportReport) -> str:
        if not report.conflicts:
            return ""
        text = self.tr("{count} row(s) were changed in the app since the export and keep the app's values.")
        return " " + text.format(count=len(report.conflicts))

    def _applied(self, report: ImportReport) -> None:
        self.busy = False
        self.preview_button.setEnabled(True)
        self.report = None
        self._show(report)
        if report.errors:
            self.banner.show_error(self.tr("The file changed since the preview; nothing was imported."))
            return
        self.summary.setText(
            self.tr("Created {created}, updated {updated}, left {unchanged} unchanged.").format(
                created=report.created, updated=report.updated, unchanged=report.unchanged
            )
            + self._conflicts(report)
        )
        self.banner.show_message(self.tr("Import complete."), "info")
        self.imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.preview_button.setEnabled(True)
        self.banner.show_error(error_text(exc, "importing a spreadsheet"))
