"""One APScheduler job, a tick every minute, that runs each task when its wall-clock time has come.

Why one job and wall-clock checks: APScheduler waits on a monotonic timer, which stands still while a laptop sleeps
(APScheduler #794), so long intervals can fire far too late after a wake-up. A one-minute tick that compares the
wall clock with when each task last ran catches up within a minute of waking. The job coalesces missed runs into one,
never runs twice at once (max_instances=1), tolerates lateness (misfire_grace_time) and is not persisted: the
database's claims and alerts make every task safe to repeat (docs/scheduler.md).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from app.localtime import to_local
from app.scheduler.jobs import PassResult, mailer_for, raise_alerts, send_digest, send_reminders, sync_if_configured
from app.services.core.context import ServiceContext

logger = logging.getLogger(__name__)

TICK_SECONDS = 60
JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600}


@dataclass
class TickPlan:
    """What the tick does and how often (minutes); `None` turns a task off."""

    reminders: bool = True
    alerts_minutes: int | None = 15
    sync_minutes: int | None = None
    digest_hour: int | None = None  # local hour of the daily alert digest, when `digest_to` is set


@dataclass
class Ticker:
    """The tasks of one tick, remembering (in memory) when each last ran."""

    ctx: ServiceContext
    plan: TickPlan
    on_result: Callable[[str, Any], None] | None = None
    last_run: dict[str, datetime] = field(default_factory=dict)

    def _due(self, task: str, now: datetime, minutes: int | None) -> bool:
        if minutes is None:
            return False
        last = self.last_run.get(task)
        # A clock set back (or a wake-up) must not stop the task: a "last run" in the future counts as due.
        return last is None or now - last >= timedelta(minutes=minutes) or last > now

    def tick(self, now: datetime | None = None) -> None:
        now = now or self.ctx.now()
        for task, minutes, run in (
            ("sync", self.plan.sync_minutes, self._sync),
            ("reminders", 0 if self.plan.reminders else None, self._reminders),
            ("alerts", self.plan.alerts_minutes, self._alerts),
            ("digest", 60 if self.plan.digest_hour is not None else None, self._digest),
        ):
            if not self._due(task, now, minutes):
                continue
            self.last_run[task] = now
            try:
                result = run(now)
            except Exception as exc:  # one failing task must not stop the others or the scheduler
                logger.warning("%s failed: %s", task, getattr(exc, "message", None) or exc, exc_info=True)
                self._emit(f"{task}_failed", str(getattr(exc, "message", None) or exc))
                continue
            if result is not None:
                self._emit(task, result)

    def _emit(self, task: str, result: Any) -> None:
        if self.on_result is not None:
            self.on_result(task, result)

    def _sync(self, now: datetime) -> Any:
        return True if sync_if_configured(self.ctx) else None

    def _reminders(self, now: datetime) -> PassResult | None:
        mailer, sender = mailer_for(self.ctx)
        result = send_reminders(self.ctx, now, mailer, sender)
        return result if result.sent or result.failed else None

    def _alerts(self, now: datetime) -> Any:
        raised = raise_alerts(self.ctx, now)
        return raised or None

    def _digest(self, now: datetime) -> Any:
        if to_local(now).hour != self.plan.digest_hour:
            return None
        mailer, sender = mailer_for(self.ctx)
        return send_digest(self.ctx, now, mailer, sender) or None


def start_background(ticker: Ticker, *, first_run: datetime | None = None) -> BackgroundScheduler:
    """A started BackgroundScheduler running `ticker.tick` every minute on its own thread (no job store)."""
    scheduler = BackgroundScheduler(job_defaults=JOB_DEFAULTS, timezone="UTC")
    scheduler.add_job(
        ticker.tick,
        "interval",
        seconds=TICK_SECONDS,
        id="tick",
        name="tick",
        next_run_time=first_run or datetime.now(UTC),
    )
    scheduler.start()
    return scheduler


def run_until_stopped(ticker: Ticker, stop: threading.Event) -> None:
    """The headless service: tick every minute until `stop` is set (SIGTERM), then let a running tick finish."""
    scheduler = start_background(ticker)
    try:
        stop.wait()
    finally:
        scheduler.shutdown(wait=True)
