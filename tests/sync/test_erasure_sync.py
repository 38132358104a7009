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
