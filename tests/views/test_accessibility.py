"""Every window and dialog: named controls (through QAccessible), Tab reaches them all, status never by colour."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.programmes.programmes import create_programme
from app.views.exchange.import_dialog import ImportDialog
from app.views.main_window import MainWindow
from app.views.matching.cohort_review_dialog import CohortReviewDialog
from app.views.pairings.decline_dialog import DeclineDialog
from app.views.pairings.dissolve_dialog import DissolveDialog
from app.views.pairings.meeting_dialog import MeetingDialog
from app.views.pairings.note_dialog import NoteDialog
from app.views.pairings.pairing_table_model import PairingColumn
from app.views.scope_dialog import ScopeDialog
from app.views.sync.conflicts_dialog import ConflictsDialog
from app.views.sync.server_settings_dialog import ServerSettingsDialog
from app.views.widgets.health_style import HEALTH_STYLES, contrast_ratio, health_icon
from tests.helpers import make_mentee
from tests.views.builders import programme_with_pairings
from tests.views.conftest import click_row, settle, wait_shown


def focusable_controls(window: QWidget) -> list[QWidget]:
    """Controls a keyboard user can reach: visible, enabled, taking Tab focus, not the inner part of another control."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox) or widget.window() is not window:
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"{widget!r} has no accessible interface"
    return interface.text(QAccessible.Text.Name).strip()


def check_window(qtbot: QtBot, window: QWidget) -> None:
    """Each control has a name, and Tab, pressed again and again, visits every one of them."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    controls = focusable_controls(window)
    assert controls, f"{window!r} has nothing to focus"
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls if not accessible_name(w)]
    assert not unnamed, f"controls without an accessible name in {window.windowTitle()}: {unnamed}"
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    reached: set[int] = set()
    for _ in range(len(controls) * 8):
        focused = QApplication.focusWidget()
        while focused is not None and focused.focusProxy() is not None:
            focused = focused.focusProxy()
        if focused is not None and isinstance(focused.parentWidget(), QAbstractSpinBox | QComboBox):
            focused = focused.parentWidget()
        if focused is not None:
            reached.add(id(focused))
        if all(id(c) in reached for c in controls):
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    missed = [f"{type(w).__name__} '{accessible_name(w)}'" for w in controls if id(w) not in reached]
    assert not missed, f"Tab never reaches in {window.windowTitle()}: {missed}"


def check_every_tab(qtbot: QtBot, window: QWidget, tabs: QTabWidget) -> None:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: tabs.currentWidget().isVisible())
        check_window(qtbot, window)


@pytest.fixture
def window(qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]) -> MainWindow:
    programme_with_pairings(sqlite_ctx)
    create_programme(sqlite_ctx, "Likeperson Nord", unit="Region Nord")
    return open_window(sqlite_ctx)


def test_main_window_every_page(qtbot: QtBot, window: MainWindow) -> None:
    for page in (window.archive, window.people, window.programmes, window.mentor_view):
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda page=page: page.has_loaded)
    settle(qtbot, window)
    click_row(qtbot, window.people.table, 0)
    window.tabs.setCurrentIndex(0)
    click_row(qtbot, window.overview.table, 0)
    check_every_tab(qtbot, window, window.tabs)
    shortcuts = window.show_shortcuts()
    qtbot.waitUntil(shortcuts.isVisible)
    check_window(qtbot, shortcuts)
    assert "Ctrl+F: find in the list" in shortcuts.text() and "Escape: close a dialog" in shortcuts.text()


def test_pairing_detail_and_its_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    active = next(r for r in window.overview.model.rows if r.status == "active")
    detail = window.open_pairing(active.id)
    qtbot.waitUntil(lambda: detail.detail is not None)
    settle(qtbot, window)
    click_row(qtbot, detail.milestone_table, 0)
    check_every_tab(qtbot, detail, detail.tabs)

    for button, kind in (
        (detail.note_button, NoteDialog),
        (detail.meeting_button, MeetingDialog),
        (detail.dissolve_button, DissolveDialog),
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = wait_shown(qtbot, detail, kind)
        if isinstance(dialog, NoteDialog):
            qtbot.keyClicks(dialog.body_edit, "Hei")
        if isinstance(dialog, DissolveDialog):
            check_window(qtbot, dialog)  # without a reason the confirm button is disabled and out of the Tab order
            qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Down)
        check_window(qtbot, dialog)
        dialog.reject()

    window.tabs.setCurrentWidget(window.mentor_view)
    read_only = window.open_pairing(active.id, window.mentor_view.list)
    qtbot.waitUntil(lambda: read_only.detail is not None)
    settle(qtbot, window)
    check_every_tab(qtbot, read_only, read_only.tabs)


def test_people_programme_and_scope_forms(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.people)
    qtbot.waitUntil(lambda: window.people.has_loaded)
    window.tabs.setCurrentWidget(window.programmes)
    qtbot.waitUntil(lambda: window.programmes.has_loaded)
    settle(qtbot, window)
    mentor = next(r for r in window.people.model.rows if r.is_mentor)
    mentee = next(r for r in window.people.model.rows if not r.is_mentor)
    for row in (mentor, mentee):
        dialog = window.people._dialog(row, "mentor" if row.is_mentor else "mentee")
        dialog.open()
        qtbot.waitUntil(dialog.isVisible)
        check_window(qtbot, dialog)
        dialog.reject()
    dialog = window.people.add_person("mentor")
    qtbot.waitUntil(dialog.isVisible)
    check_window(qtbot, dialog)
    dialog.reject()

    click_row(qtbot, window.programmes.table, 0)
    edited = window.programmes.edit_selected()
    assert edited is not None, "a selected programme opens for editing"
    for dialog in (edited, window.programmes.new_programme()):
        qtbot.waitUntil(dialog.isVisible)
        check_window(qtbot, dialog)
        dialog.reject()

    window.choose_scope()
    scope = wait_shown(qtbot, window, ScopeDialog)
    qtbot.waitUntil(lambda: scope.has_loaded)
    check_window(qtbot, scope)


def test_status_cells_carry_text_icon_and_colour_with_enough_contrast(qtbot: QtBot, window: MainWindow) -> None:
    view = window.overview
    column = view.model.columns.index(PairingColumn.HEALTH)
    for row in range(view.proxy.rowCount()):
        index = view.proxy.index(row, column)
        assert index.data() in ("On track", "Proposed")
        style = HEALTH_STYLES["on_track" if index.data() == "On track" else "proposed"]
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == style.tint.lower()
        assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == style.text_colour.lower()

    for code, style in HEALTH_STYLES.items():
        assert contrast_ratio(style.text_colour, style.tint) >= 4.5, code
        assert contrast_ratio(style.icon_colour, "#FFFFFF") >= 3.0, code
        assert contrast_ratio(style.icon_colour, style.tint) >= 3.0, code
    shapes = {bytes(health_icon(code).pixmap(32, 32).toImage().constBits()) for code in HEALTH_STYLES}
    assert len(shapes) == len(HEALTH_STYLES), "every status has its own icon"


def test_screen_readers_hear_the_whole_row(qtbot: QtBot, window: MainWindow) -> None:
    table = window.overview.table
    interface = QAccessible.queryAccessibleInterface(table)
    names = [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
    summary = window.overview.proxy.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert " mentors " in summary and "status: " in summary and "programme: " in summary
    assert summary in names


def test_file_menu_import_and_export(qtbot: QtBot, window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions() if a.text()]
    assert texts[:3] == ["&Import spreadsheet…", "&Export to spreadsheet…", "Export import &template…"]
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_shown(qtbot, window, ImportDialog)
    settle(qtbot, window)
    check_window(qtbot, dialog)


def test_matching_dialogs_and_decline(qtbot: QtBot, sqlite_ctx: ServiceContext, window: MainWindow) -> None:
    programme = window.overview.model.rows[0].programme
    make_mentee(sqlite_ctx, programme, "Vente Lund")
    window.tabs.setCurrentWidget(window.matching_page)
    page = window.matching_page
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=15_000)
    settle(qtbot, window)
    click_row(qtbot, page.table, 0)
    create = page.create_pairing()
    assert create is not None
    check_window(qtbot, create)
    create.reject()
    page.table.selectRow(0)
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
    )
    compare = page.compare()
    assert compare is not None
    check_window(qtbot, compare)
    compare.reject()
    review = page.review_cohort()
    assert isinstance(review, CohortReviewDialog)
    qtbot.waitUntil(lambda: not review.busy and review.model.rowCount() > 0, timeout=15_000)
    click_row(qtbot, review.table, 0)
    check_window(qtbot, review)
    review.reject()

    proposed = next(r for r in window.overview.model.rows if r.status == "proposed")
    detail = window.open_pairing(proposed.id)
    qtbot.waitUntil(lambda: detail.detail is not None)
    settle(qtbot, window)
    qtbot.mouseClick(detail.decline_button, Qt.MouseButton.LeftButton)
    decline = wait_shown(qtbot, detail, DeclineDialog)
    check_window(qtbot, decline)
    decline.reject()


def test_sync_menu_conflicts_and_server_settings(qtbot: QtBot, window: MainWindow) -> None:
    texts = [a.text() for a in window.sync.menu.actions()]
    assert texts == ["Sync &now", "&Conflicts…", "Server &settings…"]
    assert window.sync.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    shortcuts = {a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    assert len([a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Shift+S"]) == 1
    assert "F5" in shortcuts, "Refresh keeps F5; sync has its own keys"
    assert window.sync.sync_button.accessibleName() == "Sync with the server now"

    window.sync.conflicts_action.trigger()
    conflicts = wait_shown(qtbot, window, ConflictsDialog)
    qtbot.waitUntil(lambda: conflicts.has_loaded)
    check_window(qtbot, conflicts)
    conflicts.reject()

    qtbot.mouseClick(window.sync.status.settings_button, Qt.MouseButton.LeftButton)
    settings = wait_shown(qtbot, window, ServerSettingsDialog)
    check_window(qtbot, settings)
    settings.reject()
