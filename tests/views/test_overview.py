"""Story 1: the programme overview — status as text, icon and colour by the programme's thresholds; filters; sort."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QIcon
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.programmes.programmes import create_programme, set_programme_state
from app.views.main_window import MainWindow
from app.views.pairings.pairing_list_view import PairingListView
from app.views.pairings.pairing_table_model import PairingColumn
from app.views.scope_dialog import ScopeDialog
from tests.helpers import FakeClock
from tests.views.builders import active_pairing, programme_with_pairings
from tests.views.conftest import closed, settle, wait_shown


def cell(view: PairingListView, row: int, column: PairingColumn, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return view.proxy.index(row, view.model.columns.index(column)).data(role)


def visible_mentees(view: PairingListView) -> list[str]:
    return [str(cell(view, r, PairingColumn.MENTEE)) for r in range(view.proxy.rowCount())]


def press_f5(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.overview.table, Qt.Key.Key_F5)
    settle(qtbot, window)


def test_no_activity_for_14_days_is_amber_and_28_red(
    qtbot: QtBot, ctx: ServiceContext, clock: FakeClock, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme, _ = programme_with_pairings(ctx)
    window = open_window(ctx)
    view = window.overview
    kari = visible_mentees(view).index("Ola Hansen")
    assert cell(view, kari, PairingColumn.HEALTH) == "On track"
    assert cell(view, kari, PairingColumn.MENTOR) == "Kari Nordmann"
    assert cell(view, kari, PairingColumn.STAGE) == "First meeting (0 of 3 done)"

    clock.advance(days=14)
    press_f5(qtbot, window)
    row = visible_mentees(view).index("Ola Hansen")
    assert cell(view, row, PairingColumn.HEALTH) == "Needs attention"
    assert cell(view, row, PairingColumn.LAST_ACTIVITY) == "14 days ago"
    amber = cell(view, row, PairingColumn.HEALTH, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(amber, QBrush) and amber.color().name().upper() == "#FFF0D0"
    icon = cell(view, row, PairingColumn.HEALTH, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()

    clock.advance(days=14)
    press_f5(qtbot, window)
    row = visible_mentees(view).index("Ola Hansen")
    assert cell(view, row, PairingColumn.HEALTH) == "Stalled"
    assert view.count_buttons["stalled"].text() == "Stalled: 2"
    summary = str(cell(view, row, PairingColumn.MENTEE, Qt.ItemDataRole.AccessibleTextRole))
    assert "Kari Nordmann mentors Ola Hansen" in summary and "status: Stalled" in summary
    assert programme.name in summary


def test_filter_by_text_status_programme_and_unit(
    qtbot: QtBot, ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(ctx)
    other = create_programme(ctx, "Likeperson Bergen", milestones=["Start"], unit="Region Vest")
    for state in ("open", "matching"):
        set_programme_state(ctx, other.id, state)
    active_pairing(ctx, other, "Nils Vik", "Kari Berg")
    window = open_window(ctx)
    view = window.overview
    assert view.proxy.rowCount() == 4

    qtbot.keyClick(window.overview.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_edit.hasFocus()
    qtbot.keyClicks(view.filter_edit, "kari")
    assert sorted(visible_mentees(view)) == ["Kari Berg", "Ola Hansen"]
    qtbot.keyClicks(view.filter_edit, " berg")
    assert visible_mentees(view) == ["Kari Berg"]
    assert view.shown_label.text() == "Showing 1 of 4"
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Escape)
    assert view.filter_edit.text() == "" and view.proxy.rowCount() == 4

    qtbot.mouseClick(view.count_buttons["proposed"], Qt.MouseButton.LeftButton)
    assert visible_mentees(view) == ["Ærlend Moe"]
    assert view.status_combo.currentText() == "Proposed"
    qtbot.mouseClick(view.count_buttons["proposed"], Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == 4

    view.programme_combo.setFocus()
    qtbot.keyClick(view.programme_combo, Qt.Key.Key_Down)
    assert view.programme_combo.currentText() == "Likeperson Bergen"
    assert visible_mentees(view) == ["Kari Berg"]
    qtbot.keyClick(view.programme_combo, Qt.Key.Key_Up)
    view.unit_combo.setFocus()
    qtbot.keyClick(view.unit_combo, Qt.Key.Key_Down)
    assert view.unit_combo.currentText() == "Region Vest"
    assert visible_mentees(view) == ["Kari Berg"]

    qtbot.keyClicks(view.filter_edit, "nobody")
    assert view.proxy.rowCount() == 0
    assert "No pairings match" in view.banner.text() and view.banner.isVisible()
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == 4 and not view.banner.isVisible()


def test_sort_by_any_column_with_the_mouse(
    qtbot: QtBot, sqlite_ctx: ServiceContext, clock: FakeClock, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme, _ = programme_with_pairings(sqlite_ctx)
    clock.advance(days=20)
    active_pairing(sqlite_ctx, programme, "Berit Aas", "Øystein Dahl")
    window = open_window(sqlite_ctx)
    view = window.overview
    header = view.table.horizontalHeader()

    # Opens most urgent first; a proposal unanswered for more than 7 days needs attention too.
    assert [cell(view, r, PairingColumn.HEALTH) for r in range(4)] == ["Needs attention"] * 3 + ["On track"]

    def click_header(column: PairingColumn) -> None:
        index = view.model.columns.index(column)
        x = header.sectionViewportPosition(index) + header.sectionSize(index) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click_header(PairingColumn.MENTEE)
    first = visible_mentees(view)
    click_header(PairingColumn.MENTEE)
    second = visible_mentees(view)
    assert {tuple(first), tuple(second)} == {
        ("Ola Hansen", "Siri Berg", "Ærlend Moe", "Øystein Dahl"),
        ("Øystein Dahl", "Ærlend Moe", "Siri Berg", "Ola Hansen"),
    }, "Norwegian letters sort after z: æ before ø"
    click_header(PairingColumn.LAST_ACTIVITY)
    days = [cell(view, r, PairingColumn.LAST_ACTIVITY) for r in range(4)]
    assert days in (
        ["Proposed 20 days ago", "20 days ago", "20 days ago", "today"],
        ["today", "20 days ago", "20 days ago", "Proposed 20 days ago"],
    )


def test_scope_limits_the_overview_to_my_units(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    for name, unit in (("Likeperson Bergen", "Region Vest"), ("Likeperson Tromsø", "Region Nord")):
        programme = create_programme(sqlite_ctx, name, milestones=["Start"], unit=unit)
        for state in ("open", "matching"):
            set_programme_state(sqlite_ctx, programme.id, state)
        active_pairing(sqlite_ctx, programme, f"Mentor {unit}", f"Mentee {unit}")
    window = open_window(sqlite_ctx)
    assert window.overview.model.rowCount() == 2

    window.choose_scope()
    dialog = wait_shown(qtbot, window, ScopeDialog)
    qtbot.waitUntil(lambda: dialog.has_loaded)
    dialog.unit_list.setFocus()
    assert dialog.unit_list.currentItem().text() == "Region Nord"
    qtbot.keyClick(dialog.unit_list, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, window)

    assert visible_mentees(window.overview) == ["Mentee Region Nord"]
