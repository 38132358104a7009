"""Editing a programme's ordered milestone template: add, remove and reorder milestones, with a due offset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services.core.rows import MilestoneTemplateRow
from app.services.programmes.programmes import MilestoneSpec


class MilestoneTemplateEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Milestones, in order"))
        self.list.setMinimumHeight(110)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of a new milestone"))
        self.title_edit.setPlaceholderText(self.tr("New milestone title"))
        self.title_edit.returnPressed.connect(self.add_milestone)
        self.due_spin = QSpinBox(self)
        self.due_spin.setRange(-1, 3650)
        self.due_spin.setValue(-1)
        self.due_spin.setSpecialValueText(self.tr("No due date"))
        self.due_spin.setPrefix(self.tr("due after "))
        self.due_spin.setSuffix(self.tr(" days"))
        self.due_spin.setAccessibleName(self.tr("Due after how many days (optional)"))
        self.add_button = self._button(self.tr("Add m&ilestone"), self.tr("Add the milestone"), self.add_milestone)
        self.remove_button = self._button(self.tr("Remo&ve"), self.tr("Remove the selected milestone"), self.remove)
        self.up_button = self._button(
            self.tr("Move u&p"), self.tr("Move the selected milestone up"), lambda: self.move_selected(-1)
        )
        self.down_button = self._button(
            self.tr("Move do&wn"), self.tr("Move the selected milestone down"), lambda: self.move_selected(1)
        )
        grid.addWidget(self.list, 0, 0, 4, 2)
        grid.addWidget(self.remove_button, 0, 2)
        grid.addWidget(self.up_button, 1, 2)
        grid.addWidget(self.down_button, 2, 2)
        label = QLabel(self.tr("New &milestone:"), self)
        label.setBuddy(self.title_edit)
        grid.addWidget(label, 4, 0)
        grid.addWidget(self.title_edit, 4, 1)
        grid.addWidget(self.due_spin, 5, 1)
        grid.addWidget(self.add_button, 5, 2)

    def focus_order(self) -> list[QWidget]:
        return [
            self.list,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.title_edit,
            self.due_spin,
            self.add_button,
        ]

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def set_milestones(self, rows: list[MilestoneTemplateRow]) -> None:
        self.list.clear()
        for row in rows:
            self._append(MilestoneSpec(row.title, row.description, row.due_offset_days))

    def milestones(self) -> list[MilestoneSpec]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _append(self, spec: MilestoneSpec) -> None:
        text = spec.title
        if spec.due_offset_days is not None:
            text = self.tr("{title} (due after {days} days)").format(title=spec.title, days=spec.due_offset_days)
        item = QListWidgetItem(text, self.list)
        item.setData(Qt.ItemDataRole.UserRole, spec)

    def add_milestone(self) -> None:
        title = self.title_edit.text().strip()
        if not title:
            self.title_edit.setFocus()
            return
        due = self.due_spin.value()
        self._append(MilestoneSpec(title, "", due if due >= 0 else None))
        self.list.setCurrentRow(self.list.count() - 1)
        self.title_edit.clear()
        self.due_spin.setValue(-1)
        self.title_edit.setFocus()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
