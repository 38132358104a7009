"""`person add|update|list|show`."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.errors import InvalidInput
from app.services.core.rows import PersonRow
from app.services.people.people import PersonFields, ProfileFields, add_person, get_person, list_people, update_person
from app.vocabulary import slot_label


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD") from None


def _person_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", required=adding)
    p.add_argument("--email", required=adding)
    p.add_argument("--role", choices=["mentor", "mentee"], required=adding)
    p.add_argument("--programme", metavar="P", required=adding, help="programme id or exact name")
    p.add_argument("--capacity", type=int, metavar="N", help="most mentees at once (mentors)")
    p.add_argument("--state", metavar="S", help="mentor: applied|approved|paused|withdrawn; mentee: waiting|withdrawn")
    p.add_argument("--mentor-role", metavar="R", help="mentor, senior_mentor or trainee")
    p.add_argument("--availability", choices=["available", "unavailable"])
    p.add_argument("--unavailable-until", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--specialisation", action="append", metavar="S", help="repeat for several")
    p.add_argument("--slot", action="append", metavar="SLOT", help='weekly slot such as "Mon evening"; repeat')
    p.add_argument("--modality", action="append", metavar="M", help="in_person, phone or video; repeat")
    p.add_argument("--municipality", metavar="M")
    p.add_argument("--county", metavar="C")
    p.add_argument("--postcode", metavar="X")
    p.add_argument("--lat", type=float, metavar="X")
    p.add_argument("--lon", type=float, metavar="Y")
    p.add_argument("--phone", metavar="T")
    p.add_argument("--external-ref", metavar="REF")
    p.add_argument("--max-travel-km", type=int, metavar="K")
    p.add_argument("--bio")


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("person", parents=[common], help="mentors and mentees")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("add", parents=[common], help="add a person with a mentor or mentee profile")
    _person_options(p, adding=True)
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("update", parents=[common], help="change a person (and a profile)")
    p.add_argument("id", metavar="ID")
    _person_options(p, adding=False)
    p.set_defaults(handler=cmd_update)

    p = sub.add_parser("list", parents=[common], help="list people")
    p.add_argument("--programme", metavar="P")
    p.add_argument("--role", choices=["mentor", "mentee"])
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", parents=[common], help="show a person")
    p.add_argument("id", metavar="ID", help="id or e-mail")
    p.set_defaults(handler=cmd_show)


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
