"""Health status of a pairing, computed from recorded activity and the programme's thresholds (docs/architecture.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.models.enums import Health, PairingStatus

PROPOSAL_WAIT_DAYS = 7

NEUTRAL = {
    PairingStatus.COMPLETED.value: Health.COMPLETED,
    PairingStatus.DISSOLVED.value: Health.DISSOLVED,
    PairingStatus.DECLINED.value: Health.DECLINED,
}


def compute_health(
    status: str,
    *,
    now: datetime,
    last_activity_at: datetime | None,
    proposed_at: datetime | None,
    earliest_open_due: date | None,
    amber_days: int,
    red_days: int,
) -> Health:
    """On track, needs attention or stalled for active pairings; neutral states otherwise.

    `earliest_open_due` is the earliest due date among milestones not yet completed.
    """
    if status in NEUTRAL:
        return NEUTRAL[status]
    if status == PairingStatus.PROPOSED:
        waiting = proposed_at is not None and now - proposed_at > timedelta(days=PROPOSAL_WAIT_DAYS)
        return Health.NEEDS_ATTENTION if waiting else Health.PROPOSED
    idle = now - last_activity_at if last_activity_at is not None else timedelta(days=red_days)
    if idle >= timedelta(days=red_days):
        return Health.STALLED
    overdue = earliest_open_due is not None and earliest_open_due < now.date()
    if idle >= timedelta(days=amber_days) or overdue:
        return Health.NEEDS_ATTENTION
    return Health.ON_TRACK
