"""`reminders run-once` and `scheduler run` as separate processes against a real local SMTP server."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.services.core.context import ServiceContext
from app.services.pairings.meetings_notes import add_meeting, set_meeting_status
from tests.helpers import FakeClock
from tests.scheduler.conftest import SmtpServer, make_active_pair

OSLO = ZoneInfo("Europe/Oslo")
ROOT = Path(__file__).resolve().parents[2]


def environment(ctx: ServiceContext, smtp: SmtpServer, tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TZ": "Europe/Oslo",
        "MENTOR_DATA_DIR": str(tmp_path / "data"),
        "MENTOR_CONFIG_DIR": str(tmp_path / "process-config"),
        "MENTOR_DB_URL": ctx.db.url,
        "MENTOR_SMTP_HOST": smtp.host,
        "MENTOR_SMTP_PORT": str(smtp.port),
        "MENTOR_SMTP_FROM": "koordinator@example.no",
        "MENTOR_SMTP_TLS": "none",
    }


def run_once(env: dict[str, str], now: datetime) -> dict:  # type: ignore[type-arg]
    local = now.astimezone(OSLO).strftime("%Y-%m-%d %H:%M")
    result = subprocess.run(
        [sys.executable, "main.py", "reminders", "run-once", "--now", local, "--json"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_acceptance_run_once_sends_exactly_the_expected_messages(
    ctx: ServiceContext, clock: FakeClock, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    pair = make_active_pair(ctx)
    start = clock.current
    in_25h = add_meeting(ctx, pair.id, start + timedelta(hours=25)).id
    in_23h = add_meeting(ctx, pair.id, start + timedelta(hours=23)).id
    in_59m = add_meeting(ctx, pair.id, start + timedelta(minutes=59)).id
    cancelled = add_meeting(ctx, pair.id, start + timedelta(hours=5)).id
    set_meeting_status(ctx, cancelled, "cancelled", "Mentee moved")
    env = environment(ctx, smtp_server, tmp_path)

    first = run_once(env, start)
    assert sorted((s["meeting"], s["kind"]) for s in first["sent"]) == sorted([(in_23h, "24h"), (in_59m, "1h")])
    assert len(smtp_server.inbox.messages) == 4
    assert run_once(env, start)["sent"] == []  # again: nothing new
    env2 = {**env, "MENTOR_CONFIG_DIR": str(tmp_path / "second-process")}
    assert run_once(env2, start + timedelta(minutes=2))["sent"] == []  # another installation, same database
    later = run_once(env2, start + timedelta(hours=1, minutes=30))
    assert [(s["meeting"], s["kind"]) for s in later["sent"]] == [(in_25h, "24h")]
    assert len(smtp_server.inbox.messages) == 6
    assert all(cancelled not in str(m) for m in smtp_server.inbox.messages)


def test_scheduler_run_logs_sends_and_stops_on_sigterm(
    ctx: ServiceContext, clock: FakeClock, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    clock.current = datetime.now(UTC)
    pair = make_active_pair(ctx)
    meeting = add_meeting(ctx, pair.id, clock.current + timedelta(minutes=30)).id
    process = subprocess.Popen(
        [sys.executable, "main.py", "scheduler", "run"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env=environment(ctx, smtp_server, tmp_path),
    )  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in process.stdout], daemon=True).start()  # type: ignore[union-attr]
    seen: list[str] = []
    try:
        while not any(f"reminder 1h sent for meeting {meeting}" in x for x in seen):
            seen.append(lines.get(timeout=60))
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0, process.stderr.read()  # type: ignore[union-attr]
    finally:
        if process.poll() is None:
            process.kill()
    while not lines.empty():
        seen.append(lines.get())
    text = "".join(seen)
    assert "scheduler starting: database" in text and "mail: smtp://127.0.0.1" in text
    assert "scheduler stopping (SIGTERM)" in text and text.rstrip().endswith("scheduler stopped")
    assert "example.no" not in text.replace("koordinator@example.no", "")  # no addresses of people in the log
    assert smtp_server.inbox.to() == ["kari@example.no", "ola@example.no"]
