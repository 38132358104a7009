"""Small pieces every form and list shares: an explicit tab order, and a message banner screen readers announce."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from app.views.widgets.announce import announce
from app.views.widgets.focus_frame import mark_focused_cell

BANNER_STYLES = {
    "error": "color: #8E1A1F; background: #FDE2E1; border: 1px solid #C62828;",
    "info": "color: #0F5123; background: #E3F3E6; border: 1px solid #1E7B34;",
    "note": "color: #1F2937; background: #F2F4F7; border: 1px solid #5F6368;",
}


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits the widgets in this order (dialogs set it explicitly rather than trusting creation order)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


class MessageBanner(QLabel):
    """A line of feedback above a form or list: errors, confirmations and empty states, announced as an alert."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(f"QLabel {{ {BANNER_STYLES.get(kind, BANNER_STYLES['note'])} padding: 6px; }}")
        self.show()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        if kind in ("info", "error"):  # a confirmation or a refusal is spoken even while focus is elsewhere
            announce(self, text, assertive=kind == "error")

    def show_error(self, text: str) -> None:
        self.show_message(text, "error")

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.setAccessibleName("")
        self.hide()


def list_table(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """A read-only table of rows as every list here uses it: whole-row selection, Tab leaves it, arrows move in it."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    mark_focused_cell(table)
    return table


def action_button(parent: QWidget, row: QBoxLayout, text: str, name: str, slot: object) -> QPushButton:
    """A push button in a row of actions: its accessible name, no auto-default (Enter belongs to the table)."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    row.addWidget(button)
    return button


def set_column_widths(table: QTableView, widths: Sequence[int] = ()) -> None:
    """Column widths chosen for the data, but never narrower than the column's own heading in this language.

    Bokmål headings are often longer ("Standardkapasitet"); a fixed width cut them off at 1280×720. The header's size
    hint counts the margins and the sort arrow, so a heading stays whole whichever column is sorted.
    """
    header = table.horizontalHeader()
    for column in range(header.count()):
        wanted = widths[column] if column < len(widths) else header.sectionSize(column)
        header.resizeSection(column, max(wanted, header.sectionSizeHint(column)))
