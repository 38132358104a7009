"""`meeting …`, `note …` and `portal link|revoke|renew-calendar|links` from the command line: Oslo times in and
out, UTC stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from app.services.core.context import ServiceContext
from tests.cli.conftest import Cli, Result, cli  # noqa: F401  (the fixture, shared with the CLI tests)
from tests.portal.world import World


def ok(result: Result) -> object:
    assert result.code == 0, result.err
    return result.data


def refused(result: Result, fragment: str) -> None:
    assert result.code == 1 and result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], result.err


def test_meetings_in_oslo_time(cli: Cli, ctx: ServiceContext, world: World) -> None:  # noqa: F811
    added = ok(
        cli("meeting", "add", world.pairing_a, "--at", "2026-06-10 18:30", "--minutes", "45", "--modality", "phone")
    )
    assert isinstance(added, dict)
    assert added["scheduled_at"] == "2026-06-10T18:30:00+02:00"  # summer time
    assert added["duration_minutes"] == 45 and added["status"] == "scheduled"
    with ctx.db.engine.connect() as conn:
        stored = conn.execute(text("SELECT scheduled_at FROM meetings WHERE id = :id"), {"id": added["id"]}).scalar()
    stored_utc = stored if isinstance(stored, datetime) else datetime.fromisoformat(str(stored))
    assert stored_utc.replace(tzinfo=stored_utc.tzinfo or UTC) == datetime(2026, 6, 10, 16, 30, tzinfo=UTC)

    winter = ok(cli("meeting", "add", world.pairing_a, "--at", "2026-12-01 09:00"))
    assert isinstance(winter, dict) and winter["scheduled_at"] == "2026-12-01T09:00:00+01:00"

    updated = ok(cli("meeting", "update", winter["id"], "--status", "cancelled", "--reason", "Sick"))
    assert isinstance(updated, dict) and updated["status"] == "cancelled" and updated["reason"] == "Sick"
    listed = ok(cli("meeting", "list", "--pairing", world.pairing_a))
    assert isinstance(listed, list) and [m["scheduled_at"] for m in listed][-2:] == [
        "2026-06-10T18:30:00+02:00",
        "2026-12-01T09:00:00+01:00",
    ]
    everything = ok(cli("meeting", "list"))
    assert isinstance(everything, list) and world.meeting_b in {m["id"] for m in everything}
    human = cli("meeting", "list", "--pairing", world.pairing_a, as_json=False)
    assert "2026-06-10 18:30" in human.out and "cancelled" in human.out


def test_meeting_refusals_are_one_line(cli: Cli, world: World) -> None:  # noqa: F811
    refused(cli("meeting", "add", world.pairing_a, "--at", "10.06.2026 18:30"), "YYYY-MM-DD HH:MM")
    refused(cli("meeting", "add", world.pairing_a, "--at", "2026-03-29 02:30"), "does not exist")
    refused(cli("meeting", "update", world.meetings_a[2], "--status", "cancelled", "--reason", "x"), "cannot become")
    refused(cli("meeting", "update", world.meetings_a[0], "--status", "no_show"), "reason")
    assert cli("meeting", "update", world.meetings_a[0], "--status", "lost").code == 2  # a usage error


def test_notes_with_visibility(cli: Cli, world: World) -> None:  # noqa: F811
    note = ok(cli("note", "add", world.pairing_a, "--text", "Met at the library", "--visibility", "mentor"))
    assert isinstance(note, dict) and note["visibility"] == "mentor" and note["created_at"].endswith("+01:00")
    notes = ok(cli("note", "list", world.pairing_a))
    assert isinstance(notes, list) and {n["visibility"] for n in notes} == {"all", "mentor", "coordinator"}
    assert cli("note", "add", world.pairing_a, "--text", "x", "--visibility", "public").code == 2


def test_portal_links_from_the_command_line(cli: Cli, ctx: ServiceContext, world: World) -> None:  # noqa: F811
    issued = ok(cli("portal", "link", "kari@example.no", "--days", "30", "--base-url", "https://portal.example.no/"))
    assert isinstance(issued, dict)
    assert issued["url"].startswith("https://portal.example.no/l/") and len(issued["url"].rsplit("/", 1)[1]) >= 43
    lifetime = datetime.fromisoformat(issued["expires_at"]) - datetime.now(UTC)  # the CLI runs on the real clock
    assert timedelta(days=29, hours=23) < lifetime <= timedelta(days=30)
    token = issued["url"].rsplit("/", 1)[1]
    with ctx.db.engine.connect() as conn:
        stored = " ".join(str(v) for row in conn.execute(text("SELECT * FROM portal_links")) for v in row)
        journal = " ".join(str(v) for row in conn.execute(text("SELECT new_value FROM change_journal")) for v in row)
    assert token not in stored and token not in journal  # only the hash is kept, and only the hash syncs

    links = ok(cli("portal", "links"))
    assert (
        isinstance(links, list)
        and len(links) == 3
        and all("url" not in link and "token_hash" not in link for link in links)
    )
    # The world's links were issued on the tests' clock in March 2026; the CLI's own runs on today's.
    assert {link["state"] for link in links if link["id"] == issued["id"]} == {"active"}
    renewed = ok(cli("portal", "renew-calendar", "kari@example.no"))
    assert renewed == {"renewed": 1}  # the world's links expired on the real clock; the new one is renewed
    with ctx.db.engine.connect() as conn:
        generation = conn.execute(text("SELECT feed_generation FROM portal_links WHERE id = :id"), {"id": issued["id"]})
        assert generation.scalar() == 1
    human = cli("portal", "renew-calendar", "kari@example.no", as_json=False)
    assert human.code == 0 and "old calendar address no longer works" in human.out
    revoked = ok(cli("portal", "revoke", world.mentor_a))
    assert isinstance(revoked, dict) and revoked["revoked"] == 2
    states = {(link["mentor"], link["state"]) for link in ok(cli("portal", "links"))}  # type: ignore[union-attr]
    assert {state for mentor, state in states if mentor == world.mentor_a} == {"revoked"}
    assert (world.mentor_b, "revoked") not in states
    human = cli("portal", "link", world.mentor_b, as_json=False)
    assert "/l/" in human.out and "shown only now" in human.out
    refused(cli("portal", "renew-calendar", world.mentor_a), "no valid personal link")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("portal", "link", "nobody@example.no"), "no person"),
        (("portal", "link", "kari@example.no", "--days", "0"), "between 1 and 366"),
        (("portal", "link", "kari@example.no", "--base-url", "portal.example.no"), "http"),
    ],
)
def test_link_refusals(cli: Cli, world: World, args: tuple[str, ...], fragment: str) -> None:  # noqa: F811
    refused(cli(*args), fragment)


def test_only_mentors_get_links(cli: Cli, ctx: ServiceContext, world: World) -> None:  # noqa: F811
    with ctx.db.engine.connect() as conn:
        mentee = conn.execute(
            text("SELECT mentee_id FROM mentor_pairings WHERE id = :p"), {"p": world.pairing_a}
        ).scalar()
    refused(cli("portal", "link", str(mentee)), "not a mentor")
