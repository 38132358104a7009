"""Inputs for a mentor or mentee profile: weekly slot grid, and checkable lists (specialisations, modalities)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from app.views.widgets.labels import day_label, part_of_day_label, slot_label

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("morning", "afternoon", "evening")


class SlotGrid(QWidget):
    """7 days × morning/afternoon/evening; each box is named for screen readers, e.g. "Monday evening"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for column, part in enumerate(PARTS, start=1):
            grid.addWidget(QLabel(part_of_day_label(part), self), 0, column, Qt.AlignmentFlag.AlignCenter)
        for row, day in enumerate(DAYS, start=1):
            grid.addWidget(QLabel(day_label(day), self), row, 0)
            for column, part in enumerate(PARTS, start=1):
                code = f"{day}_{part}"
                box = QCheckBox(self)
                box.setAccessibleName(slot_label(code))
                box.setToolTip(slot_label(code))
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
                self.boxes[code] = box

    def ordered_boxes(self) -> list[QCheckBox]:
        return list(self.boxes.values())

    def slots(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_slots(self, slots: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in slots)


class CheckList(QListWidget):
    """A list of checkable choices; Space toggles the current one."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)

    def set_choices(self, choices: Sequence[tuple[str, str]], checked: Sequence[str] = ()) -> None:
        self.clear()
        for code, text in choices:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)
        if self.count():
            self.setCurrentRow(0)

    def checked(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, codes: Sequence[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
