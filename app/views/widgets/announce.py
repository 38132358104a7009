"""Tell a screen reader something that happened away from the keyboard focus (a sync finished, a server went away)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Speak `text` through the platform's accessibility bridge (Qt ≥ 6.8), politely unless it is a failure.

    A status bar change is not focused, so without an announcement a screen reader user would never hear it.
    """
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if assertive else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
