"""The organisation's units as a tree (national → region → chapter): add, rename, move and retire them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.settings.units import UnitRow, add_unit, list_units, retire_unit, unit_tree, update_unit
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner, chain_tab_order
from app.views.widgets.tasks import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = ("national", "region", "chapter")


class UnitsDialog(QDialog):
    def __init__(self, *, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.units: list[UnitRow] = []
        self.has_loaded = False
        self.setWindowTitle(self.tr("Organisation units"))
        self.setAccessibleName(self.tr("Organisation units"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 520)
        outer = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        outer.addWidget(self.banner)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Level")])
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Units, each under the unit it belongs to"))
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setColumnWidth(0, 360)
        self.tree.selectionModel().currentChanged.connect(self._selected)
        outer.addWidget(self.tree, 1)

        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Unit name"))
        self.name_edit.setMaxLength(200)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Level of a new unit"))
        for code, text in zip(KINDS, (self.tr("National"), self.tr("Region"), self.tr("Chapter")), strict=True):
            self.kind_combo.addItem(text, code)
        self.kind_combo.setCurrentIndex(2)
        form.addRow(self.tr("&Level (new unit):"), self.kind_combo)
        self.parent_combo = QComboBox(self)
        self.parent_combo.setAccessibleName(self.tr("Belongs to"))
        form.addRow(self.tr("&Belongs to:"), self.parent_combo)
        outer.addLayout(form)

        actions = QHBoxLayout()
        self.add_button = self._button(actions, self.tr("&Add unit"), self.tr("Add a new unit"), self.add)
        self.save_button = self._button(
            actions, self.tr("&Save changes"), self.tr("Save the selected unit's name and place"), self.save_selected
        )
        self.retire_button = self._button(actions, self.tr("&Retire"), self.tr("Retire the selected unit"), self.retire)
        actions.addStretch(1)
        outer.addLayout(actions)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the units"))
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        chain_tab_order(
            [
                self.tree, self.name_edit, self.kind_combo, self.parent_combo, self.add_button, self.save_button,
                self.retire_button, self.close_button,
            ]
        )  # fmt: skip
        self._selected(QModelIndex())
        self.reload()

    def _button(self, row: QHBoxLayout, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def reload(self, select: str | None = None) -> None:
        self.tasks.run(lambda: list_units(self.ctx), lambda units: self._loaded(units, select), self._failed)

    def _loaded(self, units: list[UnitRow], select: str | None) -> None:
        self.has_loaded = True
        self.units = units
        self.model.removeRows(0, self.model.rowCount())
        items: dict[str, QStandardItem] = {}
        kind_names = dict(zip(KINDS, (self.tr("National"), self.tr("Region"), self.tr("Chapter")), strict=True))
        for _depth, unit in unit_tree(units):  # parents first
            name, kind = QStandardItem(unit.name), QStandardItem(kind_names.get(unit.kind, unit.kind))
            name.setData(unit.id, ID_ROLE)
            parent = unit.parent if unit.parent in items else None
            (items[parent] if parent else self.model.invisibleRootItem()).appendRow([name, kind])
            items[unit.id] = name
        self.tree.expandAll()
        self._fill_parents()
        if select in items:
            self.tree.setCurrentIndex(items[select].index())
        if not units:
            self.banner.show_message(
                self.tr("No units yet. Start with the national level, then its regions and their chapters."), "note"
            )

    def _fill_parents(self) -> None:
        kept = self.parent_combo.currentData()
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("Nothing (top level)"), "")
        for unit in sorted(self.units, key=lambda u: u.name.casefold()):
            self.parent_combo.addItem(unit.name, unit.id)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(kept), 0))

    def selected_unit(self) -> UnitRow | None:
        unit_id = self.tree.currentIndex().siblingAtColumn(0).data(ID_ROLE)
        return next((u for u in self.units if u.id == unit_id), None)

    def _selected(self, _index: QModelIndex) -> None:
        unit = self.selected_unit()
        self.save_button.setEnabled(unit is not None)
        self.retire_button.setEnabled(unit is not None)
        if unit is not None:
            self.name_edit.setText(unit.name)
            self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(unit.parent or ""), 0))

    def _run(self, write: Callable[[], UnitRow], done: str, doing: str) -> None:
        def finished(row: UnitRow) -> None:
            self.banner.show_message(done.format(name=row.name), "info")
            self.reload(select=row.id)

        self.tasks.run(write, finished, lambda exc: self.banner.show_error(error_text(exc, doing)))

    def add(self) -> None:
        name, kind, parent = self.name_edit.text(), self.kind_combo.currentData(), self.parent_combo.currentData()
        self._run(
            lambda: add_unit(self.ctx, name, kind=kind, parent=parent or None),
            self.tr("Added {name}."),
            "adding a unit",
        )

    def save_selected(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        name, parent = self.name_edit.text(), self.parent_combo.currentData() or None

        unit_id = unit.id
        self._run(
            lambda: update_unit(self.ctx, unit_id, name=name, parent=parent), self.tr("Saved {name}."), "saving a unit"
        )

    def retire(self) -> None:
        unit = self.selected_unit()
        if unit is not None:
            unit_id = unit.id
            self._run(lambda: retire_unit(self.ctx, unit_id), self.tr("Retired {name}."), "retiring a unit")

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_error(error_text(exc, "loading units"))
