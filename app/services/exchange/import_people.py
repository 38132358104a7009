"""Importing the Mentors and Mentees sheets: read and check every cell, then add or update people and profiles."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import select

from app.errors import DomainError, InvalidInput
from app.models import MenteeProfile, MentorProfile, Person, Programme, new_id
from app.services.core.validation import coordinates
from app.services.exchange.import_report import Outcome
from app.services.exchange.import_scope import ImportScope, changed, differs_from_version, record_id, revert, snapshot
from app.services.people.rules import (
    MENTEE_RULES,
    MENTOR_RULES,
    PERSON_RULES,
    PersonFields,
    ProfileFields,
    add_profile,
    apply_person,
    apply_profile,
    specialisation_ids,
)
from app.spreadsheets import RowData, SheetData, cells
from app.spreadsheets.cells import CellError
from app.vocabulary import parse_modality, parse_slot

logger = logging.getLogger(__name__)

AVAILABILITY_WORDS = {"tilgjengelig": "available", "utilgjengelig": "unavailable", "ikke tilgjengelig": "unavailable"}
CHUNK = 500


@dataclass
class PersonRowPlan:
    sheet: SheetData
    row: RowData
    role: str  # mentor | mentee
    programme: Programme
    id: str | None
    email: str | None
    external_ref: str | None
    person: PersonFields
    profile: ProfileFields
    version: datetime | None


def _text_rule(rule: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: rule(cells.text(value))


def _availability(value: Any) -> tuple[str | None, Any]:
    """'available', 'unavailable', 'unavailable until 2026-05-01' (or in Norwegian) → (availability, until)."""
    text = cells.text(value).lower()
    for word in (" until ", " til ", " fram til "):
        if word in text:
            state, until = text.split(word, 1)
            return MENTOR_RULES["availability"](AVAILABILITY_WORDS.get(state.strip(), state)), cells.day(until)
    return MENTOR_RULES["availability"](AVAILABILITY_WORDS.get(text, text)), None


def parse_people(scope: ImportScope, sheet: SheetData, outcome: Outcome) -> list[PersonRowPlan]:
    """Check every cell of the sheet; rows with a problem are reported and left out of the plan."""
    role = "mentor" if sheet.spec.key == "mentors" else "mentee"
    rules = MENTOR_RULES if role == "mentor" else MENTEE_RULES
    if "name" not in sheet.headers:
        outcome.problem(sheet, None, "name", "The sheet has no Name column (Navn).")
        return []
    plans: list[PersonRowPlan] = []
    seen: dict[tuple[str, str, str], int] = {}
    for row in sheet.rows:
        values: dict[str, Any] = {}
        ok = True

        def check(key: str, read: Callable[[Any], Any], *, row: RowData = row, values: dict[str, Any] = values) -> None:
            nonlocal ok
            if key not in row.cells and key not in ("name", "programme"):
                return
            try:
                values[key] = read(row.cells.get(key))
            except (CellError, DomainError) as exc:
                ok = False
                outcome.problem(sheet, row, key, str(exc))

        check("id", record_id)
        check("name", _text_rule(PERSON_RULES["name"]))
        check("email", _text_rule(PERSON_RULES["email"]))
        for key in ("phone", "municipality", "county", "external_ref"):
            check(key, _text_rule(PERSON_RULES[key]))
        check("postcode", lambda v: PERSON_RULES["postcode"](cells.postcode(v)))
        check("latitude", cells.decimal)
        check("longitude", cells.decimal)
        check("programme", scope.row_programme)
        check("row_version", cells.version)
        check("state", lambda v: None if cells.is_blank(v) else rules["state"](cells.text(v)))
        check("specialisations", lambda v: _specialisations(scope, v))
        check("slots", lambda v: [parse_slot(item) for item in cells.items(v)])
        check("modalities", lambda v: [parse_modality(item) for item in cells.items(v)])
        check("languages", lambda v: PERSON_RULES["languages"](cells.items(v)))
        check("contact_preferences", lambda v: PERSON_RULES["contact_preferences"](cells.items(v)))
        if role == "mentor":
            check("role", lambda v: None if cells.is_blank(v) else MENTOR_RULES["mentor_role"](cells.text(v)))
            check("availability", lambda v: (None, None) if cells.is_blank(v) else _availability(v))
            check("unavailable_until", cells.day)
            check("capacity", lambda v: _optional_number(MENTOR_RULES["capacity"], v))
            check("max_travel_km", lambda v: _optional_number(MENTOR_RULES["max_travel_km"], v))
            check("bio", _text_rule(MENTOR_RULES["bio"]))
        if ok and (values.get("latitude") is not None or values.get("longitude") is not None):
            try:
                coordinates(values.get("latitude"), values.get("longitude"))
            except DomainError as exc:
                ok = False
                outcome.problem(sheet, row, "latitude", str(exc))
        # Duplicates are looked for in every row, also rows with other problems, so one report lists them all.
        programme_key = values["programme"].id if "programme" in values else cells.text(row.cells.get("programme"))
        for key in ("id", "email", "external_ref"):
            if values.get(key):
                earlier = seen.setdefault((programme_key, key, str(values[key]).casefold()), row.number)
                if earlier != row.number:
                    outcome.problem(sheet, row, key, f"The same {sheet.headers[key]} is also in row {earlier}.")
                    ok = False
        if not ok:
            continue
        if not (values.get("id") or values.get("email") or values.get("external_ref")):
            outcome.problem(sheet, row, "email", "Give an e-mail (or an ID) so the row can be matched next time.")
            continue
        plans.append(_plan(sheet, row, role, values["programme"], values))
    return plans


def _optional_number(rule: Callable[[Any], Any], value: Any) -> Any:
    number = cells.integer(value)
    return None if number is None else rule(number)


def _specialisations(scope: ImportScope, value: Any) -> list[str]:
    names = cells.items(value)
    problems = []
    for name in names:
        try:
            specialisation_ids(scope.session, [name])
        except DomainError as exc:
            problems.append(exc.message)
    if problems:
        raise CellError(" ".join(problems))
    return names


def _plan(sheet: SheetData, row: RowData, role: str, programme: Programme, v: dict[str, Any]) -> PersonRowPlan:
    text_value = {key: (v[key] or "") for key in ("email", "phone", "postcode", "municipality", "county") if key in v}
    availability, until = v.get("availability", (None, None))
    person = PersonFields(
        name=v["name"],
        latitude=v.get("latitude"),
        longitude=v.get("longitude"),
        external_ref=(v["external_ref"] or "") if "external_ref" in v else None,
        languages=v.get("languages"),
        contact_preferences=v.get("contact_preferences"),
        **text_value,
    )
    profile = ProfileFields(
        state=v.get("state"),
        mentor_role=v.get("role"),
        capacity=v.get("capacity"),
        availability=availability,
        unavailable_until=v.get("unavailable_until") or until,
        specialisations=v.get("specialisations"),
        slots=v.get("slots"),
        modalities=v.get("modalities"),
        max_travel_km=v.get("max_travel_km"),
        bio=v.get("bio"),
    )
    return PersonRowPlan(
        sheet, row, role, programme, v.get("id"), v.get("email"), v.get("external_ref"), person, profile,
        v.get("row_version"),
    )  # fmt: skip


class PeopleIndex:
    """The people and profiles an import touches, loaded in a few queries and kept up to date as rows are applied."""

    def __init__(self, scope: ImportScope, plans: list[PersonRowPlan]) -> None:
        session = scope.session
        self.by_id: dict[str, Person] = {}
        self.by_email: dict[str, Person] = {}
        self.by_ref: dict[str, Person] = {}
        # E-mail is not unique (family members share an address): one that two people have matches neither.
        self.shared_emails: dict[str, list[Person]] = {}
        for column, wanted in (
            (Person.id, {p.id for p in plans if p.id}),
            (Person.email, {p.email for p in plans if p.email}),
            (Person.external_ref, {p.external_ref for p in plans if p.external_ref}),
        ):
            items = sorted(wanted)
            for start in range(0, len(items), CHUNK):
                for person in session.scalars(select(Person).where(column.in_(items[start : start + CHUNK]))):
                    self.add(person)
        self.profiles: dict[tuple[str, str, str], MentorProfile | MenteeProfile] = {}
        ids = sorted(self.by_id)
        kinds: tuple[tuple[type[MentorProfile] | type[MenteeProfile], str], ...] = (
            (MentorProfile, "mentor"),
            (MenteeProfile, "mentee"),
        )
        for model, role in kinds:
            for start in range(0, len(ids), CHUNK):
                query = select(model).where(model.person_id.in_(ids[start : start + CHUNK]), model.deleted_at.is_(None))
                found_profiles = cast("list[MentorProfile | MenteeProfile]", session.scalars(query).all())
                for found in found_profiles:
                    self.profiles[(found.person_id, found.programme_id, role)] = found

    def add(self, person: Person) -> None:
        self.by_id[person.id] = person
        if person.deleted_at is None:
            if person.email:
                first = self.by_email.setdefault(person.email, person)
                if first.id != person.id:
                    owners = self.shared_emails.setdefault(person.email, [first])
                    if all(o.id != person.id for o in owners):
                        owners.append(person)
            if person.external_ref:
                self.by_ref.setdefault(person.external_ref, person)

    def match(self, plan: PersonRowPlan) -> Person | None:
        """By ID, then e-mail, then external reference; an e-mail two people share is ambiguous (InvalidInput)."""
        if plan.id and plan.id in self.by_id:
            return self.by_id[plan.id]
        if plan.email and plan.email in self.shared_emails:
            by_ref = self.by_ref.get(plan.external_ref or "")
            if by_ref is not None and by_ref.email == plan.email:
                return by_ref
            ids = ", ".join(p.id for p in self.shared_emails[plan.email])
            raise InvalidInput(
                f"{len(self.shared_emails[plan.email])} people share the e-mail {plan.email} ({ids}); put the ID of "
                "the one this row is about in the ID column.",
                field="email",
            )
        if plan.email and plan.email in self.by_email:
            return self.by_email[plan.email]
        if plan.external_ref and plan.external_ref in self.by_ref:
            return self.by_ref[plan.external_ref]
        return None


def apply_people(scope: ImportScope, plans: list[PersonRowPlan], outcome: Outcome) -> None:
    index = PeopleIndex(scope, plans)
    for plan in plans:
        try:
            _apply_row(scope, index, plan, outcome)
        except DomainError as exc:
            outcome.problem(plan.sheet, plan.row, exc.field, exc.message)
    # The models declare no relationships, so the unit of work cannot order inserts by foreign key:
    # new people are written first, then the profiles that point at them.
    session = scope.session
    profiles = [obj for obj in session.new if isinstance(obj, MentorProfile | MenteeProfile)]
    for profile in profiles:
        session.expunge(profile)
    session.flush()
    session.add_all(profiles)


def _apply_row(scope: ImportScope, index: PeopleIndex, plan: PersonRowPlan, outcome: Outcome) -> None:
    session = scope.session
    person = index.match(plan)
    if person is not None and person.deleted_at is not None:
        outcome.problem(plan.sheet, plan.row, "id", f"{person.name} was deleted in the app; remove the ID to add anew.")
        return
    if person is None:
        person = Person(id=plan.id or new_id(), name="", languages=[], contact_preferences=[])
        apply_person(session, person, plan.person)
        session.add(person)
        index.add(person)
        added = add_profile(session, person, plan.programme, plan.role, plan.profile, check_existing=False)
        index.profiles[(person.id, plan.programme.id, plan.role)] = added
        outcome.record(plan.sheet, plan.row, "create", person.id, person.name, [])
        return
    key = (person.id, plan.programme.id, plan.role)
    profile: MentorProfile | MenteeProfile | None = index.profiles.get(key)
    person_before = snapshot(person)
    profile_before = snapshot(profile) if profile is not None else None
    email_before = person.email
    apply_person(session, person, plan.person)
    if profile is None:
        profile = add_profile(session, person, plan.programme, plan.role, plan.profile, check_existing=False)
        index.profiles[key] = profile
        fields = [*changed(person, person_before), f"{plan.role} profile in {plan.programme.name}"]
    else:
        apply_profile(session, profile, _without_unchanged_state(profile, plan.profile))
        fields = changed(person, person_before) + changed(profile, profile_before or {})
    if person.email != email_before and person.email:
        index.by_email[person.email] = person
    if not fields:
        outcome.record(plan.sheet, plan.row, "unchanged", person.id, person.name, [])
        return
    current = max(person.updated_at, profile.updated_at) if profile_before is not None else person.updated_at
    if differs_from_version(current, plan.version):
        revert(person, person_before, changed(person, person_before))
        if profile_before is not None:
            revert(profile, profile_before, changed(profile, profile_before))
        else:  # the profile this row would add waits until the conflict is settled
            session.expunge(profile)
            del index.profiles[key]
        outcome.conflict(plan.sheet, plan.row, person.id, person.name, fields)
        return
    outcome.record(plan.sheet, plan.row, "update", person.id, person.name, fields)


def _without_unchanged_state(profile: MentorProfile | MenteeProfile, values: ProfileFields) -> ProfileFields:
    """A state equal to the current one is no transition (an exported 'matched' mentee re-imports unchanged)."""
    if values.state is not None and values.state == profile.state:
        return replace(values, state=None)
    return values
