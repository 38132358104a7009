"""Shared test helpers: a settable clock, databases, and quick builders for programmes and people."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.db import upgrade_database
from app.services.core.context import ServiceContext
from app.services.core.rows import PersonRow, ProgrammeRow
from app.services.people.people import PersonFields, ProfileFields, add_person
from app.services.programmes.programmes import create_programme, set_programme_state

PG_ADMIN_URL = os.environ.get("MENTOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


class FakeClock:
    """A clock tests move by hand; starts at a fixed Monday morning."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


def postgres_available() -> bool:
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


def require(condition: bool, message: str) -> None:
    """Skip a test whose outside part (a server, a browser) is missing here; in CI a missing part is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(message + " (CI=true: a missing part is a failure)")
    pytest.skip(message)


def require_postgres() -> None:
    require(postgres_available(), f"PostgreSQL is not reachable at {PG_ADMIN_URL}")


def _admin(sql: str) -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def pg_url(name: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{name}"


@contextmanager
def postgres_template() -> Iterator[str]:
    """A migrated database to copy per test (CREATE DATABASE … TEMPLATE is much faster than migrating)."""
    require_postgres()
    name = f"mc_tmpl_{uuid.uuid4().hex[:10]}"
    _admin(f'CREATE DATABASE "{name}"')
    try:
        upgrade_database(pg_url(name))
        yield name
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def postgres_copy(template: str) -> Iterator[str]:
    name = f"mc_test_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield pg_url(name)
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def empty_postgres() -> Iterator[str]:
    require_postgres()
    name = f"mc_empty_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}"')
    try:
        yield pg_url(name)
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sqlite_copy(template: Path, target: Path) -> str:
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def make_programme(
    ctx: ServiceContext,
    name: str = "Likeperson Oslo 2026",
    *,
    state: str = "matching",
    milestones: tuple[str, ...] = ("First meeting", "Goals agreed", "Final review"),
    capacity: int = 2,
) -> ProgrammeRow:
    programme = create_programme(ctx, name, milestones=list(milestones), default_capacity=capacity)
    order = ("draft", "open", "matching", "active", "completed")
    for step in order[1 : order.index(state) + 1]:
        programme = set_programme_state(ctx, programme.id, step)
    return programme


def make_mentor(
    ctx: ServiceContext,
    programme: str,
    name: str = "Kari Nordmann",
    *,
    email: str | None = None,
    capacity: int = 2,
    state: str = "approved",
    specialisations: list[str] | None = None,
    slots: list[str] | None = None,
    modalities: list[str] | None = None,
    municipality: str | None = "Oslo",
    county: str | None = "Oslo",
) -> PersonRow:
    return add_person(
        ctx,
        PersonFields(
            name=name, email=email or f"{uuid.uuid4().hex[:8]}@example.no", municipality=municipality, county=county
        ),
        role="mentor",
        programme=programme,
        profile=ProfileFields(
            state=state,
            capacity=capacity,
            specialisations=specialisations or [],
            slots=slots or [],
            modalities=modalities or [],
        ),
    )


def make_mentee(
    ctx: ServiceContext,
    programme: str,
    name: str = "Ola Hansen",
    *,
    email: str | None = None,
    specialisations: list[str] | None = None,
    slots: list[str] | None = None,
    municipality: str | None = "Oslo",
    county: str | None = "Oslo",
) -> PersonRow:
    return add_person(
        ctx,
        PersonFields(
            name=name, email=email or f"{uuid.uuid4().hex[:8]}@example.no", municipality=municipality, county=county
        ),
        role="mentee",
        programme=programme,
        profile=ProfileFields(specialisations=specialisations or [], slots=slots or []),
    )


def text_hits(engine: Any, needles: list[str]) -> list[str]:
    """Every "table.column: needle" where any column of any table, read as text, contains one of `needles`."""
    from sqlalchemy import String, cast, column, func, inspect, select, table

    hits = []
    with engine.connect() as connection:
        for name in inspect(connection).get_table_names():
            for info in inspect(connection).get_columns(name):
                for needle in needles:
                    col = column(info["name"])
                    found = connection.execute(
                        select(func.count()).select_from(table(name, col)).where(cast(col, String).contains(needle))
                    ).scalar()
                    if found:
                        hits.append(f"{name}.{info['name']}: {needle}")
    return hits
