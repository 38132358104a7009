"""Find text cut off on screen: each visible label, button, check box, tab and table header section of a window is
measured with its font (QFontMetrics.horizontalAdvance) against the width it was given."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QWidget,
)


def shown_text(text: str) -> str:
    """What a button or label shows of its text: the mnemonic's & dropped (&& is a literal &)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def widest_line(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _where(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
        return None  # wrapping labels take more lines instead of more width
    need = widest_line(label, shown_text(text) if label.buddy() else text)
    have = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
    return None if need <= have else f"label “{text}”: {need} px of text in {have} px"


def _button(button: QAbstractButton) -> str | None:
    text = shown_text(button.text())
    if not text:
        return None
    style = button.style()
    need = widest_line(button, text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        metric = QStyle.PixelMetric
        indicator = metric.PM_IndicatorWidth if isinstance(button, QCheckBox) else metric.PM_ExclusiveIndicatorWidth
        spacing = metric.PM_CheckBoxLabelSpacing if isinstance(button, QCheckBox) else metric.PM_RadioButtonLabelSpacing
        need += style.pixelMetric(indicator, None, button) + style.pixelMetric(spacing, None, button)
    elif isinstance(button, QPushButton):
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2
    have = button.width()
    return None if need <= have else f"{type(button).__name__} “{text}”: {need} px in {have} px"


def _header(header: QHeaderView, owner: QWidget) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    style, margin = header.style(), header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        need = widest_line(header, text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        have = header.sectionSize(section)
        if need > have:
            found.append(f"{_where(owner)} header “{text}”: {need} px in {have} px")
    return found


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        text = shown_text(bar.tabText(index))
        need = (
            widest_line(bar, text) + 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
        )
        have = bar.tabRect(index).width()
        if bar.isTabVisible(index) and need > have:
            found.append(f"tab “{text}”: {need} px in {have} px")
    return found


def cut_off(window: QWidget) -> list[str]:
    """Every text of `window` that is shown narrower than it is written (hidden widgets are not looked at)."""
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton) and not widget.inherits("QToolButton"):
            problem = _button(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            need, have = widest_line(widget, shown_text(widget.title())) + 8, widget.width()
            problem = None if need <= have else f"group “{widget.title()}”: {need} px in {have} px"
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget))
        elif isinstance(widget, QAbstractItemView):
            header = getattr(widget, "horizontalHeader", None)
            if header is not None:
                found.extend(_header(header(), widget))
        if problem:
            found.append(problem)
    return found
