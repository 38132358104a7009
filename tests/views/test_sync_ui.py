"""Sync on the desktop, driven as a coordinator would: a real window and a second desktop against one real server."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.services.people.people import get_person, list_people, update_person
from app.services.people.rules import PersonFields
from app.views.main_window import MainWindow
from app.views.sync.conflicts_dialog import ConflictsDialog
from app.views.sync.server_settings_dialog import ServerSettingsDialog
from app.views.sync.sync_status_widget import local_time_text
from tests.helpers import make_mentee
from tests.sync import conftest as sync_fixtures
from tests.sync.desktops import Desktop
from tests.views.builders import programme_with_pairings
from tests.views.conftest import WAIT_MS, click_row, closed, wait_shown
from tests.views.test_accessibility import check_window

pytestmark = pytest.mark.postgres

# The sync tests' throwaway server and simulated desktops, shared rather than copied.
server_url = sync_fixtures.server_url
desktops = sync_fixtures.desktops

UNREACHABLE = "postgresql://postgres@127.0.0.1:1/mentor"  # nothing listens on port 1: refused at once
NEVER = 3_600_000  # a poll interval that does not fire during a test


@pytest.fixture
def open_desktop(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(desktop: Desktop, *, poll_ms: int = NEVER, server: str | None = None) -> MainWindow:
        desktop.installation.set("server_url", server or desktop.server_url)
        window = MainWindow(ctx=desktop.ctx, sync_poll_ms=poll_ms)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.overview.has_loaded, timeout=WAIT_MS)
        settle(qtbot, window)
        return window

    yield make
    for window in windows:  # no sync may outlive its desktop's database
        window.close()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """No sync or server check runs, and the views have reloaded whatever it changed."""
    qtbot.waitUntil(lambda: window.sync.idle and window.tasks.idle, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.sync.idle and window.tasks.idle, timeout=WAIT_MS)


def status_text(window: MainWindow) -> str:
    return window.sync.status.label.text()


def test_the_window_syncs_at_start_and_the_sync_button_brings_rows_from_the_other_desktop(
    qtbot: QtBot, desktops: Callable[[str], Desktop], open_desktop: Callable[..., MainWindow]
) -> None:
    bergen, oslo = desktops("Bergen office"), desktops("Oslo office")
    programme, _ = programme_with_pairings(bergen.ctx)
    bergen.sync()

    window = open_desktop(oslo)
    # Opening the window while the server is reachable is enough to receive what is there.
    qtbot.waitUntil(lambda: window.overview.model.rowCount() == 3, timeout=WAIT_MS)
    settle(qtbot, window)
    synced = local_time_text(oslo.ctx.now(), oslo.ctx.now())
    assert status_text(window).startswith(f"Synced {synced} · no changes waiting to be sent")

    make_mentee(bergen.ctx, programme.id, "Vente Lund")
    bergen.sync()
    window.tabs.setCurrentWidget(window.people)
    qtbot.waitUntil(lambda: window.people.has_loaded and window.people.model.rowCount() == 6, timeout=WAIT_MS)
    assert window.sync.sync_button.accessibleName() == "Sync with the server now"
    qtbot.mouseClick(window.sync.sync_button, Qt.MouseButton.LeftButton)
    assert window.sync.running and not window.sync.sync_action.isEnabled()  # busy, and no second start
    assert window.sync.status.progress.isVisible()
    qtbot.mouseClick(window.sync.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 7, timeout=WAIT_MS)
    settle(qtbot, window)
    assert "Vente Lund" in [r.person.name for r in window.people.model.rows]
    assert window.statusBar().currentMessage() == "Synced. Sent: 0. Updated here: 2."  # a person and a profile
    assert window.sync.last_announcement == window.statusBar().currentMessage()
    assert not window.sync.status.progress.isVisible()

    # Local work waits to be sent, and the keyboard shortcut sends it.
    kari = next(p for p in list_people(oslo.ctx) if p.name == "Kari Nordmann")
    update_person(oslo.ctx, kari.id, PersonFields(phone="90000000"))
    qtbot.waitUntil(lambda: "1 change waiting to be sent" in status_text(window), timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "no changes waiting to be sent" in status_text(window), timeout=WAIT_MS)
    bergen.sync()
    assert get_person(bergen.ctx, kari.id).phone == "90000000"


@pytest.mark.parametrize("keep", ["local", "server"])
def test_a_conflict_is_shown_in_words_and_resolved_with_keep_mine_or_keep_theirs(
    qtbot: QtBot, desktops: Callable[[str], Desktop], open_desktop: Callable[..., MainWindow], keep: str
) -> None:
    bergen, oslo = desktops("Bergen office"), desktops("Oslo office")
    programme_with_pairings(bergen.ctx)
    bergen.sync()
    window = open_desktop(oslo)
    qtbot.waitUntil(lambda: window.overview.model.rowCount() == 3, timeout=WAIT_MS)
    settle(qtbot, window)
    kari = next(p for p in list_people(oslo.ctx) if p.name == "Kari Nordmann")
    update_person(bergen.ctx, kari.id, PersonFields(phone="222"))
    bergen.sync()
    update_person(oslo.ctx, kari.id, PersonFields(phone="111"))

    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert "New conflicts to look at: 1 (Sync ▸ Conflicts)." in window.statusBar().currentMessage()
    button = window.sync.status.conflicts_button
    qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
    assert button.text() == "1 conflict"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, window, ConflictsDialog)
    qtbot.waitUntil(lambda: dialog.has_loaded and dialog.model.rowCount() == 1, timeout=WAIT_MS)
    index = dialog.model.index(0, 1)
    assert index.data() == "Kari Nordmann's phone: you wrote 111, Bergen office wrote 222"
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Both changed: Kari Nordmann's phone: you wrote 111, Bergen office wrote 222"
    )
    click_row(qtbot, dialog.table, 0)
    assert "Keep mine sends your value" in dialog.choices_label.text()
    check_window(qtbot, dialog)

    chosen = dialog.keep_mine_button if keep == "local" else dialog.keep_theirs_button
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not dialog.busy, timeout=WAIT_MS)
    expected = "111" if keep == "local" else "222"
    assert dialog.banner.text() == (
        "Kept yours: Kari Nordmann will be sent again at the next sync."
        if keep == "local"
        else "Took theirs: Kari Nordmann now matches the server."
    )
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=WAIT_MS)
    # The other views refreshed from the one data-changed signal.
    window.tabs.setCurrentWidget(window.people)
    qtbot.waitUntil(
        lambda: any(r.person.id == kari.id and r.person.phone == expected for r in window.people.model.rows),
        timeout=WAIT_MS,
    )
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sync.sync_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    bergen.sync()
    assert get_person(bergen.ctx, kari.id).phone == get_person(oslo.ctx, kari.id).phone == expected


def test_an_unreachable_server_is_a_sentence_in_the_status_bar_and_local_work_goes_on(
    qtbot: QtBot, desktops: Callable[[str], Desktop], open_desktop: Callable[..., MainWindow]
) -> None:
    oslo = desktops("Oslo office")
    programme_with_pairings(oslo.ctx)
    window = open_desktop(oslo, server=UNREACHABLE)
    qtbot.waitUntil(lambda: "Server unreachable — changes are kept here" in status_text(window), timeout=WAIT_MS)
    sentence = window.statusBar().currentMessage()
    assert "cannot be reached right now; your changes are kept on this computer" in sentence
    assert window.sync.status.label.toolTip() == sentence

    window.statusBar().clearMessage()
    qtbot.mouseClick(window.sync.sync_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == sentence, "a sync someone asked for is answered, not a traceback"
    assert window.overview.model.rowCount() == 3
    make_mentee(oslo.ctx, window.overview.model.rows[0].programme, "Vente Lund")
    qtbot.waitUntil(lambda: "changes waiting to be sent" in status_text(window), timeout=WAIT_MS)
    assert "Server unreachable" in status_text(window)


def test_changes_from_the_other_desktop_arrive_without_a_click(
    qtbot: QtBot, desktops: Callable[[str], Desktop], open_desktop: Callable[..., MainWindow]
) -> None:
    bergen, oslo = desktops("Bergen office"), desktops("Oslo office")
    programme, _ = programme_with_pairings(bergen.ctx)
    bergen.sync()
    window = open_desktop(oslo, poll_ms=100)
    qtbot.waitUntil(lambda: window.overview.model.rowCount() == 3, timeout=WAIT_MS)
    window.tabs.setCurrentWidget(window.people)
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 6, timeout=WAIT_MS)

    make_mentee(bergen.ctx, programme.id, "Vente Lund")
    bergen.sync()
    qtbot.waitUntil(lambda: "Vente Lund" in [r.person.name for r in window.people.model.rows], timeout=WAIT_MS)
    # and this desktop's own changes leave by themselves too
    kari = next(p for p in list_people(oslo.ctx) if p.name == "Kari Nordmann")
    update_person(oslo.ctx, kari.id, PersonFields(email="kari@oslo.no"))

    def arrived() -> bool:
        bergen.sync()
        return get_person(bergen.ctx, kari.id).email == "kari@oslo.no"

    qtbot.waitUntil(arrived, timeout=WAIT_MS)


def test_no_server_set_offers_the_settings_which_check_the_address(
    qtbot: QtBot,
    desktops: Callable[[str], Desktop],
    open_desktop: Callable[..., MainWindow],
    server_url: str,
) -> None:
    oslo = desktops("Oslo office")
    window = open_desktop(oslo)
    oslo.installation.set("server_url", None)
    window.sync.server_changed()
    settle(qtbot, window)
    assert status_text(window) == "Not syncing: no server is set"
    settings_button = window.sync.status.settings_button
    assert settings_button.isVisible()

    qtbot.mouseClick(settings_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, window, ServerSettingsDialog)
    edit = dialog.url_edit
    assert isinstance(edit, QLineEdit) and edit.hasFocus()
    check_window(qtbot, dialog)
    edit.setFocus()
    qtbot.keyClicks(edit, "sqlite:///elsewhere.db")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "must start with postgresql://" in dialog.banner.text()

    edit.clear()
    qtbot.keyClicks(edit, UNREACHABLE)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.kind == "error", timeout=WAIT_MS)
    assert "cannot be reached right now" in dialog.banner.text()

    edit.clear()
    qtbot.keyClicks(edit, server_url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.kind == "info", timeout=WAIT_MS)
    assert "the server is ready for sync" in dialog.banner.text()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    assert oslo.installation.server_url == server_url
    qtbot.waitUntil(lambda: status_text(window).startswith("Synced "), timeout=WAIT_MS)
    assert not settings_button.isVisible()
