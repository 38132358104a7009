"""Issue 15's smaller pieces: undo named in the Edit menu, activation asks, F10, language, name, help, focus frame."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.pairings.detail import pairing_detail
from app.services.pairings.meetings_notes import list_notes
from app.views.coordinator_name_dialog import CoordinatorNameDialog
from app.views.help_dialogs import AboutDialog, GuideDialog, app_version
from app.views.main_window import MainWindow
from app.views.pairings.note_dialog import NoteDialog
from app.views.widgets.focus_frame import FOCUS_COLOUR, focus_colour_for
from app.views.widgets.health_style import HEALTH_STYLES, contrast_ratio
from app.views.window_extras import LANGUAGE_NAMES
from tests.views.builders import programme_with_pairings
from tests.views.conftest import WAIT_MS, settle, wait_shown


def open_detail(qtbot: QtBot, window: MainWindow, status: str):  # type: ignore[no-untyped-def]
    row = next(r for r in window.overview.model.rows if r.status == status)
    detail = window.open_pairing(row.id, window.overview)
    qtbot.waitUntil(lambda: detail.detail is not None)
    settle(qtbot, window)
    return detail


def test_ctrl_z_undoes_the_last_action_as_a_new_change(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    assert not window.extras.undo_action.isEnabled() and window.extras.undo_action.text() == "&Undo"
    detail = open_detail(qtbot, window, "active")
    qtbot.keyClick(detail.milestone_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    qtbot.keyClick(detail.note_button, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    note = wait_shown(qtbot, detail, NoteDialog)
    qtbot.keyClicks(note.body_edit, "Wrong pairing")
    qtbot.keyClick(note.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Notes" in detail.banner.text(), timeout=WAIT_MS)
    settle(qtbot, window)
    assert window.extras.undo_action.text() == "&Undo note added"
    assert [n.body for n in list_notes(sqlite_ctx, detail.pairing_id)] == ["Wrong pairing"]

    qtbot.keyClick(detail.milestone_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert list_notes(sqlite_ctx, detail.pairing_id) == []
    assert window.statusBar().currentMessage() == "Undone: the note is removed."
    assert window.extras.undo_action.text() == "&Undo “First meeting” marked completed"

    window.extras.undo_action.trigger()
    settle(qtbot, window)
    found = pairing_detail(sqlite_ctx, detail.pairing_id)
    assert found.pairing.milestones[0].status == "pending"
    assert not window.extras.undo_action.isEnabled()
    # Undone, not erased: the history shows the completion and the way back, by the same coordinator.
    fields = [(h.entity, h.field) for h in found.history]
    assert fields.count(("pairing_milestone", "status")) >= 2
    assert ("note", "deleted_at") in fields


def test_activating_asks_first(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    detail = open_detail(qtbot, window, "proposed")
    questions: list[str] = []

    def answer(press: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(press))
            return
        questions.append(box.text())
        qtbot.keyClick(box, press)

    QTimer.singleShot(20, lambda: answer(Qt.Key.Key_Escape))
    qtbot.mouseClick(detail.activate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Activate the pairing of Åse Lund and Ærlend Moe?" in questions[0]
    assert detail.pairing.status == "proposed", "Escape leaves the proposal as it was"

    QTimer.singleShot(20, lambda: answer(Qt.Key.Key_Return))
    qtbot.mouseClick(detail.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.pairing.status == "active", timeout=WAIT_MS)
    assert detail.banner.text() == "The pairing is active; its milestones are ready."
    assert QApplication.focusWidget() is detail.milestone_table


def test_f10_menus_language_name_and_help(
    qtbot: QtBot,
    sqlite_ctx: ServiceContext,
    open_window: Callable[[ServiceContext], MainWindow],
    installation_dir: Path,
) -> None:
    window = open_window(sqlite_ctx)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(window.file_menu.isVisible)
    qtbot.keyClick(window.file_menu, Qt.Key.Key_Escape)

    box = window.extras.choose_language("nb")
    assert box is not None and LANGUAGE_NAMES["nb"] in box.text()
    assert json.loads((installation_dir / "settings.json").read_text())["language"] == "nb"
    box.close()

    dialog = window.extras.ask_name()
    qtbot.waitUntil(dialog.isVisible)
    dialog.name_edit.clear()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "cannot be empty" in dialog.banner.text()
    qtbot.keyClicks(dialog.name_edit, "Aud Jakobsen")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.ctx.actor == "Aud Jakobsen"
    assert json.loads((installation_dir / "settings.json").read_text())["coordinator_name"] == "Aud Jakobsen"
    assert CoordinatorNameDialog(installation=window.ctx.installation).name_edit.text() == "Aud Jakobsen"

    guide = window.extras.show_guide()
    assert isinstance(guide, GuideDialog) and "Ctrl+Z" in guide.text.toPlainText()
    about = window.extras.show_about()
    assert isinstance(about, AboutDialog) and app_version() in about.text.toPlainText()
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&Edit", "&View"]


def test_the_focused_cell_frame_stands_out(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    table = window.overview.table
    palette = table.palette()
    colour = focus_colour_for(table)
    assert colour == FOCUS_COLOUR
    for background in (
        palette.color(palette.ColorRole.Highlight).name(),
        palette.color(palette.ColorRole.Base).name(),
        *(style.tint for style in HEALTH_STYLES.values()),
    ):
        assert contrast_ratio(colour, background) >= 3.0, background
    # Drawn: the focused cell's pixels include the frame colour, an unfocused row's do not.
    table.setFocus()
    table.setCurrentIndex(window.overview.proxy.index(0, 1))
    image = table.viewport().grab().toImage()
    focused_rect = table.visualRect(table.currentIndex())
    other_rect = table.visualRect(window.overview.proxy.index(1, 1))

    def has_frame(rect) -> bool:  # type: ignore[no-untyped-def]
        return any(
            image.pixelColor(x, rect.top() + 2).name() == FOCUS_COLOUR.lower()
            for x in range(rect.left(), rect.right(), 3)
        )

    assert has_frame(focused_rect) and not has_frame(other_rect)


def test_qt_dialogs_speak_bokmal(qtbot: QtBot, language: str) -> None:
    """Qt's own words (file dialog, message-box buttons) follow the interface language."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    box = QMessageBox(
        QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    closing = box.button(QMessageBox.StandardButton.Close).text()
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    folder = QFileIconProvider().type(QFileInfo(str(Path.home())))  # the file list's Type column
    if language == "nb":
        assert closing == "Lukk" and box.button(QMessageBox.StandardButton.Cancel).text() == "Avbryt"
        assert {"Se &i:", "Fil&navn:", "Fil&type:"} <= labels and folder == "Mappe"
    else:
        assert closing == "Close" and "&Look in:" in labels and folder == "Folder"
