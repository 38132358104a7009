"""The programme dashboard: pairings by status, meeting and decline rates, what waits too long, a 12-week trend.

Definitions (also in docs/scheduler.md, and each rate carries its counts so a person can check it by hand):
- completion rate: completed meetings / meetings that were due (scheduled time up to now, any status);
- no-show rate: meetings marked no-show / meetings that were due;
- decline rate: declined pairings / pairings that got an answer (every status but `proposed`);
- pending too long: proposed more than 7 days ago and still unanswered, oldest first, at most 50 listed;
- never met: active pairings without a completed meeting;
- trend: at the end of each of the last 12 weeks (the last point is now), how many pairings were stalled or
  needed attention. Past weeks are rebuilt from recorded times (activation, meetings held, notes, milestone changes,
  due dates, answers to proposals); the last point is today's health, exactly as the overview shows it.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from app.models import Meeting, Note, Pairing, PairingMilestone, Person, Programme
from app.models.enums import Health, MeetingStatus, MilestoneStatus, PairingStatus, values
from app.services.core import lookup
from app.services.core.context import ServiceContext
from app.services.core.rows import JsonRow
from app.services.pairings.health import PROPOSAL_WAIT_DAYS, compute_health

WEEKS = 12
PENDING_LIMIT = 50

Mentor = aliased(Person)
Mentee = aliased(Person)


@dataclass(frozen=True)
class Rate(JsonRow):
    count: int
    out_of: int
    rate: float | None  # None when there is nothing to divide by


@dataclass(frozen=True)
class WaitingPairing(JsonRow):
    pairing: str
    mentor_name: str
    mentee_name: str
    since: datetime  # proposed (pending list) or activated (never met)
    days: int


@dataclass(frozen=True)
class WeekPoint(JsonRow):
    week_ending: date
    stalled: int
    needs_attention: int


@dataclass(frozen=True)
class ProgrammeDashboard(JsonRow):
    programme: str
    programme_name: str
    as_of: datetime
    pairings_by_status: dict[str, int]
    meetings_by_status: dict[str, int]
    completion: Rate
    no_show: Rate
    decline: Rate
    pending_too_long: list[WaitingPairing]
    pending_too_long_total: int
    never_met: list[WaitingPairing]
    trend: list[WeekPoint] = field(default_factory=list)


def _rate(count: int, out_of: int) -> Rate:
    return Rate(count, out_of, round(count / out_of, 4) if out_of else None)


def programme_dashboard(ctx: ServiceContext, programme: str, *, now: datetime | None = None) -> ProgrammeDashboard:
    now = now or ctx.now()
    with ctx.read() as session:
        return _dashboard(session, lookup.programme(session, programme), now)


def all_dashboards(ctx: ServiceContext, *, now: datetime | None = None) -> list[ProgrammeDashboard]:
    """Every programme that is not a draft, by name."""
    now = now or ctx.now()
    with ctx.read() as session:
        programmes = session.scalars(
            select(Programme).where(Programme.deleted_at.is_(None), Programme.state != "draft").order_by(Programme.name)
        ).all()
        return [_dashboard(session, p, now) for p in programmes]


def _dashboard(session: Session, programme: Programme, now: datetime) -> ProgrammeDashboard:
    pid = programme.id
    pairings = session.execute(
        select(
            Pairing.id,
            Pairing.status,
            Pairing.proposed_at,
            Pairing.activated_at,
            Pairing.declined_at,
            Pairing.completed_at,
            Pairing.dissolved_at,
            Pairing.last_activity_at,
            Mentor.name,
            Mentee.name,
        )
        .join(Mentor, Mentor.id == Pairing.mentor_id)
        .join(Mentee, Mentee.id == Pairing.mentee_id)
        .where(Pairing.programme_id == pid, Pairing.deleted_at.is_(None))
    ).all()
    by_status = dict.fromkeys(values(PairingStatus), 0)
    for row in pairings:
        by_status[row[1]] = by_status.get(row[1], 0) + 1

    in_programme = select(Pairing.id).where(Pairing.programme_id == pid, Pairing.deleted_at.is_(None))
    meetings_by_status = dict.fromkeys(values(MeetingStatus), 0)
    due_by_status: dict[str, int] = defaultdict(int)
    for status, count, due_count in session.execute(
        select(Meeting.status, func.count(), func.sum(case((Meeting.scheduled_at <= now, 1), else_=0)))
        .where(Meeting.pairing_id.in_(in_programme), Meeting.deleted_at.is_(None))
        .group_by(Meeting.status)
    ):
        meetings_by_status[status] = meetings_by_status.get(status, 0) + count
        due_by_status[status] += int(due_count or 0)
    due = sum(due_by_status.values())
    answered = sum(n for status, n in by_status.items() if status != PairingStatus.PROPOSED)

    wait = timedelta(days=PROPOSAL_WAIT_DAYS)
    pending = sorted(
        (
            WaitingPairing(r[0], r[8], r[9], r[2], (now - r[2]).days)
            for r in pairings
            if r[1] == PairingStatus.PROPOSED and r[2] is not None and now - r[2] > wait
        ),
        key=lambda w: (w.since, w.pairing),
    )
    met = set(
        session.scalars(
            select(Meeting.pairing_id)
            .where(
                Meeting.pairing_id.in_(in_programme),
                Meeting.status == MeetingStatus.COMPLETED.value,
                Meeting.deleted_at.is_(None),
            )
            .distinct()
        )
    )
    never_met = sorted(
        (
            WaitingPairing(r[0], r[8], r[9], r[3], (now - r[3]).days)
            for r in pairings
            if r[1] == PairingStatus.ACTIVE and r[0] not in met and r[3] is not None
        ),
        key=lambda w: (w.since, w.pairing),
    )
    return ProgrammeDashboard(
        programme=pid,
        programme_name=programme.name,
        as_of=now,
        pairings_by_status=by_status,
        meetings_by_status=meetings_by_status,
        completion=_rate(due_by_status[MeetingStatus.COMPLETED.value], due),
        no_show=_rate(due_by_status[MeetingStatus.NO_SHOW.value], due),
        decline=_rate(by_status.get(PairingStatus.DECLINED.value, 0), answered),
        pending_too_long=pending[:PENDING_LIMIT],
        pending_too_long_total=len(pending),
        never_met=never_met,
        trend=_trend(session, programme, pairings, now),
    )


def _trend(session: Session, programme: Programme, pairings: list, now: datetime) -> list[WeekPoint]:  # type: ignore[type-arg]
    ends = [now - timedelta(weeks=WEEKS - 1 - i) for i in range(WEEKS)]
    horizon = ends[0] - timedelta(days=programme.red_days)  # older activity cannot change any point
    in_programme = select(Pairing.id).where(Pairing.programme_id == programme.id, Pairing.deleted_at.is_(None))
    activity: dict[str, list[datetime]] = defaultdict(list)
    for pairing_id, moment in session.execute(
        select(Meeting.pairing_id, Meeting.scheduled_at).where(
            Meeting.pairing_id.in_(in_programme),
            Meeting.status == MeetingStatus.COMPLETED.value,
            Meeting.deleted_at.is_(None),
            Meeting.scheduled_at >= horizon,
        )
    ):
        activity[pairing_id].append(moment)
    for pairing_id, moment in session.execute(
        select(Note.pairing_id, Note.created_at).where(
            Note.pairing_id.in_(in_programme), Note.deleted_at.is_(None), Note.created_at >= horizon
        )
    ):
        activity[pairing_id].append(moment)
    due_dates: dict[str, list[tuple[date, datetime | None]]] = defaultdict(list)
    for pairing_id, due, started, completed, status in session.execute(
        select(
            PairingMilestone.pairing_id,
            PairingMilestone.due_date,
            PairingMilestone.started_at,
            PairingMilestone.completed_at,
            PairingMilestone.status,
        ).where(
            PairingMilestone.pairing_id.in_(in_programme),
            PairingMilestone.deleted_at.is_(None),
            (PairingMilestone.due_date.is_not(None))
            | (PairingMilestone.started_at >= horizon)
            | (PairingMilestone.completed_at >= horizon),
        )
    ):
        for moment in (started, completed):
            if moment is not None and moment >= horizon:
                activity[pairing_id].append(moment)
        if due is not None:
            done = completed if status == MilestoneStatus.COMPLETED else None
            due_dates[pairing_id].append((due, done))
    for moments in activity.values():
        moments.sort()

    wait = timedelta(days=PROPOSAL_WAIT_DAYS)
    points = []
    for index, end in enumerate(ends):
        live = index == len(ends) - 1
        stalled = attention = 0
        for pid, status, proposed, activated, declined, completed, dissolved, last_activity, *_ in pairings:
            status_then = status if live else _status_at(end, proposed, activated, declined, completed, dissolved)
            if status_then == PairingStatus.PROPOSED:
                attention += proposed is not None and end - proposed > wait
                continue
            if status_then != PairingStatus.ACTIVE:
                continue
            if live:
                last = last_activity
            else:
                moments = activity.get(pid, [])
                position = bisect.bisect_right(moments, end)
                last = max(activated, moments[position - 1]) if position else activated
            overdue = [due for due, done in due_dates.get(pid, []) if done is None or done > end]
            health = compute_health(
                PairingStatus.ACTIVE.value,
                now=end,
                last_activity_at=last,
                proposed_at=proposed,
                earliest_open_due=min(overdue) if overdue else None,
                amber_days=programme.amber_days,
                red_days=programme.red_days,
            )
            stalled += health == Health.STALLED
            attention += health == Health.NEEDS_ATTENTION
        points.append(WeekPoint(end.date(), stalled, attention))
    return points


def _status_at(
    moment: datetime,
    proposed: datetime | None,
    activated: datetime | None,
    declined: datetime | None,
    completed: datetime | None,
    dissolved: datetime | None,
) -> str | None:
    """A pairing's status at an earlier moment, from its transition times (None: it did not exist yet)."""
    if proposed is not None and proposed > moment:
        return None
    for when, status in ((completed, "completed"), (dissolved, "dissolved"), (declined, "declined")):
        if when is not None and when <= moment:
            return status
    if activated is not None and activated <= moment:
        return PairingStatus.ACTIVE.value
    return PairingStatus.PROPOSED.value if proposed is not None else None
