"""People: mentors and mentees with their state, availability and capacity; filter, add and edit them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.core.rows import PersonRow, ProgrammeRow, SpecialisationRow
from app.services.people.people import list_people
from app.services.programmes.programmes import list_programmes
from app.services.settings.catalogue import list_specialisations
from app.views.people.erase_dialog import EraseDialog
from app.views.people.person_edit_dialog import PersonEditDialog
from app.views.people.person_table_model import PersonProfileRow, PersonTableModel, person_profile_rows
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner, list_table, set_column_widths
from app.views.widgets.labels import prefers_norwegian
from app.views.widgets.roles import ROW_ROLE
from app.views.widgets.row_table_model import RowSortProxyModel
from app.views.widgets.tasks import TaskRunner


@dataclass(frozen=True)
class PeopleData:
    people: list[PersonRow]
    programmes: list[ProgrammeRow]
    specialisations: list[SpecialisationRow]


def load_people(ctx: ServiceContext) -> PeopleData:
    return PeopleData(list_people(ctx), list_programmes(ctx), list_specialisations(ctx))


class PeopleView(QWidget):
    def __init__(self, *, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.has_loaded = False
        self.data = PeopleData([], [], [])
        self.model = PersonTableModel(self)
        self.proxy = RowSortProxyModel(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Filter people by text"))
        self.filter_edit.setPlaceholderText(self.tr("Name, place, specialisation…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Filter by role"))
        for text, code in ((self.tr("Everyone"), ""), (self.tr("Mentors"), "mentor"), (self.tr("Mentees"), "mentee")):
            self.role_combo.addItem(text, code)
        self.programme_combo = QComboBox(self)
        self.programme_combo.setAccessibleName(self.tr("Filter by programme"))
        self.programme_combo.addItem(self.tr("All programmes"), "")
        for combo in (self.role_combo, self.programme_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        for text, widget in (
            (self.tr("Filte&r:"), self.filter_edit),
            (self.tr("R&ole:"), self.role_combo),
            (self.tr("Pro&gramme:"), self.programme_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 2 if widget is self.filter_edit else 1)
        layout.addLayout(filters)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)

        self.table = list_table(self.proxy, self.tr("People"), self)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.table, (190, 110, 100, 190, 170, 110, 130))
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected person"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_mentor_button = QPushButton(self.tr("Add &mentor…"), self)
        self.add_mentor_button.setAccessibleName(self.tr("Add a mentor"))
        self.add_mentor_button.clicked.connect(lambda: self.add_person("mentor"))
        self.add_mentee_button = QPushButton(self.tr("Add men&tee…"), self)
        self.add_mentee_button.setAccessibleName(self.tr("Add a mentee"))
        self.add_mentee_button.clicked.connect(lambda: self.add_person("mentee"))
        self.erase_button = QPushButton(self.tr("Er&ase person…"), self)
        self.erase_button.setAccessibleName(self.tr("Erase the selected person, who asked to be forgotten"))
        self.erase_button.clicked.connect(self.erase_selected)
        for button in (self.edit_button, self.add_mentor_button, self.add_mentee_button, self.erase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel(self)
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)

    def reload(self) -> None:
        if not self.has_loaded:
            self.banner.show_message(self.tr("Loading…"), "note")
        self.tasks.run(lambda: load_people(self.ctx), self._loaded, self._failed)

    def _loaded(self, data: PeopleData) -> None:
        self.has_loaded = True
        self.data = data
        nb = prefers_norwegian()
        self.model.set_catalogue({s.key: s.name_nb if nb else s.name_en for s in data.specialisations})
        self.model.set_rows(person_profile_rows(data.people))
        kept = self.programme_combo.currentData()
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        self.programme_combo.addItem(self.tr("All programmes"), "")
        for programme in data.programmes:
            self.programme_combo.addItem(programme.name, programme.id)
        self.programme_combo.setCurrentIndex(max(self.programme_combo.findData(kept), 0))
        self.programme_combo.blockSignals(False)
        self._apply_filters()
        if data.people:
            self.banner.clear_message()
        else:
            self.banner.show_message(self.tr("Nobody is registered yet. Add a mentor or a mentee to start."), "note")

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_error(self.tr("The people could not be loaded: {reason}").format(reason=error_text(exc)))

    def _apply_filters(self) -> None:
        role, programme = self.role_combo.currentData(), self.programme_combo.currentData()

        def accept(row: PersonProfileRow) -> bool:
            if role and (row.profile is None or (role == "mentor") != row.is_mentor):
                return False
            return not programme or (row.profile is not None and row.profile.programme == programme)

        self.proxy.set_predicate(accept if role or programme else None)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Showing {shown} of {total}").format(shown=self.proxy.rowCount(), total=self.model.rowCount())
        )

    def selected_row(self) -> PersonProfileRow | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, PersonProfileRow) else None

    def _activated(self, index: QModelIndex) -> None:
        self.edit_selected()

    def _dialog(self, row: PersonProfileRow | None, role: str) -> PersonEditDialog:
        return PersonEditDialog(
            ctx=self.ctx,
            tasks=self.tasks,
            programmes=self.data.programmes,
            specialisations=self.data.specialisations,
            person=row.person if row else None,
            profile=row.profile if row else None,
            role=role,
            parent=self,
        )

    def edit_selected(self) -> PersonEditDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = self._dialog(row, "mentor" if row.is_mentor else "mentee")
        dialog.open()
        return dialog

    def erase_selected(self) -> EraseDialog | None:
        row = self.selected_row()
        if row is None:
            self.banner.show_message(self.tr("Select the person to erase first."), "note")
            return None
        dialog = EraseDialog(ctx=self.ctx, tasks=self.tasks, person=row.person, parent=self)
        dialog.open()
        return dialog

    def add_person(self, role: str) -> PersonEditDialog:
        dialog = self._dialog(None, role)
        dialog.open()
        return dialog
