"""At 1280×720 and 100 % no header, label, button or check box is cut off, in English and in Bokmål (issue 15, 6)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.pairings.meetings_notes import add_meeting, add_note
from app.views.exchange.import_dialog import ImportDialog
from app.views.main_window import MainWindow
from app.views.matching.cohort_review_dialog import CohortReviewDialog
from app.views.pairings.dissolve_dialog import DissolveDialog
from app.views.pairings.meeting_dialog import MeetingDialog
from app.views.pairings.note_dialog import NoteDialog
from app.views.scope_dialog import ScopeDialog
from app.views.sync.server_settings_dialog import ServerSettingsDialog
from tests.helpers import FakeClock, make_mentee
from tests.views.builders import programme_with_pairings
from tests.views.conftest import click_row, settle, wait_shown
from tests.views.text_fit import cut_off

problems: list[str] = []


@pytest.fixture(autouse=True)
def nothing_cut_off() -> Iterator[None]:
    """Every window of a test is measured; the test then fails listing all that is cut off at once."""
    problems.clear()
    yield
    assert problems == [], "cut off at 1280×720:\n" + "\n".join(problems)


def measure(qtbot: QtBot, window: QWidget, where: str) -> None:
    QApplication.processEvents()
    qtbot.waitExposed(window)
    found = cut_off(window)
    problems.extend(f"{where}: {text}" for text in found)


@pytest.fixture
def window(
    qtbot: QtBot,
    language: str,
    sqlite_ctx: ServiceContext,
    clock: FakeClock,
    open_window: Callable[[ServiceContext], MainWindow],
) -> MainWindow:
    _, pairings = programme_with_pairings(sqlite_ctx)
    make_mentee(sqlite_ctx, pairings[0].programme, "Vente Lund")
    add_note(sqlite_ctx, pairings[0].id, "Første samtale gikk fint.", "coordinator")
    add_meeting(sqlite_ctx, pairings[0].id, sqlite_ctx.now() + timedelta(days=3), status="scheduled")
    main = open_window(sqlite_ctx)
    main.showNormal()
    main.resize(1280, 720)
    qtbot.waitUntil(lambda: main.width() == 1280 and main.height() == 720)
    return main


def test_every_section_of_the_main_window(qtbot: QtBot, window: MainWindow, language: str) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.currentWidget()
        qtbot.waitUntil(lambda page=page: getattr(page, "has_loaded", True))
        settle(qtbot, window)
        if page is window.matching_page:
            window.matching_page.show_excluded.setChecked(True)
        measure(qtbot, window, f"{language} / {window.tabs.tabText(index)}")
    assert window.size().width() == 1280


def test_the_pairing_detail_and_its_dialogs(qtbot: QtBot, window: MainWindow, language: str) -> None:
    active = next(r for r in window.overview.model.rows if r.status == "active" and r.mentee_name == "Ola Hansen")
    detail = window.open_pairing(active.id)
    qtbot.waitUntil(lambda: detail.detail is not None)
    settle(qtbot, window)
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        measure(qtbot, detail, f"{language} / detail / {detail.tabs.tabText(index)}")
    for button, kind in (
        (detail.note_button, NoteDialog),
        (detail.meeting_button, MeetingDialog),
        (detail.dissolve_button, DissolveDialog),
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog: QDialog = wait_shown(qtbot, detail, kind)
        measure(qtbot, dialog, f"{language} / {dialog.windowTitle()}")
        dialog.reject()
    detail.close()


def test_the_matching_dialogs(qtbot: QtBot, window: MainWindow, language: str) -> None:
    page = window.matching_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.has_loaded and page.model.rowCount() >= 2)
    settle(qtbot, window)
    click_row(qtbot, page.table, 0)
    create = page.create_pairing()
    assert create is not None
    measure(qtbot, create, f"{language} / {create.windowTitle()}")
    create.reject()
    page.table.selectRow(0)
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
    )
    compare = page.compare()
    assert compare is not None
    measure(qtbot, compare, f"{language} / {compare.windowTitle()}")
    compare.reject()
    review = page.review_cohort()
    assert isinstance(review, CohortReviewDialog)
    qtbot.waitUntil(lambda: not review.busy and review.model.rowCount() > 0)
    measure(qtbot, review, f"{language} / {review.windowTitle()}")
    review.reject()


def test_programme_and_settings_dialogs(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """The programme forms, scope, server settings and import."""
    window.tabs.setCurrentWidget(window.programmes)
    qtbot.waitUntil(lambda: window.programmes.has_loaded)
    settle(qtbot, window)
    click_row(qtbot, window.programmes.table, 0)
    edited = window.programmes.edit_selected()
    assert edited is not None
    for dialog in (edited, window.programmes.new_programme()):
        dialog.open()
        qtbot.waitUntil(dialog.isVisible)
        measure(qtbot, dialog, f"{language} / {dialog.windowTitle()}")
        dialog.reject()
    window.choose_scope()
    scope = wait_shown(qtbot, window, ScopeDialog)
    qtbot.waitUntil(lambda: scope.has_loaded)
    measure(qtbot, scope, f"{language} / {scope.windowTitle()}")
    scope.reject()
    window.sync.open_settings()
    settings = wait_shown(qtbot, window, ServerSettingsDialog)
    measure(qtbot, settings, f"{language} / {settings.windowTitle()}")
    settings.reject()
    dialog = window.import_spreadsheet()
    wait_shown(qtbot, window, ImportDialog)
    settle(qtbot, window)
    measure(qtbot, dialog, f"{language} / {dialog.windowTitle()}")
    dialog.reject()


def test_the_person_forms_and_the_units_and_erase_dialogs(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """A mentor's form (with the portal link box), a mentee's, organisation units and erasing a person."""
    window.tabs.setCurrentWidget(window.people)
    qtbot.waitUntil(lambda: window.people.has_loaded)
    settle(qtbot, window)
    people = window.people
    for name in ("Kari Nordmann", "Vente Lund"):
        row = next(r for r in range(people.proxy.rowCount()) if people.proxy.index(r, 0).data() == name)
        click_row(qtbot, people.table, row)
        form = people.edit_selected()
        assert form is not None
        qtbot.waitUntil(form.isVisible)
        settle(qtbot, window)
        measure(qtbot, form, f"{language} / {form.windowTitle()}")
        form.reject()
        erase = people.erase_selected()
        assert erase is not None
        qtbot.waitUntil(erase.isVisible)
        measure(qtbot, erase, f"{language} / {erase.windowTitle()}")
        erase.reject()
    units = window.edit_units()
    qtbot.waitUntil(units.isVisible)
    settle(qtbot, window)
    measure(qtbot, units, f"{language} / {units.windowTitle()}")
    units.reject()


def test_the_measure_finds_a_cut_off_label(qtbot: QtBot) -> None:
    """The check itself can fail: a label narrower than its text is reported."""
    label = QLabel("A label far too long for the width it is given")
    qtbot.addWidget(label)
    label.setFixedWidth(60)
    label.show()
    qtbot.waitExposed(label)
    assert cut_off(label) and "far too long" in cut_off(label)[0]
    problems.clear()
