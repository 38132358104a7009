"""View as mentor: one mentor's own active pairings, read-only, as the mentor would see them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.core.context import ServiceContext
from app.services.core.rows import PersonRow
from app.services.pairings.overview import PairingListRow, list_mentor_pairings
from app.services.people.people import list_people
from app.views.pairings.pairing_list_view import PairingListView
from app.views.pairings.pairing_table_model import MENTOR_VIEW_COLUMNS
from app.views.widgets.error_text import error_text
from app.views.widgets.health_style import OPEN_HEALTH
from app.views.widgets.labels import sort_text
from app.views.widgets.tasks import TaskRunner


class MentorView(QWidget):
    """Choose a mentor; the list below shows only that mentor's proposed and active pairings. Nothing can change."""

    def __init__(
        self, *, ctx: ServiceContext, tasks: TaskRunner, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.mentor_id: str | None = None
        self.has_loaded = False
        layout = QVBoxLayout(self)
        chooser = QHBoxLayout()
        label = QLabel(self.tr("View as &mentor:"), self)
        self.mentor_combo = QComboBox(self)
        self.mentor_combo.setAccessibleName(self.tr("Mentor whose view to show"))
        self.mentor_combo.addItem(self.tr("Choose a mentor…"), "")
        self.mentor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mentor_combo.currentIndexChanged.connect(self._mentor_chosen)
        label.setBuddy(self.mentor_combo)
        chooser.addWidget(label)
        chooser.addWidget(self.mentor_combo)
        chooser.addStretch(1)
        layout.addLayout(chooser)
        self.explanation = QLabel(
            self.tr("Read-only: this is what the mentor sees. Nothing can be changed here."), self
        )
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.list = PairingListView(
            loader=self._load_pairings,
            tasks=tasks,
            clock=clock,
            statuses=OPEN_HEALTH,
            title=self.tr("The mentor's pairings"),
            empty_text=self.tr("Choose a mentor to see their pairings."),
            columns=MENTOR_VIEW_COLUMNS,
            show_filters=False,
            parent=self,
        )
        layout.addWidget(self.list, 1)

    def reload(self) -> None:
        """Reload the mentors to choose from, then the chosen mentor's pairings."""
        self.tasks.run(lambda: list_people(self.ctx, role="mentor"), self._mentors_loaded, self._mentors_failed)

    def _mentors_loaded(self, people: list[PersonRow]) -> None:
        self.has_loaded = True
        kept = self.mentor_id
        self.mentor_combo.blockSignals(True)
        self.mentor_combo.clear()
        self.mentor_combo.addItem(self.tr("Choose a mentor…"), "")
        for person in sorted(people, key=lambda p: sort_text(p.name)):
            details = ", ".join(d for d in (person.municipality, person.email) if d)
            self.mentor_combo.addItem(f"{person.name} ({details})" if details else person.name, person.id)
        self.mentor_combo.setCurrentIndex(max(self.mentor_combo.findData(kept), 0) if kept else 0)
        self.mentor_combo.blockSignals(False)
        self.list.reload()

    def _mentors_failed(self, exc: BaseException) -> None:
        self.list.banner.show_error(error_text(exc, "loading mentors"))

    def choose_mentor(self, mentor_id: str) -> None:
        self.mentor_combo.setCurrentIndex(self.mentor_combo.findData(mentor_id))

    def _mentor_chosen(self) -> None:
        self.mentor_id = self.mentor_combo.currentData() or None
        name = self.mentor_combo.currentText().split(" (")[0]
        self.list.set_empty_text(
            self.tr("{name} has no active pairings at the moment.").format(name=name)
            if self.mentor_id
            else self.tr("Choose a mentor to see their pairings.")
        )
        self.list.table.setAccessibleName(self.tr("Pairings of {name}").format(name=name))
        self.list.reload()

    def _load_pairings(self) -> list[PairingListRow]:
        mentor_id = self.mentor_id
        return list_mentor_pairings(self.ctx, mentor_id) if mentor_id else []
