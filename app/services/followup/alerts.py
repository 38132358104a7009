"""Health alerts: conditions a coordinator would otherwise miss, each raised once when it starts.

A pass compares the conditions that hold now with the open alerts: a new condition raises an alert, one that no
longer holds ends its alert (so a pairing that stalls again later raises a new one). A partial unique index keeps
one open alert per (kind, pairing, subject), so two processes on one database raise it once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.models import HealthAlert, Meeting, Pairing, PairingMilestone, Person, Programme, new_id
from app.models.enums import Health, MeetingStatus, MilestoneStatus, PairingStatus
from app.services.core.context import ServiceContext
from app.services.pairings.health import PROPOSAL_WAIT_DAYS, compute_health

logger = logging.getLogger(__name__)

NEVER_MET_DAYS = 14
KINDS = ("stalled", "proposal_waiting", "never_met", "milestone_overdue")


@dataclass(frozen=True)
class AlertRow:
    id: str
    kind: str
    pairing: str
    programme: str
    subject: str
    mentor_name: str
    mentee_name: str
    details: dict[str, Any]
    raised_at: datetime
    ended_at: datetime | None
    dismissed_at: datetime | None


Key = tuple[str, str, str]  # kind, pairing, subject


def current_conditions(session: Session, now: datetime) -> dict[Key, tuple[str, dict[str, Any]]]:
    """Every condition that holds at `now`: key → (programme, details)."""
    today = now.date()
    found: dict[Key, tuple[str, dict[str, Any]]] = {}
    pairings = session.execute(
        select(
            Pairing.id,
            Pairing.programme_id,
            Pairing.status,
            Pairing.proposed_at,
            Pairing.activated_at,
            Pairing.last_activity_at,
            Programme.amber_days,
            Programme.red_days,
        )
        .join(Programme, Programme.id == Pairing.programme_id)
        .where(
            Pairing.deleted_at.is_(None),
            Pairing.status.in_((PairingStatus.PROPOSED.value, PairingStatus.ACTIVE.value)),
        )
    ).all()
    met = set(
        session.scalars(
            select(Meeting.pairing_id)
            .join(Pairing, Pairing.id == Meeting.pairing_id)
            .where(
                Pairing.status == PairingStatus.ACTIVE.value,
                Meeting.deleted_at.is_(None),
                Meeting.status == MeetingStatus.COMPLETED.value,
            )
            .distinct()
        )
    )
    overdue: dict[str, list[tuple[str, str, date]]] = {}
    for pairing_id, milestone_id, title, due in session.execute(
        select(PairingMilestone.pairing_id, PairingMilestone.id, PairingMilestone.title, PairingMilestone.due_date)
        .join(Pairing, Pairing.id == PairingMilestone.pairing_id)
        .where(
            Pairing.status == PairingStatus.ACTIVE.value,
            PairingMilestone.deleted_at.is_(None),
            PairingMilestone.status != MilestoneStatus.COMPLETED.value,
            PairingMilestone.due_date < today,
        )
    ):
        if due is not None:
            overdue.setdefault(pairing_id, []).append((milestone_id, title, due))
    for pid, programme, status, proposed_at, activated_at, last_activity, amber, red in pairings:
        if status == PairingStatus.PROPOSED:
            if proposed_at is not None and now - proposed_at > timedelta(days=PROPOSAL_WAIT_DAYS):
                found[("proposal_waiting", pid, "")] = (programme, {"since": proposed_at.isoformat()})
            continue
        health = compute_health(
            status,
            now=now,
            last_activity_at=last_activity,
            proposed_at=proposed_at,
            earliest_open_due=None,
            amber_days=amber,
            red_days=red,
        )
        if health == Health.STALLED:
            found[("stalled", pid, "")] = (programme, {"last_activity": _iso(last_activity), "red_days": red})
        if activated_at is not None and pid not in met and now - activated_at >= timedelta(days=NEVER_MET_DAYS):
            found[("never_met", pid, "")] = (programme, {"activated_at": activated_at.isoformat()})
        for milestone_id, title, due in overdue.get(pid, []):
            found[("milestone_overdue", pid, milestone_id)] = (programme, {"title": title, "due": due.isoformat()})
    return found


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _insert(session: Session) -> Any:
    return (postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert)(HealthAlert)


def refresh_alerts(ctx: ServiceContext, now: datetime) -> list[AlertRow]:
    """Raise alerts for conditions that started, end those that stopped; returns the alerts raised by this call."""
    with ctx.transaction() as session:
        conditions = current_conditions(session, now)
        open_alerts = {
            (kind, pairing, subject): alert_id
            for alert_id, kind, pairing, subject in session.execute(
                select(HealthAlert.id, HealthAlert.kind, HealthAlert.pairing_id, HealthAlert.subject_id).where(
                    HealthAlert.ended_at.is_(None)
                )
            )
        }
        ended = [alert_id for key, alert_id in open_alerts.items() if key not in conditions]
        for start in range(0, len(ended), 900):
            session.execute(
                update(HealthAlert)
                .where(HealthAlert.id.in_(ended[start : start + 900]), HealthAlert.ended_at.is_(None))
                .values(ended_at=now)
            )
        new = [(key, value) for key, value in conditions.items() if key not in open_alerts]
        raised_ids: list[str] = []
        table = HealthAlert.__table__
        for start in range(0, len(new), 500):
            chunk = new[start : start + 500]
            statement = _insert(session).values(
                [
                    {
                        "id": new_id(),
                        "kind": kind,
                        "pairing_id": pairing,
                        "programme_id": programme,
                        "subject_id": subject,
                        "details": details,
                        "raised_at": now,
                    }
                    for (kind, pairing, subject), (programme, details) in chunk
                ]
            )
            statement = statement.on_conflict_do_nothing(
                index_elements=["kind", "pairing_id", "subject_id"], index_where=table.c.ended_at.is_(None)
            ).returning(table.c.id)
            raised_ids.extend(session.scalars(statement))
        if ended or raised_ids:
            logger.info("alerts: %d raised, %d ended", len(raised_ids), len(ended))
        return _rows(session, select(HealthAlert).where(HealthAlert.id.in_(raised_ids))) if raised_ids else []


def _rows(session: Session, query: Any) -> list[AlertRow]:
    alerts = list(session.scalars(query))
    pairings = {a.pairing_id for a in alerts}
    names: dict[str, tuple[str, str]] = {}
    if pairings:
        mentor = Person.__table__.alias("mentor")
        mentee = Person.__table__.alias("mentee")
        ids = list(pairings)
        for start in range(0, len(ids), 900):
            for pid, mentor_name, mentee_name in session.execute(
                select(Pairing.id, mentor.c.name, mentee.c.name)
                .join(mentor, mentor.c.id == Pairing.mentor_id)
                .join(mentee, mentee.c.id == Pairing.mentee_id)
                .where(Pairing.id.in_(ids[start : start + 900]))
            ):
                names[pid] = (mentor_name, mentee_name)
    rows = [
        AlertRow(
            id=a.id,
            kind=a.kind,
            pairing=a.pairing_id,
            programme=a.programme_id,
            subject=a.subject_id,
            mentor_name=names.get(a.pairing_id, ("", ""))[0],
            mentee_name=names.get(a.pairing_id, ("", ""))[1],
            details=dict(a.details or {}),
            raised_at=a.raised_at,
            ended_at=a.ended_at,
            dismissed_at=a.dismissed_at,
        )
        for a in alerts
    ]
    rows.sort(key=lambda r: (r.raised_at, KINDS.index(r.kind) if r.kind in KINDS else 99, r.pairing, r.subject))
    return rows


def list_alerts(ctx: ServiceContext, *, include_dismissed: bool = False, include_ended: bool = False) -> list[AlertRow]:
    """The notification area's alerts: open and not dismissed, newest first."""
    with ctx.read() as session:
        query = select(HealthAlert)
        if not include_dismissed:
            query = query.where(HealthAlert.dismissed_at.is_(None))
        if not include_ended:
            query = query.where(HealthAlert.ended_at.is_(None))
        return list(reversed(_rows(session, query)))


def dismiss_alerts(ctx: ServiceContext, alert_ids: list[str] | None = None) -> int:
    """Clear alerts from the notification area (all open ones when no ids are given); returns how many."""
    with ctx.transaction() as session:
        query = update(HealthAlert).where(HealthAlert.dismissed_at.is_(None))
        if alert_ids is not None:
            query = query.where(HealthAlert.id.in_(alert_ids))
        else:
            query = query.where(HealthAlert.ended_at.is_(None))
        return int(session.execute(query.values(dismissed_at=ctx.now())).rowcount or 0)  # type: ignore[attr-defined]


def undigested_alerts(ctx: ServiceContext) -> list[AlertRow]:
    with ctx.read() as session:
        return _rows(session, select(HealthAlert).where(HealthAlert.mailed_at.is_(None)))


def mark_digested(ctx: ServiceContext, alert_ids: list[str], now: datetime) -> None:
    with ctx.transaction() as session:
        session.execute(update(HealthAlert).where(HealthAlert.id.in_(alert_ids)).values(mailed_at=now))


def open_alert_count(ctx: ServiceContext) -> int:
    with ctx.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(HealthAlert)
                .where(HealthAlert.ended_at.is_(None), HealthAlert.dismissed_at.is_(None))
            )
            or 0
        )
