"""Complete, cancel, mark no-show or move the selected meeting from the pairing detail (moving resets reminders)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.services.core.context import ServiceContext
from app.services.core.rows import MeetingRow
from app.services.pairings.meetings_notes import set_meeting_status, update_meeting
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner, action_button, chain_tab_order
from app.views.widgets.labels import format_datetime
from app.views.widgets.roles import ROW_ROLE
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner


class MeetingReasonDialog(ServiceDialog):
    """Cancel a meeting, or record that nobody came: both need a reason."""

    def __init__(
        self, *, ctx: ServiceContext, tasks: TaskRunner, meeting: MeetingRow, status: str, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Cancel meeting") if status == "cancelled" else self.tr("Nobody came")
        super().__init__(ctx=ctx, tasks=tasks, title=title, parent=parent)
        self.meeting, self.status = meeting, status
        form = QFormLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        form.addRow(self.tr("Meeting:"), QLabel(format_datetime(meeting.scheduled_at), self))
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.outer.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Cancel meeting") if status == "cancelled" else self.tr("&Mark no-show"))
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        self.reason_edit.textChanged.connect(self.refresh_ok)
        chain_tab_order([self.reason_edit, self.ok_button, self.cancel_button])
        self.refresh_ok()
        self.reason_edit.setFocus()

    def refresh_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_edit.text().strip()))

    def save(self) -> None:
        reason = self.reason_edit.text().strip()
        meeting_id, status = self.meeting.id, self.status
        self.submit(lambda: set_meeting_status(self.ctx, meeting_id, status, reason), "changing a meeting")


class MoveMeetingDialog(ServiceDialog):
    """A new time for a scheduled meeting; its reminders are sent again for the new time."""

    def __init__(
        self, *, ctx: ServiceContext, tasks: TaskRunner, meeting: MeetingRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx=ctx, tasks=tasks, title=self.tr("Move meeting"), parent=parent)
        self.meeting = meeting
        form = QFormLayout()
        self.when_edit = QDateTimeEdit(
            QDateTime.fromSecsSinceEpoch(int(meeting.scheduled_at.timestamp()), QTimeZone.systemTimeZone()), self
        )
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName(self.tr("New date and time of the meeting"))
        form.addRow(self.tr("&New time:"), self.when_edit)
        self.outer.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Move meeting"))
        self.ok_button.setAccessibleName(self.tr("Move meeting"))
        chain_tab_order([self.when_edit, self.ok_button, self.cancel_button])
        self.when_edit.setFocus()

    def when(self) -> datetime:
        return datetime.fromtimestamp(self.when_edit.dateTime().toSecsSinceEpoch(), tz=UTC)

    def save(self) -> None:
        when, meeting_id = self.when(), self.meeting.id
        self.submit(lambda: update_meeting(self.ctx, meeting_id, scheduled_at=when), "moving a meeting")


class MeetingActions(QWidget):
    """Buttons under the detail's meeting table; they act on the selected meeting while it is scheduled."""

    changed = Signal(str)  # what happened, in words, for the banner and the screen reader

    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        table: QTableView,
        banner: MessageBanner | None = None,
        record: Callable[[str, Callable[[], object], str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.table, self.banner = ctx, tasks, table, banner
        self.record = record  # the session's undo (the pairing detail's), when there is one
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.complete_button = self._button(row, self.tr("Mark &held"), self.tr("Mark the meeting as held"),
                                            self.complete)  # fmt: skip
        self.cancel_button = self._button(row, self.tr("Cancel mee&ting…"), self.tr("Cancel the meeting"), self.cancel)
        self.no_show_button = self._button(row, self.tr("No&body came…"), self.tr("Record that nobody came"),
                                           self.no_show)  # fmt: skip
        self.move_button = self._button(row, self.tr("Mo&ve…"), self.tr("Move the meeting to another time"), self.move)
        row.addStretch(1)
        self.buttons = [self.complete_button, self.cancel_button, self.no_show_button, self.move_button]
        table.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        table.model().modelReset.connect(self.refresh)
        self.refresh()

    def _button(self, row: QHBoxLayout, text: str, name: str, slot: object) -> QPushButton:
        return action_button(self, row, text, name, slot)

    def selected(self) -> MeetingRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.siblingAtColumn(0).data(ROW_ROLE)
        return row if isinstance(row, MeetingRow) else None

    def refresh(self) -> None:
        meeting = self.selected()
        scheduled = meeting is not None and meeting.status == "scheduled"
        for button in self.buttons:
            button.setEnabled(scheduled)

    def complete(self) -> None:
        meeting = self.selected()
        if meeting is None or meeting.status != "scheduled":
            return
        self.tasks.run(
            lambda: set_meeting_status(self.ctx, meeting.id, "completed"),
            lambda row: self._done(self.tr("The meeting of {when} is marked as held.").format(
                when=format_datetime(row.scheduled_at))),
            self._failed,
        )  # fmt: skip

    def cancel(self) -> MeetingReasonDialog | None:
        return self._reason("cancelled")

    def no_show(self) -> MeetingReasonDialog | None:
        return self._reason("no_show")

    def _reason(self, status: str) -> MeetingReasonDialog | None:
        meeting = self.selected()
        if meeting is None or meeting.status != "scheduled":
            return None
        dialog = MeetingReasonDialog(ctx=self.ctx, tasks=self.tasks, meeting=meeting, status=status, parent=self)
        done = self.tr("The meeting is cancelled.") if status == "cancelled" else self.tr("Recorded: nobody came.")
        dialog.saved.connect(lambda _row: self._done(done))
        dialog.open()
        return dialog

    def move(self) -> MoveMeetingDialog | None:
        meeting = self.selected()
        if meeting is None or meeting.status != "scheduled":
            return None
        dialog = MoveMeetingDialog(ctx=self.ctx, tasks=self.tasks, meeting=meeting, parent=self)
        dialog.saved.connect(lambda row: self._moved(meeting, row))
        dialog.open()
        return dialog

    def _moved(self, before: MeetingRow, after: MeetingRow) -> None:
        if self.record is not None:  # a move is an edit of the time: Ctrl+Z moves it back, as one more change
            self.record(
                self.tr("meeting move"),
                lambda: update_meeting(self.ctx, before.id, scheduled_at=before.scheduled_at),
                self.tr("Undone: the meeting is back at {when}.").format(when=format_datetime(before.scheduled_at)),
            )
        self._done(
            self.tr("The meeting is moved to {when}; reminders will be sent for the new time.").format(
                when=format_datetime(after.scheduled_at)
            )
        )

    def _done(self, message: str) -> None:
        if self.banner is not None:
            self.banner.show_message(message, "info")
        self.changed.emit(message)

    def _failed(self, exc: BaseException) -> None:
        if self.banner is not None:
            self.banner.show_error(error_text(exc, "changing a meeting"))
