"""Log a meeting that was held, or schedule one; or correct one logged before."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from app.services.core.choices import MODALITIES
from app.services.core.context import ServiceContext
from app.services.core.rows import MeetingRow
from app.services.pairings.meetings_notes import add_meeting, update_meeting
from app.views.widgets.form_helpers import chain_tab_order
from app.views.widgets.labels import date_time_format, meeting_status_label, modality_label
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner


class MeetingDialog(ServiceDialog):
    def __init__(
        self,
        *,
        ctx: ServiceContext,
        tasks: TaskRunner,
        pairing_id: str,
        meeting: MeetingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit meeting") if meeting is not None else self.tr("Log meeting")
        super().__init__(ctx=ctx, tasks=tasks, title=title, parent=parent)
        self.pairing_id, self.meeting = pairing_id, meeting
        form = QFormLayout()
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Held or scheduled"))
        for code in ("completed", "scheduled"):
            self.status_combo.addItem(meeting_status_label(code), code)
        now = meeting.scheduled_at if meeting is not None else ctx.now()
        self.when_edit = QDateTimeEdit(
            QDateTime.fromSecsSinceEpoch(int(now.timestamp()), QTimeZone.systemTimeZone()), self
        )
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(date_time_format())
        self.when_edit.setAccessibleName(self.tr("Date and time of the meeting"))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(5, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setAccessibleName(self.tr("Duration in minutes"))
        self.modality_combo = QComboBox(self)
        self.modality_combo.setAccessibleName(self.tr("How they met"))
        for code in MODALITIES:
            self.modality_combo.addItem(modality_label(code), code)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setAccessibleName(self.tr("Summary of the meeting"))
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)  # 4 lines at any text size
        form.addRow(self.tr("&Meeting:"), self.status_combo)
        form.addRow(self.tr("&When:"), self.when_edit)
        form.addRow(self.tr("&Duration:"), self.duration_spin)
        form.addRow(self.tr("&How:"), self.modality_combo)
        summary_label = QLabel(self.tr("Summar&y:"), self)
        summary_label.setBuddy(self.summary_edit)
        form.addRow(summary_label, self.summary_edit)
        self.outer.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Save meeting"))
        self.ok_button.setAccessibleName(self.tr("Save meeting"))
        chain_tab_order(
            [
                self.status_combo,
                self.when_edit,
                self.duration_spin,
                self.modality_combo,
                self.summary_edit,
                self.ok_button,
                self.cancel_button,
            ]
        )
        if meeting is not None:
            if self.status_combo.findData(meeting.status) < 0:
                self.status_combo.addItem(meeting_status_label(meeting.status), meeting.status)
            self.status_combo.setCurrentIndex(self.status_combo.findData(meeting.status))
            self.status_combo.setEnabled(False)  # a meeting's state changes through its own actions
            self.duration_spin.setValue(meeting.duration_minutes)
            self.modality_combo.setCurrentIndex(max(0, self.modality_combo.findData(meeting.modality)))
            self.summary_edit.setPlainText(meeting.summary)
            self.summary_edit.setFocus()
        else:
            self.status_combo.setFocus()

    def when(self) -> datetime:
        return datetime.fromtimestamp(self.when_edit.dateTime().toSecsSinceEpoch(), tz=UTC)

    def save(self) -> None:
        when, minutes = self.when(), self.duration_spin.value()
        modality, status = self.modality_combo.currentData(), self.status_combo.currentData()
        summary = self.summary_edit.toPlainText()
        if self.meeting is not None:
            self._save_changes(self.meeting, when, minutes, modality, summary)
            return
        self.submit(
            lambda: add_meeting(
                self.ctx,
                self.pairing_id,
                when,
                duration_minutes=minutes,
                modality=modality,
                status=status,
                summary=summary,
            ),
            "logging a meeting",
        )

    def _save_changes(self, meeting: MeetingRow, when: datetime, minutes: int, modality: str, summary: str) -> None:
        """Send only what changed: a held meeting keeps its time, and only its summary may be corrected."""
        moved = abs((when - meeting.scheduled_at).total_seconds()) >= 60
        self.submit(
            lambda: update_meeting(
                self.ctx,
                meeting.id,
                scheduled_at=when if moved else None,
                duration_minutes=minutes if minutes != meeting.duration_minutes else None,
                modality=modality if modality != meeting.modality else None,
                summary=summary,
            ),
            "changing a meeting",
        )
