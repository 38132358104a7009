"""`person add|update|list|show`."""

from __future__ import annotations

import argparse

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.errors import InvalidInput
from app.services.core.rows import PersonRow
from app.services.people.people import PersonFields, ProfileFields, add_person, get_person, list_people, update_person
from app.vocabulary import slot_label, words


def _fields(a: argparse.Namespace) -> tuple[PersonFields, ProfileFields]:
    if a.unavailable_until is not None and a.availability == "available":
        raise InvalidInput("A mentor cannot be available and unavailable until a date at the same time.")
    person = PersonFields(
        name=a.name,
        email=a.email,
        phone=a.phone,
        postcode=a.postcode,
        municipality=a.municipality,
        county=a.county,
        latitude=a.lat,
        longitude=a.lon,
        external_ref=a.external_ref,
        languages=a.language,
        contact_preferences=a.contact,
    )
    profile = ProfileFields(
        state=a.state,
        mentor_role=a.mentor_role,
        capacity=a.capacity,
        availability=a.availability,
        unavailable_until=a.unavailable_until,
        specialisations=a.specialisation,
        slots=a.slot,
        modalities=a.modality,
        max_travel_km=a.max_travel_km,
        bio=a.bio,
    )
    return person, profile


def show(state: CliState, row: PersonRow) -> None:
    if state.json:
        emit_json(row)
        return
    place = ", ".join(x for x in (row.postcode, row.municipality, row.county) if x)
    line(f"{row.name} <{row.email or 'no e-mail'}>  id {row.id}")
    if place:
        line(f"  {place}")
    if row.languages:
        line(f"  languages: {', '.join(row.languages)}")
    if row.contact_preferences:
        line(f"  reach by: {', '.join(words(c) for c in row.contact_preferences)}")
    for p in row.profiles:
        capacity = f", {p.open_pairings} of {p.capacity} places taken" if p.capacity is not None else ""
        line(f"  {p.role} in {p.programme_name}: {p.state}{capacity}")
        if p.specialisations:
            line(f"    specialisations: {', '.join(p.specialisations)}")
        if p.slots:
            line(f"    slots: {', '.join(slot_label(s) for s in p.slots)}")


def cmd_add(state: CliState) -> int:
    person, profile = _fields(state.args)
    show(
        state,
        add_person(state.context(), person, role=state.args.role, programme=state.args.programme, profile=profile),
    )
    return 0


def cmd_update(state: CliState) -> int:
    person, profile = _fields(state.args)
    show(
        state,
        update_person(
            state.context(),
            state.args.id,
            person,
            programme=state.args.programme,
            role=state.args.role,
            profile=profile,
        ),
    )
    return 0


def cmd_list(state: CliState) -> int:
    rows = list_people(state.context(), programme=state.args.programme, role=state.args.role)
    if state.json:
        emit_json(rows)
    else:
        table(
            [[r.name, r.email or "", ", ".join(f"{p.role}:{p.state}" for p in r.profiles), r.id] for r in rows],
            ["name", "e-mail", "profiles", "id"],
        )
    return 0


def cmd_show(state: CliState) -> int:
    show(state, get_person(state.context(), state.args.id))
    return 0


def cmd_erase(state: CliState) -> int:
    import sys

    from app.services.people.erasure import erase_person

    a = state.args
    if not a.yes:
        person = get_person(state.context(), a.id)
        if not sys.stdin.isatty():
            raise InvalidInput(f"Erasing {person.id} cannot be undone; add --yes to confirm.")
        answer = input(f"Erase {person.name} ({person.id})? Their personal data and notes are gone for good. [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            line("Nothing was erased.")
            return 1
    row = erase_person(state.context(), a.id)
    if state.json:
        emit_json(row.to_json())
    else:
        line(
            f"Erased person {row.person_id}: {row.records_blanked} record(s) blanked, history scrubbed; "
            f"{row.pairings_kept} pairing(s) kept for the statistics. The erasure reaches the server at the next sync."
        )
    return 0
