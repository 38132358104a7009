"""Ctrl+Z undoes a meeting edit like the other corrections: one more journaled change, named in the Edit menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.pairings.detail import pairing_detail
from app.services.pairings.meetings_notes import add_meeting, list_meetings, set_meeting_status
from app.views.followup.meeting_actions import MoveMeetingDialog
from app.views.main_window import MainWindow
from app.views.pairings.meeting_dialog import MeetingDialog
from app.views.pairings.pairing_detail_dialog import PairingDetailDialog
from tests.views.builders import programme_with_pairings
from tests.views.conftest import WAIT_MS, settle, wait_shown


def _meetings(qtbot: QtBot, window: MainWindow, pairing_id: str) -> PairingDetailDialog:
    detail = window.open_pairing(pairing_id, window.overview)
    qtbot.waitUntil(lambda: detail.detail is not None)
    settle(qtbot, window)
    # Ctrl+Tab twice: from the milestones past the history to the meetings, whose table takes the focus.
    qtbot.keyClick(detail.milestone_table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(detail.other_tables[0], Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    table = detail.other_tables[1]
    assert table.hasFocus() and table.currentIndex().row() == 0
    return detail


def _edit_the_meeting(qtbot: QtBot, window: MainWindow, pairing_id: str) -> tuple[PairingDetailDialog, MeetingDialog]:
    detail = _meetings(qtbot, window, pairing_id)
    qtbot.keyClick(detail.other_tables[1], Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Ed&it meeting…
    return detail, wait_shown(qtbot, detail, MeetingDialog)


def test_ctrl_z_puts_an_edited_meeting_back_as_a_new_change(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    _programme, pairings = programme_with_pairings(sqlite_ctx)
    pairing_id = pairings[0].id
    when = sqlite_ctx.now() + timedelta(days=3)
    add_meeting(sqlite_ctx, pairing_id, when, duration_minutes=60, modality="video", status="scheduled", summary="Plan")
    window = open_window(sqlite_ctx)
    detail, dialog = _edit_the_meeting(qtbot, window, pairing_id)
    assert dialog.summary_edit.hasFocus()
    dialog.summary_edit.selectAll()
    qtbot.keyClicks(dialog.summary_edit, "Wrong summary")
    dialog.duration_spin.setFocus()
    dialog.duration_spin.selectAll()
    qtbot.keyClicks(dialog.duration_spin, "90")
    qtbot.keyClick(dialog.duration_spin, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save meeting
    qtbot.waitUntil(lambda: "Ctrl+Z" in detail.banner.text(), timeout=WAIT_MS)
    settle(qtbot, window)
    [edited] = list_meetings(sqlite_ctx, pairing_id)
    assert (edited.summary, edited.duration_minutes) == ("Wrong summary", 90)
    assert detail.banner.text() == "The meeting is changed. Ctrl+Z undoes the change."
    assert window.extras.undo_action.text() == "&Undo meeting edit"

    qtbot.keyClick(detail.other_tables[1], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: list_meetings(sqlite_ctx, pairing_id)[0].summary == "Plan", timeout=WAIT_MS)
    [back] = list_meetings(sqlite_ctx, pairing_id)
    assert (back.summary, back.duration_minutes, back.modality, back.status) == ("Plan", 60, "video", "scheduled")
    assert abs((back.scheduled_at - when).total_seconds()) < 60
    assert window.statusBar().currentMessage().startswith("Undone: the meeting of ")
    assert not window.extras.undo_action.isEnabled()
    # Undone, not erased: the history holds the edit and the way back.
    fields = [(h.entity, h.field) for h in pairing_detail(sqlite_ctx, pairing_id).history]
    assert fields.count(("meeting", "summary")) >= 2 and fields.count(("meeting", "duration_minutes")) >= 2


def test_undoing_an_edit_after_the_meeting_was_cancelled_says_why_it_cannot(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    _programme, pairings = programme_with_pairings(sqlite_ctx)
    pairing_id = pairings[0].id
    add_meeting(
        sqlite_ctx, pairing_id, sqlite_ctx.now() + timedelta(days=3), duration_minutes=60, modality="video",
        status="scheduled", summary="Plan",
    )  # fmt: skip
    window = open_window(sqlite_ctx)
    detail, dialog = _edit_the_meeting(qtbot, window, pairing_id)
    dialog.duration_spin.setFocus()
    dialog.duration_spin.selectAll()
    qtbot.keyClicks(dialog.duration_spin, "45")
    qtbot.keyClick(dialog.duration_spin, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Ctrl+Z" in detail.banner.text(), timeout=WAIT_MS)
    settle(qtbot, window)
    [meeting] = list_meetings(sqlite_ctx, pairing_id)
    set_meeting_status(sqlite_ctx, meeting.id, "cancelled", "Ill")  # someone else, meanwhile

    window.extras.undo_action.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Nothing was undone"), timeout=WAIT_MS)
    assert "cannot be moved or changed" in window.statusBar().currentMessage()
    [still] = list_meetings(sqlite_ctx, pairing_id)
    assert (still.duration_minutes, still.status) == (45, "cancelled")


def test_ctrl_z_moves_a_moved_meeting_back(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    _programme, pairings = programme_with_pairings(sqlite_ctx)
    pairing_id = pairings[0].id
    when = sqlite_ctx.now() + timedelta(days=3)
    add_meeting(sqlite_ctx, pairing_id, when, duration_minutes=60, modality="video", status="scheduled")
    window = open_window(sqlite_ctx)
    detail = _meetings(qtbot, window, pairing_id)
    qtbot.keyClick(detail.other_tables[1], Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Mo&ve…
    move = wait_shown(qtbot, detail, MoveMeetingDialog)
    qtbot.keyClick(move.when_edit, Qt.Key.Key_Up)  # the first section (the day) one later
    qtbot.keyClick(move.when_edit, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Move meeting
    qtbot.waitUntil(lambda: "moved to" in detail.banner.text(), timeout=WAIT_MS)
    settle(qtbot, window)
    [moved] = list_meetings(sqlite_ctx, pairing_id)
    assert abs((moved.scheduled_at - when).total_seconds()) >= 3600
    assert window.extras.undo_action.text() == "&Undo meeting move"

    qtbot.keyClick(detail.other_tables[1], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone: the meeting is back at"))
    [back] = list_meetings(sqlite_ctx, pairing_id)
    assert abs((back.scheduled_at - when).total_seconds()) < 60 and back.status == "scheduled"
    fields = [(h.entity, h.field) for h in pairing_detail(sqlite_ctx, pairing_id).history]
    assert fields.count(("meeting", "scheduled_at")) >= 2
