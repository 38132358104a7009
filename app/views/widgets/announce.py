"""Tell a screen reader something that happened away from the keyboard focus (a sync finished, an action was done)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QMainWindow, QWidget

# Called with every announcement's text, whether or not a screen reader listens (tests hear what a user would).
listeners: list[Callable[[str], None]] = []


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Speak `text` through the platform's accessibility bridge (Qt ≥ 6.8), politely unless it is a failure.

    A status bar change is not focused, so without an announcement a screen reader user would never hear it.
    """
    if not text:
        return
    for listener in list(listeners):
        listener(text)
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if assertive else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def confirm(widget: QWidget, text: str, *, timeout_ms: int = 15_000, speak: bool = True) -> None:
    """An action's confirmation: in words on the status bar of `widget`'s main window, and spoken."""
    window = widget.window()
    parent = window
    while parent is not None and not isinstance(parent, QMainWindow):
        parent = parent.parentWidget()
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(text, timeout_ms)
    if speak:
        announce(widget, text)
