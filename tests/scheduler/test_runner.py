"""The tick: tasks by wall clock, a failing task does not stop the others; the desktop's plan; results by signal."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from app.scheduler.desktop import desktop_plan, start_desktop_jobs
from app.scheduler.runner import Ticker, TickPlan
from app.services.core.context import ServiceContext
from tests.helpers import FakeClock
from tests.scheduler.conftest import make_active_pair


class Recording(Ticker):
    def __init__(self, ctx: ServiceContext, plan: TickPlan) -> None:
        super().__init__(ctx, plan, on_result=lambda task, result: self.results.append((task, result)))
        self.results: list[tuple[str, Any]] = []
        self.ran: list[str] = []

    def _reminders(self, now):  # type: ignore[no-untyped-def]
        self.ran.append("reminders")

    def _alerts(self, now):  # type: ignore[no-untyped-def]
        self.ran.append("alerts")
        raise RuntimeError("database away")

    def _sync(self, now):  # type: ignore[no-untyped-def]
        self.ran.append("sync")
        return True


def test_tasks_run_by_wall_clock_and_survive_failures(sqlite_url: str, clock: FakeClock) -> None:
    from app.db import open_database

    ctx = ServiceContext(db=open_database(sqlite_url), actor="t", device_id="d", clock=clock)
    ticker = Recording(ctx, TickPlan(reminders=True, alerts_minutes=15, sync_minutes=10))
    ticker.tick()
    assert ticker.ran == ["sync", "reminders", "alerts"]
    assert ("alerts_failed", "database away") in ticker.results and ("sync", True) in ticker.results
    ticker.ran.clear()
    clock.advance(minutes=1)
    ticker.tick()
    assert ticker.ran == ["reminders"]  # every minute; alerts and sync wait their interval
    clock.advance(minutes=9)
    ticker.tick()
    assert ticker.ran == ["reminders", "sync", "reminders"]
    ticker.ran.clear()
    clock.advance(hours=8)  # a laptop wakes after a night: everything once, not eight hours' worth
    ticker.tick()
    assert ticker.ran == ["sync", "reminders", "alerts"]
    ticker.ran.clear()
    clock.advance(hours=-2)  # the clock was set back: a "last run" in the future counts as due
    ticker.tick()
    assert ticker.ran == ["sync", "reminders", "alerts"]
    ctx.db.dispose()


def test_desktop_sends_reminders_only_without_a_server(ctx: ServiceContext) -> None:
    assert desktop_plan(ctx).reminders is False  # no mail server
    ctx.installation.set("smtp_host", "mail.example.no")
    ctx.installation.set("smtp_from", "k@example.no")
    plan = desktop_plan(ctx)
    assert plan.reminders is True and plan.sync_minutes is None
    ctx.installation.set("server_url", "postgresql://server/mentors")
    plan = desktop_plan(ctx)
    # With a server, `scheduler run` sends reminders; the sync controller syncs (not the tick).
    assert plan.reminders is False and plan.sync_minutes is None and plan.alerts_minutes == 15


def test_background_results_reach_the_window_by_signal(
    qtbot: QtBot, sqlite_ctx: ServiceContext, clock: FakeClock
) -> None:
    from app.views.main_window import MainWindow

    make_active_pair(sqlite_ctx)
    clock.advance(days=15)
    window = MainWindow(ctx=sqlite_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.followup.job_result, timeout=15_000) as signal:
        jobs = start_desktop_jobs(sqlite_ctx, window.followup.deliver, delay_seconds=0)
    try:
        assert signal.args[0] == "alerts" and [a.kind for a in signal.args[1]] == ["never_met"]
        qtbot.waitUntil(lambda: window.followup.button.count == 1, timeout=15_000)
    finally:
        jobs.shutdown(wait=True)
        qtbot.waitUntil(lambda: window.tasks.idle, timeout=15_000)
