"""Base for dialogs that save through a service: runs the write off the GUI thread, shows refusals in the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from app.services.core.context import ServiceContext
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import MessageBanner
from app.views.widgets.tasks import TaskRunner


class ServiceDialog(QDialog):
    """A form with a message banner on top and OK/Cancel below; `submit` runs the save and closes on success."""

    saved = Signal(object)

    def __init__(self, *, ctx: ServiceContext, tasks: TaskRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_row: Any = None
        self.busy = False
        self.outer = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        self.outer.addWidget(self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.finished.connect(self._return_focus)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and close"))

    def _return_focus(self) -> None:
        """Give the keyboard back to the window the dialog came from (not every platform does it by itself)."""
        parent = self.parentWidget()
        if parent is not None:
            parent.window().activateWindow()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def finish_layout(self) -> None:
        self.outer.addWidget(self.buttons)

    def save(self) -> None:
        """Subclasses check their fields and call `submit`."""
        raise NotImplementedError

    def submit(self, write: Callable[[], Any], doing: str) -> None:
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.banner.show_message(self.tr("Saving…"), "note")
        self.tasks.run(write, self._saved, lambda exc: self._failed(exc, doing))

    def _saved(self, row: Any) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.result_row = row
        self.banner.clear_message()
        self.saved.emit(row)
        self.accept()

    def _failed(self, exc: BaseException, doing: str) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.refresh_ok()
        self.banner.show_error(error_text(exc, doing))

    def refresh_ok(self) -> None:
        """Subclasses enable OK only when the form can be sent."""
