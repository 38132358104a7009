"""The top of a pairing's detail: who mentors whom, and its status as icon and words (programme, next milestone)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.core.rows import PairingRow
from app.views.matching.match_labels import reason_text
from app.views.widgets.health_style import health_icon
from app.views.widgets.labels import format_date, format_number, health_label


class PairingHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_icon = QLabel(self)
        self.status_icon.setFixedSize(24, 24)
        self.status_text = QLabel(self)
        self.status_text.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status_text, 1)
        self.match = QLabel(self)
        self.match.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addLayout(status_row)
        layout.addWidget(self.match)

    def show_pairing(self, pairing: PairingRow, spec_names: Mapping[str, str] | None = None) -> None:
        self.heading.setText(
            self.tr("{mentor} mentors {mentee}").format(mentor=pairing.mentor_name, mentee=pairing.mentee_name)
        )
        self.status_icon.setPixmap(health_icon(pairing.health).pixmap(24, 24))
        parts = [health_label(pairing.health), pairing.programme_name]
        if pairing.stage:
            parts.append(self.tr("next milestone: {stage}").format(stage=pairing.stage))
        if pairing.dissolved_at is not None:
            parts.append(self.tr("dissolved {date}").format(date=format_date(pairing.dissolved_at)))
        if pairing.completed_at is not None:
            parts.append(self.tr("completed {date}").format(date=format_date(pairing.completed_at)))
        self.status_text.setText(" · ".join(parts))
        self.status_text.setAccessibleName(self.tr("Status: {text}").format(text=", ".join(parts)))
        if pairing.score is None:
            match = self.tr("Paired by hand, without a match score.")
        else:
            match = self.tr("Matched with score {score}: {why}").format(
                score=format_number(pairing.score or 0), why=reason_text(pairing.reasons, spec_names or {})
            )
        self.match.setText(match)
        self.match.setAccessibleName(self.tr("Why matched: {text}").format(text=match))
