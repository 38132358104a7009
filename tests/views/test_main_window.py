"""The main window opens on a real database: the overview of active pairings, with counts per status at the top."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.views.main_window import MainWindow
from tests.views.builders import programme_with_pairings
from tests.views.conftest import settle


def test_window_opens_on_the_overview_with_counts(
    qtbot: QtBot, ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(ctx)

    window = open_window(ctx)

    assert window.windowTitle() == "Mentor Coordinator"
    assert window.tabs.currentWidget() is window.overview
    assert window.overview.model.rowCount() == 3
    assert window.overview.count_buttons["on_track"].text() == "On track: 2"
    assert window.overview.count_buttons["proposed"].text() == "Proposed: 1"
    assert window.overview.count_buttons["stalled"].text() == "Stalled: 0"
    assert window.overview.shown_label.text() == "Showing 3 of 3"
    assert not window.overview.banner.isVisible()


def test_empty_database_says_so(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    window = open_window(sqlite_ctx)

    assert window.overview.model.rowCount() == 0
    assert window.overview.banner.isVisible()
    assert "no active pairings" in window.overview.banner.text()


def test_tabs_are_reachable_with_ctrl_number_and_load_on_first_visit(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)

    for number, page in enumerate((window.archive, window.people, window.programmes, window.mentor_view), start=2):
        qtbot.keyClick(window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is page
        qtbot.waitUntil(lambda page=page: page.has_loaded)
    settle(qtbot, window)
    assert window.people.model.rowCount() == 6
    assert window.programmes.model.rowCount() == 1
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.matching_page
