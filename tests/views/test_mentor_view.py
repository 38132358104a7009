"""Story 6: view as mentor — only that mentor's active pairings, read-only, with an empty state when there are none."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.pairings.meetings_notes import add_note
from app.services.pairings.pairings import activate_pairing, create_pairing, get_pairing
from app.views.main_window import MainWindow
from app.views.pairings.pairing_detail_dialog import PairingDetailDialog
from app.views.pairings.pairing_table_model import PairingColumn
from tests.helpers import make_mentee, make_mentor
from tests.views.builders import programme_with_pairings
from tests.views.conftest import click_row, settle, wait_shown


def choose(qtbot: QtBot, window: MainWindow, mentor: str) -> None:
    combo = window.mentor_view.mentor_combo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(mentor))
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)
    settle(qtbot, window)


def test_view_as_mentor_lists_only_own_pairings_read_only(
    qtbot: QtBot, ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme, pairings = programme_with_pairings(ctx)
    mona = make_mentee(ctx, programme.id, "Mona Dahl")
    second = activate_pairing(
        ctx, create_pairing(ctx, programme=programme.id, mentor=pairings[0].mentor, mentee=mona.id).id
    )
    add_note(ctx, pairings[0].id, "Coordinator eyes only", "coordinator")
    add_note(ctx, pairings[0].id, "Husk referat", "mentor")
    kari = pairings[0].mentor
    window = open_window(ctx)

    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    view = window.mentor_view
    assert window.tabs.currentWidget() is view and view.mentor_combo.hasFocus()
    assert "Choose a mentor" in view.list.banner.text()
    choose(qtbot, window, "Kari Nordmann")
    assert view.mentor_id == kari

    table = view.list
    assert table.model.columns == (
        PairingColumn.MENTEE,
        PairingColumn.HEALTH,
        PairingColumn.PENDING,
        PairingColumn.PROGRAMME,
    )
    assert sorted(r.mentee_name for r in table.model.rows) == ["Mona Dahl", "Ola Hansen"]
    assert table.proxy.index(0, 2).data() == "First meeting, Goals agreed, Final review"
    assert not table.dissolve_button.isVisible() and not table.filter_edit.isVisible()

    row = next(r for r in range(table.proxy.rowCount()) if table.proxy.index(r, 0).data() == "Ola Hansen")
    click_row(qtbot, table.table, row)
    qtbot.keyClick(table.table, Qt.Key.Key_Return)
    detail = wait_shown(qtbot, window, PairingDetailDialog)
    qtbot.waitUntil(lambda: detail.detail is not None)
    assert detail.read_only
    buttons = [b.text() for b in detail.findChildren(QPushButton) if b.isVisible()]
    assert buttons == ["&Close"]
    assert [n.body for n in detail.notes.rows] == ["Husk referat"]
    assert all("Coordinator eyes only" not in h.text for h in detail.history.rows)
    qtbot.keyClick(detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert get_pairing(ctx, second.id).status == "active" and len(window.details) == 1


def test_a_mentor_without_pairings_gets_a_clear_message(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme, _ = programme_with_pairings(sqlite_ctx)
    make_mentor(sqlite_ctx, programme.id, "Tone Rud")
    window = open_window(sqlite_ctx)
    window.view_as_mentor()
    settle(qtbot, window)

    choose(qtbot, window, "Tone Rud")

    view = window.mentor_view.list
    assert view.model.rowCount() == 0
    assert view.banner.isVisible()
    assert view.banner.text() == "Tone Rud has no active pairings at the moment."
