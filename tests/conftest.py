"""Fixtures: a fresh migrated database per test, on SQLite and on PostgreSQL; a service context with a fake clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import open_database, upgrade_database
from app.services.core.context import ServiceContext
from app.services.identity import device_id
from app.services.settings.catalogue import seed_catalogue
from tests.helpers import FakeClock, postgres_copy, postgres_template, sqlite_copy


@pytest.fixture(autouse=True)
def installation_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own installation settings file (device id, name, scope, server), never the user's."""
    path = tmp_path / "config"
    monkeypatch.setenv("MENTOR_CONFIG_DIR", str(path))
    monkeypatch.delenv("MENTOR_SERVER_URL", raising=False)
    return path


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade_database(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    with postgres_template() as name:
        yield name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """A fresh, migrated, empty database: each test using it runs once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield sqlite_copy(sqlite_template, tmp_path / "test.db")
    else:
        template = request.getfixturevalue("pg_template")
        with postgres_copy(template) as url:
            yield url


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    return sqlite_copy(sqlite_template, tmp_path / "test.db")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ctx(db_url: str, clock: FakeClock) -> Iterator[ServiceContext]:
    db = open_database(db_url)
    context = ServiceContext(db=db, actor="Test Coordinator", device_id=device_id(db), clock=clock)
    seed_catalogue(context)
    yield context
    db.dispose()
