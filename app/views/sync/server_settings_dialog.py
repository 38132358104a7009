"""Server settings: the shared server's address for this installation, checked before it is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.services.core.context import ServiceContext
from app.sync.status import server_url_problem, try_connection
from app.views.widgets.error_text import error_text
from app.views.widgets.form_helpers import chain_tab_order
from app.views.widgets.service_dialog import ServiceDialog
from app.views.widgets.tasks import TaskRunner


class ServerSettingsDialog(ServiceDialog):
    """Saved to the installation's settings file (not the database): each computer keeps its own address."""

    def __init__(self, *, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx=ctx, tasks=tasks, title=self.tr("Sync server"), parent=parent)
        self.testing = False
        explanation = QLabel(
            self.tr(
                "Changes made on this computer are sent to the shared server and changes from other computers are "
                "received from it. You can keep working while the server cannot be reached. Leave the address empty "
                "to stop syncing."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.outer.addWidget(explanation)
        form = QFormLayout()
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.url_edit.setPlaceholderText("postgresql://coordinator@server.example.org/mentor")
        self.url_edit.setClearButtonEnabled(True)
        saved = ctx.installation.get("server_url")
        self.url_edit.setText(saved or "")
        self.url_edit.textChanged.connect(lambda _text: self.banner.clear_message())
        label = QLabel(self.tr("Server &address:"), self)
        label.setBuddy(self.url_edit)
        form.addRow(label, self.url_edit)
        self.outer.addLayout(form)
        effective = ctx.installation.server_url
        if effective and effective != saved:
            self.banner.show_message(
                self.tr("MENTOR_SERVER_URL is set on this computer, so sync uses that address instead of this one."),
                "note",
            )
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setAccessibleName(self.tr("Test the connection to this server"))
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        row.addStretch(1)
        self.outer.addLayout(row)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setAccessibleName(self.tr("Save the server address"))
        chain_tab_order([self.url_edit, self.test_button, self.ok_button, self.cancel_button])
        self.resize(620, self.sizeHint().height())
        self.url_edit.setFocus()

    def url(self) -> str:
        return self.url_edit.text().strip()

    def _fit(self) -> None:
        """Grow to show a message above the form in full (wrapped labels do not ask for the height they need)."""
        needed = self.outer.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _refuse(self, sentence: str) -> None:
        self.banner.show_error(sentence)
        self._fit()
        self.url_edit.setFocus()

    def test_connection(self) -> None:
        if self.testing:
            return
        url = self.url()
        problem = server_url_problem(url)
        if problem:
            self._refuse(problem)
            return
        self.testing = True
        self.test_button.setEnabled(False)
        self.banner.show_message(self.tr("Connecting to the server…"), "note")
        self.tasks.run(lambda: try_connection(url), self._tested, self._test_failed)

    def _tested(self, sentence: str) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        self.banner.show_message(sentence, "info")
        self._fit()

    def _test_failed(self, exc: BaseException) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        sentence = error_text(exc, "testing the server connection")
        self.banner.show_error(sentence)
        self._fit()

    def save(self) -> None:
        url = self.url()
        problem = server_url_problem(url) if url else None
        if problem:
            self._refuse(problem)
            return
        self.submit(lambda: self._write(url or None), "saving the server address")

    def _write(self, url: str | None) -> str | None:
        self.ctx.installation.set("server_url", url)
        return url
