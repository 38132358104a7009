"""People and their per-programme mentor and mentee profiles: add, update, list, show."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.errors import InvalidInput
from app.models import MenteeProfile, MentorProfile, Pairing, Person, Programme, Specialisation
from app.models.enums import OPEN_PAIRING_STATUSES
from app.services.core import lookup, validation
from app.services.core.context import ServiceContext
from app.services.core.rows import PersonRow, ProfileRow
from app.services.people.rules import (
    PersonFields,
    ProfileFields,
    add_profile,
    apply_mentee,
    apply_mentor,
    apply_person,
)

__all__ = ["PersonFields", "ProfileFields", "add_person", "get_person", "list_people", "update_person"]


def add_person(
    ctx: ServiceContext, person: PersonFields, *, role: str, programme: str, profile: ProfileFields | None = None
) -> PersonRow:
    """A new person with a mentor or mentee profile in one programme."""
    if person.name is None or not person.name.strip():
        raise InvalidInput("The name is required.")
    with ctx.transaction() as session:
        target = lookup.programme(session, programme)
        row = Person(name="", languages=[], contact_preferences=[])
        apply_person(session, row, person)
        session.add(row)
        session.flush()
        add_profile(session, row, target, role, profile or ProfileFields(), check_existing=False)
        session.flush()
        return person_row(session, row)


def update_person(
    ctx: ServiceContext,
    person_id: str,
    person: PersonFields,
    *,
    programme: str | None = None,
    role: str | None = None,
    profile: ProfileFields | None = None,
) -> PersonRow:
    """Change contact fields, and the profile in `programme` (created when `role` is given and none exists)."""
    profile = profile or ProfileFields()
    with ctx.transaction() as session:
        row = lookup.person(session, person_id)
        apply_person(session, row, person)
        if programme is not None or role is not None or not profile.is_empty():
            _update_profile(session, row, programme, role, profile)
        session.flush()
        return person_row(session, row)


def _update_profile(
    session: Session, person: Person, programme: str | None, role: str | None, values_: ProfileFields
) -> None:
    mentors = session.scalars(
        select(MentorProfile).where(MentorProfile.person_id == person.id, MentorProfile.deleted_at.is_(None))
    ).all()
    mentees = session.scalars(
        select(MenteeProfile).where(MenteeProfile.person_id == person.id, MenteeProfile.deleted_at.is_(None))
    ).all()
    target = lookup.programme(session, programme) if programme else None
    profiles: list[MentorProfile | MenteeProfile] = [*mentors, *mentees]
    candidates = [
        p
        for p in profiles
        if (target is None or p.programme_id == target.id)
        and (role is None or (role == "mentee") == isinstance(p, MenteeProfile))
    ]
    if not candidates:
        if target is None or role is None:
            raise InvalidInput(f"{person.name} has no matching profile; give --programme and --role to add one.")
        add_profile(session, person, target, role, values_)
        return
    if len(candidates) > 1:
        raise InvalidInput(f"{person.name} has several profiles; say which with --programme and --role.")
    chosen = candidates[0]
    if isinstance(chosen, MentorProfile):
        apply_mentor(session, chosen, values_, new=False)
    else:
        apply_mentee(session, chosen, values_, new=False)


def _open_counts(session: Session, person: InstrumentedAttribute[str]) -> dict[tuple[str, str], int]:
    """(person, programme) → open pairings, for the mentor or the mentee side."""
    rows = session.execute(
        select(person, Pairing.programme_id, func.count())
        .where(Pairing.status.in_(OPEN_PAIRING_STATUSES), Pairing.deleted_at.is_(None))
        .group_by(person, Pairing.programme_id)
    )
    return {(who, programme): count for who, programme, count in rows}


def person_rows(session: Session, people: list[Person]) -> list[PersonRow]:
    """Rows for many people with few queries (profiles, names of programmes and specialisations, open counts)."""
    ids = [p.id for p in people]
    if not ids:
        return []
    spec_keys = dict(session.execute(select(Specialisation.id, Specialisation.key)).all())
    programme_names = dict(session.execute(select(Programme.id, Programme.name)).all())
    open_mentor, open_mentee = _open_counts(session, Pairing.mentor_id), _open_counts(session, Pairing.mentee_id)
    profiles: dict[str, list[ProfileRow]] = {i: [] for i in ids}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for m in session.scalars(
            select(MentorProfile).where(MentorProfile.person_id.in_(chunk), MentorProfile.deleted_at.is_(None))
        ):
            profiles[m.person_id].append(
                ProfileRow(
                    id=m.id,
                    programme=m.programme_id,
                    programme_name=programme_names.get(m.programme_id, ""),
                    role=m.role,
                    state=m.state,
                    capacity=m.capacity,
                    open_pairings=open_mentor.get((m.person_id, m.programme_id), 0),
                    availability=m.availability,
                    unavailable_until=m.unavailable_until,
                    specialisations=[spec_keys.get(s, s) for s in m.specialisations],
                    slots=list(m.slots),
                    modalities=list(m.modalities),
                    max_travel_km=m.max_travel_km,
                    bio=m.bio,
                )
            )
        for e in session.scalars(
            select(MenteeProfile).where(MenteeProfile.person_id.in_(chunk), MenteeProfile.deleted_at.is_(None))
        ):
            profiles[e.person_id].append(
                ProfileRow(
                    id=e.id,
                    programme=e.programme_id,
                    programme_name=programme_names.get(e.programme_id, ""),
                    role="mentee",
                    state=e.state,
                    capacity=None,
                    open_pairings=open_mentee.get((e.person_id, e.programme_id), 0),
                    availability=None,
                    unavailable_until=None,
                    specialisations=[spec_keys.get(s, s) for s in e.specialisations],
                    slots=list(e.slots),
                    modalities=list(e.modalities),
                    max_travel_km=None,
                    bio="",
                )
            )
    return [
        PersonRow(
            id=p.id,
            name=p.name,
            email=p.email,
            phone=p.phone,
            postcode=p.postcode,
            municipality=p.municipality,
            county=p.county,
            latitude=p.latitude,
            longitude=p.longitude,
            external_ref=p.external_ref,
            profiles=sorted(profiles[p.id], key=lambda r: (r.programme_name, r.role)),
            updated_at=p.updated_at,
            languages=list(p.languages or []),
            contact_preferences=list(p.contact_preferences or []),
        )
        for p in people
    ]


def person_row(session: Session, person: Person) -> PersonRow:
    return person_rows(session, [person])[0]


def get_person(ctx: ServiceContext, person_id: str) -> PersonRow:
    with ctx.read() as session:
        return person_row(session, lookup.person(session, person_id))


def list_people(ctx: ServiceContext, *, programme: str | None = None, role: str | None = None) -> list[PersonRow]:
    with ctx.read() as session:
        query = select(Person).where(Person.deleted_at.is_(None)).order_by(Person.name, Person.id)
        if role is not None:
            role = validation.choice(role, ("mentor", "mentee"), "role")
        models: list[type[MentorProfile] | type[MenteeProfile]] = (
            [MentorProfile] if role == "mentor" else [MenteeProfile] if role == "mentee" else []
        )
        if programme is not None:
            target = lookup.programme(session, programme)
            models = models or [MentorProfile, MenteeProfile]
            ids = set()
            for model in models:
                ids |= set(
                    session.scalars(
                        select(model.person_id).where(model.programme_id == target.id, model.deleted_at.is_(None))
                    )
                )
            query = query.where(Person.id.in_(ids))
        elif models:
            query = query.where(Person.id.in_(select(models[0].person_id).where(models[0].deleted_at.is_(None))))
        return person_rows(session, list(session.scalars(query)))
