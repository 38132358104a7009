"""Story 4: dissolving needs a reason; the pairing moves to the archive and both people are free again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.pairings.pairings import get_pairing
from app.views.main_window import MainWindow
from app.views.pairings.dissolve_dialog import DissolveDialog
from app.views.pairings.pairing_table_model import PairingColumn
from tests.views.builders import programme_with_pairings
from tests.views.conftest import click_row, closed, settle, wait_shown


def row_of(window: MainWindow, mentee: str) -> int:
    view = window.overview
    column = view.model.columns.index(PairingColumn.MENTEE)
    return next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, column).data() == mentee)


def test_dissolve_cannot_be_confirmed_without_a_reason(
    qtbot: QtBot, ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    _, pairings = programme_with_pairings(ctx)
    window = open_window(ctx)
    click_row(qtbot, window.overview.table, row_of(window, "Ola Hansen"))

    qtbot.keyClick(window.overview.table, Qt.Key.Key_Delete)
    dialog = wait_shown(qtbot, window, DissolveDialog)

    assert dialog.reason_combo.hasFocus() and dialog.reason is None
    assert "Kari Nordmann and Ola Hansen" in dialog.explanation.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, window)
    assert dialog.isVisible()
    assert get_pairing(ctx, pairings[0].id).status == "active"

    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    assert get_pairing(ctx, pairings[0].id).status == "active"
    assert window.overview.model.rowCount() == 3


def test_dissolve_with_a_reason_moves_the_pairing_to_the_archive_and_frees_both_people(
    qtbot: QtBot, ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    _, pairings = programme_with_pairings(ctx)
    window = open_window(ctx)
    click_row(qtbot, window.overview.table, row_of(window, "Ola Hansen"))
    qtbot.keyClick(window.overview.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_shown(qtbot, window, DissolveDialog)

    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Down)
    assert dialog.reason_combo.currentText() == "Not progressing"
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Tab)
    assert dialog.note_edit.hasFocus()
    qtbot.keyClicks(dialog.note_edit, "Agreed with both")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Tab)
    assert dialog.ok_button.hasFocus()
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, window)

    dissolved = get_pairing(ctx, pairings[0].id)
    assert dissolved.status == "dissolved" and dissolved.dissolution_reason == "not_progressing"
    assert dissolved.note == "Agreed with both" and dissolved.dissolved_at is not None
    assert "Ola Hansen" not in [r.mentee_name for r in window.overview.model.rows]
    assert "available for re-matching" in window.statusBar().currentMessage()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.archive.has_loaded)
    archive = window.archive
    assert [r.mentee_name for r in archive.model.rows] == ["Ola Hansen"]
    column = archive.model.columns
    assert archive.proxy.index(0, column.index(PairingColumn.HEALTH)).data() == "Dissolved"
    assert archive.proxy.index(0, column.index(PairingColumn.REASON)).data() == "Not progressing"
    assert archive.proxy.index(0, column.index(PairingColumn.CLOSED)).data() == "2026-03-02"
    qtbot.keyClicks(archive.filter_edit, "kari")
    assert archive.proxy.rowCount() == 1

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.people.has_loaded)
    settle(qtbot, window)
    states = {r.person.name: r.profile.state for r in window.people.model.rows if r.profile}
    capacity = {r.person.name: r.profile.open_pairings for r in window.people.model.rows if r.profile}
    assert states["Ola Hansen"] == "waiting"
    assert capacity["Kari Nordmann"] == 0
