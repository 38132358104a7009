"""A visible frame around the focused table cell, so a keyboard user sees where they are inside a selected row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.views.widgets.health_style import contrast_ratio

# Near-black: at least 3:1 against white, the light status tints and the selection colour of every shipped style.
FOCUS_COLOUR = "#111827"
FOCUS_WIDTH = 3


def focus_colour_for(view: QAbstractItemView) -> str:
    """The frame colour, checked against this view's own selection and background; white when dark would vanish."""
    palette = view.palette()
    backgrounds = (palette.color(palette.ColorRole.Highlight).name(), palette.color(palette.ColorRole.Base).name())
    if all(contrast_ratio(FOCUS_COLOUR, back) >= 3.0 for back in backgrounds):
        return FOCUS_COLOUR
    return "#FFFFFF"


class FocusFrameDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.colour = QColor(focus_colour_for(view))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        if not option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[operator]
            return
        painter.save()
        pen = QPen(self.colour, FOCUS_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_WIDTH // 2 + 1
        painter.drawRect(option.rect.adjusted(half, half, -half - 1, -half - 1))  # type: ignore[attr-defined]
        painter.restore()


def mark_focused_cell(view: QAbstractItemView) -> None:
    view.setItemDelegate(FocusFrameDelegate(view))
