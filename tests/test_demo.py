"""The demo cohort: Norwegian places and names, an active programme, pairings in every status."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select

from app import demo
from app.demo import build_demo
from app.models import Base
from app.paths import REFERENCE_DIR
from app.services.core.context import ServiceContext
from app.services.pairings.pairings import list_pairings
from app.services.people.people import list_people
from app.services.programmes.programmes import get_programme


def test_demo_has_every_status_and_real_places(ctx: ServiceContext) -> None:
    summary = build_demo(ctx, size=40, seed=7)
    programme = get_programme(ctx, summary["programme"])
    assert programme.state == "active" and len(programme.milestones) == 4

    pairings = list_pairings(ctx, programme=programme.id)
    statuses = Counter(p.status for p in pairings)
    health = Counter(p.health for p in pairings)
    assert set(statuses) == {"proposed", "active", "completed", "dissolved", "declined"}
    assert health["stalled"] >= 1 and health["on_track"] >= 1

    places = {
        m["name"]: m["county"] for m in json.loads((REFERENCE_DIR / "norway_places.json").read_text())["municipalities"]
    }
    people = list_people(ctx, programme=programme.id)
    assert len(people) == summary["mentors"] + summary["mentees"]
    assert all(places[p.municipality] == p.county for p in people if p.municipality)
    assert all(p.postcode and len(p.postcode) == 4 for p in people)

    assert build_demo(ctx, size=10, if_empty=True) == {"skipped": True}


def _row_counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def test_a_failure_mid_demo_leaves_no_half_demo(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    build_demo(ctx, size=10, seed=1)  # an earlier demo, which must survive untouched
    before = _row_counts(ctx)
    heard: list[dict[str, set[str]]] = []
    ctx.listeners.append(heard.append)
    real_propose = demo.propose_in_session
    calls = 0

    def propose_then_fail(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 10:  # people, programme and nine pairings with their history are written by now
            raise RuntimeError("disk full")
        return real_propose(*args, **kwargs)

    monkeypatch.setattr(demo, "propose_in_session", propose_then_fail)
    with pytest.raises(RuntimeError, match="disk full"):
        build_demo(ctx, size=40, seed=7)
    assert calls == 10
    assert _row_counts(ctx) == before
    assert heard == []


def test_listeners_hear_the_whole_demo_once_after_it_is_saved(ctx: ServiceContext) -> None:
    heard: list[dict[str, set[str]]] = []
    ctx.listeners.append(heard.append)
    summary = build_demo(ctx, size=12, seed=3)
    assert len(heard) == 1
    assert summary["programme"] in heard[0]["programme"]
    assert len(heard[0]["person"]) == summary["mentors"] + summary["mentees"]
    assert len(heard[0]["pairing"]) == summary["pairings"]
