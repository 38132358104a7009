"""Display settings: the standard look or a high-contrast theme, chosen in View ▸ High contrast and remembered.

The standard theme is the platform's own (its palette and its font size, which the app never overrides, so a
coordinator's system text size is what they get). High contrast is white text on black with a yellow selection and
focus, and its own status colours (health_style.HIGH_CONTRAST_STYLES); tests/views/test_display_settings.py
computes every contrast ratio in both themes.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.installation import current_installation
from app.views.widgets.health_style import use_theme

logger = logging.getLogger(__name__)

STANDARD = "standard"
HIGH_CONTRAST = "high_contrast"
SETTING = "theme"

# (role, colour) of the high-contrast palette; the same colours for active, inactive and disabled text differs.
HIGH_CONTRAST_PALETTE: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#FFFFFF",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1A1A1A",
    QPalette.ColorRole.Text: "#FFFFFF",
    QPalette.ColorRole.PlaceholderText: "#D0D0D0",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#FFFFFF",
    QPalette.ColorRole.BrightText: "#FFFF00",
    QPalette.ColorRole.Highlight: "#FFFF00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#FFFFFF",
    QPalette.ColorRole.Link: "#00FFFF",
    QPalette.ColorRole.LinkVisited: "#FF80FF",
    QPalette.ColorRole.Light: "#FFFFFF",
    QPalette.ColorRole.Midlight: "#E0E0E0",
    QPalette.ColorRole.Mid: "#C0C0C0",
    QPalette.ColorRole.Dark: "#C0C0C0",
    QPalette.ColorRole.Shadow: "#FFFFFF",
}
HIGH_CONTRAST_DISABLED_TEXT = "#B0B0B0"  # 9:1 on black: disabled, still readable
# Borders and the keyboard focus: 2 px, bright, on every control (WCAG 1.4.11, 2.4.7, 2.4.13).
HIGH_CONTRAST_SHEET = """
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QDateTimeEdit, QPushButton, QToolButton,
QAbstractItemView { border: 1px solid #FFFFFF; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QDateTimeEdit:focus, QPushButton:focus, QToolButton:focus, QAbstractItemView:focus, QCheckBox:focus,
QRadioButton:focus, QTabBar::tab:focus { border: 2px solid #FFFF00; }
QTabBar::tab:selected { border-bottom: 3px solid #FFFF00; }
QHeaderView::section { background: #000000; color: #FFFFFF; border: 1px solid #FFFFFF; }
"""

_standard: dict[str, object] = {}


def saved_theme() -> str:
    value = current_installation().get(SETTING)
    return value if value in (STANDARD, HIGH_CONTRAST) else STANDARD


def save_theme(name: str) -> None:
    current_installation().set(SETTING, name)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in HIGH_CONTRAST_PALETTE.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(HIGH_CONTRAST_DISABLED_TEXT))
    return palette


def apply_theme(app: QApplication, name: str) -> None:
    """Switch the whole application now (open windows repaint); the system font is left alone in both themes."""
    if not _standard:
        _standard.update(palette=app.palette(), style=app.style().name(), sheet=app.styleSheet())
    use_theme(name)
    if name == HIGH_CONTRAST:
        fusion = QStyleFactory.create("Fusion")  # draws from the palette everywhere (platform styles may not)
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(str(_standard["sheet"]) + HIGH_CONTRAST_SHEET)
    else:
        style = QStyleFactory.create(str(_standard["style"]))
        if style is not None:
            app.setStyle(style)
        app.setPalette(_standard["palette"])  # type: ignore[arg-type]
        app.setStyleSheet(str(_standard["sheet"]))
    for widget in app.allWidgets():
        widget.update()
    logger.info("display theme: %s", name)
