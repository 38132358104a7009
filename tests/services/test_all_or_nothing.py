"""Several service calls as one transaction (ServiceContext.all_or_nothing): saved together or not at all."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import Row, select

from app.errors import InvalidTransition
from app.models import ChangeEntry
from app.services.core.context import ServiceContext
from app.services.programmes.programmes import get_programme, list_programmes, set_programme_state
from tests.helpers import FakeClock, make_mentee, make_programme


def test_calls_inside_are_saved_together_and_listeners_hear_once(ctx: ServiceContext, clock: FakeClock) -> None:
    heard: list[dict[str, set[str]]] = []
    ctx.listeners.append(heard.append)
    earlier = _journal(ctx)  # the catalogue the fixture seeded
    with ctx.all_or_nothing() as unit:
        programme = make_programme(unit, "Likeperson Agder", state="open")
        clock.advance(hours=1)
        mentee = make_mentee(unit, programme.id)
        # A read inside sees what the calls before it wrote, though nothing is committed yet.
        assert get_programme(unit, programme.id).state == "open"
        assert heard == []
    assert [p.name for p in list_programmes(ctx)] == ["Likeperson Agder"]
    assert len(heard) == 1
    assert heard[0]["programme"] == {programme.id} and heard[0]["person"] == {mentee.id}

    # Each call kept its own journal transaction and its own moment, as it would alone.
    entries = [e for e in _journal(ctx) if e not in earlier]
    assert len({e.transaction_id for e in entries}) == 3  # create, open, add the mentee
    assert {e.at for e in entries if e.entity == "person"} != {e.at for e in entries if e.entity == "programme"}


def test_a_refusal_inside_undoes_every_call_before_it(ctx: ServiceContext) -> None:
    heard: list[dict[str, set[str]]] = []
    ctx.listeners.append(heard.append)
    earlier = _journal(ctx)
    with pytest.raises(InvalidTransition), ctx.all_or_nothing() as unit:
        programme = make_programme(unit, "Likeperson Agder", state="open")
        make_mentee(unit, programme.id)
        set_programme_state(unit, programme.id, "completed")  # open cannot jump to completed
    assert list_programmes(ctx) == []
    assert _journal(ctx) == earlier
    assert heard == []


def _journal(ctx: ServiceContext) -> list[Row[tuple[str, datetime, str]]]:
    with ctx.read() as session:
        return list(session.execute(select(ChangeEntry.transaction_id, ChangeEntry.at, ChangeEntry.entity)).all())
