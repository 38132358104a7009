"""Isolation as a property: for random programmes, a mentor's pages and feed never show another mentor's mentee,
and no page shows a coordinator-only note."""

from __future__ import annotations

import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from app.db import open_database
from app.portal.database import open_portal_engine
from app.portal.web import PortalSettings, create_app
from app.services.core.context import ServiceContext
from app.services.identity import device_id
from app.services.pairings.meetings_notes import add_meeting, add_note
from app.services.pairings.pairings import activate_pairing, create_pairing
from app.services.portal.links import issue_link
from app.services.settings.catalogue import seed_catalogue
from tests.helpers import FakeClock, make_mentee, make_mentor, make_programme, sqlite_copy
from tests.portal.world import token_of

plans = st.fixed_dictionaries(
    {
        "mentors": st.integers(2, 4),
        "pairings": st.lists(
            st.tuples(
                st.integers(0, 3),  # mentor index (mod the number of mentors)
                st.booleans(),  # activated
                st.lists(st.sampled_from(["all", "mentor", "coordinator"]), max_size=3),  # notes
                st.integers(-5, 5),  # a meeting, days from now
            ),
            min_size=1,
            max_size=7,
        ),
    }
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans)
def test_a_mentor_never_sees_another_mentors_mentees_or_coordinator_notes(
    plan: dict, sqlite_template: Path, tmp_path: Path
) -> None:
    from datetime import timedelta

    url = sqlite_copy(sqlite_template, tmp_path / f"{uuid.uuid4().hex}.db")
    db = open_database(url)
    clock = FakeClock()
    ctx = ServiceContext(db=db, actor="Koordinator", device_id=device_id(db), clock=clock)
    seed_catalogue(ctx)
    programme = make_programme(ctx, capacity=7)
    mentors = [make_mentor(ctx, programme.id, f"Mentor {i}", capacity=7) for i in range(plan["mentors"])]
    mentees_of: dict[str, set[str]] = {m.id: set() for m in mentors}
    secrets: set[str] = set()
    for n, (who, active, notes, days) in enumerate(plan["pairings"]):
        mentor = mentors[who % len(mentors)]
        mentee = make_mentee(ctx, programme.id, f"Mentee-{uuid.uuid4().hex[:10]}")
        pairing = create_pairing(ctx, programme=programme.id, mentor=mentor.id, mentee=mentee.id)
        mentees_of[mentor.id].add(mentee.name)
        if not active:
            continue
        activate_pairing(ctx, pairing.id)
        add_meeting(ctx, pairing.id, clock.current + timedelta(days=days, hours=1 + n))
        for visibility in notes:
            body = f"note-{visibility}-{uuid.uuid4().hex[:10]}"
            add_note(ctx, pairing.id, body, visibility)
            if visibility == "coordinator":
                secrets.add(body)
    engine = open_portal_engine(url, None)
    app = create_app(engine, PortalSettings(secret=b"property", clock=clock))
    everyone = set().union(*mentees_of.values())
    with engine.connect() as conn:
        from sqlalchemy import text

        pairings = conn.execute(text("SELECT id, mentor_id FROM mentor_pairings")).all()
    for mentor in mentors:
        client = TestClient(app, base_url="http://portal.test", follow_redirects=False)
        assert client.get(f"/l/{token_of(issue_link(ctx, mentor.id).url)}").status_code == 303
        mentees_page = client.get("/mentees").text
        feed_path = mentees_page.split('href="')[-1].split('"')[0]
        seen = [mentees_page, client.get(feed_path).text]
        for pairing_id, owner in pairings:
            response = client.get(f"/pairings/{pairing_id}")
            assert response.status_code == (200 if owner == mentor.id else 404)
            seen.append(response.text)
        text_seen = "\n".join(seen)
        for name in everyone - mentees_of[mentor.id]:
            assert name not in text_seen
        for name in mentees_of[mentor.id]:
            assert name in mentees_page
        for secret in secrets:
            assert secret not in text_seen
    engine.dispose()
    db.dispose()
