"""The database refuses invalid rows by itself, on SQLite and on PostgreSQL, whatever code writes them.

Each case writes one invalid value straight into a valid row (no service, no ORM) and expects the database to
refuse it. PostgreSQL also holds the mentor capacity with a trigger (migration 0003), tested at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from app.db import open_database
from app.services.core.context import ServiceContext
from app.services.identity import device_id
from app.services.pairings.meetings_notes import add_meeting, add_note
from app.services.pairings.pairings import activate_pairing, create_pairing
from app.services.settings.catalogue import seed_catalogue
from app.services.settings.units import add_unit
from tests.helpers import make_mentee, make_mentor, make_programme, postgres_copy


@dataclass
class World:
    unit: str
    programme: str
    mentor: str
    mentor_profile: str
    mentee: str
    mentee_profile: str
    pairing: str
    milestone: str
    meeting: str
    note: str


@pytest.fixture
def world(ctx: ServiceContext) -> Iterator[World]:
    yield from world_in(ctx)


def world_in(ctx: ServiceContext) -> Iterator[World]:
    unit = add_unit(ctx, "Vestland", kind="region")
    programme = make_programme(ctx, "Likeperson Vestland")
    mentor = make_mentor(ctx, programme.id, "Kari Nordmann", capacity=1)
    mentee = make_mentee(ctx, programme.id, "Ola Hansen")
    pairing = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)
    active = activate_pairing(ctx, pairing.id)
    meeting = add_meeting(ctx, pairing.id, ctx.now() + timedelta(days=3))
    note = add_note(ctx, pairing.id, "First call went well.")
    yield World(
        unit=unit.id, programme=programme.id, mentor=mentor.id, mentor_profile=mentor.profiles[0].id,
        mentee=mentee.id, mentee_profile=mentee.profiles[0].id, pairing=pairing.id,
        milestone=active.milestones[0].id, meeting=meeting.id, note=note.id,
    )  # fmt: skip


# (table, the row's World field, SET clause): each must be refused.
INVALID = [
    ("organisation_units", "unit", "kind = 'planet'"),
    ("organisation_units", "unit", "parent_id = 'no-such-unit'"),
    ("programmes", "programme", "state = 'paused'"),
    ("programmes", "programme", "default_capacity = 0"),
    ("programmes", "programme", "amber_days = 0"),
    ("programmes", "programme", "amber_days = 30, red_days = 20"),
    ("programmes", "programme", "unit_id = 'no-such-unit'"),
    ("mentor_profiles", "mentor_profile", "role = 'boss'"),
    ("mentor_profiles", "mentor_profile", "state = 'retired'"),
    ("mentor_profiles", "mentor_profile", "availability = 'maybe'"),
    ("mentor_profiles", "mentor_profile", "capacity = 0"),
    ("mentor_profiles", "mentor_profile", "max_travel_km = -1"),
    ("mentor_profiles", "mentor_profile", "person_id = 'nobody'"),
    ("mentee_profiles", "mentee_profile", "state = 'lost'"),
    ("mentor_pairings", "pairing", "status = 'married'"),
    ("mentor_pairings", "pairing", "status = 'dissolved', dissolution_reason = NULL"),
    ("mentor_pairings", "pairing", "status = 'dissolved', dissolution_reason = 'bored'"),
    ("mentor_pairings", "pairing", "mentee_id = mentor_id"),
    ("mentor_pairings", "pairing", "programme_id = 'no-such-programme'"),
    ("pairing_milestones", "milestone", "status = 'done'"),
    ("meetings", "meeting", "status = 'held'"),
    ("meetings", "meeting", "modality = 'telepathy'"),
    ("meetings", "meeting", "duration_minutes = 0"),
    ("notes", "note", "visibility = 'public'"),
]


def refused(engine: Engine, sql: str, params: dict[str, str]) -> None:
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text(sql), params)


@pytest.mark.parametrize(("table", "row", "change"), INVALID, ids=[f"{t}:{c}" for t, _, c in INVALID])
def test_each_invalid_value_is_refused_by_the_database(
    ctx: ServiceContext, world: World, table: str, row: str, change: str
) -> None:
    refused(ctx.db.engine, f"UPDATE {table} SET {change} WHERE id = :id", {"id": getattr(world, row)})


def test_a_second_open_pairing_for_a_mentee_is_refused(ctx: ServiceContext, world: World) -> None:
    other = make_mentor(ctx, world.programme, "Per Olsen")
    refused(
        ctx.db.engine,
        "INSERT INTO mentor_pairings (id, programme_id, mentor_id, mentee_id, status, created_by, score, reasons, "
        "created_at, updated_at) VALUES ('p2', :programme, :mentor, :mentee, 'proposed', 'x', 0, '{}', "
        "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        {"programme": world.programme, "mentor": other.id, "mentee": world.mentee},
    )


def test_the_valid_row_is_still_accepted(ctx: ServiceContext, world: World) -> None:
    """The cases above fail for their one bad value, not for something else in the statement."""
    with ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE meetings SET duration_minutes = 45 WHERE id = :id"), {"id": world.meeting})
        connection.execute(
            text("UPDATE mentor_profiles SET max_travel_km = 0 WHERE id = :id"), {"id": world.mentor_profile}
        )


@pytest.fixture
def pg_ctx(pg_template: str) -> Iterator[ServiceContext]:
    """PostgreSQL alone: the capacity trigger is the server's (every desktop's pairings meet there)."""
    with postgres_copy(pg_template) as url:
        db = open_database(url)
        context = ServiceContext(db=db, actor="Test Coordinator", device_id=device_id(db))
        seed_catalogue(context)
        yield context
        db.dispose()


def test_postgres_holds_the_mentor_capacity(pg_ctx: ServiceContext) -> None:
    ctx = pg_ctx
    world = next(world_in(ctx))
    second = make_mentee(ctx, world.programme, "Siri Berg")
    insert = text(
        "INSERT INTO mentor_pairings (id, programme_id, mentor_id, mentee_id, status, created_by, score, reasons, "
        "created_at, updated_at) VALUES (:id, :programme, :mentor, :mentee, 'proposed', 'x', 0, '{}', now(), now())"
    )
    params = {"programme": world.programme, "mentor": world.mentor, "mentee": second.id}
    # Capacity 1 and one active pairing: a second open pairing is refused by the trigger.
    with pytest.raises(IntegrityError, match="mentor_capacity"), ctx.db.engine.begin() as connection:
        connection.execute(insert, {"id": "p3", **params})
    # With capacity 2 it fits; then the capacity may not drop below the two open pairings.
    with ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE mentor_profiles SET capacity = 2 WHERE id = :id"), {"id": world.mentor_profile})
        connection.execute(insert, {"id": "p4", **params})
    with pytest.raises(IntegrityError, match="mentor_capacity"), ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE mentor_profiles SET capacity = 1 WHERE id = :id"), {"id": world.mentor_profile})
