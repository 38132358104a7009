"""`scheduler run`, `reminders run-once [--now T]`, `dashboard [--programme P]` (docs/scheduler.md).

Their arguments are in app/cli/parser.py; this module loads only when one of them runs.
"""

from __future__ import annotations

from typing import Any

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.localtime import parse_local, show_local


def cmd_reminders_run_once(state: CliState) -> int:
    from app.scheduler.jobs import run_once

    ctx = state.context()
    now = parse_local(state.args.now, "--now") if state.args.now else ctx.now()
    result = run_once(ctx, now)
    if state.json:
        emit_json(result.as_json())
        return 0
    if not result.mail_configured:
        line("No mail server is set up (smtp_host or MENTOR_SMTP_HOST): no reminders were sent.")
    for sent in result.sent:
        line(f"sent {sent['kind']} reminder for meeting {sent['meeting']} to {', '.join(sent['to']) or 'nobody'}")
    for failed in result.failed:
        line(f"not sent (will retry): {failed['kind']} reminder for meeting {failed['meeting']}")
    for alert in result.alerts:
        line(f"alert {alert.kind}: {alert.mentor_name} → {alert.mentee_name} (pairing {alert.pairing})")
    if not (result.sent or result.failed or result.alerts):
        line("Nothing due.")
    return 0


def cmd_dashboard(state: CliState) -> int:
    from app.services.followup.dashboard import all_dashboards, programme_dashboard

    ctx = state.context()
    boards = [programme_dashboard(ctx, state.args.programme)] if state.args.programme else all_dashboards(ctx)
    if state.json:
        emit_json(boards[0] if state.args.programme else boards)
        return 0
    for board in boards:
        line(f"{board.programme_name}  (as of {show_local(board.as_of)})")
        line("  pairings: " + ", ".join(f"{k} {v}" for k, v in board.pairings_by_status.items()))
        for label, rate in (("completed", board.completion), ("no-show", board.no_show), ("declined", board.decline)):
            shown = "—" if rate.rate is None else f"{rate.rate:.0%}"
            line(f"  {label}: {shown} ({rate.count} of {rate.out_of})")
        line(f"  waiting more than 7 days for an answer: {board.pending_too_long_total}")
        for w in board.pending_too_long:
            line(f"    {w.mentor_name} → {w.mentee_name}: {w.days} days")
        line(f"  active, never met: {len(board.never_met)}")
        table(
            [[f"{p.week_ending}", str(p.stalled), str(p.needs_attention)] for p in board.trend],
            ["  week ending", "stalled", "needs attention"],
        )
        line()
    return 0


def cmd_scheduler_run(state: CliState) -> int:
    import logging
    import signal
    import sys
    import threading

    from sqlalchemy.engine import make_url

    from app.scheduler.mail import smtp_settings
    from app.scheduler.runner import Ticker, TickPlan, run_until_stopped
    from app.sync.engine import syncs_locally

    a = state.args
    ctx = state.context()
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    for name in ("app.scheduler", "app.services.followup", "app.sync"):
        logging.getLogger(name).addHandler(handler)
    log = logging.getLogger("app.scheduler.service")
    settings = smtp_settings(ctx.installation)
    server = ctx.installation.server_url if syncs_locally(ctx) else None
    plan = TickPlan(
        reminders=not a.no_reminders,
        alerts_minutes=a.alerts_every,
        sync_minutes=a.sync_every if server else None,
        digest_hour=a.digest_hour,
    )
    log.info("scheduler starting: database %s", make_url(ctx.db.url).render_as_string(hide_password=True))
    log.info("mail: %s", settings.describe() if settings else "not configured (reminders are not sent)")
    log.info(
        "reminders %s; alerts every %s min; sync %s; settings file %s",
        "off" if a.no_reminders else "every minute",
        a.alerts_every,
        f"every {a.sync_every} min with {make_url(server).render_as_string(hide_password=True)}" if server else "off",
        ctx.installation.path,
    )
    stop = threading.Event()

    def request_stop(signum: int, _frame: Any) -> None:
        log.info("scheduler stopping (%s)", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    run_until_stopped(Ticker(ctx, plan), stop)
    log.info("scheduler stopped")
    return 0
