"""Portal fixtures: a world of two mentors, and the portal app reading it read-only (SQLite `mode=ro`, or
PostgreSQL through the portal role that `server init` makes)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine

from app.portal.database import open_portal_engine
from app.portal.web import PortalSettings, create_app
from app.services.core.context import ServiceContext
from app.sync.server_setup import init_server
from tests.helpers import FakeClock
from tests.portal.world import World, build_world


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return build_world(ctx)


@pytest.fixture
def portal_engine(db_url: str, world: World) -> Iterator[Engine]:
    if db_url.startswith("postgresql"):
        init_server(db_url)  # the grants of a real server: the portal role may only SELECT
        engine = open_portal_engine(db_url, "mentor_portal")
    else:
        engine = open_portal_engine(db_url, None)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(clock: FakeClock) -> PortalSettings:
    return PortalSettings(secret=b"test-secret", clock=clock, failure_limit=5)


@pytest.fixture
def client(portal_engine: Engine, settings: PortalSettings) -> Iterator[httpx.Client]:
    """An in-process client that does not follow redirects (the 303 from a link is under test)."""
    from starlette.testclient import TestClient

    with TestClient(
        create_app(portal_engine, settings), base_url="http://portal.test", follow_redirects=False
    ) as test_client:
        yield test_client


def sign_in(client: httpx.Client, token: str) -> httpx.Response:
    response = client.get(f"/l/{token}")
    assert response.status_code == 303, response.text
    return response
