"""People and their per-programme mentor and mentee profiles: add, update, list, show."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, InvalidTransition
from app.models import MenteeProfile, MentorProfile, Pairing, Person, Programme, Specialisation
from app.models.enums import OPEN_PAIRING_STATUSES, Availability, MenteeState, MentorRole, MentorState, values
from app.services import lookup, validation
from app.services.context import ServiceContext
from app.services.rows import PersonRow, ProfileRow
from app.vocabulary import parse_modalities, parse_slots

MENTOR_TRANSITIONS = {
    "applied": {"approved", "withdrawn"},
    "approved": {"paused", "withdrawn"},
    "paused": {"approved", "withdrawn"},
    "withdrawn": set(),
}
MENTEE_SETTABLE = {"waiting", "withdrawn"}


@dataclass(frozen=True)
class PersonFields:
    """Contact and location fields; None leaves a field as it is."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    postcode: str | None = None
    municipality: str | None = None
    county: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    external_ref: str | None = None


@dataclass(frozen=True)
class ProfileFields:
    """Per-programme fields; None leaves a field as it is. Mentee profiles ignore the mentor-only ones."""

    state: str | None = None
    mentor_role: str | None = None
    capacity: int | None = None
    availability: str | None = None
    unavailable_until: date | None = None
    specialisations: list[str] | None = None
    slots: list[str] | None = None
    modalities: list[str] | None = None
    max_travel_km: int | None = None
    bio: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


def _apply_person(session: Session, person: Person, values_: PersonFields) -> None:
    if values_.name is not None:
        person.name = validation.required_text(values_.name, "The name", 200)
    if values_.email is not None:
        new_email = validation.email(values_.email)
        if new_email and new_email != person.email:
            clash = session.scalar(
                select(Person).where(Person.deleted_at.is_(None), Person.email == new_email, Person.id != person.id)
            )
            if clash is not None:
                raise InvalidInput(f"The e-mail {new_email} already belongs to {clash.name} ({clash.id}).")
        person.email = new_email
    if values_.phone is not None:
        person.phone = validation.optional_text(values_.phone, "The phone number", 40)
    if values_.postcode is not None:
        person.postcode = validation.optional_text(values_.postcode, "The postcode", 10)
    if values_.municipality is not None:
        person.municipality = validation.optional_text(values_.municipality, "The municipality", 100)
    if values_.county is not None:
        person.county = validation.optional_text(values_.county, "The county", 100)
    if values_.latitude is not None or values_.longitude is not None:
        person.latitude, person.longitude = validation.coordinates(values_.latitude, values_.longitude)
    if values_.external_ref is not None:
        person.external_ref = validation.optional_text(values_.external_ref, "The external reference", 100)


def _open_pairings(session: Session, programme_id: str, column: object, person_id: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Pairing)
            .where(
                Pairing.programme_id == programme_id,
                column == person_id,  # type: ignore[arg-type]
                Pairing.status.in_(OPEN_PAIRING_STATUSES),
                Pairing.deleted_at.is_(None),
            )
        )
        or 0
    )


def _apply_common(session: Session, profile: MentorProfile | MenteeProfile, values_: ProfileFields) -> None:
    if values_.specialisations is not None:
        profile.specialisations = [s.id for s in lookup.specialisations(session, values_.specialisations)]
    if values_.slots is not None:
        profile.slots = parse_slots(values_.slots)
    if values_.modalities is not None:
        profile.modalities = parse_modalities(values_.modalities)


def _apply_mentor(session: Session, profile: MentorProfile, values_: ProfileFields, *, new: bool) -> None:
    _apply_common(session, profile, values_)
    if values_.mentor_role is not None:
        profile.role = validation.choice(values_.mentor_role, values(MentorRole), "mentor role")
    if values_.capacity is not None:
        capacity = validation.whole_number(values_.capacity, "The capacity", 1, 50)
        if not new:
            open_count = _open_pairings(session, profile.programme_id, Pairing.mentor_id, profile.person_id)
            if capacity < open_count:
                raise InvalidInput(
                    f"The capacity cannot be {capacity}: the mentor already has {open_count} open pairing(s)."
                )
        profile.capacity = capacity
    if values_.availability is not None:
        profile.availability = validation.choice(values_.availability, values(Availability), "availability")
        if profile.availability == Availability.AVAILABLE:
            profile.unavailable_until = None
    if values_.unavailable_until is not None:
        profile.unavailable_until = values_.unavailable_until
        profile.availability = Availability.UNAVAILABLE.value
    if values_.max_travel_km is not None:
        profile.max_travel_km = validation.whole_number(values_.max_travel_km, "The maximum travel distance", 0, 2000)
    if values_.bio is not None:
        profile.bio = validation.limited_text(values_.bio, "The bio", 500)
    if values_.state is not None:
        target = validation.choice(values_.state, values(MentorState), "mentor state")
        if new:
            profile.state = target
        elif target != profile.state:
            if target not in MENTOR_TRANSITIONS[profile.state]:
                raise InvalidTransition(f"A mentor cannot go from {profile.state} to {target}.")
            open_count = _open_pairings(session, profile.programme_id, Pairing.mentor_id, profile.person_id)
            if target == MentorState.WITHDRAWN and open_count:
                raise InvalidTransition(
                    f"The mentor has {open_count} open pairing(s); dissolve them before withdrawing the mentor."
                )
            profile.state = target


def _apply_mentee(session: Session, profile: MenteeProfile, values_: ProfileFields, *, new: bool) -> None:
    _apply_common(session, profile, values_)
    if values_.state is not None:
        target = validation.choice(values_.state, values(MenteeState), "mentee state")
        if target == profile.state and not new:
            return
        if target not in MENTEE_SETTABLE:
            raise InvalidTransition("A mentee becomes matched when a pairing is activated, not by hand.")
        if profile.state == MenteeState.WITHDRAWN and not new:
            raise InvalidTransition("A withdrawn mentee cannot be put back on the waiting list; add a new profile.")
        if target == MenteeState.WITHDRAWN and not new:
            open_count = _open_pairings(session, profile.programme_id, Pairing.mentee_id, profile.person_id)
            if open_count:
                raise InvalidTransition("The mentee has an open pairing; dissolve it before withdrawing the mentee.")
        if target == MenteeState.WAITING and profile.state == MenteeState.MATCHED:
            raise InvalidTransition("A matched mentee returns to waiting when the pairing is dissolved.")
        profile.state = target


def _add_profile(session: Session, person: Person, programme: Programme, role: str, values_: ProfileFields) -> None:
    role = validation.choice(role, ("mentor", "mentee"), "role")
    model = MentorProfile if role == "mentor" else MenteeProfile
    exists = session.scalar(
        select(model.id).where(
            model.person_id == person.id, model.programme_id == programme.id, model.deleted_at.is_(None)
        )
    )
    if exists:
        raise InvalidInput(f"{person.name} is already a {role} in '{programme.name}'.")
    if role == "mentor":
        profile = MentorProfile(
            person_id=person.id,
            programme_id=programme.id,
            capacity=programme.default_capacity,
            specialisations=[],
            slots=[],
            modalities=[],
        )
        _apply_mentor(session, profile, values_, new=True)
    else:
        mentee = MenteeProfile(
            person_id=person.id, programme_id=programme.id, specialisations=[], slots=[], modalities=[]
        )
        _apply_mentee(session, mentee, values_, new=True)
        profile = mentee  # type: ignore[assignment]
    session.add(profile)


def add_person(
    ctx: ServiceContext, person: PersonFields, *, role: str, programme: str, profile: ProfileFields | None = None
) -> PersonRow:
    """A new person with a mentor or mentee profile in one programme."""
    if person.name is None or not person.name.strip():
        raise InvalidInput("The name is required.")
    with ctx.transaction() as session:
        target = lookup.programme(session, programme)
        row = Person(name="", languages=[], contact_preferences=[])
        _apply_person(session, row, person)
        session.add(row)
        session.flush()
        _add_profile(session, row, target, role, profile or ProfileFields())
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
        _apply_person(session, row, person)
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
        _add_profile(session, person, target, role, values_)
        return
    if len(candidates) > 1:
        raise InvalidInput(f"{person.name} has several profiles; say which with --programme and --role.")
    chosen = candidates[0]
    if isinstance(chosen, MentorProfile):
        _apply_mentor(session, chosen, values_, new=False)
    else:
        _apply_mentee(session, chosen, values_, new=False)


def person_rows(session: Session, people: list[Person]) -> list[PersonRow]:
    """Rows for many people with few queries (profiles, names of programmes and specialisations, open counts)."""
    ids = [p.id for p in people]
    if not ids:
        return []
    spec_keys = dict(session.execute(select(Specialisation.id, Specialisation.key)).all())
    programme_names = dict(session.execute(select(Programme.id, Programme.name)).all())
    open_mentor = dict(
        session.execute(
            select(Pairing.mentor_id.concat(":").concat(Pairing.programme_id), func.count())
            .where(Pairing.status.in_(OPEN_PAIRING_STATUSES), Pairing.deleted_at.is_(None))
            .group_by(Pairing.mentor_id, Pairing.programme_id)
        ).all()
    )
    open_mentee = dict(
        session.execute(
            select(Pairing.mentee_id.concat(":").concat(Pairing.programme_id), func.count())
            .where(Pairing.status.in_(OPEN_PAIRING_STATUSES), Pairing.deleted_at.is_(None))
            .group_by(Pairing.mentee_id, Pairing.programme_id)
        ).all()
    )
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
                    open_pairings=open_mentor.get(f"{m.person_id}:{m.programme_id}", 0),
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
                    open_pairings=open_mentee.get(f"{e.person_id}:{e.programme_id}", 0),
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
