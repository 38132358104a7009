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

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
from sqlalchemy import DateTime, Float, and_, case, cast, func, select
from sqlalchemy.orm import Session, aliased

from app.models import Meeting, Note, Pairing, PairingMilestone, Person, Programme
from app.models.enums import MeetingStatus, PairingStatus, values
from app.services.core import lookup
from app.services.core.bulk import paused_gc
from app.services.core.context import ServiceContext
from app.services.core.rows import JsonRow
from app.services.pairings.health import PROPOSAL_WAIT_DAYS

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
    # Some 100,000 short-lived tuples: the cyclic collector would walk them again and again (a third of the time).
    with paused_gc(), ctx.read() as session:
        return _dashboard(session, lookup.programme(session, programme), now)


def all_dashboards(ctx: ServiceContext, *, now: datetime | None = None) -> list[ProgrammeDashboard]:
    """Every programme that is not a draft, by name."""
    now = now or ctx.now()
    with paused_gc(), ctx.read() as session:
        programmes = session.scalars(
            select(Programme).where(Programme.deleted_at.is_(None), Programme.state != "draft").order_by(Programme.name)
        ).all()
        return [_dashboard(session, p, now) for p in programmes]


def _epoch(column: Any, dialect: str) -> Any:
    """Seconds since 1970 (UTC) as a float, computed by the database: no datetime objects for thousands of rows."""
    if dialect == "sqlite":  # stored as UTC text
        return (func.julianday(column) - 2440587.5) * 86400.0
    return cast(func.extract("epoch", column), Float)


def _columns(session: Session, statement: Any, kinds: str) -> list[np.ndarray]:
    """A query's result as numpy columns: "s" text, "f" float (None becomes NaN), "i" row number, through Core."""
    rows = session.connection().execute(statement).all()
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(kinds)
    types = {"f": float, "i": int, "s": str}
    # Row numbers ("i") come 1-based from the database; they index numpy arrays 0-based.
    return [
        np.array(column, dtype=int) - 1 if kind == "i" else np.array(column, dtype=types[kind])
        for column, kind in zip(columns, kinds, strict=True)
    ]


def _id_order(dialect: str) -> Any:
    """Pairing ids in byte order: the same order for the pairings and their numbers, and cheap on PostgreSQL."""
    return Pairing.id.collate("C") if dialect == "postgresql" else Pairing.id


def _numbered(programme_id: str, dialect: str) -> Any:
    """The programme's pairings with their 1-based position in id order (the order `_Pairings` holds them in)."""
    return (
        select(Pairing.id.label("pairing_id"), func.row_number().over(order_by=_id_order(dialect)).label("n"))
        .where(Pairing.programme_id == programme_id, Pairing.deleted_at.is_(None))
        .cte("numbered")
    )


def _dashboard(session: Session, programme: Programme, now: datetime) -> ProgrammeDashboard:
    pid = programme.id
    dialect = session.get_bind().dialect.name
    pairings = _Pairings(
        *_columns(
            session,
            select(
                Pairing.id,
                Pairing.status,
                *(
                    _epoch(column, dialect)
                    for column in (
                        Pairing.proposed_at,
                        Pairing.activated_at,
                        Pairing.declined_at,
                        Pairing.completed_at,
                        Pairing.dissolved_at,
                        Pairing.last_activity_at,
                    )
                ),
            )
            .where(Pairing.programme_id == pid, Pairing.deleted_at.is_(None))
            .order_by(_id_order(dialect)),
            "ssffffff",
        )
    )
    by_status = dict.fromkeys(values(PairingStatus), 0)
    by_status.update(_counts(pairings.status))

    # Meetings: counts by status on the server; the held ones as (pairing row, time) for "never met" and the trend.
    # Rows are named by their pairing's number in id order (`_numbered`), not by 36-character ids.
    now_s = now.timestamp()
    in_programme = and_(Pairing.programme_id == pid, Pairing.deleted_at.is_(None), Meeting.deleted_at.is_(None))
    meetings_by_status = dict.fromkeys(values(MeetingStatus), 0)
    due_by_status: dict[str, int] = defaultdict(int)
    for code, count, due_count in session.execute(
        select(Meeting.status, func.count(), func.sum(case((Meeting.scheduled_at <= now, 1), else_=0)))
        .join(Pairing, Pairing.id == Meeting.pairing_id)
        .where(in_programme)
        .group_by(Meeting.status)
    ):
        meetings_by_status[code] = meetings_by_status.get(code, 0) + int(count)
        due_by_status[code] += int(due_count or 0)
    due = sum(due_by_status.values())
    answered = sum(n for code, n in by_status.items() if code != PairingStatus.PROPOSED)
    numbered = _numbered(pid, dialect)
    held_index, held_at = _columns(
        session,
        select(numbered.c.n, _epoch(Meeting.scheduled_at, dialect))
        .join(numbered, numbered.c.pairing_id == Meeting.pairing_id)
        .where(Meeting.status == MeetingStatus.COMPLETED.value, Meeting.deleted_at.is_(None)),
        "if",
    )
    met = np.zeros(len(pairings.ids), dtype=bool)
    met[held_index] = True

    wait = PROPOSAL_WAIT_DAYS * DAY
    waiting_long = np.flatnonzero(
        (pairings.status == PairingStatus.PROPOSED.value) & (now_s - pairings.proposed > wait)
    )
    pending = sorted((float(pairings.proposed[i]), str(pairings.ids[i])) for i in waiting_long)
    quiet = np.flatnonzero((pairings.status == PairingStatus.ACTIVE.value) & ~met & ~np.isnan(pairings.activated))
    never = sorted((float(pairings.activated[i]), str(pairings.ids[i])) for i in quiet)
    listed = [pid for _, pid in pending[:PENDING_LIMIT]] + [pid for _, pid in never]
    names = _names(session, listed)

    def waiting(since: float, pairing: str) -> WaitingPairing:
        mentor, mentee = names.get(pairing, ("", ""))
        return WaitingPairing(pairing, mentor, mentee, datetime.fromtimestamp(since, UTC), int((now_s - since) // DAY))

    return ProgrammeDashboard(
        programme=pid,
        programme_name=programme.name,
        as_of=now,
        pairings_by_status=by_status,
        meetings_by_status=meetings_by_status,
        completion=_rate(due_by_status[MeetingStatus.COMPLETED.value], due),
        no_show=_rate(due_by_status[MeetingStatus.NO_SHOW.value], due),
        decline=_rate(by_status.get(PairingStatus.DECLINED.value, 0), answered),
        pending_too_long=[waiting(*p) for p in pending[:PENDING_LIMIT]],
        pending_too_long_total=len(pending),
        never_met=[waiting(*p) for p in never],
        trend=trend(session, programme, pairings, now, (held_index, held_at)),
    )


def _counts(column: np.ndarray) -> dict[str, int]:
    codes, counts = np.unique(column, return_counts=True)
    return {str(code): int(n) for code, n in zip(codes, counts, strict=True)}


DAY = 86400.0


class _Pairings:
    """The programme's pairings as columns: ids, statuses, and transition times in epoch seconds (NaN: none)."""

    def __init__(self, ids: np.ndarray, status: np.ndarray, *times: np.ndarray) -> None:
        self.ids = ids
        self.status = status
        self.proposed, self.activated, self.declined, self.completed, self.dissolved, self.last_activity = times


def _names(session: Session, pairing_ids: list[str]) -> dict[str, tuple[str, str]]:
    names: dict[str, tuple[str, str]] = {}
    for start in range(0, len(pairing_ids), 900):
        for pid, mentor, mentee in session.execute(
            select(Pairing.id, Mentor.name, Mentee.name)
            .join(Mentor, Mentor.id == Pairing.mentor_id)
            .join(Mentee, Mentee.id == Pairing.mentee_id)
            .where(Pairing.id.in_(pairing_ids[start : start + 900]))
        ):
            names[pid] = (mentor, mentee)
    return names


def trend(
    session: Session,
    programme: Programme,
    pairings: _Pairings,
    now: datetime,
    held: tuple[np.ndarray, np.ndarray],
) -> list[WeekPoint]:
    """Stalled and needs-attention counts at the end of each of the last 12 weeks.

    The same rule as `health.compute_health`, applied to all pairings and weeks at once (numpy arrays: 5,000 pairings
    × 12 weeks one by one would take most of the dashboard's budget). A test checks that the last point equals the
    health the overview shows; the benchmark checks every point against `compute_health` pairing by pairing.
    `held` is (pairing row, time) of the meetings held.
    """
    dialect = session.get_bind().dialect.name
    now_s = now.timestamp()
    ends = np.array([now_s - (WEEKS - 1 - i) * 7 * DAY for i in range(WEEKS)])
    amber, red = programme.amber_days * DAY, programme.red_days * DAY
    horizon = datetime.fromtimestamp(ends[0] - red, UTC)  # older activity cannot change any point
    oldest = horizon.timestamp()
    numbered = _numbered(programme.id, dialect)
    count = len(pairings.ids)

    note_index, note_at = _columns(
        session,
        select(numbered.c.n, _epoch(Note.created_at, dialect))
        .join(numbered, numbered.c.pairing_id == Note.pairing_id)
        .where(Note.deleted_at.is_(None), Note.created_at >= horizon),
        "if",
    )
    due_date = cast(PairingMilestone.due_date, DateTime) if dialect != "sqlite" else PairingMilestone.due_date
    # Reopening a milestone clears its completion time, so `completed` is set only on completed milestones.
    milestone_index, started, completed, due = _columns(
        session,
        select(
            numbered.c.n,
            _epoch(PairingMilestone.started_at, dialect),
            _epoch(PairingMilestone.completed_at, dialect),
            _epoch(due_date, dialect),
        )
        .join(numbered, numbered.c.pairing_id == PairingMilestone.pairing_id)
        .where(PairingMilestone.deleted_at.is_(None)),
        "ifff",
    )

    # Activity (meetings held, notes, milestone changes) as one sorted array of keys `row × span + time`, so one
    # searchsorted per week finds every pairing's last activity. Only moments in [horizon, now] matter, and only
    # those fit their row's slot.
    owners = np.concatenate([held[0], note_index, milestone_index, milestone_index])
    moments = np.concatenate([held[1], note_at, started, completed])
    keep = (owners >= 0) & (moments >= oldest) & (moments <= now_s)
    base = oldest - DAY
    span = now_s - base + DAY
    keys = np.sort(owners[keep] * span + (moments[keep] - base))
    own = np.arange(count, dtype=float) * span

    # A milestone not completed by a week's end whose due date is before that week's end date is overdue then;
    # a reopened milestone is open again, whatever its old completion time says.
    open_late = (milestone_index >= 0) & ~np.isnan(due)
    due_owner = milestone_index[open_late]
    due_at = due[open_late]
    done_at = np.where(np.isnan(completed[open_late]), np.inf, completed[open_late])

    live_active = pairings.status == PairingStatus.ACTIVE.value
    live_proposed = pairings.status == PairingStatus.PROPOSED.value
    ended = np.fmin(np.fmin(pairings.declined, pairings.completed), pairings.dissolved)  # NaN-aware minimum

    points = []
    for week, end in enumerate(ends):
        if week == WEEKS - 1:  # now: today's health, from the pairing's recorded last activity
            active, proposed = live_active, live_proposed
            last = pairings.last_activity
        else:
            not_ended = ~(ended <= end)
            active = (pairings.activated <= end) & not_ended
            proposed = (pairings.proposed <= end) & ~(pairings.activated <= end) & not_ended
            found = np.searchsorted(keys, own + (end - base), side="right") - 1
            previous = keys[np.clip(found, 0, None)] if len(keys) else np.zeros(count)
            mine = (found >= 0) & (previous >= own)
            last = np.fmax(np.where(mine, previous - own + base, np.nan), pairings.activated)
        idle = np.where(np.isnan(last), red, end - last)
        overdue = np.zeros(count, dtype=bool)
        overdue[due_owner[(due_at < math.floor(end / DAY) * DAY) & (done_at > end)]] = True
        stalled = active & (idle >= red)
        attention = (active & ~stalled & ((idle >= amber) | overdue)) | (proposed & (end - pairings.proposed > 7 * DAY))
        points.append(WeekPoint(datetime.fromtimestamp(end, UTC).date(), int(stalled.sum()), int(attention.sum())))
    return points


DASHBOARD_SHEET = "Dashboard"


def dashboard_sheet(
    session: Session, programmes: Sequence[Programme], now: datetime
) -> tuple[list[Any], list[list[Any]]]:
    """Columns and rows of the exported workbook's Dashboard sheet (read only: import ignores it)."""
    from app.spreadsheets import Column

    columns = [
        Column("dashboard_programme", "Programme", width=28, read_only=True),
        Column("dashboard_figure", "Figure", width=40, read_only=True),
        Column("dashboard_value", "Value", width=12, read_only=True),
        Column("dashboard_count", "Count", kind="int", width=10, read_only=True),
        Column("dashboard_out_of", "Out of", kind="int", width=10, read_only=True),
    ]
    rows: list[list[Any]] = []
    for programme in programmes:
        board = _dashboard(session, programme, now)
        name = board.programme_name
        rows += [[name, f"Pairings {status}", "", n, None] for status, n in board.pairings_by_status.items()]
        for label, rate in (("Completion rate", board.completion), ("No-show rate", board.no_show),
                            ("Decline rate", board.decline)):  # fmt: skip
            shown = "" if rate.rate is None else f"{rate.rate:.1%}"
            rows.append([name, label, shown, rate.count, rate.out_of])
        rows.append([name, "Proposals waiting more than 7 days", "", board.pending_too_long_total, None])
        rows.append([name, "Active pairings that never met", "", len(board.never_met), None])
        for point in board.trend:
            week = point.week_ending.isoformat()
            rows.append([name, f"Week ending {week}: stalled", "", point.stalled, None])
            rows.append([name, f"Week ending {week}: needs attention", "", point.needs_attention, None])
    return columns, rows
