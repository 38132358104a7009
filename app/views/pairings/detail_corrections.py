"""Reading a note in full, and correcting notes and meetings of the pairing detail: edit or remove (a tombstone)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.core.rows import MeetingRow, NoteRow
from app.services.pairings.corrections import edit_note, remove_meeting, remove_note, restore_removed
from app.services.pairings.meetings_notes import update_meeting
from app.views.pairings.meeting_dialog import MeetingDialog
from app.views.pairings.note_dialog import NoteDialog
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import action_button
from app.views.widgets.labels import format_datetime, visibility_label
from app.views.widgets.roles import ROW_ROLE
from app.views.widgets.tasks import TaskRunner

# (what the step undoes, the service call that reverts it, the confirmation once undone)
UndoRecord = Callable[[str, Callable[[], object], str], None]


def ask(parent: QWidget, title: str, question: str, yes_text: str) -> bool:
    """A yes/cancel question; Enter answers yes, Escape cancels (the dialog's own buttons are translated)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(yes)
    box.setAccessibleName(title)
    box.setAccessibleDescription(question)
    box.exec()
    parent.window().activateWindow()  # the keyboard goes back to the window that asked
    return box.clickedButton() is yes


class NoteViewDialog(QDialog):
    """A long note, readable in full: scrolls, wraps, and can be selected and copied from the keyboard."""

    def __init__(self, note: NoteRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = self.tr("Note by {who}, {when}").format(who=note.author, when=format_datetime(note.created_at))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Visible to: {who}").format(who=visibility_label(note.visibility)), self))
        self.text = QPlainTextEdit(note.body, self)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setAccessibleName(self.tr("Note text"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the note"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if parent is not None:  # back to the notes list it was opened from (not every platform does it by itself)
            self.finished.connect(parent.window().activateWindow)
        self.text.setFocus()


class _Corrections(QWidget):
    """A row of buttons under a detail table acting on its selected row; `said` carries what happened, in words."""

    said = Signal(str)
    refused = Signal(str)

    def __init__(
        self, *, ctx: ServiceContext, tasks: TaskRunner, table: QTableView, record: UndoRecord, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.table, self.record = ctx, tasks, table, record
        self.row_layout = QHBoxLayout(self)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self.editable = True
        table.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        table.model().modelReset.connect(self.refresh)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = action_button(self, self.row_layout, text, name, slot)
        self.buttons.append(button)
        return button

    def selected(self) -> object:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException, doing: str) -> None:
        self.refused.emit(error_text(exc, doing))


class NoteCorrections(_Corrections):
    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        table: QTableView,
        record: UndoRecord,
        pairing_id: str,
        parent: QWidget,
    ) -> None:
        super().__init__(ctx=ctx, tasks=tasks, table=table, record=record, parent=parent)
        self.pairing_id = pairing_id
        self.open_button = self._button(self.tr("&Open note"), self.tr("Read the selected note in full"), self.open)
        self.edit_button = self._button(self.tr("Ed&it note…"), self.tr("Edit the selected note"), self.edit)
        self.remove_button = self._button(self.tr("Remo&ve note…"), self.tr("Remove the selected note"), self.remove)
        self.row_layout.addStretch(1)
        # Enter or double-click reads the note. Opened once the key press is over: the table passes Enter on to the
        # pairing window, which would otherwise press the new dialog's default button and close it at once.
        table.activated.connect(lambda _index: QTimer.singleShot(0, self.open))
        self.refresh()

    def refresh(self) -> None:
        chosen = isinstance(self.selected(), NoteRow)
        self.open_button.setEnabled(chosen)
        self.edit_button.setEnabled(chosen and self.editable)
        self.remove_button.setEnabled(chosen and self.editable)

    def open(self) -> NoteViewDialog | None:
        note = self.selected()
        if not isinstance(note, NoteRow):
            return None
        dialog = NoteViewDialog(note, self.window())
        dialog.open()
        return dialog

    def edit(self) -> NoteDialog | None:
        note = self.selected()
        if not isinstance(note, NoteRow) or not self.editable:
            return None
        dialog = NoteDialog(ctx=self.ctx, tasks=self.tasks, pairing_id=self.pairing_id, note=note, parent=self)
        dialog.saved.connect(lambda _row: self._edited(note))
        dialog.open()
        return dialog

    def _edited(self, before: NoteRow) -> None:
        self.record(
            self.tr("note edit"),
            lambda: edit_note(self.ctx, before.id, before.body, before.visibility),
            self.tr("Undone: the note has its earlier text again."),
        )
        self.said.emit(self.tr("The note is changed."))

    def remove(self) -> None:
        note = self.selected()
        if not isinstance(note, NoteRow) or not self.editable:
            return
        question = self.tr("Remove the note “{start}”? It disappears from the pairing; the history keeps it.").format(
            start=" ".join(note.body.split())[:60]
        )
        if not ask(self.window(), self.tr("Remove note"), question, self.tr("&Remove note")):
            return
        self.tasks.run(lambda: remove_note(self.ctx, note.id), self._removed, lambda e: self._failed(e, "removing"))

    def _removed(self, note: NoteRow) -> None:
        self.record(
            self.tr("note removal"),
            lambda: restore_removed(self.ctx, "note", note.id),
            self.tr("Undone: the note is back."),
        )
        self.said.emit(self.tr("The note is removed. Ctrl+Z brings it back."))


class MeetingCorrections(_Corrections):
    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        table: QTableView,
        record: UndoRecord,
        pairing_id: str,
        parent: QWidget,
    ) -> None:
        super().__init__(ctx=ctx, tasks=tasks, table=table, record=record, parent=parent)
        self.pairing_id = pairing_id
        self.edit_button = self._button(self.tr("Ed&it meeting…"), self.tr("Edit the selected meeting"), self.edit)
        self.remove_button = self._button(
            self.tr("Remove meetin&g…"), self.tr("Remove the selected meeting"), self.remove
        )
        self.row_layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        chosen = isinstance(self.selected(), MeetingRow) and self.editable
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def edit(self) -> MeetingDialog | None:
        meeting = self.selected()
        if not isinstance(meeting, MeetingRow) or not self.editable:
            return None
        dialog = MeetingDialog(ctx=self.ctx, tasks=self.tasks, pairing_id=self.pairing_id, meeting=meeting, parent=self)
        dialog.saved.connect(lambda _row: self._edited(meeting))
        dialog.open()
        return dialog

    def _edited(self, before: MeetingRow) -> None:
        # The way back writes the earlier time, length, way and summary as one more journaled change; a meeting
        # held or cancelled since then cannot be moved back, and the service says so in words.
        self.record(
            self.tr("meeting edit"),
            lambda: update_meeting(
                self.ctx,
                before.id,
                scheduled_at=before.scheduled_at,
                duration_minutes=before.duration_minutes,
                modality=before.modality,
                summary=before.summary,
            ),
            self.tr("Undone: the meeting of {when} is as it was before the edit.").format(
                when=format_datetime(before.scheduled_at)
            ),
        )
        self.said.emit(self.tr("The meeting is changed. Ctrl+Z undoes the change."))

    def remove(self) -> None:
        meeting = self.selected()
        if not isinstance(meeting, MeetingRow) or not self.editable:
            return
        question = self.tr(
            "Remove the meeting of {when}? It disappears from the pairing; the history keeps it."
        ).format(when=format_datetime(meeting.scheduled_at))
        if not ask(self.window(), self.tr("Remove meeting"), question, self.tr("&Remove meeting")):
            return
        self.tasks.run(
            lambda: remove_meeting(self.ctx, meeting.id), self._removed, lambda e: self._failed(e, "removing")
        )

    def _removed(self, meeting: MeetingRow) -> None:
        self.record(
            self.tr("meeting removal"),
            lambda: restore_removed(self.ctx, "meeting", meeting.id),
            self.tr("Undone: the meeting is back."),
        )
        self.said.emit(
            self.tr("The meeting of {when} is removed. Ctrl+Z brings it back.").format(
                when=format_datetime(meeting.scheduled_at)
            )
        )
