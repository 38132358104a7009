"""The scheduler inside the desktop app: the same tick as `scheduler run`, on a background thread while it is open.

Reminders are sent from a desktop only when it has no shared server (a single-coordinator installation) and a mail
server is set: with a server, `scheduler run` next to it sends them, so a meeting is never reminded from two
databases (docs/scheduler.md). Alerts are always computed for this desktop's notification area; sync runs every
`sync_every_minutes` (default 10) when a server is configured.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from app.scheduler.mail import smtp_settings
from app.scheduler.runner import Ticker, TickPlan, start_background
from app.services.core.context import ServiceContext


def desktop_plan(ctx: ServiceContext) -> TickPlan:
    server = ctx.installation.server_url
    try:
        mail = smtp_settings(ctx.installation) is not None
    except Exception:  # a broken mail setting must not stop the desktop; the tick reports it
        mail = True
    return TickPlan(reminders=mail and not server, alerts_minutes=15, sync_minutes=None)


def start_desktop_jobs(
    ctx: ServiceContext, deliver: Callable[[str, Any], None], *, delay_seconds: float = 20.0
) -> BackgroundScheduler:
    """Started scheduler; `deliver(task, result)` is called on the scheduler's thread. Call `.shutdown()` at exit.

    The first tick waits `delay_seconds`, so the window's start (loading thousands of pairings) has the CPU first.
    """
    first = datetime.now(UTC) + timedelta(seconds=delay_seconds)
    return start_background(Ticker(ctx, desktop_plan(ctx), on_result=deliver), first_run=first)
