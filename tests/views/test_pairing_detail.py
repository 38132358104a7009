"""Stories 2 and 3: the pairing detail (history, milestones, meetings, notes) and marking milestones complete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.core.context import ServiceContext
from app.services.pairings.meetings_notes import add_note
from app.views.main_window import MainWindow
from app.views.pairings.decline_dialog import DeclineDialog
from app.views.pairings.meeting_dialog import MeetingDialog
from app.views.pairings.note_dialog import NoteDialog
from app.views.pairings.pairing_detail_dialog import PairingDetailDialog
from app.views.pairings.pairing_table_model import PairingColumn
from tests.helpers import FakeClock
from tests.views.builders import programme_with_pairings
from tests.views.conftest import click_row, settle, wait_shown


def open_detail(qtbot: QtBot, window: MainWindow, mentee: str) -> PairingDetailDialog:
    """Click the pairing's row and press Enter, as a person would."""
    view = window.overview
    column = view.model.columns.index(PairingColumn.MENTEE)
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, column).data() == mentee)
    click_row(qtbot, view.table, row)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = wait_shown(qtbot, window, PairingDetailDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None)
    settle(qtbot, window)
    return dialog


def texts(dialog: PairingDetailDialog, model_name: str, column: int) -> list[str]:
    model = getattr(dialog, model_name)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_detail_shows_history_newest_first_milestones_meetings_and_notes(
    qtbot: QtBot, ctx: ServiceContext, clock: FakeClock, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    _, pairings = programme_with_pairings(ctx)
    clock.advance(hours=2)
    add_note(ctx, pairings[0].id, "Only for coordinators", "coordinator")
    window = open_window(ctx)

    dialog = open_detail(qtbot, window, "Ola Hansen")

    assert dialog.heading.text() == "Kari Nordmann mentors Ola Hansen"
    assert "On track" in dialog.status_text.text()
    assert texts(dialog, "milestones", 1) == ["First meeting", "Goals agreed", "Final review"]
    assert texts(dialog, "milestones", 2) == ["Pending"] * 3
    history = dialog.history.rows
    assert history[0].text.startswith("Note added, visible to coordinators only")
    assert history[0].actor == "Test Coordinator"
    assert [h.at for h in history] == sorted((h.at for h in history), reverse=True)
    assert any(h.text == "Pairing: status Proposed → Active" for h in history)
    assert history[-1].text == "Pairing proposed"
    assert texts(dialog, "notes", 2) == ["Coordinators only"]
    for button in (dialog.complete_button, dialog.note_button, dialog.meeting_button, dialog.dissolve_button):
        assert button.isVisible() and button.isEnabled()
    assert not dialog.activate_button.isVisible()


def test_mark_milestones_complete_until_the_programme_is_complete(
    qtbot: QtBot, ctx: ServiceContext, clock: FakeClock, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(ctx)
    window = open_window(ctx)
    dialog = open_detail(qtbot, window, "Ola Hansen")
    clock.advance(days=3)

    click_row(qtbot, dialog.milestone_table, 1)
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.milestones.row_at(1).status == "completed")
    assert texts(dialog, "milestones", 2)[1] == "Completed"
    assert texts(dialog, "milestones", 4)[1] == "2026-03-05"
    assert texts(dialog, "milestones", 5)[1] == "Test Coordinator"
    assert dialog.banner.text() == "“Goals agreed” marked complete on 2026-03-05."
    settle(qtbot, window)
    assert dialog.history.rows[0].text == "Milestone “Goals agreed”: status Pending → Completed"

    # With nothing selected, Ctrl+Return completes the next open milestone.
    dialog.milestone_table.clearSelection()
    dialog.milestone_table.setCurrentIndex(dialog.milestone_table.model().index(-1, -1))
    qtbot.keyClick(dialog.milestone_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.milestones.row_at(0).status == "completed")
    click_row(qtbot, dialog.milestone_table, 2)
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pairing.status == "completed")

    assert "Programme complete" in dialog.status_text.text()
    assert dialog.banner.text() == "All milestones are complete: the pairing is now “Programme complete”."
    assert not dialog.complete_button.isEnabled() and not dialog.dissolve_button.isEnabled()
    settle(qtbot, window)
    assert "Ola Hansen" not in [r.mentee_name for r in window.overview.model.rows]


def test_add_a_note_and_log_a_meeting_through_their_dialogs(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    dialog = open_detail(qtbot, window, "Siri Berg")

    qtbot.mouseClick(dialog.note_button, Qt.MouseButton.LeftButton)
    note = wait_shown(qtbot, dialog, NoteDialog)
    assert not note.ok_button.isEnabled()
    qtbot.keyClicks(note.body_edit, "Snakket om planer for uka")
    qtbot.keyClick(note.body_edit, Qt.Key.Key_Tab)
    assert note.visibility_combo.hasFocus()
    qtbot.keyClick(note.visibility_combo, Qt.Key.Key_Down)
    assert note.visibility_combo.currentData() == "mentor"
    qtbot.mouseClick(note.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notes.rowCount() == 1)
    assert texts(dialog, "notes", 2) == ["Mentor and coordinators"]
    assert texts(dialog, "notes", 3) == ["Snakket om planer for uka"]

    qtbot.mouseClick(dialog.meeting_button, Qt.MouseButton.LeftButton)
    meeting = wait_shown(qtbot, dialog, MeetingDialog)
    qtbot.keyClicks(meeting.summary_edit, "Forste samtale pa kafe")
    qtbot.mouseClick(meeting.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.meetings.rowCount() == 1)
    assert texts(dialog, "meetings", 1) == ["Held"]
    assert texts(dialog, "meetings", 4) == ["Forste samtale pa kafe"]
    settle(qtbot, window)
    assert dialog.history.rows[0].text.startswith("Meeting logged as held")


def test_a_refused_action_shows_the_reason_in_the_form(
    qtbot: QtBot, sqlite_ctx: ServiceContext, clock: FakeClock, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    dialog = open_detail(qtbot, window, "Siri Berg")
    qtbot.mouseClick(dialog.meeting_button, Qt.MouseButton.LeftButton)
    meeting = wait_shown(qtbot, dialog, MeetingDialog)
    meeting.when_edit.setFocus()
    qtbot.keyClick(meeting.when_edit, Qt.Key.Key_Up)  # one year later: a meeting in the future cannot have been held

    qtbot.mouseClick(meeting.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: meeting.banner.kind == "error")
    assert meeting.banner.text() == "A meeting in the future cannot be logged as held."
    assert meeting.isVisible() and meeting.ok_button.isEnabled()


def test_decline_a_proposal_from_the_detail(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    dialog = open_detail(qtbot, window, "Ærlend Moe")  # the proposed one
    assert dialog.decline_button.isVisible() and dialog.activate_button.isVisible()
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    decline = wait_shown(qtbot, dialog, DeclineDialog)
    qtbot.keyClicks(decline.note_edit, "Mentee wants someone nearer home")
    qtbot.mouseClick(decline.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.pairing.status == "declined", timeout=15_000)
    assert "waiting for a new match" in dialog.banner.text()
    assert not dialog.decline_button.isVisible()
    settle(qtbot, window)
    assert "Ærlend Moe" not in texts_of_overview(window)


def texts_of_overview(window: MainWindow) -> list[str]:
    view = window.overview
    column = view.model.columns.index(PairingColumn.MENTEE)
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def test_reopen_a_completed_milestone(
    qtbot: QtBot, sqlite_ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    dialog = open_detail(qtbot, window, "Ola Hansen")
    click_row(qtbot, dialog.milestone_table, 0)
    assert not dialog.reopen_button.isEnabled()
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.milestones.row_at(0).status == "completed")
    click_row(qtbot, dialog.milestone_table, 0)
    assert dialog.reopen_button.isEnabled()
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.milestones.row_at(0).status == "in_progress")
    assert dialog.milestones.row_at(0).reopened_count == 1
    assert dialog.banner.text() == "“First meeting” was reopened and is in progress again."
