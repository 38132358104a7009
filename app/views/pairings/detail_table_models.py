"""Table models of the pairing detail: milestones, history, meetings and notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.services.core.rows import MeetingRow, MilestoneRow, NoteRow
from app.views.pairings.history_lines import HistoryLine
from app.views.widgets.health_style import milestone_icon, style_for
from app.views.widgets.labels import (
    format_date,
    format_datetime,
    meeting_status_label,
    milestone_status_label,
    modality_label,
    visibility_label,
)
from app.views.widgets.row_table_model import Column, RowTableModel


def _stamp(value: datetime | None) -> float:
    return value.timestamp() if value is not None else float("-inf")


class MilestoneTableModel(RowTableModel[MilestoneRow]):
    def columns(self) -> Sequence[Column[MilestoneRow]]:
        return (
            Column(self.tr("#"), lambda m: str(m.position), lambda m: m.position),
            Column(self.tr("Milestone"), lambda m: m.title),
            Column(
                self.tr("Status"),
                lambda m: milestone_status_label(m.status),
                lambda m: ("pending", "in_progress", "completed").index(m.status),
                lambda m: milestone_icon(m.status),
            ),
            Column(
                self.tr("Due"), lambda m: format_date(m.due_date), lambda m: m.due_date.toordinal() if m.due_date else 0
            ),
            Column(self.tr("Completed"), lambda m: format_date(m.completed_at), lambda m: _stamp(m.completed_at)),
            Column(self.tr("By"), lambda m: m.completed_by or ""),
        )

    def summary(self, row: MilestoneRow) -> str:
        text = self.tr("Milestone {n}, {title}: {status}").format(
            n=row.position, title=row.title, status=milestone_status_label(row.status).lower()
        )
        if row.completed_at is not None:
            text += self.tr(" on {date} by {who}").format(
                date=format_date(row.completed_at), who=row.completed_by or ""
            )
        elif row.due_date is not None:
            text += self.tr(", due {date}").format(date=format_date(row.due_date))
        return text

    def extra_data(self, row: MilestoneRow, column: int, role: int) -> Any:
        if column != 2:
            return None
        style = style_for({"completed": "on_track", "in_progress": "proposed"}.get(row.status, "dissolved"))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(style.tint))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(style.text_colour))
        return None


class HistoryTableModel(RowTableModel[HistoryLine]):
    def columns(self) -> Sequence[Column[HistoryLine]]:
        return (
            Column(self.tr("When"), lambda h: format_datetime(h.at), lambda h: _stamp(h.at)),
            Column(self.tr("Who"), lambda h: h.actor),
            Column(self.tr("What changed"), lambda h: h.text),
        )

    def summary(self, row: HistoryLine) -> str:
        return self.tr("{when}, {who}: {what}").format(when=format_datetime(row.at), who=row.actor, what=row.text)


class MeetingTableModel(RowTableModel[MeetingRow]):
    def columns(self) -> Sequence[Column[MeetingRow]]:
        return (
            Column(self.tr("When"), lambda m: format_datetime(m.scheduled_at), lambda m: _stamp(m.scheduled_at)),
            Column(self.tr("Status"), lambda m: meeting_status_label(m.status)),
            Column(self.tr("How"), lambda m: modality_label(m.modality)),
            Column(self.tr("Minutes"), lambda m: str(m.duration_minutes), lambda m: m.duration_minutes),
            Column(self.tr("Summary"), lambda m: " ".join((m.summary or m.reason or "").split())),
        )

    def summary(self, row: MeetingRow) -> str:
        text = self.tr("Meeting {when}, {status}, {how}, {minutes} minutes").format(
            when=format_datetime(row.scheduled_at),
            status=meeting_status_label(row.status).lower(),
            how=modality_label(row.modality).lower(),
            minutes=row.duration_minutes,
        )
        details = row.summary or row.reason
        return f"{text}: {details}" if details else text


class NoteTableModel(RowTableModel[NoteRow]):
    def columns(self) -> Sequence[Column[NoteRow]]:
        return (
            Column(self.tr("Written"), lambda n: format_datetime(n.created_at), lambda n: _stamp(n.created_at)),
            Column(self.tr("By"), lambda n: n.author),
            Column(self.tr("Visible to"), lambda n: visibility_label(n.visibility)),
            Column(self.tr("Note"), lambda n: " ".join(n.body.split())),
        )

    def summary(self, row: NoteRow) -> str:
        return self.tr("Note by {who}, {when}, visible to {visibility}: {text}").format(
            who=row.author,
            when=format_datetime(row.created_at),
            visibility=visibility_label(row.visibility).lower(),
            text=row.body,
        )
