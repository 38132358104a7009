"""Display settings: both themes pass WCAG contrast for every status colour, high contrast is chosen and remembered,
and the system's font size is used as it is, with every control still whole at 200 %."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.installation import SETTINGS_FILE, Installation, user_config_dir
from app.services.core.context import ServiceContext
from app.views.main_window import MainWindow
from app.views.pairings.pairing_table_model import PairingColumn
from app.views.widgets import theme
from app.views.widgets.health_style import THEME_MARKS, THEME_STYLES, contrast_ratio, style_for
from tests.views.builders import programme_with_pairings
from tests.views.conftest import settle

TABLE_BASE = {"standard": "#FFFFFF", "high_contrast": "#000000"}


@pytest.fixture(autouse=True)
def standard_afterwards() -> Iterator[None]:
    yield
    app = QApplication.instance()
    if theme._standard:
        theme.apply_theme(app, theme.STANDARD)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(THEME_STYLES))
def test_every_status_colour_passes_contrast_in_both_themes(name: str) -> None:
    mark = THEME_MARKS[name][0]
    for code, style in THEME_STYLES[name].items():
        assert contrast_ratio(style.text_colour, style.tint) >= 4.5, (name, code, "text on its cell")
        assert contrast_ratio(style.icon_colour, style.tint) >= 3.0, (name, code, "icon on its cell")
        assert contrast_ratio(style.icon_colour, TABLE_BASE[name]) >= 3.0, (name, code, "icon on the list")
        assert contrast_ratio(mark, style.icon_colour) >= 3.0 or code in ("proposed", "dissolved"), (
            name,
            code,
            "the mark inside a filled shape",  # (clock and slashed circle are outlines: no inner mark)
        )


def test_the_high_contrast_palette_and_focus_pass_contrast() -> None:
    p = theme.HIGH_CONTRAST_PALETTE
    R = QPalette.ColorRole
    for text, ground in (
        (R.Text, R.Base),
        (R.WindowText, R.Window),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
        (R.ToolTipText, R.ToolTipBase),
        (R.PlaceholderText, R.Base),
        (R.Link, R.Base),
        (R.LinkVisited, R.Base),
    ):
        assert contrast_ratio(p[text], p[ground]) >= 7.0, (text, ground)  # AAA, as a high-contrast theme should
    assert contrast_ratio(theme.HIGH_CONTRAST_DISABLED_TEXT, p[R.Base]) >= 4.5
    assert contrast_ratio("#FFFF00", "#000000") >= 3.0  # the focus border, WCAG 1.4.11 / 2.4.13


def test_high_contrast_is_chosen_in_the_view_menu_and_remembered(
    open_window: Callable[[ServiceContext], MainWindow], sqlite_ctx: ServiceContext, qtbot: QtBot
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    action = window.high_contrast_action
    assert not action.isChecked()
    qtbot.waitUntil(lambda: window.overview.proxy.rowCount() > 0)
    status = window.overview.proxy.index(0, list(window.overview.model.columns).index(PairingColumn.HEALTH))
    standard = status.data(Qt.ItemDataRole.BackgroundRole).color().name()  # the cells as painted so far
    assert standard != "#000000"
    action.trigger()
    settle(qtbot, window)
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Base).name() == "#000000"
    # The cells painted before the switch change colour too (the model's brushes are kept per theme).
    assert status.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#000000"
    text = status.data(Qt.ItemDataRole.ForegroundRole).color().name().upper()
    assert text in {s.text_colour for s in THEME_STYLES["high_contrast"].values()}
    assert style_for("stalled") == THEME_STYLES["high_contrast"]["stalled"]
    assert Installation(user_config_dir() / SETTINGS_FILE).get("theme") == "high_contrast"  # on disk
    window.close()

    again = MainWindow(ctx=sqlite_ctx)  # the next start reads the choice back
    qtbot.addWidget(again)
    assert theme.saved_theme() == theme.HIGH_CONTRAST
    assert again.high_contrast_action.isChecked()
    again.high_contrast_action.trigger()
    assert app.palette().color(QPalette.ColorRole.Base).name() != "#000000"
    assert theme.saved_theme() == theme.STANDARD


def clipped_controls(window: QWidget) -> list[str]:
    """Visible controls smaller than they need to show their text (cut-off labels and buttons)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QLabel | QLineEdit | QComboBox):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the frameless typing field inside a combo box or spin box: its owner is checked
        need = widget.minimumSizeHint()
        if widget.height() < need.height() or widget.width() < need.width():
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
            found.append(f"{name}: {widget.width()}x{widget.height()} < {need.width()}x{need.height()}")
    return found


def test_the_system_font_size_is_used_and_layouts_hold_at_200_percent(sqlite_ctx: ServiceContext, qtbot: QtBot) -> None:
    programme_with_pairings(sqlite_ctx)
    app = QApplication.instance()
    original = QFont(app.font())
    doubled = QFont(original)
    doubled.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(doubled)  # what a coordinator's system text size of 200 % gives the app
    try:
        window = MainWindow(ctx=sqlite_ctx)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitUntil(lambda: window.overview.has_loaded, timeout=15_000)
        settle(qtbot, window)
        assert window.overview.table.font().pointSizeF() == pytest.approx(doubled.pointSizeF())
        problems = {}
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            settle(qtbot, window)
            qtbot.wait(50)
            clipped = clipped_controls(window)
            if clipped:
                problems[window.tabs.tabText(index)] = clipped
        assert problems == {}
    finally:
        app.setFont(original)


def test_every_control_is_a_target_of_at_least_24_by_24_pixels(
    open_window: Callable[[ServiceContext], MainWindow], sqlite_ctx: ServiceContext, qtbot: QtBot
) -> None:
    """WCAG 2.5.8 Target Size (Minimum), at the default font, on every tab: 24 × 24 px, or (the criterion's spacing
    exception) a 24 px circle centred on the smaller target overlaps no other target."""
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    failing = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(qtbot, window)
        targets = [
            w
            for w in window.findChildren(QWidget)
            if w.isVisible()
            and isinstance(w, QAbstractButton | QComboBox | QLineEdit)
            and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
        ]
        rects = {id(w): QRect(w.mapTo(window, QPoint(0, 0)), w.size()) for w in targets}
        for widget in targets:
            rect = rects[id(widget)]
            if rect.width() >= 24 and rect.height() >= 24:
                continue
            centre = rect.center()
            circle = QRect(centre.x() - 12, centre.y() - 12, 24, 24)
            crowded = [
                other.accessibleName() or type(other).__name__
                for other in targets
                if other is not widget and _circle_hits(circle, rects[id(other)])
            ]
            if crowded:
                name = f"{window.tabs.tabText(index)}: {widget.accessibleName() or type(widget).__name__}"
                failing[name] = crowded
    assert failing == {}


def _circle_hits(circle: QRect, rect: QRect) -> bool:
    """Does the circle inscribed in `circle` overlap `rect`? (nearest point of the rectangle within the radius)"""
    cx, cy, r = circle.center().x(), circle.center().y(), circle.width() / 2
    nx = min(max(cx, rect.left()), rect.right())
    ny = min(max(cy, rect.top()), rect.bottom())
    return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r
