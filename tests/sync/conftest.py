"""Sync fixtures: a freshly initialised server database per test, and desktops that sync with it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.sync.server_setup import init_server
from tests.helpers import FakeClock, empty_postgres
from tests.sync.desktops import Desktop

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_url() -> Iterator[str]:
    with empty_postgres() as url:
        init_server(url)
        yield url


@pytest.fixture
def desktops(
    tmp_path: Path, sqlite_template: Path, server_url: str, clock: FakeClock
) -> Iterator[Callable[[str], Desktop]]:
    made: list[Desktop] = []

    def make(name: str) -> Desktop:
        desktop = Desktop(name, tmp_path, sqlite_template, server_url, clock)
        made.append(desktop)
        return desktop

    yield make
    for desktop in made:
        desktop.close()
