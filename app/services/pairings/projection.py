"""The one pairing projection: where a pairing stands (health and stage), and its full plain row.

Every list of pairings derives health and stage here: the overview's lean rows (`overview.py`), the full rows the
detail, the CLI and matching show (`pairing_rows` below) and the exported Pairings sheet (`exchange/export_rows.py`).
Each reads the columns it needs its own fast way; none of them decides health or stage on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Pairing, PairingMilestone, Person, Programme, utcnow
from app.models.enums import MilestoneStatus
from app.services.core.rows import MilestoneRow, PairingRow
from app.services.pairings.health import compute_health


class Standing(NamedTuple):
    """Where a pairing stands: its health and its stage (the first milestone not yet completed)."""

    health: str
    stage: str | None


def standing(
    status: str,
    open_milestones: Sequence[tuple[str, date | None]],
    *,
    now: datetime,
    last_activity_at: datetime | None,
    proposed_at: datetime | None,
    amber_days: int,
    red_days: int,
) -> Standing:
    """Health and stage of one pairing from its facts.

    `open_milestones` are (title, due date) of the milestones not yet completed, in template order: plain pairs, so the
    overview's 5,000-row read can pass what its query returns without building objects.
    """
    due_dates = [due for _, due in open_milestones if due is not None]
    health = compute_health(
        status,
        now=now,
        last_activity_at=last_activity_at,
        proposed_at=proposed_at,
        earliest_open_due=min(due_dates) if due_dates else None,
        amber_days=amber_days,
        red_days=red_days,
    )
    return Standing(health.value, open_milestones[0][0] if open_milestones else None)


def pairing_rows(session: Session, pairings: list[Pairing]) -> list[PairingRow]:
    """Full rows (names, standing, every milestone) for many pairings with few queries."""
    if not pairings:
        return []
    now = session.info.get("now") or utcnow()
    programme_ids = {p.programme_id for p in pairings}
    programmes = {p.id: p for p in session.scalars(select(Programme).where(Programme.id.in_(programme_ids)))}
    person_ids = {p.mentor_id for p in pairings} | {p.mentee_id for p in pairings}
    names: dict[str, str] = {}
    id_list = list(person_ids)
    for start in range(0, len(id_list), 900):
        names.update(
            session.execute(select(Person.id, Person.name).where(Person.id.in_(id_list[start : start + 900]))).all()
        )
    milestones: dict[str, list[PairingMilestone]] = defaultdict(list)
    pairing_ids = [p.id for p in pairings]
    for start in range(0, len(pairing_ids), 900):
        for m in session.scalars(
            select(PairingMilestone)
            .where(
                PairingMilestone.pairing_id.in_(pairing_ids[start : start + 900]), PairingMilestone.deleted_at.is_(None)
            )
            .order_by(PairingMilestone.position)
        ):
            milestones[m.pairing_id].append(m)
    rows = []
    for p in pairings:
        programme = programmes[p.programme_id]
        own = milestones.get(p.id, [])
        where = standing(
            p.status,
            [(m.title, m.due_date) for m in own if m.status != MilestoneStatus.COMPLETED],
            now=now,
            last_activity_at=p.last_activity_at,
            proposed_at=p.proposed_at,
            amber_days=programme.amber_days,
            red_days=programme.red_days,
        )
        rows.append(
            PairingRow(
                id=p.id,
                programme=p.programme_id,
                programme_name=programme.name,
                mentor=p.mentor_id,
                mentor_name=names.get(p.mentor_id, ""),
                mentee=p.mentee_id,
                mentee_name=names.get(p.mentee_id, ""),
                status=p.status,
                health=where.health,
                stage=where.stage,
                score=p.score,
                reasons=dict(p.reasons or {}),
                created_by=p.created_by,
                proposed_at=p.proposed_at,
                activated_at=p.activated_at,
                declined_at=p.declined_at,
                completed_at=p.completed_at,
                dissolved_at=p.dissolved_at,
                dissolution_reason=p.dissolution_reason,
                note=p.status_note,
                last_activity_at=p.last_activity_at,
                unit=programme.unit_id,
                milestones=[
                    MilestoneRow(
                        id=m.id,
                        position=m.position,
                        title=m.title,
                        status=m.status,
                        due_date=m.due_date,
                        started_at=m.started_at,
                        completed_at=m.completed_at,
                        completed_by=m.completed_by,
                        reopened_count=m.reopened_count,
                    )
                    for m in own
                ],
            )
        )
    return rows


def pairing_row(session: Session, pairing: Pairing) -> PairingRow:
    """The full row of one pairing (the detail and the CLI's `pairing show`)."""
    return pairing_rows(session, [pairing])[0]
