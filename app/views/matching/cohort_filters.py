"""The filters a cohort proposal uses, in words: carried over from the match widget, each one shown and clearable."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from app.matching import MatchFilters
from app.views.widgets.labels import format_short

# What switching one filter off means for MatchFilters (the codes of MatchFilters.active()).
CLEARED = {
    "eligible": {"eligible": False},
    "not_paired_before": {"not_paired_before": False},
    "geography": {"geography": None, "max_km": None},
    "availability": {"slot_overlap": False},
    "specialisation": {"specialisations": frozenset()},
    "modality": {"modality": False},
}


class CohortFiltersBox(QGroupBox):
    """One check box per filter that was on in the match widget; unticking one proposes again without it."""

    changed = Signal()

    def __init__(self, filters: MatchFilters, spec_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Filters used (from the match widget)"))
        self.original = filters
        # Two filters a line keeps the proposal's table tall enough to read at 1280×720.
        layout = QGridLayout(self)
        self.none_label = QLabel(self.tr("No filters: every waiting mentee and every mentor with a free place."), self)
        self.none_label.setWordWrap(True)
        layout.addWidget(self.none_label, 0, 0, 1, 2)
        self.boxes: dict[str, QCheckBox] = {}
        for number, code in enumerate(filters.active()):
            box = QCheckBox(self.filter_words(code, filters, spec_names), self)
            box.setChecked(True)
            box.setAccessibleName(box.text())
            box.setAccessibleDescription(self.tr("Untick to propose the cohort without this filter"))
            box.toggled.connect(lambda _on: self._changed())
            self.boxes[code] = box
            layout.addWidget(box, 1 + number // 2, number % 2)
        self.clear_button = QPushButton(self.tr("Clear &filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear every filter and propose again"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button, 1, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(1, 1)
        self._update()

    def filter_words(self, code: str, filters: MatchFilters, spec_names: Mapping[str, str]) -> str:
        if code == "geography":
            if filters.geography == "km":
                return self.tr("Mentor lives within {km} km of the mentee").format(km=format_short(filters.max_km or 0))
            if filters.geography == "municipality":
                return self.tr("Mentor lives in the mentee's municipality")
            return self.tr("Mentor lives in the mentee's county")
        if code == "specialisation":
            names = sorted(spec_names.get(key, key) for key in filters.specialisations)
            return self.tr("Mentor offers: {names}").format(names=", ".join(names))
        return {
            "eligible": self.tr("Only eligible mentors"),
            "not_paired_before": self.tr("Not paired before"),
            "availability": self.tr("A shared weekly slot"),
            "modality": self.tr("A shared way of meeting"),
        }[code]

    def filters(self) -> MatchFilters:
        cleared: dict[str, object] = {}
        for code, box in self.boxes.items():
            if not box.isChecked():
                cleared.update(CLEARED[code])
        return dataclasses.replace(self.original, **cleared)  # type: ignore[arg-type]

    def in_words(self) -> str:
        """The filters in use as one sentence, for the proposal's summary (what a screen reader reads first)."""
        used = [box.text() for box in self.boxes.values() if box.isChecked()]
        if not used:
            return self.tr("No filters used.")
        return self.tr("Filters used: {filters}.").format(filters="; ".join(used))

    def clear(self) -> None:
        if not any(box.isChecked() for box in self.boxes.values()):
            return
        for box in self.boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._changed()

    def set_enabled_for_work(self, enabled: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(enabled)
        self.clear_button.setEnabled(enabled and any(box.isChecked() for box in self.boxes.values()))

    def _changed(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        self.none_label.setVisible(not any(box.isChecked() for box in self.boxes.values()))
        self.clear_button.setEnabled(any(box.isChecked() for box in self.boxes.values()))
