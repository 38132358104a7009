"""The main window's Edit menu (undo, your name), View → Language, Help → Guide and About, F10, spoken feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QMainWindow, QMenu, QMessageBox, QScrollArea, QWidget

from app.views.coordinator_name_dialog import CoordinatorNameDialog
from app.views.help_dialogs import AboutDialog, GuideDialog
from app.views.widgets.announce import confirm
from app.views.widgets.error_text import error_text
from app.views.widgets.session_undo import SessionUndo
from app.views.widgets.translations import current_language, save_language

if TYPE_CHECKING:
    from app.views.main_window import MainWindow

# app.gui starts a new main window in the chosen language when the event loop ends with this code.
RESTART_CODE = 75
# Each language's name in its own words, as every language menu shows them (a reader finds their own).
LANGUAGE_NAMES = {"en": "English", "nb": "Norsk bokmål"}


class WindowExtras(QObject):
    def __init__(self, window: MainWindow, *, view_menu: QMenu, help_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.undo = SessionUndo(window.tasks, self)
        self.undo.changed.connect(self._undo_changed)
        self.undo.undone.connect(lambda text: confirm(window, text))
        self.undo.failed.connect(
            lambda exc: confirm(window, self.tr("Nothing was undone: {reason}").format(reason=error_text(exc)))
        )

        self.edit_menu = QMenu(self.tr("&Edit"), window)
        window.menuBar().insertMenu(view_menu.menuAction(), self.edit_menu)
        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo.undo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addSeparator()
        self.name_action = QAction(self.tr("Your &name…"), window)
        self.name_action.triggered.connect(self.ask_name)
        self.edit_menu.addAction(self.name_action)
        self._undo_changed()

        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, window)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, self._guide_action())
        help_menu.addSeparator()
        about = QAction(self.tr("&About Mentor Coordinator"), window)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        # F10 reaches the menu bar on every platform (Windows does it natively, X11 desktops do not).
        QShortcut(QKeySequence(Qt.Key.Key_F10), window, self.open_menu_bar)

    def _guide_action(self) -> QAction:
        action = QAction(self.tr("&Guide for coordinators"), self.window)
        action.triggered.connect(self.show_guide)
        return action

    # -- undo
    def _undo_changed(self) -> None:
        step = self.undo.last
        if step is None:
            self.undo_action.setText(self.tr("&Undo"))
            self.undo_action.setEnabled(False)
        else:
            self.undo_action.setText(self.tr("&Undo {what}").format(what=step.description))
            self.undo_action.setEnabled(True)

    # -- who and which language
    def ask_name(self) -> CoordinatorNameDialog:
        dialog = CoordinatorNameDialog(installation=self.window.ctx.installation, parent=self.window)
        dialog.accepted.connect(lambda: self._named(dialog.name))
        dialog.open()
        return dialog

    def _named(self, name: str) -> None:
        self.window.ctx.actor = name
        confirm(self.window, self.tr("From now on, changes are recorded as made by {name}.").format(name=name))

    def choose_language(self, code: str) -> QMessageBox | None:
        save_language(code, self.window.ctx.installation)
        if code == current_language():
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Language"),
            self.tr("{language} is saved. The window shows it after a restart. Restart now?").format(
                language=LANGUAGE_NAMES[code]
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._restart() if button is restart else None)
        box.open()
        return box

    def _restart(self) -> None:
        self.window.close()
        QApplication.exit(RESTART_CODE)

    # -- help
    def show_guide(self) -> GuideDialog:
        dialog = GuideDialog(self.window)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.window)
        dialog.open()
        return dialog

    def open_menu_bar(self) -> None:
        bar = self.window.menuBar()
        bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        bar.setActiveAction(bar.actions()[0])


def fit_to_screen(window: QMainWindow, content: QWidget) -> QScrollArea:
    """The window's content in a scroll area, and a window no larger than the screen's free space.

    At 200 % on a 1920×1080 screen only 960×540 points remain: without this the window grew past the screen's edge
    and took the status bar and the bottom buttons with it. Now the menus and status bar always show, and what does
    not fit scrolls (Tab scrolls the focused control into view).
    """
    area = QScrollArea(window)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        window.resize(min(window.width(), free.width()), min(window.height(), free.height()))
    return area
