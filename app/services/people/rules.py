"""The rules for people and profiles, applied inside an open transaction (shared by the person use cases and import).

Each field has one checking rule (`PERSON_RULES`, `MENTOR_RULES`, `MENTEE_RULES`) that both the use cases and the
spreadsheet import call, so a value is accepted or refused the same way wherever it comes from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, InvalidTransition
from app.models import MenteeProfile, MentorProfile, Pairing, Person, Programme
from app.models.enums import OPEN_PAIRING_STATUSES, Availability, MenteeState, MentorRole, MentorState, values
from app.services.core import lookup, validation
from app.services.core.choices import MENTEE_SETTABLE_STATES, MENTOR_TRANSITIONS
from app.services.core.lookup import same_text
from app.services.people.places import find_place
from app.vocabulary import parse_contact_preferences, parse_languages, parse_modalities, parse_slots

logger = logging.getLogger(__name__)


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
    languages: list[str] | None = None
    contact_preferences: list[str] | None = None  # in order of preference


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


Rule = Callable[[Any], Any]

PERSON_RULES: dict[str, Rule] = {
    "name": lambda v: validation.required_text(v, "The name", 200),
    "email": validation.email,
    "phone": lambda v: validation.optional_text(v, "The phone number", 40),
    "postcode": lambda v: validation.optional_text(v, "The postcode", 10),
    "municipality": lambda v: validation.optional_text(v, "The municipality", 100),
    "county": lambda v: validation.optional_text(v, "The county", 100),
    "external_ref": lambda v: validation.optional_text(v, "The external reference", 100),
    "languages": parse_languages,
    "contact_preferences": parse_contact_preferences,
}
COMMON_RULES: dict[str, Rule] = {"slots": parse_slots, "modalities": parse_modalities}
MENTOR_RULES: dict[str, Rule] = {
    **COMMON_RULES,
    "state": lambda v: validation.choice(v, values(MentorState), "mentor state"),
    "mentor_role": lambda v: validation.choice(v, values(MentorRole), "mentor role"),
    "capacity": lambda v: validation.whole_number(v, "The capacity", 1, 50),
    "availability": lambda v: validation.choice(v, values(Availability), "availability"),
    "max_travel_km": lambda v: validation.whole_number(v, "The maximum travel distance", 0, 2000),
    "bio": lambda v: validation.limited_text(v, "The bio", 500),
}
MENTEE_RULES: dict[str, Rule] = {
    **COMMON_RULES,
    "state": lambda v: validation.choice(v, values(MenteeState), "mentee state"),
}


def specialisation_ids(session: Session, names: list[str]) -> list[str]:
    """Catalogue ids for names (key, English or Norwegian); each distinct name is looked up once per transaction."""
    cache: dict[str, str] = session.info.setdefault("specialisation_ids", {})
    result: list[str] = []
    for name in names:
        key = name.strip().lower()
        if not key:
            continue
        if key not in cache:
            cache[key] = lookup.specialisations(session, [name])[0].id  # unknown names suggest the closest ones
        if cache[key] not in result:
            result.append(cache[key])
    return result


def apply_person(session: Session, person: Person, values_: PersonFields) -> None:
    """Set contact fields. An e-mail may be shared (family members often are reached at one address), so it is never
    refused for belonging to someone else; finding a person by a shared e-mail asks for their id instead."""
    if values_.name is not None:
        person.name = PERSON_RULES["name"](values_.name)
    if values_.email is not None:
        person.email = PERSON_RULES["email"](values_.email)
    moved = values_.municipality is not None and not same_text(values_.municipality, person.municipality)
    for key in ("phone", "postcode", "municipality", "county", "external_ref", "languages", "contact_preferences"):
        value = getattr(values_, key)
        if value is not None:
            setattr(person, key, PERSON_RULES[key](value))
    place = find_place(person.municipality, values_.county) if values_.municipality is not None else None
    if place is not None and (not person.county or (moved and values_.county is None)):
        person.county = place.county  # a new municipality brings its county unless one is given
    if values_.latitude is not None or values_.longitude is not None:
        person.latitude, person.longitude = validation.coordinates(values_.latitude, values_.longitude)
    elif moved or (person.latitude is None and values_.municipality is not None):
        # The distance filter needs a position: a known municipality's centre stands in; after a move to an
        # unknown place, old coordinates no longer hold.
        person.latitude, person.longitude = (place.latitude, place.longitude) if place else (None, None)


def open_pairings(session: Session, programme_id: str, column: object, person_id: str) -> int:
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
        profile.specialisations = specialisation_ids(session, values_.specialisations)
    if values_.slots is not None:
        profile.slots = COMMON_RULES["slots"](values_.slots)
    if values_.modalities is not None:
        profile.modalities = COMMON_RULES["modalities"](values_.modalities)


def apply_mentor(session: Session, profile: MentorProfile, values_: ProfileFields, *, new: bool) -> None:
    _apply_common(session, profile, values_)
    if values_.mentor_role is not None:
        profile.role = MENTOR_RULES["mentor_role"](values_.mentor_role)
    if values_.capacity is not None:
        capacity = MENTOR_RULES["capacity"](values_.capacity)
        if not new and capacity < profile.capacity:
            open_count = open_pairings(session, profile.programme_id, Pairing.mentor_id, profile.person_id)
            if capacity < open_count:
                raise InvalidInput(
                    f"The capacity cannot be {capacity}: the mentor already has {open_count} open pairing(s).",
                    field="capacity",
                )
        profile.capacity = capacity
    if values_.availability is not None:
        profile.availability = MENTOR_RULES["availability"](values_.availability)
        if profile.availability == Availability.AVAILABLE:
            profile.unavailable_until = None
    if values_.unavailable_until is not None:
        profile.unavailable_until = values_.unavailable_until
        profile.availability = Availability.UNAVAILABLE.value
    if values_.max_travel_km is not None:
        profile.max_travel_km = MENTOR_RULES["max_travel_km"](values_.max_travel_km)
    if values_.bio is not None:
        profile.bio = MENTOR_RULES["bio"](values_.bio)
    if values_.state is not None:
        target = MENTOR_RULES["state"](values_.state)
        if new:
            profile.state = target
        elif target != profile.state:
            if target not in MENTOR_TRANSITIONS[profile.state]:
                raise InvalidTransition(f"A mentor cannot go from {profile.state} to {target}.", field="state")
            open_count = open_pairings(session, profile.programme_id, Pairing.mentor_id, profile.person_id)
            if target == MentorState.WITHDRAWN and open_count:
                raise InvalidTransition(
                    f"The mentor has {open_count} open pairing(s); dissolve them before withdrawing the mentor.",
                    field="state",
                )
            profile.state = target


def apply_mentee(session: Session, profile: MenteeProfile, values_: ProfileFields, *, new: bool) -> None:
    _apply_common(session, profile, values_)
    if values_.state is not None:
        target = MENTEE_RULES["state"](values_.state)
        if target == profile.state and not new:
            return
        if target not in MENTEE_SETTABLE_STATES:
            raise InvalidTransition("A mentee becomes matched when a pairing is activated, not by hand.", field="state")
        if profile.state == MenteeState.WITHDRAWN and not new:
            raise InvalidTransition(
                "A withdrawn mentee cannot be put back on the waiting list; add a new profile.", field="state"
            )
        if target == MenteeState.WITHDRAWN and not new:
            open_count = open_pairings(session, profile.programme_id, Pairing.mentee_id, profile.person_id)
            if open_count:
                raise InvalidTransition(
                    "The mentee has an open pairing; dissolve it before withdrawing the mentee.", field="state"
                )
        if target == MenteeState.WAITING and profile.state == MenteeState.MATCHED:
            raise InvalidTransition("A matched mentee returns to waiting when the pairing is dissolved.", field="state")
        profile.state = target


def apply_profile(session: Session, profile: MentorProfile | MenteeProfile, values_: ProfileFields) -> None:
    """Change an existing profile, whichever kind it is."""
    if isinstance(profile, MentorProfile):
        apply_mentor(session, profile, values_, new=False)
    else:
        apply_mentee(session, profile, values_, new=False)


def add_profile(
    session: Session,
    person: Person,
    programme: Programme,
    role: str,
    values_: ProfileFields,
    *,
    check_existing: bool = True,
) -> MentorProfile | MenteeProfile:
    """A new mentor or mentee profile; `check_existing=False` when the caller knows there is none (a new person)."""
    role = validation.choice(role, ("mentor", "mentee"), "role")
    model = MentorProfile if role == "mentor" else MenteeProfile
    if check_existing:
        exists = session.scalar(
            select(model.id).where(
                model.person_id == person.id, model.programme_id == programme.id, model.deleted_at.is_(None)
            )
        )
        if exists:
            raise InvalidInput(f"{person.name} is already a {role} in '{programme.name}'.")
    profile: MentorProfile | MenteeProfile
    if role == "mentor":
        profile = MentorProfile(
            person_id=person.id,
            programme_id=programme.id,
            capacity=programme.default_capacity,
            specialisations=[],
            slots=[],
            modalities=[],
        )
        apply_mentor(session, profile, values_, new=True)
    else:
        profile = MenteeProfile(
            person_id=person.id, programme_id=programme.id, specialisations=[], slots=[], modalities=[]
        )
        apply_mentee(session, profile, values_, new=True)
    session.add(profile)
    return profile
