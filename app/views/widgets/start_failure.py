"""The dialog shown when the desktop cannot start (the database does not open): the sentence, and Close."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

# Platforms where nobody could see or close a dialog: the message on stderr is all there is.
_HEADLESS = ("offscreen", "minimal")


def start_failure_box(message: str) -> QMessageBox:
    title = QCoreApplication.translate("StartFailure", "Mentor Coordinator cannot start")
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Close)
    box.setAccessibleName(title)
    box.setAccessibleDescription(message)
    box.setInformativeText(
        QCoreApplication.translate(
            "StartFailure", "Nothing was changed. The same message is in the terminal and in the log file."
        )
    )
    box.button(QMessageBox.StandardButton.Close).setAccessibleName(
        QCoreApplication.translate("StartFailure", "Close Mentor Coordinator")
    )
    return box


def show_start_failure(message: str) -> None:
    """Show the message and wait for Close, where a person can see it."""
    if QGuiApplication.platformName() in _HEADLESS:
        return
    start_failure_box(message).exec()
