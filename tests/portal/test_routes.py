"""The portal's pages through an in-process client, on SQLite (read-only) and PostgreSQL (the portal role)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import httpx
import pytest
from icalendar import Calendar
from sqlalchemy import Engine, text

from app.errors import InvalidInput
from app.portal import queries
from app.services.core.context import ServiceContext
from app.services.portal.links import issue_link, renew_calendar, revoke_links
from tests.helpers import FakeClock, make_mentor, make_programme
from tests.portal.conftest import sign_in
from tests.portal.world import SECRET_NOTE, World, token_of

HEADERS = {
    "content-security-policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        "base-uri 'none'"
    ),
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
}


def assert_secure(response: httpx.Response) -> None:
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, (response.request.url, name)
    assert "unsafe-inline" not in response.headers["content-security-policy"]


def test_a_link_starts_a_session_and_moves_to_a_url_without_the_token(client: httpx.Client, world: World) -> None:
    response = sign_in(client, world.token_a)
    assert response.headers["location"] == "/mentees"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    assert world.token_a not in cookie
    assert_secure(response)
    page = client.get("/mentees")
    assert page.status_code == 200
    assert '<html lang="nb">' in page.text and "Mine mentees" in page.text
    # A mail scanner's GET did not use the link up: it opens again, from a fresh browser too.
    client.cookies.clear()
    sign_in(client, world.token_a)


def test_behind_https_the_session_cookie_is_secure(client: httpx.Client, world: World) -> None:
    response = client.get(f"https://portal.test/l/{world.token_a}")
    assert response.status_code == 303
    assert "Secure" in response.headers["set-cookie"]


def test_a_mentor_sees_only_their_own_mentees_and_notes_for_mentors(client: httpx.Client, world: World) -> None:
    sign_in(client, world.token_a)
    mentees = client.get("/mentees").text
    for name in world.mentee_names_a:
        assert name in mentees
    assert world.mentee_name_b not in mentees
    assert "I rute" in mentees and "check.svg" in mentees  # status as text and icon shape
    assert "torsdag 5. mars 2026 kl. 18:00" in mentees  # the next meeting, in Norwegian, Oslo time

    detail = client.get(f"/pairings/{world.pairing_a}")
    assert detail.status_code == 200
    assert world.notes["all"] in detail.text and world.notes["mentor"] in detail.text
    assert SECRET_NOTE not in detail.text and "eyesight" not in detail.text
    assert "Avlyst – Mentee is ill" in detail.text  # a cancelled meeting, with its reason
    assert "Koblingen startet." in detail.text  # history in words

    other = client.get(f"/pairings/{world.pairing_b}")
    assert other.status_code == 404
    assert world.mentee_name_b not in other.text and world.notes["other_mentor"] not in other.text
    assert client.get("/pairings/no-such-pairing").status_code == 404
    assert_secure(other)


def test_without_a_session_the_pages_say_what_to_do(client: httpx.Client, world: World) -> None:
    for path in ("/mentees", f"/pairings/{world.pairing_a}"):
        response = client.get(path)
        assert response.status_code == 401
        assert "personlige lenken" in response.text
        assert_secure(response)
    client.cookies.set("mc_portal_session", "forged.123.abc")
    assert client.get("/mentees").status_code == 401


def test_every_bad_link_gets_the_same_answer(
    ctx: ServiceContext, client: httpx.Client, world: World, clock: FakeClock
) -> None:
    expired = token_of(issue_link(ctx, world.mentor_b, days=1).url)
    clock.advance(days=2)
    unknown = client.get("/l/" + "x" * 43)
    too_old = client.get(f"/l/{expired}")
    assert unknown.status_code == too_old.status_code == 404
    assert unknown.text == too_old.text
    assert "Be koordinatoren din om en ny personlig lenke." in unknown.text


def test_revoking_refuses_the_link_and_ends_its_sessions(
    ctx: ServiceContext, client: httpx.Client, world: World
) -> None:
    sign_in(client, world.token_a)
    feed = client.get("/mentees").text.split('href="/calendar/')[1].split('"')[0]
    assert client.get(f"/calendar/{feed}").status_code == 200
    assert len(revoke_links(ctx, world.mentor_a)) == 1
    assert client.get("/mentees").status_code == 401
    assert client.get(f"/l/{world.token_a}").status_code == 404
    assert client.get(f"/calendar/{feed}").status_code == 404
    client.cookies.clear()
    sign_in(client, world.token_b)  # other mentors keep their links


def test_a_new_calendar_address_ends_the_old_one_and_keeps_the_link(
    ctx: ServiceContext, client: httpx.Client, world: World
) -> None:
    sign_in(client, world.token_a)
    old = client.get("/mentees").text.split('href="/calendar/')[1].split('"')[0]
    assert renew_calendar(ctx, world.mentor_a) == 1
    new = client.get("/mentees").text.split('href="/calendar/')[1].split('"')[0]
    assert new != old
    refused = client.get(f"/calendar/{old}")
    assert refused.status_code == 404 and "Be koordinatoren din om en ny personlig lenke." in refused.text
    assert client.get(f"/calendar/{new}").status_code == 200
    assert client.get("/mentees").status_code == 200  # the session and the personal link go on
    assert client.get(f"/l/{world.token_a}").status_code == 303
    # A forged generation (the link's own id with a number it never had) is refused like any bad token.
    link_id, _generation, mac = new.removesuffix(".ics").split(".")
    assert client.get(f"/calendar/{link_id}.7.{mac}.ics").status_code == 404


def test_renewing_a_calendar_needs_a_valid_link(ctx: ServiceContext, world: World) -> None:
    revoke_links(ctx, world.mentor_a)
    with pytest.raises(InvalidInput, match="has no valid personal link"):
        renew_calendar(ctx, world.mentor_a)


def test_expiry_ends_the_session_too(client: httpx.Client, world: World, clock: FakeClock) -> None:
    sign_in(client, world.token_a)
    clock.advance(days=91)
    assert client.get("/mentees").status_code == 401
    assert client.get(f"/l/{world.token_a}").status_code == 404


def test_the_calendar_feed_lists_my_meetings_as_rfc_5545(client: httpx.Client, world: World) -> None:
    sign_in(client, world.token_a)
    feed_path = client.get("/mentees").text.split('href="')[-1].split('"')[0]
    response = client.get(feed_path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert_secure(response)
    calendar = Calendar.from_ical(response.content)
    events = {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    assert set(events) == set(world.meetings_a)
    assert world.meeting_b not in response.text
    soon, cancelled = events[world.meetings_a[0]], events[world.meetings_a[1]]
    assert str(cancelled["STATUS"]) == "CANCELLED" and str(soon["STATUS"]) == "CONFIRMED"
    assert int(cancelled["SEQUENCE"]) > int(soon["SEQUENCE"]) == 0
    assert soon["DTSTART"].dt == datetime(2026, 3, 5, 17, 0, tzinfo=UTC)
    assert str(soon["DTSTART"].params["TZID"]) == "Europe/Oslo"
    assert soon["DTSTAMP"].dt.utcoffset().total_seconds() == 0 and b"DTSTAMP:" in response.content
    zones = [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
    assert zones == ["Europe/Oslo"]
    assert b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in response.content  # a real zone with its rules
    oslo_rules = calendar.walk("VTIMEZONE")[0].to_tz()
    for moment in (datetime(2026, 1, 15, 12), datetime(2026, 7, 1, 12), datetime(2031, 3, 30, 12)):
        assert oslo_rules.utcoffset(moment) == moment.replace(tzinfo=ZoneInfo("Europe/Oslo")).utcoffset()
    # The same request twice gives the same UIDs: calendars update events instead of duplicating them.
    again = Calendar.from_ical(client.get(feed_path).content)
    assert [e["UID"] for e in again.walk("VEVENT")] == [e["UID"] for e in calendar.walk("VEVENT")]


def test_a_forged_feed_token_is_refused(client: httpx.Client, world: World) -> None:
    assert client.get("/calendar/abc.def.ics").status_code == 404


def test_english_by_choice(client: httpx.Client, world: World) -> None:
    sign_in(client, world.token_a)
    switched = client.get("/lang/en?next=/mentees")
    assert switched.status_code == 303 and switched.headers["location"] == "/mentees"
    page = client.get("/mentees")
    assert '<html lang="en">' in page.text and "My mentees" in page.text and "On track" in page.text
    assert "Thursday 5 March 2026 at 18:00" in page.text
    assert client.get("/lang/nb?next=//evil.example").headers["location"] == "/"
    assert '<html lang="nb">' in client.get("/mentees").text


def test_a_mentor_without_mentees_gets_an_empty_state(ctx: ServiceContext, client: httpx.Client, world: World) -> None:
    programme = make_programme(ctx, "Likeperson Bergen")
    lonely = make_mentor(ctx, programme.id, "Nils Ny")
    sign_in(client, token_of(issue_link(ctx, lonely.id).url))
    page = client.get("/mentees").text
    assert "Ingen mentees akkurat nå" in page


def test_failed_links_are_limited_per_address_but_valid_links_always_open(client: httpx.Client, world: World) -> None:
    answers = [client.get(f"/l/bad-token-{n}").status_code for n in range(8)]
    assert answers[:5] == [404] * 5 and set(answers[5:]) == {429}
    limited = client.get("/l/bad-again")
    assert limited.headers["retry-after"].isdigit()
    assert_secure(limited)
    sign_in(client, world.token_a)  # a colleague on the same network still gets in


def test_security_headers_on_every_response_including_errors(
    client: httpx.Client, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in ("/", "/static/portal.css", "/static/check.svg", "/nowhere", "/mentees", "/l/bad"):
        assert_secure(client.get(path))

    def broken(*_args: object) -> None:
        raise RuntimeError("database went away")

    sign_in(client, world.token_a)
    monkeypatch.setattr(queries, "my_mentees", broken)
    from starlette.testclient import TestClient

    crash = TestClient(client.app, base_url="http://portal.test", raise_server_exceptions=False, follow_redirects=False)
    crash.cookies = client.cookies
    response = crash.get("/mentees")
    assert response.status_code == 500
    assert_secure(response)
    assert "database went away" not in response.text


def test_tokens_never_reach_the_log(client: httpx.Client, world: World, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        sign_in(client, world.token_a)
        feed = client.get("/mentees").text.split('href="/calendar/')[1].split('"')[0]
        client.get(f"/calendar/{feed}")
        client.get("/l/not-a-token")
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("app"))  # not the test client
    assert "GET /l/… 303" in logged and "GET /mentees 200" in logged
    assert world.token_a not in logged and feed.split(".")[2] not in logged and "not-a-token" not in logged


def counts(engine: Engine) -> dict[str, object]:
    with engine.connect() as conn:
        names = conn.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                if engine.dialect.name == "sqlite"
                else "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ).scalars()
        found: dict[str, object] = {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() for n in names}
        found["journal_max_seq"] = conn.execute(text("SELECT max(seq) FROM change_journal")).scalar()
        found["latest_update"] = conn.execute(text("SELECT max(updated_at) FROM portal_links")).scalar()
    return found


def test_the_portal_never_writes(ctx: ServiceContext, client: httpx.Client, world: World) -> None:
    before = counts(ctx.db.engine)
    sign_in(client, world.token_a)
    feed = client.get("/mentees").text.split('href="/calendar/')[1].split('"')[0]
    for path in (
        "/",
        "/mentees",
        f"/pairings/{world.pairing_a}",
        f"/pairings/{world.pairing_a2}",
        f"/pairings/{world.pairing_b}",
        f"/calendar/{feed}",
        "/lang/en?next=/mentees",
        "/mentees",
        "/l/bad",
    ):
        assert client.get(path).status_code in (200, 303, 404)
    client.post("/logout")
    assert counts(ctx.db.engine) == before


def test_the_portal_connection_cannot_write(portal_engine: Engine, world: World) -> None:
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError), portal_engine.connect() as conn:
        conn.execute(text("UPDATE notes SET visibility = 'all'"))
        conn.commit()
    with pytest.raises(DBAPIError), portal_engine.connect() as conn:
        conn.execute(text("DELETE FROM portal_links"))
        conn.commit()
