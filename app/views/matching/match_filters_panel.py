"""The match widget's filter controls: geography, shared slot, specialisations, way of meeting, eligibility."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.matching import MatchFilters

GEOGRAPHY = ("any", "municipality", "county", "km")


class MatchFiltersPanel(QWidget):
    """Emits `changed` whenever a control changes; `filters()` reads them as MatchFilters."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        place = QGroupBox(self.tr("Where"), self)
        place_layout = QVBoxLayout(place)
        self.geography = QComboBox(place)
        self.geography.setAccessibleName(self.tr("Where the mentor lives"))
        labels = {
            "any": self.tr("Anywhere"),
            "municipality": self.tr("Same municipality"),
            "county": self.tr("Same county"),
            "km": self.tr("Within a distance"),
        }
        for code in GEOGRAPHY:
            self.geography.addItem(labels[code], code)
        self.max_km = QDoubleSpinBox(place)
        self.max_km.setRange(1, 2000)
        self.max_km.setValue(50)
        self.max_km.setDecimals(0)
        self.max_km.setSuffix(self.tr(" km"))
        self.max_km.setAccessibleName(self.tr("Maximum distance in kilometres"))
        self.max_km.setEnabled(False)
        place_layout.addWidget(self.geography)
        place_layout.addWidget(self.max_km)
        place_layout.addStretch(1)
        self.geography.currentIndexChanged.connect(self._geography_changed)
        self.max_km.valueChanged.connect(self._km_changed)

        other = QGroupBox(self.tr("Must have"), self)
        other_layout = QVBoxLayout(other)
        self.slot_overlap = self._check(self.tr("A shared weekly sl&ot"), other_layout, other)
        self.modality = self._check(self.tr("A shared way of &meeting"), other_layout, other)
        self.eligible = self._check(self.tr("Only el&igible mentors"), other_layout, other, checked=True)
        self.not_paired_before = self._check(self.tr("Not paired &before"), other_layout, other, checked=True)

        specs = QGroupBox(self.tr("Offers every specialisation ticked"), self)
        specs_layout = QVBoxLayout(specs)
        self.specialisations = QListWidget(specs)
        self.specialisations.setAccessibleName(self.tr("Specialisations the mentor must offer"))
        self.specialisations.setMaximumHeight(130)
        self.specialisations.itemChanged.connect(lambda _item: self.changed.emit())
        specs_layout.addWidget(self.specialisations)

        layout.addWidget(place)
        layout.addWidget(other)
        layout.addWidget(specs, 1)

    def _check(self, text: str, layout: QVBoxLayout, parent: QWidget, *, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text, parent)
        box.setAccessibleName(text.replace("&", ""))
        box.setChecked(checked)
        box.toggled.connect(lambda _on: self.changed.emit())
        layout.addWidget(box)
        return box

    def set_specialisations(self, choices: list[tuple[str, str]]) -> None:
        """(key, shown name) pairs; ticks on keys still offered are kept."""
        ticked = self.selected_specialisations()
        self.specialisations.blockSignals(True)
        self.specialisations.clear()
        for key, name in choices:
            item = QListWidgetItem(name, self.specialisations)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
        self.specialisations.blockSignals(False)

    def selected_specialisations(self) -> frozenset[str]:
        return frozenset(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.specialisations.item(i) for i in range(self.specialisations.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def geography_code(self) -> str:
        return str(self.geography.currentData())

    def set_geography(self, code: str) -> None:
        self.geography.setCurrentIndex(GEOGRAPHY.index(code))

    def _geography_changed(self) -> None:
        self.max_km.setEnabled(self.geography_code() == "km")
        self.changed.emit()

    def _km_changed(self) -> None:
        if self.geography_code() == "km":
            self.changed.emit()

    def filters(self) -> MatchFilters:
        code = self.geography_code()
        return MatchFilters(
            eligible=self.eligible.isChecked(),
            not_paired_before=self.not_paired_before.isChecked(),
            geography=None if code == "any" else code,  # type: ignore[arg-type]
            max_km=float(self.max_km.value()) if code == "km" else None,
            slot_overlap=self.slot_overlap.isChecked(),
            specialisations=self.selected_specialisations(),
            modality=self.modality.isChecked(),
        )
