"""Decline a proposed pairing, with an optional short note on why (the mentee stays on the waiting list)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.services.core.context import ServiceContext
from app.services.pairings.pairings import decline_pairing
from app.views.widgets.form_helpers import chain_tab_order
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner

NOTE_LIMIT = 200


class DeclineDialog(ServiceDialog):
    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        pairing_id: str,
        mentor_name: str,
        mentee_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx=ctx, tasks=tasks, title=self.tr("Decline proposal"), parent=parent)
        self.pairing_id = pairing_id
        question = QLabel(
            self.tr("Decline the proposal to pair {mentor} with {mentee}? {mentee} stays on the waiting list.").format(
                mentor=mentor_name, mentee=mentee_name
            ),
            self,
        )
        question.setWordWrap(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setAccessibleName(self.tr("Why the proposal is declined (optional)"))
        form = QFormLayout()
        note_label = QLabel(self.tr("&Why (optional):"), self)
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        self.outer.addWidget(question)
        self.outer.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Decline proposal"))
        self.ok_button.setAccessibleName(self.tr("Decline proposal"))
        chain_tab_order([self.note_edit, self.ok_button, self.cancel_button])
        self.note_edit.setFocus()

    def save(self) -> None:
        note = self.note_edit.text()
        self.submit(lambda: decline_pairing(self.ctx, self.pairing_id, note or None), "declining a proposal")
