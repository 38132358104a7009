"""Milestone progress on an active pairing; the last one completed completes the pairing."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidTransition
from app.models import Pairing, PairingMilestone
from app.models.enums import MilestoneStatus, PairingStatus, values
from app.services.core import lookup, validation
from app.services.core.context import ServiceContext
from app.services.core.rows import PairingRow
from app.services.pairings.projection import pairing_row


def set_milestone_status(ctx: ServiceContext, pairing_id: str, milestone: str, status: str) -> PairingRow:
    """pending / in_progress / completed; moving a completed milestone back records a reopening."""
    target = validation.choice(status, values(MilestoneStatus), "milestone status")
    with ctx.transaction() as session:
        pairing = lookup.pairing(session, pairing_id, for_update=True)
        require_active(pairing)
        row = lookup.milestone(session, pairing.id, milestone)
        milestone_status_in_session(session, pairing, row, target)
        return pairing_row(session, pairing)


def require_active(pairing: Pairing) -> None:
    if pairing.status != PairingStatus.ACTIVE:
        raise InvalidTransition(
            f"Milestones can only change on an active pairing; this one is {pairing.status}.", field="status"
        )


def milestone_status_in_session(session: Session, pairing: Pairing, row: PairingMilestone, target: str) -> None:
    """The milestone state machine inside an open transaction (`target` already a status code)."""
    require_active(pairing)
    if row.status == target:
        raise InvalidTransition(f"The milestone '{row.title}' is already {target.replace('_', ' ')}.", field="status")
    now, actor = session.info["now"], session.info["actor"]
    if row.status == MilestoneStatus.COMPLETED:
        row.reopened_count += 1
        row.completed_at = None
        row.completed_by = None
    if target == MilestoneStatus.IN_PROGRESS and row.started_at is None:
        row.started_at = now
    if target == MilestoneStatus.COMPLETED:
        row.completed_at = now
        row.completed_by = actor
    row.status = target
    pairing.last_activity_at = now
    session.flush()
    remaining = session.scalar(
        select(PairingMilestone.id)
        .where(
            PairingMilestone.pairing_id == pairing.id,
            PairingMilestone.deleted_at.is_(None),
            PairingMilestone.status != MilestoneStatus.COMPLETED.value,
        )
        .limit(1)
    )
    if remaining is None:
        pairing.status = PairingStatus.COMPLETED.value
        pairing.completed_at = now
    session.flush()
