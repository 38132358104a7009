"""Add a note to a pairing, choosing who may read it, or correct one written before."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from app.services.core.choices import NOTE_VISIBILITIES
from app.services.core.context import ServiceContext
from app.services.core.rows import NoteRow
from app.services.pairings.corrections import edit_note
from app.services.pairings.meetings_notes import NOTE_LIMIT, add_note
from app.views.widgets.form_helpers import chain_tab_order
from app.views.widgets.labels import visibility_label
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner


class NoteDialog(ServiceDialog):
    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        pairing_id: str,
        note: NoteRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit note") if note is not None else self.tr("Add note")
        super().__init__(ctx=ctx, tasks=tasks, title=title, parent=parent)
        self.pairing_id, self.note = pairing_id, note
        form = QFormLayout()
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setTabChangesFocus(True)  # Tab moves on; a note rarely needs a tab character
        self.body_edit.setAccessibleName(self.tr("Note text"))
        self.body_edit.textChanged.connect(self.refresh_ok)
        self.visibility_combo = QComboBox(self)
        self.visibility_combo.setAccessibleName(self.tr("Who may read the note"))
        for code in NOTE_VISIBILITIES:
            self.visibility_combo.addItem(visibility_label(code), code)
        body_label = QLabel(self.tr("&Note:"), self)
        body_label.setBuddy(self.body_edit)
        form.addRow(body_label, self.body_edit)
        form.addRow(self.tr("&Visible to:"), self.visibility_combo)
        self.outer.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Save note"))
        self.ok_button.setAccessibleName(self.tr("Save note"))
        if note is not None:
            self.body_edit.setPlainText(note.body)
            self.visibility_combo.setCurrentIndex(max(0, self.visibility_combo.findData(note.visibility)))
        chain_tab_order([self.body_edit, self.visibility_combo, self.ok_button, self.cancel_button])
        self.body_edit.setFocus()
        self.refresh_ok()

    def refresh_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.body_edit.toPlainText().strip()) and not self.busy)

    def save(self) -> None:
        body, visibility = self.body_edit.toPlainText(), self.visibility_combo.currentData()
        if len(body.strip()) > NOTE_LIMIT:
            self.banner.show_error(self.tr("The note is too long: at most 4000 characters."))
            return
        if self.note is not None:
            note_id = self.note.id
            self.submit(lambda: edit_note(self.ctx, note_id, body, visibility), "changing a note")
        else:
            self.submit(lambda: add_note(self.ctx, self.pairing_id, body, visibility), "adding a note")
