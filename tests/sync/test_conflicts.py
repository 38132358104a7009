"""Conflicts and refusals: never a silent overwrite, never a dropped change; each resolved both ways."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.services.pairings.pairings import (
    activate_pairing,
    create_pairing,
    dissolve_pairing,
    get_pairing,
    list_pairings,
)
from app.services.people.people import get_person, update_person
from app.services.people.rules import PersonFields, ProfileFields
from app.sync.conflicts import resolve_conflict
from tests.helpers import make_mentee, make_mentor, make_programme
from tests.sync.desktops import Desktop, ledger_check, server_state


def _shared(desktops: Callable[[str], Desktop], *, capacity: int = 2) -> tuple[Desktop, Desktop, dict[str, str]]:
    a, b = desktops("Oslo office"), desktops("Bergen office")
    programme = make_programme(a.ctx, capacity=capacity)
    kari = make_mentor(a.ctx, programme.id, "Kari Nordmann", capacity=capacity)
    ola = make_mentee(a.ctx, programme.id, "Ola Hansen")
    per = make_mentee(a.ctx, programme.id, "Per Olsen")
    a.sync()
    b.sync()
    return a, b, {"programme": programme.id, "kari": kari.id, "ola": ola.id, "per": per.id}


def refusal_entries(desktop: Desktop, conflict_id: str) -> list[dict[str, object]]:
    from sqlalchemy import select

    from app.models import SyncConflict

    with desktop.db.session_factory() as session:
        return list(session.scalar(select(SyncConflict.entries).where(SyncConflict.id == conflict_id)) or [])


def _settle(server_url: str, *desktops: Desktop) -> None:
    for _ in range(2):
        for desktop in desktops:
            desktop.sync()
    states = [d.state() for d in desktops]
    assert all(s == states[0] for s in states) and states[0] == server_state(server_url)
    ledger_check(server_url, list(desktops))


@pytest.mark.parametrize("keep", ["local", "server"])
def test_a_field_changed_on_both_sides_is_a_conflict_and_other_fields_merge(
    desktops: Callable[[str], Desktop], server_url: str, keep: str
) -> None:
    a, b, ids = _shared(desktops)
    update_person(a.ctx, ids["kari"], PersonFields(phone="111", email="kari@oslo.no"))
    update_person(b.ctx, ids["kari"], PersonFields(phone="222", postcode="5003"))
    a.sync()
    report = b.sync()
    assert (report.conflicts, report.refused) == (1, 0)
    [conflict] = b.conflicts()
    assert conflict.kind == "field" and conflict.field == "phone"
    assert (conflict.local, conflict.server, conflict.base) == ("222", "111", None)
    assert conflict.summary == "Kari Nordmann's phone: you wrote 222, Oslo office wrote 111"
    # Non-overlapping fields merged both ways; the conflicting one keeps my value until I decide.
    mine = get_person(b.ctx, ids["kari"])
    assert (mine.email, mine.postcode, mine.phone) == ("kari@oslo.no", "5003", "222")

    resolve_conflict(b.ctx, conflict.id, keep)
    assert b.conflicts() == []
    _settle(server_url, b, a)
    expected = "222" if keep == "local" else "111"
    assert get_person(a.ctx, ids["kari"]).phone == get_person(b.ctx, ids["kari"]).phone == expected


@pytest.mark.parametrize("keep", ["local", "server"])
def test_a_second_open_pairing_for_a_mentee_is_refused_kept_and_shown(
    desktops: Callable[[str], Desktop], server_url: str, keep: str
) -> None:
    a, b, ids = _shared(desktops)
    mentor2 = make_mentor(b.ctx, ids["programme"], "Aud Jakobsen")
    b.sync()
    a.sync()
    first = create_pairing(a.ctx, programme=ids["programme"], mentor=ids["kari"], mentee=ids["ola"])
    second = create_pairing(b.ctx, programme=ids["programme"], mentor=mentor2.id, mentee=ids["ola"])
    a.sync()
    report = b.sync()
    assert report.refused == 1
    [refusal] = b.conflicts()
    assert refusal.kind == "refused" and "already has an open pairing" in refusal.message
    # Kept in the refusal with everything needed to put it back; meanwhile this desktop shows what the server has.
    assert {e["entity_id"] for e in refusal_entries(b, refusal.id)} >= {second.id}
    assert [p.id for p in list_pairings(b.ctx) if p.status == "proposed"] == [first.id]

    if keep == "local":
        # Still refused while the first pairing is open; once it is dissolved, sending it again succeeds.
        dissolve_pairing(a.ctx, first.id, "incompatible")
        a.sync()
        b.sync()
    resolve_conflict(b.ctx, refusal.id, keep)
    _settle(server_url, b, a)
    open_ids = {p.id for p in list_pairings(a.ctx) if p.status == "proposed"}
    assert open_ids == ({second.id} if keep == "local" else {first.id})


@pytest.mark.parametrize("keep", ["local", "server"])
def test_a_mentor_over_capacity_on_the_server_is_refused(
    desktops: Callable[[str], Desktop], server_url: str, keep: str
) -> None:
    a, b, ids = _shared(desktops, capacity=1)
    first = create_pairing(a.ctx, programme=ids["programme"], mentor=ids["kari"], mentee=ids["ola"])
    second = create_pairing(b.ctx, programme=ids["programme"], mentor=ids["kari"], mentee=ids["per"])
    a.sync()
    assert b.sync().refused == 1
    [refusal] = b.conflicts()
    assert "no free place" in refusal.message
    if keep == "local":
        # The coordinator raises Kari's capacity, then sends the pairing again.
        update_person(b.ctx, ids["kari"], PersonFields(), programme=ids["programme"], profile=ProfileFields(capacity=2))
    resolve_conflict(b.ctx, refusal.id, keep)
    _settle(server_url, b, a)
    proposed = {p.id for p in list_pairings(a.ctx) if p.status == "proposed"}
    assert proposed == ({first.id, second.id} if keep == "local" else {first.id})


@pytest.mark.parametrize("keep", ["local", "server"])
def test_a_transition_from_a_state_the_pairing_no_longer_has_is_refused(
    desktops: Callable[[str], Desktop], server_url: str, keep: str
) -> None:
    a, b, ids = _shared(desktops)
    pairing = create_pairing(a.ctx, programme=ids["programme"], mentor=ids["kari"], mentee=ids["ola"])
    a.sync()
    b.sync()
    dissolve_pairing(a.ctx, pairing.id, "mentee_withdrew")
    activate_pairing(b.ctx, pairing.id)
    a.sync()
    assert b.sync().refused == 1
    [refusal] = b.conflicts()
    assert "no longer applies" in refusal.message and "dissolved" in refusal.message
    resolve_conflict(b.ctx, refusal.id, keep)
    _settle(server_url, b, a)
    assert get_pairing(a.ctx, pairing.id).status == ("active" if keep == "local" else "dissolved")
