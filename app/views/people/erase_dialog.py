"""Erase a person who asked to be forgotten: says what happens, asks for a tick, then erases (cannot be undone)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from app.services.core.context import ServiceContext
from app.services.core.rows import PersonRow
from app.services.people.erasure import erase_person
from app.views.widgets.form_helpers import chain_tab_order
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner


class EraseDialog(ServiceDialog):
    def __init__(
        self, *, ctx: ServiceContext, tasks: TaskRunner, person: PersonRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx=ctx, tasks=tasks, title=self.tr("Erase {name}").format(name=person.name), parent=parent)
        self.person = person
        explanation = QLabel(
            self.tr(
                "{name} asked to be forgotten. Erasing blanks their name, contact details, place, languages and "
                "contact preferences, removes the text of the notes and meetings of their pairings, and scrubs those "
                "values from the history, here and, at the next sync, on the server and the other desktops. Their "
                "pairings stay, without their data, so the programme's figures still add up. This cannot be undone."
            ).format(name=person.name),
            self,
        )
        explanation.setWordWrap(True)
        self.outer.addWidget(explanation)
        self.confirm_box = QCheckBox(self.tr("I have &checked that this person asked to be forgotten"), self)
        self.confirm_box.setAccessibleName(
            self.tr("Confirm that {name} asked to be forgotten").format(name=person.name)
        )
        self.confirm_box.toggled.connect(self.refresh_ok)
        self.outer.addWidget(self.confirm_box)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Erase for good"))
        self.ok_button.setAccessibleName(self.tr("Erase {name} for good").format(name=person.name))
        self.resize(560, 260)
        self.refresh_ok()
        chain_tab_order([self.confirm_box, self.ok_button, self.cancel_button])
        self.confirm_box.setFocus()

    def refresh_ok(self) -> None:
        self.ok_button.setEnabled(self.confirm_box.isChecked())

    def save(self) -> None:
        if not self.confirm_box.isChecked():
            return
        person_id = self.person.id
        self.submit(lambda: erase_person(self.ctx, person_id), "erasing a person")
