"""Who is acting: the coordinator's name, asked on first start and written into every history line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import DomainError
from app.installation import Installation
from app.services.identity import save_identity, saved_identity
from app.views.widgets.form_helpers import MessageBanner


class CoordinatorNameDialog(QDialog):
    """Saved in this installation's settings (not the shared database): each computer knows its own coordinator."""

    def __init__(self, *, installation: Installation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.name = ""
        title = self.tr("Your name")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        explanation = QLabel(
            self.tr(
                "The history of each pairing records who made every change. Write your name as colleagues "
                "know it. You can change it later under Edit → Your name."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.name_edit = QLineEdit(saved_identity(installation) or "", self)
        self.name_edit.setMaxLength(100)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setAccessibleDescription(explanation.text())
        label = QLabel(self.tr("&Name:"), self)
        label.setBuddy(self.name_edit)
        form.addRow(label, self.name_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setAccessibleName(self.tr("Save your name"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def save(self) -> None:
        try:
            save_identity(self.name_edit.text(), self.installation)
        except DomainError as exc:
            self.banner.show_error(
                self.tr("Write your name first: it cannot be empty.") if "empty" in str(exc) else str(exc)
            )
            self.name_edit.setFocus()
            return
        self.name = self.name_edit.text().strip()
        self.accept()
