"""Programmes: the list, and the form to create or edit one (state, milestone template, thresholds, weights)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.core.rows import ProgrammeRow
from app.services.programmes.programmes import list_programmes
from app.services.settings.units import UnitRow, list_units
from app.views.programmes.programme_edit_dialog import ProgrammeEditDialog
from app.views.programmes.programme_table_model import ProgrammeTableModel
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner, list_table, set_column_widths
from app.views.widgets.roles import ROW_ROLE
from app.views.widgets.row_table_model import RowSortProxyModel
from app.views.widgets.tasks import TaskRunner


@dataclass(frozen=True)
class ProgrammesData:
    programmes: list[ProgrammeRow]
    units: list[UnitRow]


class ProgrammeView(QWidget):
    def __init__(self, *, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.has_loaded = False
        self.data = ProgrammesData([], [])
        self.model = ProgrammeTableModel(self)
        self.proxy = RowSortProxyModel(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        label = QLabel(self.tr("Filte&r:"), self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Filter programmes by text"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        label.setBuddy(self.filter_edit)
        filters.addWidget(label)
        filters.addWidget(self.filter_edit, 1)
        layout.addLayout(filters)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        self.table = list_table(self.proxy, self.tr("Programmes"), self)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.table, (260,))
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected programme"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.new_button = QPushButton(self.tr("&New programme…"), self)
        self.new_button.setAccessibleName(self.tr("Create a new programme"))
        self.new_button.clicked.connect(self.new_programme)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        self.tasks.run(
            lambda: ProgrammesData(list_programmes(self.ctx), list_units(self.ctx)), self._loaded, self._failed
        )

    def _loaded(self, data: ProgrammesData) -> None:
        self.has_loaded = True
        self.data = data
        self.model.set_unit_names({u.id: u.name for u in data.units})
        self.model.set_rows(data.programmes)
        if data.programmes:
            self.banner.clear_message()
        else:
            self.banner.show_message(self.tr("There are no programmes yet. Create one to start."), "note")

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_error(self.tr("The programmes could not be loaded: {reason}").format(reason=error_text(exc)))

    def selected_row(self) -> ProgrammeRow | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ProgrammeRow) else None

    def _activated(self, index: QModelIndex) -> None:
        self.edit_selected()

    def edit_selected(self) -> ProgrammeEditDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = ProgrammeEditDialog(ctx=self.ctx, tasks=self.tasks, units=self.data.units, programme=row, parent=self)
        dialog.open()
        return dialog

    def new_programme(self) -> ProgrammeEditDialog:
        dialog = ProgrammeEditDialog(ctx=self.ctx, tasks=self.tasks, units=self.data.units, parent=self)
        dialog.open()
        return dialog
