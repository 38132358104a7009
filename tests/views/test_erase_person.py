"""Erasing a person from the desktop: a confirmed action on the People page; nothing happens until it is ticked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.people.people import get_person
from app.views.main_window import MainWindow
from app.views.people.erase_dialog import EraseDialog
from tests.helpers import make_mentee, make_programme, text_hits
from tests.views.conftest import click_row, closed, settle, wait_shown
from tests.views.test_people_programmes import go_to, people_row


def test_erase_needs_a_tick_then_blanks_the_person(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme = make_programme(sqlite_ctx, "Likeperson Troms")
    person = make_mentee(sqlite_ctx, programme.id, "Solveig Tindeland", email="solveig.tindeland@example.no")
    window = open_window(sqlite_ctx)
    go_to(qtbot, window, Qt.Key.Key_3)
    people = window.people
    click_row(qtbot, people.table, people_row(window, "Solveig Tindeland"))
    people.erase_button.setFocus()
    qtbot.keyClick(people.erase_button, Qt.Key.Key_Space)
    dialog = wait_shown(qtbot, window, EraseDialog)
    assert dialog.windowTitle() == "Erase Solveig Tindeland"
    assert not dialog.ok_button.isEnabled()  # nothing can happen by a stray Enter
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert get_person(sqlite_ctx, person.id).name == "Solveig Tindeland"
    assert dialog.confirm_box.hasFocus()
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Space)
    assert dialog.ok_button.isEnabled() and dialog.ok_button.accessibleName() == "Erase Solveig Tindeland for good"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, window)
    assert get_person(sqlite_ctx, person.id).name == "Erased person"
    assert text_hits(sqlite_ctx.db.engine, ["Tindeland"]) == []
    assert people_row(window, "Erased person") >= 0  # the list reloaded from the change signal


def test_erase_without_a_selection_says_what_to_do(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    window = open_window(sqlite_ctx)
    go_to(qtbot, window, Qt.Key.Key_3)
    assert window.people.erase_selected() is None
    assert window.people.banner.text() == "Select the person to erase first."
