"""Alt+letter never lands on two controls of one window, in English and in Bokmål (issue 15, item 1)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.pairings.meetings_notes import add_meeting, add_note
from app.services.programmes.programmes import create_programme
from app.views.exchange.import_dialog import ImportDialog
from app.views.followup.meeting_actions import MeetingReasonDialog, MoveMeetingDialog
from app.views.main_window import MainWindow
from app.views.pairings.decline_dialog import DeclineDialog
from app.views.pairings.dissolve_dialog import DissolveDialog
from app.views.pairings.meeting_dialog import MeetingDialog
from app.views.pairings.note_dialog import NoteDialog
from app.views.scope_dialog import ScopeDialog
from app.views.sync.conflicts_dialog import ConflictsDialog
from app.views.sync.server_settings_dialog import ServerSettingsDialog
from tests.helpers import FakeClock, make_mentee
from tests.views.builders import programme_with_pairings
from tests.views.conftest import click_row, settle, wait_shown
from tests.views.mnemonics import collisions, menu_collisions, window_mnemonics

Checked = list[str]
problems: list[str] = []


@pytest.fixture(autouse=True)
def no_problems() -> Iterator[None]:
    """Every window of a test is checked; the test then fails listing all collisions at once."""
    problems.clear()
    yield
    assert problems == [], "the same Alt+letter twice:\n" + "\n".join(problems)


def check(qtbot: QtBot, window: QWidget, seen: Checked, tabs: QTabWidget | None = None) -> None:
    """No letter twice in `window`, on each page of `tabs` in turn (a hidden page's controls take no Alt key)."""
    pages = range(tabs.count()) if tabs is not None else [None]
    for page in pages:
        if tabs is not None and page is not None:
            tabs.setCurrentIndex(page)
            qtbot.waitUntil(lambda: tabs.currentWidget().isVisible())
        where = window.windowTitle() + (f" / {tabs.tabText(page)}" if tabs is not None and page is not None else "")
        twice = collisions(window)
        if twice:
            problems.append(f"{where}: {twice}")
        seen.append(where)
    if not window_mnemonics(window):
        problems.append(f"{window.windowTitle()} offers no Alt+letter at all")


@pytest.fixture
def window(
    qtbot: QtBot,
    language: str,
    sqlite_ctx: ServiceContext,
    clock: FakeClock,
    open_window: Callable[[ServiceContext], MainWindow],
) -> MainWindow:
    _, pairings = programme_with_pairings(sqlite_ctx)
    create_programme(sqlite_ctx, "Likeperson Nord", unit="Region Nord")
    make_mentee(sqlite_ctx, pairings[0].programme, "Vente Lund")
    add_note(sqlite_ctx, pairings[0].id, "Første samtale gikk fint.", "coordinator")
    add_meeting(sqlite_ctx, pairings[0].id, sqlite_ctx.now() + timedelta(days=3), status="scheduled")
    return open_window(sqlite_ctx)


def test_main_window_menus_and_every_page(qtbot: QtBot, window: MainWindow, language: str) -> None:
    seen: Checked = []
    for page in (window.archive, window.people, window.programmes, window.mentor_view, window.matching_page):
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda page=page: page.has_loaded)
    settle(qtbot, window)
    window.matching_page.show_excluded.setChecked(True)
    check(qtbot, window, seen, window.tabs)
    assert menu_collisions(window) == {}
    menus = [a.text() for a in window.menuBar().actions()]
    conventional = {"en": ["&File", "&Edit", "&View"], "nb": ["&Fil", "&Rediger", "&Vis"]}[language]
    assert menus[:3] == conventional and menus[-1] == {"en": "&Help", "nb": "&Hjelp"}[language]
    assert len(seen) == window.tabs.count()


def test_pairing_detail_and_its_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    seen: Checked = []
    active = next(r for r in window.overview.model.rows if r.status == "active" and r.mentee_name == "Ola Hansen")
    detail = window.open_pairing(active.id)
    qtbot.waitUntil(lambda: detail.detail is not None)
    settle(qtbot, window)
    check(qtbot, detail, seen, detail.tabs)
    for button, kind in (
        (detail.note_button, NoteDialog),
        (detail.meeting_button, MeetingDialog),
        (detail.dissolve_button, DissolveDialog),
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = wait_shown(qtbot, detail, kind)
        check(qtbot, dialog, seen)
        dialog.reject()
    detail.tabs.setCurrentIndex(2)
    click_row(qtbot, detail.other_tables[1], 0)
    meeting = detail.meetings.rows[0]
    for dialog in (
        MeetingReasonDialog(ctx=window.ctx, tasks=window.tasks, meeting=meeting, status="cancelled", parent=detail),
        MoveMeetingDialog(ctx=window.ctx, tasks=window.tasks, meeting=meeting, parent=detail),
    ):
        dialog.open()
        qtbot.waitUntil(dialog.isVisible)
        check(qtbot, dialog, seen)
        dialog.reject()
    detail.close()

    proposed = next(r for r in window.overview.model.rows if r.status == "proposed")
    detail = window.open_pairing(proposed.id)
    qtbot.waitUntil(lambda: detail.detail is not None)
    settle(qtbot, window)
    check(qtbot, detail, seen, detail.tabs)
    qtbot.mouseClick(detail.decline_button, Qt.MouseButton.LeftButton)
    decline = wait_shown(qtbot, detail, DeclineDialog)
    check(qtbot, decline, seen)
    decline.reject()


def test_people_programmes_and_settings_forms(qtbot: QtBot, window: MainWindow) -> None:
    seen: Checked = []
    window.tabs.setCurrentWidget(window.people)
    qtbot.waitUntil(lambda: window.people.has_loaded)
    window.tabs.setCurrentWidget(window.programmes)
    qtbot.waitUntil(lambda: window.programmes.has_loaded)
    settle(qtbot, window)
    mentor = next(r for r in window.people.model.rows if r.is_mentor)
    mentee = next(r for r in window.people.model.rows if not r.is_mentor)
    dialogs: list[QDialog] = [
        window.people._dialog(row, "mentor" if row.is_mentor else "mentee") for row in (mentor, mentee)
    ]
    dialogs.append(window.people.add_person("mentor"))
    click_row(qtbot, window.programmes.table, 0)
    edited = window.programmes.edit_selected()
    assert edited is not None
    dialogs += [edited, window.programmes.new_programme()]
    for dialog in dialogs:
        dialog.open()
        qtbot.waitUntil(dialog.isVisible)
        check(qtbot, dialog, seen)
        dialog.reject()

    window.choose_scope()
    scope = wait_shown(qtbot, window, ScopeDialog)
    qtbot.waitUntil(lambda: scope.has_loaded)
    check(qtbot, scope, seen)
    scope.reject()
    window.sync.conflicts_action.trigger()
    conflicts = wait_shown(qtbot, window, ConflictsDialog)
    qtbot.waitUntil(lambda: conflicts.has_loaded)
    check(qtbot, conflicts, seen)
    conflicts.reject()
    window.sync.open_settings()
    settings = wait_shown(qtbot, window, ServerSettingsDialog)
    check(qtbot, settings, seen)
    settings.reject()
    dialog = window.import_spreadsheet()
    wait_shown(qtbot, window, ImportDialog)
    settle(qtbot, window)
    check(qtbot, dialog, seen)
    dialog.reject()
    assert len(seen) == 9


def test_matching_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    seen: Checked = []
    page = window.matching_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=15_000)
    settle(qtbot, window)
    click_row(qtbot, page.table, 0)
    create = page.create_pairing()
    assert create is not None
    check(qtbot, create, seen)
    create.reject()
    page.table.selectRow(0)
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
    )
    compare = page.compare()
    assert compare is not None
    check(qtbot, compare, seen)
    compare.reject()
    review = page.review_cohort()
    assert review is not None
    qtbot.waitUntil(lambda: not review.busy and review.model.rowCount() > 0, timeout=15_000)
    check(qtbot, review, seen)
    review.reject()


def test_message_boxes(qtbot: QtBot, window: MainWindow) -> None:
    seen: Checked = []
    box = window.show_shortcuts()
    qtbot.waitUntil(box.isVisible)
    assert isinstance(box, QMessageBox)
    assert collisions(box) == {}
    seen.append(box.windowTitle())
    box.close()
