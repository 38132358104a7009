"""Issuing, copying and revoking a mentor's personal portal link from their profile, as a coordinator would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.portal.links import list_links
from app.tokens import token_hash
from app.views.main_window import MainWindow
from app.views.people.person_edit_dialog import PersonEditDialog
from tests.helpers import make_mentor
from tests.views.builders import programme_with_pairings
from tests.views.conftest import WAIT_MS, click_row, settle, wait_shown
from tests.views.test_people_programmes import go_to, people_row


@pytest.fixture
def mentor_dialog(
    qtbot: QtBot,
    sqlite_ctx: ServiceContext,
    open_window: Callable[[ServiceContext], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[MainWindow, PersonEditDialog, str]:
    monkeypatch.setenv("MENTOR_PORTAL_URL", "https://portal.example.no")
    programme, _ = programme_with_pairings(sqlite_ctx)
    mentor = make_mentor(sqlite_ctx, programme.id, "Liv Ås", state="approved", capacity=2)
    window = open_window(sqlite_ctx)
    go_to(qtbot, window, Qt.Key.Key_3)
    click_row(qtbot, window.people.table, people_row(window, "Liv Ås"))
    qtbot.keyClick(window.people.table, Qt.Key.Key_Return)
    dialog = wait_shown(qtbot, window, PersonEditDialog)
    settle(qtbot, window)
    return window, dialog, mentor.id


def test_issue_copy_and_revoke_a_personal_link_with_the_keyboard(
    qtbot: QtBot, sqlite_ctx: ServiceContext, mentor_dialog: tuple[MainWindow, PersonEditDialog, str]
) -> None:
    window, dialog, mentor_id = mentor_dialog
    panel = dialog.portal_links
    assert panel is not None
    assert panel.state_label.text() == "No personal link is active."
    assert not panel.revoke_button.isEnabled() and not panel.copy_button.isEnabled()
    for widget in (panel.issue_button, panel.link_edit, panel.copy_button, panel.revoke_button):
        assert widget.accessibleName()

    # Tab from the last field above it (the position, under the weekly slots) reaches the panel's first button,
    # then Space issues a link.
    dialog.reach.focus_order()[-1].setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is panel.issue_button
    qtbot.keyClick(panel.issue_button, Qt.Key.Key_Space)
    settle(qtbot, window)
    url = panel.link_edit.text()
    assert url.startswith("https://portal.example.no/l/")
    assert panel.link_edit.isReadOnly() and dialog.focusWidget() is panel.link_edit
    assert panel.state_label.text().startswith("One personal link is active; it expires ")
    (row,) = list_links(sqlite_ctx, mentor_id)
    assert row.state == "active"

    # Only the hash is stored: the link shown is the one that opens the portal.
    from sqlalchemy import text

    with sqlite_ctx.db.engine.connect() as conn:
        stored = conn.execute(text("SELECT token_hash FROM portal_links")).scalar_one()
    assert stored == token_hash(url.rsplit("/", 1)[1])

    QGuiApplication.clipboard().clear()
    qtbot.keyClick(panel.link_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is panel.copy_button
    qtbot.keyClick(panel.copy_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == url

    # Revoke asks first; Escape keeps the links.
    qtbot.keyClick(panel.copy_button, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is panel.revoke_button
    qtbot.keyClick(panel.revoke_button, Qt.Key.Key_Space)
    box = panel.confirm_box
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)
    settle(qtbot, window)
    assert list_links(sqlite_ctx, mentor_id)[0].state == "active"

    # Confirmed with the mouse: every link of the mentor is revoked, and the link shown is gone.
    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    box = panel.confirm_box
    qtbot.waitUntil(box.isVisible, timeout=WAIT_MS)
    revoke = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    assert box.defaultButton() is not revoke
    qtbot.mouseClick(revoke, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert [r.state for r in list_links(sqlite_ctx, mentor_id)] == ["revoked"]
    assert panel.link_edit.text() == "" and not panel.copy_button.isEnabled()
    assert panel.state_label.text() == "No personal link is active."
    assert not panel.revoke_button.isEnabled()


def test_results_are_announced(
    qtbot: QtBot, mentor_dialog: tuple[MainWindow, PersonEditDialog, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, dialog, _ = mentor_dialog
    panel = dialog.portal_links
    assert panel is not None
    spoken: list[str] = []
    monkeypatch.setattr("app.views.people.portal_link_panel.announce", lambda _w, text, **_k: spoken.append(text))
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert spoken[0].startswith("A personal link was issued; it expires ")
    assert spoken[1] == "The personal link was copied to the clipboard."


def test_a_new_calendar_address_from_the_profile(
    qtbot: QtBot,
    sqlite_ctx: ServiceContext,
    mentor_dialog: tuple[MainWindow, PersonEditDialog, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, dialog, mentor_id = mentor_dialog
    panel = dialog.portal_links
    assert panel is not None
    assert not panel.calendar_button.isEnabled()  # no link, no calendar address
    spoken: list[str] = []
    monkeypatch.setattr("app.views.people.portal_link_panel.announce", lambda _w, text, **_k: spoken.append(text))
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert panel.calendar_button.isEnabled() and panel.calendar_button.accessibleName()
    panel.calendar_button.setFocus()
    qtbot.keyClick(panel.calendar_button, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert spoken[-1].startswith("The mentor has a new calendar address; the old one no longer works.")
    from sqlalchemy import text

    with sqlite_ctx.db.engine.connect() as conn:
        assert conn.execute(text("SELECT feed_generation FROM portal_links")).scalar_one() == 1
    assert list_links(sqlite_ctx, mentor_id)[0].state == "active"  # the personal link itself stays


def test_a_person_not_yet_saved_has_no_link_panel(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    go_to(qtbot, window, Qt.Key.Key_3)
    assert window.people.add_person("mentor").portal_links is None
