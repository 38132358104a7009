"""An erasure travels through sync: the server's copy and every other desktop's are scrubbed too."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from app.db import make_engine
from app.models import Person
from app.services.people.erasure import erase_person
from app.services.people.people import get_person
from tests.helpers import text_hits
from tests.services.test_erasure import NEEDLES, world
from tests.sync.desktops import Desktop


def test_erasure_reaches_the_server_and_the_other_desktop(desktops: Callable[[str], Desktop], server_url: str) -> None:
    oslo, bergen = desktops("Oslo"), desktops("Bergen")
    person_id, _ = world(oslo.ctx)
    oslo.sync()
    bergen.sync()  # Bergen has the person and their whole history now
    server = make_engine(server_url)
    try:
        assert text_hits(server, NEEDLES) and text_hits(bergen.db.engine, NEEDLES)

        erase_person(oslo.ctx, person_id)
        assert text_hits(oslo.db.engine, NEEDLES) == []
        report = oslo.sync()
        assert not oslo.conflicts() and oslo.unsent() == 0, report

        assert text_hits(server, NEEDLES) == []
        with server.connect() as connection:
            assert connection.execute(select(Person.name).where(Person.id == person_id)).scalar() == "Erased person"

        bergen.sync()
        assert text_hits(bergen.db.engine, NEEDLES) == []
        assert get_person(bergen.ctx, person_id).name == "Erased person"
        assert not bergen.conflicts()
    finally:
        server.dispose()


def test_a_change_sent_before_its_desktop_learnt_of_the_erasure_brings_nothing_back(
    desktops: Callable[[str], Desktop], server_url: str
) -> None:
    from app.services.pairings.meetings_notes import add_note
    from app.services.people.people import update_person
    from app.services.people.rules import PersonFields

    oslo, bergen = desktops("Oslo"), desktops("Bergen")
    person_id, pairing_id = world(oslo.ctx)
    oslo.sync()
    bergen.sync()
    # Bergen, not yet synced again, writes new personal data about the person while Oslo erases them.
    late = ["+47 777 12 345", "Asked about a guide dog"]
    update_person(bergen.ctx, person_id, PersonFields(phone=late[0], municipality="Alta"))
    add_note(bergen.ctx, pairing_id, late[1], "all")
    erase_person(oslo.ctx, person_id)
    oslo.sync()

    report = bergen.sync()  # pushes its changes first, then pulls the erasure
    assert bergen.unsent() == 0 and not bergen.conflicts(), report
    server = make_engine(server_url)
    try:
        for engine in (server, bergen.db.engine, oslo.db.engine):
            assert text_hits(engine, [*NEEDLES, *late, "Alta"]) == []
        with server.connect() as connection:
            assert connection.execute(select(Person.phone).where(Person.id == person_id)).scalar() is None
    finally:
        server.dispose()
    oslo.sync()
    assert text_hits(oslo.db.engine, [*NEEDLES, *late, "Alta"]) == []
