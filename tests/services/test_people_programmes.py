"""People, profiles and programmes: validation, state machines and the journal, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import InvalidInput, InvalidTransition, NotFound
from app.models import ChangeEntry
from app.services.core import lookup
from app.services.core.context import ServiceContext
from app.services.pairings.pairings import activate_pairing, create_pairing
from app.services.people.people import PersonFields, ProfileFields, add_person, get_person, list_people, update_person
from app.services.programmes.programmes import (
    MilestoneSpec,
    create_programme,
    get_programme,
    list_programmes,
    set_programme_state,
    update_programme,
)
from app.services.settings.catalogue import add_specialisation, list_specialisations
from tests.helpers import make_mentee, make_mentor, make_programme


def changes(ctx: ServiceContext, entity_id: str) -> list[tuple[str, str, str | None, str | None]]:
    with ctx.read() as session:
        rows = session.scalars(
            select(ChangeEntry).where(ChangeEntry.entity_id == entity_id).order_by(ChangeEntry.seq)
        ).all()
        return [(r.operation, r.field, r.old_value, r.new_value) for r in rows]


def test_person_add_normalises_and_keeps_leading_zeros(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    person = add_person(
        ctx,
        PersonFields(
            name="  Kari Nordmann ", email="Kari@Example.NO", postcode="0150", latitude=59.91, longitude=10.75
        ),
        role="mentor",
        programme=programme.name,
        profile=ProfileFields(
            specialisations=["Punktskrift", "screen readers"],
            slots=["man kveld", "Wed morning"],
            modalities=["fysisk", "video"],
        ),
    )
    assert (person.name, person.email, person.postcode) == ("Kari Nordmann", "kari@example.no", "0150")
    profile = person.profiles[0]
    assert profile.role == "mentor" and profile.state == "applied" and profile.capacity == 2  # programme default
    assert profile.specialisations == ["braille", "screen_readers"]
    assert profile.slots == ["mon_evening", "wed_morning"] and profile.modalities == ["in_person", "video"]


def test_a_shared_email_is_allowed_and_bad_values_are_refused(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mother = make_mentor(ctx, programme.id, email="kari@example.no")
    daughter = make_mentee(ctx, programme.id, email="KARI@example.no")  # family members share one address
    assert daughter.email == mother.email == "kari@example.no"
    with ctx.read() as session, pytest.raises(InvalidInput, match="share the e-mail"):
        lookup.person(session, "kari@example.no")  # finding one of them by it asks for the id instead
    with pytest.raises(InvalidInput, match="both latitude and longitude"):
        add_person(ctx, PersonFields(name="A", latitude=60.0), role="mentee", programme=programme.id)
    with pytest.raises(InvalidInput, match="too long"):
        add_person(
            ctx, PersonFields(name="A"), role="mentor", programme=programme.id, profile=ProfileFields(bio="x" * 501)
        )
    with pytest.raises(InvalidTransition, match="matched when a pairing is activated"):
        add_person(
            ctx, PersonFields(name="A"), role="mentee", programme=programme.id, profile=ProfileFields(state="matched")
        )
    assert len(list_people(ctx)) == 2  # the refused ones left nothing behind


def test_mentor_state_machine(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id, state="applied")
    with pytest.raises(InvalidTransition, match="cannot go from applied to paused"):
        update_person(ctx, mentor.id, PersonFields(), profile=ProfileFields(state="paused"))
    for state in ("approved", "paused", "approved"):
        assert (
            update_person(ctx, mentor.id, PersonFields(), profile=ProfileFields(state=state)).profiles[0].state == state
        )
    pairing = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=make_mentee(ctx, programme.id).id)
    activate_pairing(ctx, pairing.id)
    with pytest.raises(InvalidTransition, match="dissolve them before withdrawing"):
        update_person(ctx, mentor.id, PersonFields(), profile=ProfileFields(state="withdrawn"))
    updated = update_person(ctx, mentor.id, PersonFields(), profile=ProfileFields(capacity=1))
    assert updated.profiles[0].capacity == 1 and updated.profiles[0].open_pairings == 1


def test_capacity_below_open_pairings_is_refused(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id, capacity=3)
    for name in ("A B", "C D"):
        create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=make_mentee(ctx, programme.id, name).id)
    with pytest.raises(InvalidInput, match="already has 2 open pairing"):
        update_person(ctx, mentor.id, PersonFields(), profile=ProfileFields(capacity=1))
    assert get_person(ctx, mentor.id).profiles[0].capacity == 3


def test_unavailable_until_a_date(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id)
    row = update_person(ctx, mentor.id, PersonFields(), profile=ProfileFields(unavailable_until=date(2026, 4, 1)))
    assert row.profiles[0].availability == "unavailable" and row.profiles[0].unavailable_until == date(2026, 4, 1)
    row = update_person(ctx, mentor.id, PersonFields(), profile=ProfileFields(availability="available"))
    assert row.profiles[0].availability == "available" and row.profiles[0].unavailable_until is None


def test_second_profile_in_another_programme(ctx: ServiceContext) -> None:
    first, second = make_programme(ctx, "A"), make_programme(ctx, "B")
    person = make_mentor(ctx, first.id)
    row = update_person(ctx, person.id, PersonFields(), programme="B", role="mentee")
    assert sorted((p.programme_name, p.role) for p in row.profiles) == [("A", "mentor"), ("B", "mentee")]
    with pytest.raises(InvalidInput, match="several profiles"):
        update_person(ctx, person.id, PersonFields(), profile=ProfileFields(slots=["Mon morning"]))
    assert {p.id for p in list_people(ctx, programme="B", role="mentee")} == {person.id}
    assert list_people(ctx, programme="B", role="mentor") == []
    assert second.name == "B"


def test_update_journals_only_changed_fields(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    person = make_mentor(ctx, programme.id, municipality="Oslo")
    update_person(ctx, person.id, PersonFields(phone="+47 400 00 000", county="Oslo", name="Kari Nordmann"))
    updates = [c for c in changes(ctx, person.id) if c[0] == "update"]
    assert updates == [("update", "phone", None, '"+47 400 00 000"')]


def test_programme_lifecycle_one_step_at_a_time(ctx: ServiceContext) -> None:
    programme = create_programme(ctx, "Likeperson 2026", milestones=["First meeting"], unit="Region Vest")
    assert programme.state == "draft" and programme.unit
    with pytest.raises(InvalidTransition, match="next step is 'open'"):
        set_programme_state(ctx, programme.id, "active")
    with pytest.raises(InvalidInput, match="not a known programme state"):
        set_programme_state(ctx, programme.id, "closed")
    for state in ("open", "matching", "active"):
        set_programme_state(ctx, programme.id, state)
    mentor = make_mentor(ctx, programme.id)
    pairing = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=make_mentee(ctx, programme.id).id)
    with pytest.raises(InvalidTransition, match="1 open pairing"):
        set_programme_state(ctx, programme.id, "completed")
    assert pairing.status == "proposed" and get_programme(ctx, programme.id).state == "active"
    with pytest.raises(InvalidInput, match="already exists"):
        create_programme(ctx, "likeperson 2026")
    with pytest.raises(NotFound):
        get_programme(ctx, "Nope")


def test_programme_settings_and_template(ctx: ServiceContext) -> None:
    programme = create_programme(ctx, "P", milestones=["A", "B"])
    with pytest.raises(InvalidInput, match="must be longer than the amber"):
        update_programme(ctx, programme.id, amber_days=30)
    with pytest.raises(InvalidInput, match="not a matching weight"):
        update_programme(ctx, programme.id, weights={"charm": 1.0})
    with pytest.raises(InvalidInput, match="appears twice"):
        update_programme(ctx, programme.id, milestones=["A", "a"])
    row = update_programme(
        ctx,
        programme.id,
        amber_days=10,
        red_days=20,
        weights={"geography": 3},
        milestones=[MilestoneSpec("B", due_offset_days=5), "C"],
    )
    assert (row.amber_days, row.red_days) == (10, 20)
    assert row.weights == {"specialisation": 2.0, "geography": 3.0, "availability": 1.0, "capacity": 0.5}
    assert [(m.title, m.due_offset_days) for m in row.milestones] == [("B", 5), ("C", None)]
    assert [p.name for p in list_programmes(ctx)] == ["P"]


def test_specialisation_catalogue(ctx: ServiceContext) -> None:
    keys = {s.key for s in list_specialisations(ctx)}
    assert {"braille", "mobility_orientation", "screen_readers", "guide_dogs"} <= keys
    added = add_specialisation(ctx, "Music", "Musikk")
    assert added.key == "music"
    with pytest.raises(InvalidInput, match="already in the catalogue"):
        add_specialisation(ctx, "musikk")
    with ctx.read() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(ChangeEntry)
                .where(ChangeEntry.entity == "specialisation", ChangeEntry.field == "key")
            )
            == len(keys) + 1
        )


def test_a_known_municipality_gives_a_position_and_county(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    bergen = add_person(ctx, PersonFields(name="Kari", municipality="bergen"), role="mentee", programme=programme.id)
    assert (bergen.county, round(bergen.latitude or 0, 1), round(bergen.longitude or 0, 1)) == ("Vestland", 60.4, 5.3)

    exact = add_person(
        ctx,
        PersonFields(name="Ola", municipality="Bergen", latitude=60.1, longitude=5.1),
        role="mentee",
        programme=programme.id,
    )
    assert (exact.latitude, exact.longitude, exact.county) == (60.1, 5.1, "Vestland")

    moved = update_person(ctx, exact.id, PersonFields(municipality="Tromsø"))
    assert moved.county == "Troms" and round(moved.latitude or 0) == 70
    kept = update_person(ctx, bergen.id, PersonFields(municipality="Voss", county="Vestland (Hordaland)"))
    assert kept.county == "Vestland (Hordaland)"  # a county given with the move is kept
    unchanged = update_person(ctx, exact.id, PersonFields(municipality="Tromsø", phone="+47 22 00 00 00"))
    assert (unchanged.latitude, unchanged.longitude) == (moved.latitude, moved.longitude)
    lost = update_person(ctx, exact.id, PersonFields(municipality="Atlantis"))
    assert (lost.latitude, lost.longitude) == (None, None)
