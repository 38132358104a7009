"""How a health status looks: text, a distinct icon shape and colours that pass WCAG contrast (docs/architecture.md).

Never colour alone: each status has its own shape (check, exclamation triangle, stop octagon, clock, star, slashed
circle, cross). A status cell always paints its own light tint with dark text, so it stays readable in dark and
high-contrast themes; icons carry a light halo for the same reason.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from app.views.widgets.labels import health_label


@dataclass(frozen=True)
class HealthStyle:
    icon_colour: str  # the shape: at least 3:1 against white and against the tint
    tint: str  # cell background
    text_colour: str  # cell text: at least 4.5:1 against the tint
    severity: int  # sort order: the most urgent first


HEALTH_STYLES: dict[str, HealthStyle] = {
    "stalled": HealthStyle("#C62828", "#FDE2E1", "#8E1A1F", 0),
    "needs_attention": HealthStyle("#A65E00", "#FFF0D0", "#6B3A00", 1),
    "proposed": HealthStyle("#44546A", "#EEF1F5", "#2F3B48", 2),
    "on_track": HealthStyle("#1E7B34", "#E3F3E6", "#0F5123", 3),
    "completed": HealthStyle("#1A56A6", "#E4EEFB", "#143F7A", 4),
    "dissolved": HealthStyle("#5F6368", "#F2F4F7", "#1F2937", 5),
    "declined": HealthStyle("#5F6368", "#F2F4F7", "#1F2937", 6),
}
# The high-contrast theme (app/views/widgets/theme.py): black cells, light text and bright shapes with black marks.
HIGH_CONTRAST_STYLES: dict[str, HealthStyle] = {
    "stalled": HealthStyle("#FF7070", "#000000", "#FFC2C2", 0),
    "needs_attention": HealthStyle("#FFC940", "#000000", "#FFE7A3", 1),
    "proposed": HealthStyle("#B8C7DB", "#000000", "#FFFFFF", 2),
    "on_track": HealthStyle("#5BE37D", "#000000", "#C4F7D1", 3),
    "completed": HealthStyle("#7DB4FF", "#000000", "#D6E7FF", 4),
    "dissolved": HealthStyle("#C8CCD2", "#000000", "#FFFFFF", 5),
    "declined": HealthStyle("#C8CCD2", "#000000", "#FFFFFF", 6),
}
THEME_STYLES = {"standard": HEALTH_STYLES, "high_contrast": HIGH_CONTRAST_STYLES}
# (marks inside a filled shape, halo around it) per theme: the mark must stand out from the shape's colour.
THEME_MARKS = {"standard": ("#FFFFFF", QColor(255, 255, 255, 235)), "high_contrast": ("#000000", QColor(0, 0, 0, 255))}
HEALTH_ORDER = tuple(sorted(HEALTH_STYLES, key=lambda code: HEALTH_STYLES[code].severity))
OPEN_HEALTH = ("stalled", "needs_attention", "proposed", "on_track")
ARCHIVE_HEALTH = ("completed", "dissolved", "declined")
ICON_SIZES = (16, 20, 24, 32, 48, 64)
HALO = QColor(255, 255, 255, 235)

_icons: dict[str, QIcon] = {}
_active = {"theme": "standard"}


def use_theme(name: str) -> None:
    """Switch every status colour and icon to `name`'s ("standard" or "high_contrast"); views repaint after."""
    _active["theme"] = name if name in THEME_STYLES else "standard"
    _icons.clear()


def active_theme() -> str:
    return _active["theme"]


def style_for(code: str) -> HealthStyle:
    styles = THEME_STYLES[_active["theme"]]
    return styles.get(code, styles["dissolved"])


def health_icon(code: str) -> QIcon:
    """The status icon, drawn once per process at several sizes so it stays crisp."""
    if code not in _icons:
        icon = QIcon()
        for size in ICON_SIZES:
            icon.addPixmap(_draw(code, size))
        _icons[code] = icon
    return _icons[code]


def health_text(code: str) -> str:
    return health_label(code)


def milestone_icon(status: str) -> QIcon:
    """Completed: the check mark; in progress: the clock; pending: an empty ring."""
    return health_icon({"completed": "on_track", "in_progress": "proposed"}.get(status, "pending"))


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = [c.redF(), c.greenF(), c.blueF()]
        lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _draw(code: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 32.0, size / 32.0)  # every shape is drawn on a 32 × 32 grid
    colour = QColor(style_for(code).icon_colour)
    shape = _SHAPES.get(code, _slashed_circle)
    shape(painter, colour)
    painter.end()
    return pixmap


def _mark_colour() -> QColor:
    return QColor(THEME_MARKS[_active["theme"]][0])


def _halo() -> QColor:
    return THEME_MARKS[_active["theme"]][1]


def _fill(painter: QPainter, path: QPainterPath, colour: QColor) -> None:
    painter.setPen(QPen(_halo(), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(colour)
    painter.drawPath(path)


def _mark(painter: QPainter, path: QPainterPath, colour: QColor, width: float = 3.6) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.drawPath(path)


def _circle() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(2, 2, 28, 28))
    return path


def _check(painter: QPainter, colour: QColor) -> None:
    _fill(painter, _circle(), colour)
    tick = QPainterPath(QPointF(9, 16.5))
    tick.lineTo(14, 21.5)
    tick.lineTo(23, 11)
    _mark(painter, tick, _mark_colour())


def _exclamation(painter: QPainter, colour: QColor) -> None:
    triangle = QPainterPath()
    triangle.addPolygon(QPolygonF([QPointF(16, 2.5), QPointF(30.5, 28.5), QPointF(1.5, 28.5), QPointF(16, 2.5)]))
    _fill(painter, triangle, colour)
    bar = QPainterPath(QPointF(16, 11))
    bar.lineTo(16, 19)
    _mark(painter, bar, _mark_colour())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_mark_colour())
    painter.drawEllipse(QPointF(16, 24), 2.0, 2.0)


def _octagon(painter: QPainter, colour: QColor) -> None:
    points = [
        QPointF(16 + 14.5 * math.cos(math.radians(22.5 + 45 * i)), 16 + 14.5 * math.sin(math.radians(22.5 + 45 * i)))
        for i in range(9)
    ]
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    _fill(painter, path, colour)
    bar = QPainterPath(QPointF(9.5, 16))
    bar.lineTo(22.5, 16)
    _mark(painter, bar, _mark_colour(), 4.0)


def _clock(painter: QPainter, colour: QColor) -> None:
    painter.setPen(QPen(_halo(), 5.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(4, 4, 24, 24))
    painter.setPen(QPen(colour, 3.2))
    painter.drawEllipse(QRectF(4, 4, 24, 24))
    hands = QPainterPath(QPointF(16, 9))
    hands.lineTo(16, 16)
    hands.lineTo(21, 19)
    _mark(painter, hands, colour, 3.0)


def _ring(painter: QPainter, colour: QColor) -> None:
    painter.setPen(QPen(_halo(), 5.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(5, 5, 22, 22))
    painter.setPen(QPen(colour, 3.0))
    painter.drawEllipse(QRectF(5, 5, 22, 22))


def _star(painter: QPainter, colour: QColor) -> None:
    points = []
    for i in range(11):
        radius = 14.5 if i % 2 == 0 else 6.2
        angle = math.radians(-90 + 36 * i)
        points.append(QPointF(16 + radius * math.cos(angle), 17 + radius * math.sin(angle)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    _fill(painter, path, colour)


def _slashed_circle(painter: QPainter, colour: QColor) -> None:
    painter.setPen(QPen(_halo(), 5.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(4, 4, 24, 24))
    painter.setPen(QPen(colour, 3.2))
    painter.drawEllipse(QRectF(4, 4, 24, 24))
    slash = QPainterPath(QPointF(8.5, 8.5))
    slash.lineTo(23.5, 23.5)
    _mark(painter, slash, colour, 3.2)


def _cross(painter: QPainter, colour: QColor) -> None:
    _fill(painter, _circle(), colour)
    cross = QPainterPath(QPointF(11, 11))
    cross.lineTo(21, 21)
    cross.moveTo(21, 11)
    cross.lineTo(11, 21)
    _mark(painter, cross, _mark_colour())


_SHAPES = {
    "on_track": _check,
    "needs_attention": _exclamation,
    "stalled": _octagon,
    "proposed": _clock,
    "completed": _star,
    "dissolved": _slashed_circle,
    "declined": _cross,
    "pending": _ring,
}
