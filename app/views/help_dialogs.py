"""Help for coordinators: a short guide to the daily work, and the About box with the version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import app


def app_version() -> str:
    """The one version string (package metadata, read in app/__init__.py): the same `--version` prints."""
    return app.__version__


class _TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        self.text.setAccessibleName(title)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.setFocus()


class GuideDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Guide for coordinators"),
            self.tr(
                "<h2>Your first fifteen minutes</h2>"
                "<ol>"
                "<li><b>See who needs you.</b> The Pairings list (Ctrl+1) shows the most urgent pairing first: "
                "stalled, then needs attention. Press Enter on a row to open it.</li>"
                "<li><b>Mark progress.</b> A pairing opens on its milestones with the next one selected. "
                "Ctrl+Return marks it complete. Ctrl+Tab moves to History, Meetings and Notes.</li>"
                "<li><b>Write down what happened.</b> Alt+N adds a note, Alt+L logs a meeting. Enter on a note "
                "reads it in full; notes and meetings can be edited or removed.</li>"
                "<li><b>Make new pairs.</b> The Matching section (Ctrl+6) ranks mentors for a waiting mentee. "
                "Select one and press Ctrl+Return to propose the pairing; activate it in the pairing's window "
                "once both have said yes.</li>"
                "<li><b>End a pairing.</b> Ctrl+D dissolves the selected pairing after asking for a reason.</li>"
                "<li><b>Share lists.</b> File → Export writes a spreadsheet; File → Import reads one after a "
                "preview.</li>"
                "</ol>"
                "<h3>Mistakes</h3><p>Ctrl+Z undoes your last milestone mark, note, meeting or proposal of this "
                "session. Edit → Undo says what it will undo. The history keeps both the change and the undo.</p>"
                "<h3>Language and name</h3><p>View → Language switches between English and Norsk bokmål. "
                "Edit → Your name changes the name written into the history.</p>"
                "<p>F1 lists every keyboard shortcut. F10 opens the menu bar.</p>"
            ),
            parent,
        )


class AboutDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("About Mentor Coordinator"),
            self.tr(
                "<h2>Mentor Coordinator {version}</h2>"
                "<p>Pair mentors with mentees, follow each pairing's milestones, meetings and notes, and share the "
                "work with other coordinators through a shared server.</p>"
                "<p>Built with Qt for Python (PySide6).</p>"
            ).format(version=app_version()),
            parent,
        )
        self.resize(480, 300)
