"""Faults where data moves: an error at every step of push and pull, a lost answer, a replay, a killed process,
a dropped connection and a restarted server. Afterwards nothing is lost or applied twice."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from app.db import make_engine
from app.services.pairings.pairings import activate_pairing, create_pairing
from app.services.people.people import update_person
from app.services.people.rules import PersonFields
from app.sync import outbox
from app.sync.engine import POINTS
from app.sync.errors import SyncError
from app.sync.server_apply import apply_push
from tests.helpers import PG_ADMIN_URL, make_mentee, make_mentor, make_programme
from tests.sync.desktops import Cut, Desktop, ledger_check, server_state


def _work(a: Desktop, b: Desktop) -> None:
    """Both desktops change things, some of it the same record."""
    programme = make_programme(a.ctx, "Likeperson Vest")
    kari = make_mentor(a.ctx, programme.id, "Kari Nordmann")
    ola = make_mentee(a.ctx, programme.id, "Ola Hansen")
    a.sync()
    b.sync()
    pairing = create_pairing(a.ctx, programme=programme.id, mentor=kari.id, mentee=ola.id)
    activate_pairing(a.ctx, pairing.id)
    update_person(b.ctx, ola.id, PersonFields(phone="900 00 000"))
    make_mentor(b.ctx, programme.id, "Aud Jakobsen")


def _converged(server_url: str, *desktops: Desktop) -> None:
    for _ in range(2):
        for desktop in desktops:
            desktop.sync()
    expected = server_state(server_url)
    for desktop in desktops:
        assert desktop.state() == expected, desktop.name
    ledger_check(server_url, list(desktops))


@pytest.mark.parametrize("point", POINTS)
def test_a_failure_at_any_step_loses_nothing_and_applies_nothing_twice(
    desktops: Callable[[str], Desktop], server_url: str, point: str
) -> None:
    a, b = desktops("Oslo office"), desktops("Bergen office")
    _work(a, b)
    b.sync()  # Bergen's changes are on the server, so Oslo's sync below has something to pull

    def fail(at: str) -> None:
        if at == point:
            raise Cut(at)

    with pytest.raises(Cut):
        a.sync(faults=fail)
    _converged(server_url, a, b)


def test_a_replayed_push_is_applied_once(desktops: Callable[[str], Desktop], server_url: str) -> None:
    a = desktops("Oslo office")
    programme = make_programme(a.ctx)
    make_mentor(a.ctx, programme.id)
    with a.db.engine.begin() as local:
        outbox.number_operations(local, 0)
    with a.db.engine.connect() as local:
        batch = next(outbox.unsent_batches(local))
    engine = make_engine(server_url)
    try:
        with engine.begin() as server:
            first = apply_push(server, a.device_id, batch, a.ctx.now())
        with engine.begin() as server:
            replay = apply_push(server, a.device_id, batch, a.ctx.now())
    finally:
        engine.dispose()
    assert first.applied_entries > 0 and replay.applied_entries == 0
    assert replay.last_op_no == first.last_op_no == batch[-1].op_no
    a.sync()  # the local side learns the answer it never heard
    assert a.state() == server_state(server_url)
    ledger_check(server_url, [a])


def _cli(desktop: Desktop, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "MENTOR_CONFIG_DIR": str(desktop.installation.path.parent / f"{desktop.name}-config"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "main.py", "--db", desktop.url, *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )


@pytest.mark.parametrize("point", ["push:before-commit", "push:after-commit", "pull:before-commit", "pull:applied"])
def test_a_sync_killed_mid_way_carries_on_next_time(
    desktops: Callable[[str], Desktop], server_url: str, point: str
) -> None:
    a, b = desktops("Oslo office"), desktops("Bergen office")
    _work(a, b)
    b.sync()
    # The desktop's own settings file for the CLI: same device id as the in-process desktop.
    config = a.installation.path.parent / f"{a.name}-config"
    config.mkdir()
    (config / "settings.json").write_text(a.installation.path.read_text())
    killed = _cli(a, "sync", "--server", server_url, MENTOR_SYNC_KILL_AT=point)
    assert killed.returncode == -9, killed.stderr
    finished = _cli(a, "sync", "--json")
    assert finished.returncode == 0, finished.stderr
    _converged(server_url, a, b)


def _terminate_server_connections(server_url: str) -> None:
    database = make_url(server_url).database
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        )


@pytest.mark.parametrize("point", ["push:before-commit", "pull:fetched"])
def test_a_connection_dropped_by_the_server_is_a_sentence_and_loses_nothing(
    desktops: Callable[[str], Desktop], server_url: str, point: str
) -> None:
    a, b = desktops("Oslo office"), desktops("Bergen office")
    _work(a, b)
    b.sync()

    def drop(at: str) -> None:
        if at == point:
            _terminate_server_connections(server_url)
            if point == "pull:fetched":
                raise Cut(at)  # the page was read; the connection it came on is gone before the next one

    with pytest.raises((SyncError, Cut)) as failure:
        a.sync(faults=drop)
    if failure.type is SyncError:
        assert "cannot be reached" in str(failure.value) or "stopped" in str(failure.value)
    _converged(server_url, a, b)


@pytest.mark.pg_restart
def test_postgres_restarted_mid_push_loses_nothing(desktops: Callable[[str], Desktop], server_url: str) -> None:
    a, b = desktops("Oslo office"), desktops("Bergen office")
    _work(a, b)

    def restart(at: str) -> None:
        if at == "push:before-commit":
            subprocess.run([str(Path(__file__).resolve().parents[2] / "scripts" / "restart-postgres.sh")], check=True)

    with pytest.raises(SyncError) as failure:
        a.sync(faults=restart)
    assert "cannot be reached" in str(failure.value) or "stopped" in str(failure.value)
    _converged(server_url, a, b)
