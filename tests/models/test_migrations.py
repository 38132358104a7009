"""Alembic migrations build the schema the models describe, both ways, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from app.db import SCHEMA_HEAD, alembic_config, downgrade_database, make_engine, upgrade_database
from app.models import Base
from tests.helpers import empty_postgres


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
    else:
        with empty_postgres() as url:
            yield url


def schema_diff(url: str) -> list[object]:
    engine = make_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    return diff


def table_names(url: str) -> set[str]:
    engine = make_engine(url)
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    return names


def test_upgrade_downgrade_upgrade_matches_the_models(empty_url: str) -> None:
    assert upgrade_database(empty_url) is True
    assert schema_diff(empty_url) == []
    downgrade_database(empty_url, "base")
    assert table_names(empty_url) <= {"alembic_version"}
    upgrade_database(empty_url)
    assert schema_diff(empty_url) == []
    assert set(Base.metadata.tables) <= table_names(empty_url)
    assert upgrade_database(empty_url) is False  # already current: nothing to do


def test_schema_head_constant_is_alembics_head() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert script.get_current_head() == SCHEMA_HEAD
