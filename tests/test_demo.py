"""The demo cohort: Norwegian places and names, an active programme, pairings in every status."""

from __future__ import annotations

import json
from collections import Counter

from app.demo import build_demo
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
