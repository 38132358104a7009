"""Acceptance: `portal serve` as a process — link, pages, feed, revocation — on SQLite and on a server prepared by
`server init`, read through the portal role, with the link issued on a desktop and synced there."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar

from app.services.portal.links import issue_link, renew_calendar, revoke_links
from app.sync.server_setup import init_server
from tests.helpers import FakeClock, empty_postgres
from tests.portal.world import SECRET_NOTE, World, build_world, token_of
from tests.sync.desktops import Desktop

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def portal_process(db: str, tmp_path: Path, *extra: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTOR_CONFIG_DIR": str(tmp_path / "portal-config")}
    env.pop("MENTOR_DB_URL", None)
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", db, "portal", "serve", "--port", str(port), *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(base + "/", timeout=0.5)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline, "the portal did not start"
                time.sleep(0.1)
        yield base, process
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=15)


def walk(base: str, world: World, mentor_a_token: str) -> httpx.Client:
    client = httpx.Client(base_url=base, follow_redirects=False, timeout=5)
    opened = client.get(f"/l/{mentor_a_token}")
    assert opened.status_code == 303 and opened.headers["location"] == "/mentees"
    assert "HttpOnly" in opened.headers["set-cookie"]
    mentees = client.get("/mentees")
    assert mentees.status_code == 200
    assert all(name in mentees.text for name in world.mentee_names_a) and world.mentee_name_b not in mentees.text
    assert client.get(f"/pairings/{world.pairing_b}").status_code == 404
    detail = client.get(f"/pairings/{world.pairing_a}")
    assert detail.status_code == 200 and SECRET_NOTE not in detail.text and world.notes["mentor"] in detail.text
    feed = client.get(mentees.text.split('href="')[-1].split('"')[0])
    uids = {str(e["UID"]).split("@")[0] for e in Calendar.from_ical(feed.content).walk("VEVENT")}
    assert uids == set(world.meetings_a)
    return client


def feed_path(client: httpx.Client) -> str:
    """The calendar address My mentees links to."""
    return "/calendar/" + client.get("/mentees").text.split('href="/calendar/')[1].split('"')[0]


def finish(process: subprocess.Popen[str], *secrets: str) -> str:
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=15) == 0
    out = process.stdout.read() if process.stdout else ""
    assert "GET /mentees 200" in out and "GET /l/… 303" in out
    for secret in secrets:
        assert secret not in out
    assert "portal stopped" in out
    return out


def test_serve_on_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    from app.db import open_database
    from app.services.core.context import ServiceContext
    from app.services.identity import device_id
    from app.services.settings.catalogue import seed_catalogue

    db = open_database(sqlite_url)
    ctx = ServiceContext(db=db, actor="Coordinator", device_id=device_id(db))
    seed_catalogue(ctx)
    world = build_world(ctx)
    with portal_process(sqlite_url, tmp_path) as (base, process):
        client = walk(base, world, world.token_a)
        revoke_links(ctx, world.mentor_a)
        assert client.get("/mentees").status_code == 401
        assert client.get(f"/l/{world.token_a}").status_code == 404
        out = finish(process, world.token_a)
    assert "SQLite" in out and "read-only" in out
    db.dispose()


def test_serve_with_two_worker_processes_shares_sessions_and_stops_cleanly(sqlite_url: str, tmp_path: Path) -> None:
    from app.db import open_database
    from app.services.core.context import ServiceContext
    from app.services.identity import device_id
    from app.services.settings.catalogue import seed_catalogue

    db = open_database(sqlite_url)
    ctx = ServiceContext(db=db, actor="Coordinator", device_id=device_id(db))
    seed_catalogue(ctx)
    world = build_world(ctx)
    with portal_process(sqlite_url, tmp_path, "--workers", "2") as (base, process):
        client = walk(base, world, world.token_a)
        # Fresh connections land on either worker: both accept the session (one signing key).
        cookies = dict(client.cookies)
        for _ in range(6):
            assert httpx.get(base + "/mentees", cookies=cookies, timeout=5).status_code == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
        out = process.stdout.read() if process.stdout else ""
    assert "2 worker processes" in out and "GET /mentees 200" in out and world.token_a not in out
    db.dispose()


@pytest.mark.postgres
def test_serve_on_the_server_through_the_portal_role_with_a_link_synced_from_a_desktop(
    tmp_path: Path, sqlite_template: Path
) -> None:
    clock = FakeClock(start=FakeClock().current.replace(year=2030))  # links made on the tests' clock stay valid
    with empty_postgres() as server:
        init_server(server)
        desktop = Desktop("kari-desk", tmp_path, sqlite_template, server, clock)
        world = build_world(desktop.ctx)
        # A link issued on the desktop after the world: it reaches the server only through sync.
        fresh = token_of(issue_link(desktop.ctx, world.mentor_a, base_url="https://portal.example.no").url)
        desktop.sync()
        password_url = server.replace("postgres@", "postgres:hunter2@")
        with portal_process(password_url, tmp_path, "--portal-role", "mentor_portal") as (base, process):
            client = walk(base, world, fresh)
            # A new calendar address made on the desktop takes over on the server after the sync that carries it.
            old_feed = feed_path(client)
            renew_calendar(desktop.ctx, world.mentor_a)
            assert client.get(old_feed).status_code == 200
            desktop.sync()
            new_feed = feed_path(client)
            assert new_feed != old_feed
            assert client.get(old_feed).status_code == 404 and client.get(new_feed).status_code == 200
            revoke_links(desktop.ctx, world.mentor_a)
            assert client.get("/mentees").status_code == 200  # not yet on the server
            desktop.sync()
            assert client.get("/mentees").status_code == 401
            assert client.get(f"/l/{fresh}").status_code == 404
            out = finish(process, fresh, "hunter2")
        assert "PostgreSQL as role mentor_portal" in out
        desktop.close()


def test_serve_refuses_a_role_that_can_write(tmp_path: Path) -> None:
    with empty_postgres() as server:
        init_server(server)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTOR_CONFIG_DIR": str(tmp_path)}
        done = subprocess.run(
            [sys.executable, "main.py", "--db", server, "portal", "serve", "--portal-role", "postgres"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert done.returncode == 1
    assert "read-only role" in done.stderr and len(done.stderr.strip().splitlines()) == 1
