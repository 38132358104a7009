"""Fixtures for spreadsheet tests: a programme in matching state, and counts that show whether anything was written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import ChangeEntry, Person
from app.services.core.context import ServiceContext
from app.services.core.rows import ProgrammeRow
from tests.helpers import make_programme


@pytest.fixture
def programme(ctx: ServiceContext) -> ProgrammeRow:
    return make_programme(ctx, "Likeperson Oslo")


def written(ctx: ServiceContext) -> tuple[int, int]:
    """(people, journal entries): equal before and after means nothing was written."""
    with ctx.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Person)) or 0,
            session.scalar(select(func.count()).select_from(ChangeEntry)) or 0,
        )
