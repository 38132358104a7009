"""The desktop side: the Dashboard tab and its chart's text equivalent, the notification area, meeting actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.scheduler.jobs import raise_alerts, send_reminders
from app.services.core.context import ServiceContext
from app.services.followup.alerts import open_alert_count
from app.services.followup.reminders import list_claims
from app.services.pairings.meetings_notes import add_meeting, list_meetings
from app.views.followup.meeting_actions import MeetingReasonDialog, MoveMeetingDialog
from app.views.followup.notification_area import NotificationPanel
from app.views.main_window import MainWindow
from app.views.pairings.pairing_detail_dialog import PairingDetailDialog
from tests.helpers import FakeClock
from tests.scheduler.conftest import RecordingMailer, make_active_pair
from tests.scheduler.test_dashboard import build
from tests.views.conftest import WAIT_MS, click_row, closed, settle, wait_shown


def test_dashboard_tab_shows_the_figures_and_the_charts_text_equivalent(
    qtbot: QtBot, open_window: Callable[[ServiceContext], MainWindow], sqlite_ctx: ServiceContext, clock: FakeClock
) -> None:
    build(sqlite_ctx, clock)
    window = open_window(sqlite_ctx)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # View → Dashboard
    dashboard = window.followup.dashboard
    assert window.tabs.currentWidget() is dashboard
    qtbot.waitUntil(lambda: dashboard.current() is not None, timeout=WAIT_MS)
    settle(qtbot, window)
    assert dashboard.programme_combo.currentText() == "Likeperson Bergen"
    text = dashboard.figures.text()
    assert "Meetings held: 50 % (3 of 6)" in text and "Proposals declined: 25 % (1 of 4)" in text
    assert "No-shows: 17 % (1 of 6)" in text
    assert dashboard.pending_label.text() == "Waiting more than 7 days for an answer: 1"
    assert dashboard.never_label.text() == "Active, never met: 1"
    # The chart's text equivalent: a table with one row per week, and the same words for screen readers.
    table = dashboard.trend_model
    assert table.rowCount() == 12
    last = table.index(11, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert last.endswith(": 0 stalled, 1 need attention")
    description = dashboard.chart.accessibleDescription()
    assert description.count("week ending") == 12 and description.endswith("0 stalled, 1 need attention")
    assert dashboard.chart.accessibleName().startswith("Chart:")
    # Keyboard: the combo, the figures, the chart and the tables are all reachable.
    dashboard.programme_combo.setFocus()
    for expected in (dashboard.figures, dashboard.chart, dashboard.trend_table):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() is expected


def test_notification_area_counts_lists_opens_and_clears(
    qtbot: QtBot, open_window: Callable[[ServiceContext], MainWindow], sqlite_ctx: ServiceContext, clock: FakeClock
) -> None:
    pair = make_active_pair(sqlite_ctx)
    clock.advance(days=15)
    raise_alerts(sqlite_ctx, clock.current)  # never met after 14 days
    window = open_window(sqlite_ctx)
    button = window.followup.button
    qtbot.waitUntil(lambda: button.count == 1, timeout=WAIT_MS)
    assert button.text() == "Alerts: 1" and button.accessibleName() == "1 new alerts; open the list"

    # A new alert raised by the scheduler's thread reaches the window by signal.
    clock.advance(days=14)
    raised = raise_alerts(sqlite_ctx, clock.current)  # stalled now
    window.followup.deliver("alerts", raised)
    qtbot.waitUntil(lambda: button.count == 2, timeout=WAIT_MS)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    panel = wait_shown(qtbot, window, NotificationPanel)
    settle(qtbot, window)
    assert panel.model.rowCount() == 2
    summary = panel.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Kari Nordmann and Ola Hansen" in summary
    click_row(qtbot, panel.table, 0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    detail = wait_shown(qtbot, window, PairingDetailDialog)
    assert detail.pairing_id == pair.id
    detail.close()

    panel.activateWindow()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and button.count == 1, timeout=WAIT_MS)
    qtbot.mouseClick(panel.clear_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.count == 0 and panel.empty_label.isVisible(), timeout=WAIT_MS)
    assert button.text() == "No alerts"
    assert open_alert_count(sqlite_ctx) == 0


def open_meetings(qtbot: QtBot, window: MainWindow, pairing_id: str) -> PairingDetailDialog:
    detail = window.open_pairing(pairing_id)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=WAIT_MS)
    detail.tabs.setCurrentIndex(2)  # Milestones, History, Meetings, Notes
    return detail


def test_meetings_are_completed_cancelled_marked_no_show_and_moved_from_the_detail(
    qtbot: QtBot, open_window: Callable[[ServiceContext], MainWindow], sqlite_ctx: ServiceContext, clock: FakeClock
) -> None:
    pair = make_active_pair(sqlite_ctx)
    for hours in (1, 2, 3, 30):
        add_meeting(sqlite_ctx, pair.id, clock.current + timedelta(hours=hours))
    mailer = RecordingMailer()
    send_reminders(sqlite_ctx, clock.current, mailer, "k@example.no")  # the +30 h meeting has no reminder yet
    window = open_window(sqlite_ctx)
    detail = open_meetings(qtbot, window, pair.id)
    actions = detail.meeting_actions
    table = detail.other_tables[1]
    # The buttons follow the selection (the keyboard may already stand on the first meeting: issue 15's focus).
    assert actions.complete_button.isEnabled() == (actions.selected() is not None)

    def select(row: int) -> None:
        click_row(qtbot, table, row)
        assert actions.selected() is not None and actions.selected().status == "scheduled"

    select(0)
    qtbot.mouseClick(actions.complete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "marked as held" in detail.banner.text(), timeout=WAIT_MS)

    select(1)
    qtbot.mouseClick(actions.cancel_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, detail, MeetingReasonDialog)
    assert not dialog.ok_button.isEnabled()  # a reason first
    qtbot.keyClicks(dialog.reason_edit, "Mentor is ill")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    settle(qtbot, window)

    select(2)
    qtbot.mouseClick(actions.no_show_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, detail, MeetingReasonDialog)
    qtbot.keyClicks(dialog.reason_edit, "Nobody answered the door")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    settle(qtbot, window)

    select(3)
    qtbot.mouseClick(actions.move_button, Qt.MouseButton.LeftButton)
    move = wait_shown(qtbot, detail, MoveMeetingDialog)
    move.when_edit.setDateTime(move.when_edit.dateTime().addSecs(-8 * 3600))  # now 22 h ahead
    qtbot.mouseClick(move.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(move), timeout=WAIT_MS)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "reminders will be sent for the new time" in detail.banner.text(), timeout=WAIT_MS)

    statuses = sorted(m.status for m in list_meetings(sqlite_ctx, pair.id))
    assert statuses == ["cancelled", "completed", "no_show", "scheduled"]
    moved = next(m for m in list_meetings(sqlite_ctx, pair.id) if m.status == "scheduled")
    assert moved.scheduled_at == clock.current + timedelta(hours=22)
    # The moved meeting gets its 24 h reminder; the cancelled and no-show ones get nothing more.
    again = send_reminders(sqlite_ctx, clock.current + timedelta(minutes=1), mailer, "k@example.no")
    assert [(s["meeting"], s["kind"]) for s in again.sent] == [(moved.id, "24h")]
    assert len(list_claims(sqlite_ctx)) == 4  # three 1 h reminders from the first pass, and this one
