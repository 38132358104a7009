"""Scheduler budgets (DESIGN.md §10): the dashboard of a programme with 5,000 pairings and 20,000 meetings (≤ 100 ms),
and one reminder pass over 20,000 meetings (≤ 1 s).

``python -m benchmarks dashboard [--db sqlite|postgresql|both]`` prints one JSON object per line
({"name", "seconds", "budget", "ok", …}) and exits 1 when a figure misses its budget. The programme is seeded with
the change journal off (a benchmark needs rows, not history): 90 % of pairings active with four milestones each,
10 % proposed; 12,000 meetings over the last twelve weeks (completed, no-show, cancelled) and 8,000 ahead over four
weeks, so a reminder pass at "now" finds about 300 due. The reminder pass sends through a mailer that accepts and
drops every message, so the figure is the scheduler's own work (query, claim, render, record), not a mail server's.
The dashboard's 12-week trend is checked against a plain implementation with `compute_health` (ratio printed).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import psycopg

from app.db import open_database, upgrade_database
from app.installation import Installation
from app.models import Meeting, MenteeProfile, MentorProfile, Note, Pairing, PairingMilestone, Person, new_id
from app.scheduler.jobs import send_reminders
from app.services.core.context import ServiceContext
from app.services.followup.dashboard import programme_dashboard
from app.services.pairings.health import compute_health
from app.services.programmes.programmes import MilestoneSpec, create_programme, set_programme_state

ADMIN = os.environ.get("MENTOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
BUDGETS = {"dashboard_5000_pairings": 0.1, "reminder_pass_20000_meetings": 1.0}
NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def emit(name: str, seconds: float, **extra: object) -> bool:
    budget = BUDGETS.get(name)
    ok = budget is None or seconds <= budget
    print(json.dumps({"name": f"dashboard.{name}", "seconds": round(seconds, 4), "budget": budget, "ok": ok, **extra}))
    return ok


class DropMailer:
    def __init__(self) -> None:
        self.count = 0

    def send(self, messages: list[EmailMessage]) -> list[str | None]:
        self.count += len(messages)
        return [None] * len(messages)


def seed(ctx: ServiceContext, pairings: int, meetings: int) -> str:
    rng = random.Random(11)
    programme = create_programme(
        ctx, "Likeperson Benchmark", milestones=[MilestoneSpec("Første samtale", "", 30)], default_capacity=3
    ).id
    for state in ("open", "matching", "active"):
        set_programme_state(ctx, programme, state)
    people, profiles, links, rows, notes, milestones = [], [], [], [], [], []  # type: ignore[var-annotated]
    mentors = []
    for i in range(-(-pairings // 3)):
        mentor = Person(id=new_id(), name=f"Mentor {i}", email=f"m{i}@example.no", languages=["nb"],
                        contact_preferences=["email"])  # fmt: skip
        mentors.append(mentor)
        people.append(mentor)
        profiles.append(MentorProfile(person_id=mentor.id, programme_id=programme, state="approved", capacity=3,
                                      specialisations=[], slots=[], modalities=[]))  # fmt: skip
    active = []
    for i in range(pairings):
        mentee = Person(id=new_id(), name=f"Mentee {i}", email=f"e{i}@example.no", languages=["nb"],
                        contact_preferences=["email"] if i % 2 else ["phone"])  # fmt: skip
        people.append(mentee)
        profiles.append(MenteeProfile(person_id=mentee.id, programme_id=programme, state="matched"))
        started = NOW - timedelta(days=rng.uniform(10, 120))
        proposed = rng.random() < 0.1
        pairing = Pairing(
            id=new_id(), programme_id=programme, mentor_id=mentors[i // 3].id, mentee_id=mentee.id,
            status="proposed" if proposed else "active", reasons={}, created_by="benchmark", proposed_at=started,
            activated_at=None if proposed else started + timedelta(days=2),
            last_activity_at=None if proposed else NOW - timedelta(days=rng.choice((1, 5, 10, 16, 20, 30, 45))),
        )  # fmt: skip
        links.append(pairing)
        if not proposed:
            active.append(pairing)
            for position in range(1, 5):  # four milestones, 30 days apart; one in six pairings lags one behind
                due = started + timedelta(days=30 * position)
                done = due < NOW - timedelta(days=3) and not (position == 1 and i % 6 == 0)
                milestones.append(PairingMilestone(
                    pairing_id=pairing.id, position=position, title=f"Milestone {position}", due_date=due.date(),
                    status="completed" if done else "pending", completed_at=due - timedelta(days=2) if done else None,
                    started_at=due - timedelta(days=20),
                ))  # fmt: skip
            if rng.random() < 0.3:
                notes.append(Note(pairing_id=pairing.id, author="b", body="…", created_at=NOW - timedelta(days=9)))
    past = int(meetings * 0.6)
    for i in range(meetings):
        pairing = active[i % len(active)]
        if i < past:
            at = NOW - timedelta(minutes=rng.randint(60, 12 * 7 * 24 * 60))
            status = rng.choices(("completed", "no_show", "cancelled", "scheduled"), (80, 8, 8, 4))[0]
        else:
            at = NOW + timedelta(minutes=rng.randint(5, 28 * 24 * 60))
            status = "scheduled"
        rows.append(Meeting(pairing_id=pairing.id, scheduled_at=at, duration_minutes=60, modality="in_person",
                            status=status, summary=""))  # fmt: skip
    session = ctx.db.session_factory()
    session.info.update(actor="benchmark", device_id=ctx.device_id, now=NOW, journal=False)
    try:
        with session.begin():
            for batch in (people, profiles, links, milestones, rows, notes):
                session.add_all(batch)
                session.flush()
    finally:
        session.close()
    if ctx.db.engine.dialect.name == "postgresql":  # planner statistics, as autovacuum keeps them on a server
        with ctx.db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    return programme


def reference_trend(ctx: ServiceContext, programme: str, now: datetime) -> list[tuple[int, int]]:
    """The plain rule, pairing by pairing and week by week with `compute_health` (slow; checks the fast trend)."""
    from sqlalchemy import select

    with ctx.read() as session:
        pairings = session.scalars(select(Pairing).where(Pairing.programme_id == programme)).all()
        activity: dict[str, list[datetime]] = {}
        for m in session.scalars(select(Meeting).where(Meeting.status == "completed")):
            activity.setdefault(m.pairing_id, []).append(m.scheduled_at)
        for n in session.scalars(select(Note)):
            activity.setdefault(n.pairing_id, []).append(n.created_at)
        milestones: dict[str, list[PairingMilestone]] = {}
        for ms in session.scalars(select(PairingMilestone)):
            milestones.setdefault(ms.pairing_id, []).append(ms)
            for moment in (ms.started_at, ms.completed_at):
                if moment is not None:
                    activity.setdefault(ms.pairing_id, []).append(moment)
        points = []
        for week in range(12):
            end = now - timedelta(weeks=11 - week)
            stalled = attention = 0
            for p in pairings:
                ended = [t for t in (p.declined_at, p.completed_at, p.dissolved_at) if t is not None and t <= end]
                if week == 11:
                    status, last = p.status, p.last_activity_at
                else:
                    active = p.activated_at is not None and p.activated_at <= end
                    status = None if ended or (p.proposed_at and p.proposed_at > end) else (
                        "active" if active else "proposed")  # fmt: skip
                    seen = [t for t in activity.get(p.id, []) if t <= end]
                    last = max([*seen, p.activated_at]) if active else None
                if status not in ("active", "proposed"):
                    continue
                open_due = [
                    ms.due_date for ms in milestones.get(p.id, []) if ms.due_date is not None
                    and not (ms.status == "completed" and ms.completed_at is not None and ms.completed_at <= end)
                ]  # fmt: skip
                health = compute_health(status, now=end, last_activity_at=last, proposed_at=p.proposed_at,
                                        earliest_open_due=min(open_due) if open_due else None, amber_days=14,
                                        red_days=28)  # fmt: skip
                stalled += health == "stalled"
                attention += health == "needs_attention"
            points.append((stalled, attention))
        return points


def measure(url: str, pairings: int, meetings: int, runs: int, folder: Path) -> bool:
    upgrade_database(url)
    installation = Installation(folder / f"settings-{uuid.uuid4().hex[:6]}.json")
    ctx = ServiceContext(db=open_database(url), actor="benchmark", device_id=installation.device_id,
                         clock=lambda: NOW, installation=installation)  # fmt: skip
    kind = url.split(":", 1)[0]
    ok = True
    try:
        programme = seed(ctx, pairings, meetings)
        programme_dashboard(ctx, programme)  # warm-up: connection, statement cache
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            board = programme_dashboard(ctx, programme)
            times.append(time.perf_counter() - started)
        started = time.perf_counter()
        reference = reference_trend(ctx, programme, NOW)
        reference_seconds = time.perf_counter() - started
        same = reference == [(p.stalled, p.needs_attention) for p in board.trend]
        ok &= same
        ok &= emit("dashboard_5000_pairings", statistics.median(times), database=kind, pairings=pairings,
                   meetings=meetings, worst=round(max(times), 4), pending=board.pending_too_long_total,
                   trend_matches_reference=same, reference_trend_seconds=round(reference_seconds, 3),
                   ratio_vs_reference=round(statistics.median(times) / reference_seconds, 4))  # fmt: skip
        mailer = DropMailer()
        started = time.perf_counter()
        result = send_reminders(ctx, NOW, mailer, "koordinator@example.no")
        ok &= emit("reminder_pass_20000_meetings", time.perf_counter() - started, database=kind, meetings=meetings,
                   reminders=len(result.sent), messages=mailer.count)  # fmt: skip
        started = time.perf_counter()
        again = send_reminders(ctx, NOW + timedelta(minutes=1), mailer, "koordinator@example.no")
        emit("reminder_pass_nothing_new", time.perf_counter() - started, database=kind, reminders=len(again.sent))
    finally:
        ctx.db.dispose()
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks dashboard")
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--pairings", type=int, default=5000)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.db in ("sqlite", "both"):
            ok &= measure(f"sqlite:///{folder / 'bench.db'}", args.pairings, args.meetings, args.runs, folder)
        if args.db in ("postgresql", "both"):
            name = f"mc_bench_{uuid.uuid4().hex[:10]}"
            with psycopg.connect(ADMIN, autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
            try:
                ok &= measure(ADMIN.rsplit("/", 1)[0] + f"/{name}", args.pairings, args.meetings, args.runs, folder)
            finally:
                with psycopg.connect(ADMIN, autocommit=True) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
