"""Pairing use cases: create (proposed), activate, decline, dissolve, list, show and history."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, InvalidTransition, InvariantViolation, NotFound
from app.journal import decode
from app.models import ChangeEntry, MenteeProfile, MentorProfile, MilestoneTemplate, Pairing, PairingMilestone, Person
from app.models.enums import (
    OPEN_PAIRING_STATUSES,
    Availability,
    DissolutionReason,
    MenteeState,
    MentorState,
    PairingStatus,
    ProgrammeState,
    values,
)
from app.services.core import lookup, validation
from app.services.core.context import ServiceContext
from app.services.core.rows import HistoryRow, PairingRow
from app.services.pairings.projection import pairing_row, pairing_rows
from app.services.people.rules import open_pairings

MATCHABLE_PROGRAMME_STATES = (ProgrammeState.MATCHING.value, ProgrammeState.ACTIVE.value)


def mentor_available_on(profile: MentorProfile, today: date) -> bool:
    """Available, or unavailable only until a date that has passed."""
    if profile.availability == Availability.AVAILABLE:
        return True
    return profile.unavailable_until is not None and profile.unavailable_until < today


def _person_name(session: Session, person_id: str) -> str:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(f"There is no person '{person_id}'.")
    return person.name


def check_new_pairing(session: Session, programme_id: str, mentor_id: str, mentee_id: str, today: date) -> None:
    """Every invariant a new open pairing must meet; raises a readable refusal."""
    programme = lookup.programme(session, programme_id, for_update=True)
    mentor_name, mentee_name = _person_name(session, mentor_id), _person_name(session, mentee_id)
    if programme.state not in MATCHABLE_PROGRAMME_STATES:
        raise InvalidTransition(
            f"Pairings can only be made while the programme is in matching or active state; "
            f"'{programme.name}' is {programme.state}."
        )
    if mentor_id == mentee_id:
        raise InvalidInput("A person cannot mentor themselves.")
    mentor = session.scalar(
        select(MentorProfile)
        .where(
            MentorProfile.person_id == mentor_id,
            MentorProfile.programme_id == programme.id,
            MentorProfile.deleted_at.is_(None),
        )
        .with_for_update()
    )
    if mentor is None:
        raise InvalidInput(f"{mentor_name} is not a mentor in '{programme.name}'.")
    mentee = session.scalar(
        select(MenteeProfile)
        .where(
            MenteeProfile.person_id == mentee_id,
            MenteeProfile.programme_id == programme.id,
            MenteeProfile.deleted_at.is_(None),
        )
        .with_for_update()
    )
    if mentee is None:
        raise InvalidInput(f"{mentee_name} is not a mentee in '{programme.name}'.")
    if mentor.state != MentorState.APPROVED:
        raise InvariantViolation(f"{mentor_name} is {mentor.state}; only approved mentors get new pairings.")
    if not mentor_available_on(mentor, today):
        until = f" until {mentor.unavailable_until.isoformat()}" if mentor.unavailable_until else ""
        raise InvariantViolation(f"{mentor_name} is unavailable{until}.")
    if mentee.state == MenteeState.WITHDRAWN:
        raise InvariantViolation(f"{mentee_name} has withdrawn from the programme.")
    if open_pairings(session, programme.id, Pairing.mentee_id, mentee_id):
        raise InvariantViolation(f"{mentee_name} already has an open pairing in '{programme.name}'.")
    open_count = open_pairings(session, programme.id, Pairing.mentor_id, mentor_id)
    if open_count >= mentor.capacity:
        raise InvariantViolation(f"{mentor_name} is at capacity: {open_count} of {mentor.capacity} place(s) taken.")


def create_pairing(
    ctx: ServiceContext,
    *,
    programme: str,
    mentor: str,
    mentee: str,
    score: float | None = None,
    reasons: dict[str, Any] | None = None,
) -> PairingRow:
    with ctx.transaction() as session:
        target = lookup.programme(session, programme)
        mentor_id, mentee_id = lookup.person(session, mentor).id, lookup.person(session, mentee).id
        pairing = propose_in_session(session, target.id, mentor_id, mentee_id, score, reasons, ctx.actor)
        return pairing_row(session, pairing)


def propose_in_session(
    session: Session,
    programme_id: str,
    mentor_id: str,
    mentee_id: str,
    score: float | None,
    reasons: dict[str, Any] | None,
    actor: str,
) -> Pairing:
    """Create one proposed pairing inside an open transaction (used by single and cohort creation)."""
    now = session.info["now"]
    check_new_pairing(session, programme_id, mentor_id, mentee_id, now.date())
    pairing = Pairing(
        programme_id=programme_id,
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        status=PairingStatus.PROPOSED.value,
        score=score,
        reasons=reasons or {},
        created_by=actor,
        proposed_at=now,
    )
    session.add(pairing)
    session.flush()
    return pairing


def _transition(pairing: Pairing, allowed_from: tuple[str, ...], target: str) -> None:
    if pairing.status not in allowed_from:
        raise InvalidTransition(f"A {pairing.status} pairing cannot be {target}.", field="status")


def activate_pairing(ctx: ServiceContext, pairing_id: str) -> PairingRow:
    """Proposed → active: milestones are made from the programme's template; the mentee becomes matched."""
    with ctx.transaction() as session:
        pairing = lookup.pairing(session, pairing_id, for_update=True)
        activate_in_session(session, pairing)
        session.flush()
        return pairing_row(session, pairing)


def activate_in_session(session: Session, pairing: Pairing) -> None:
    _transition(pairing, (PairingStatus.PROPOSED.value,), "activated")
    programme = lookup.programme(session, pairing.programme_id)
    if programme.state not in MATCHABLE_PROGRAMME_STATES:
        raise InvalidTransition(f"The programme '{programme.name}' is {programme.state}; pairings cannot start.")
    now = session.info["now"]
    pairing.status = PairingStatus.ACTIVE.value
    pairing.activated_at = now
    pairing.last_activity_at = now
    templates = session.scalars(
        select(MilestoneTemplate)
        .where(MilestoneTemplate.programme_id == programme.id, MilestoneTemplate.deleted_at.is_(None))
        .order_by(MilestoneTemplate.position)
    ).all()
    for position, template in enumerate(templates, start=1):
        offset = template.due_offset_days
        due = now.date() + timedelta(days=offset) if offset is not None else None
        session.add(
            PairingMilestone(
                pairing_id=pairing.id,
                template_id=template.id,
                position=position,
                title=template.title,
                description=template.description,
                due_date=due,
            )
        )
    mentee = session.scalar(
        select(MenteeProfile).where(
            MenteeProfile.person_id == pairing.mentee_id, MenteeProfile.programme_id == programme.id
        )
    )
    if mentee is not None:
        mentee.state = MenteeState.MATCHED.value


def decline_pairing(ctx: ServiceContext, pairing_id: str, note: str | None = None) -> PairingRow:
    text = validation.optional_text(note, "The note", 200)
    with ctx.transaction() as session:
        pairing = lookup.pairing(session, pairing_id, for_update=True)
        decline_in_session(session, pairing, text)
        session.flush()
        return pairing_row(session, pairing)


def decline_in_session(session: Session, pairing: Pairing, note: str | None) -> None:
    _transition(pairing, (PairingStatus.PROPOSED.value,), "declined")
    pairing.status = PairingStatus.DECLINED.value
    pairing.declined_at = session.info["now"]
    pairing.status_note = note


def dissolve_pairing(ctx: ServiceContext, pairing_id: str, reason: str | None, note: str | None = None) -> PairingRow:
    """Proposed or active → dissolved with a reason code; both people become available for re-matching."""
    code = dissolution_reason(reason)
    text = validation.optional_text(note, "The note", 200)
    with ctx.transaction() as session:
        pairing = lookup.pairing(session, pairing_id, for_update=True)
        dissolve_in_session(session, pairing, code, text)
        session.flush()
        return pairing_row(session, pairing)


def dissolution_reason(reason: str | None) -> str:
    if not reason or not reason.strip():
        raise InvalidInput(
            f"Choose a reason for dissolving the pairing: {', '.join(values(DissolutionReason))}.",
            field="dissolution_reason",
        )
    return validation.choice(reason, values(DissolutionReason), "dissolution reason")


def dissolve_in_session(session: Session, pairing: Pairing, reason: str, note: str | None) -> None:
    _transition(pairing, OPEN_PAIRING_STATUSES, "dissolved")
    pairing.status = PairingStatus.DISSOLVED.value
    pairing.dissolved_at = session.info["now"]
    pairing.dissolution_reason = reason
    pairing.status_note = note
    mentee = session.scalar(
        select(MenteeProfile).where(
            MenteeProfile.person_id == pairing.mentee_id, MenteeProfile.programme_id == pairing.programme_id
        )
    )
    if mentee is not None and mentee.state == MenteeState.MATCHED:
        mentee.state = MenteeState.WAITING.value


def get_pairing(ctx: ServiceContext, pairing_id: str) -> PairingRow:
    with ctx.read() as session:
        session.info["now"] = ctx.now()
        return pairing_row(session, lookup.pairing(session, pairing_id))


def list_pairings(
    ctx: ServiceContext,
    *,
    programme: str | None = None,
    status: str | list[str] | None = None,
    mentor: str | None = None,
    units: list[str] | None = None,
) -> list[PairingRow]:
    with ctx.read() as session:
        session.info["now"] = ctx.now()
        query = select(Pairing).where(Pairing.deleted_at.is_(None)).order_by(Pairing.proposed_at, Pairing.id)
        if programme is not None:
            query = query.where(Pairing.programme_id == lookup.programme(session, programme).id)
        if status is not None:
            wanted = [status] if isinstance(status, str) else status
            codes = [validation.choice(s, values(PairingStatus), "pairing status") for s in wanted]
            query = query.where(Pairing.status.in_(codes))
        if mentor is not None:
            query = query.where(Pairing.mentor_id == lookup.person(session, mentor).id)
        rows = pairing_rows(session, list(session.scalars(query)))
        if units is not None:
            rows = [r for r in rows if r.unit in units]
        return rows


def pairing_history(ctx: ServiceContext, pairing_id: str) -> list[HistoryRow]:
    """Every recorded change of the pairing and its milestones, meetings and notes, oldest first."""
    with ctx.read() as session:
        pairing = lookup.pairing(session, pairing_id)
        entries = session.scalars(
            select(ChangeEntry).where(ChangeEntry.pairing_id == pairing.id).order_by(ChangeEntry.seq)
        ).all()
        return [
            HistoryRow(
                at=e.at,
                actor=e.actor,
                entity=e.entity,
                entity_id=e.entity_id,
                operation=e.operation,
                field=e.field,
                old=decode(e.old_value),
                new=decode(e.new_value),
                device=e.device_id,
            )
            for e in entries
        ]
