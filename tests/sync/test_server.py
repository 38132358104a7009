"""`server init` and the conditions sync refuses with a sentence: wrong server, wrong schema, unreachable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from app.db import SCHEMA_HEAD
from app.sync.errors import SyncError, connection_message
from app.sync.server_setup import init_server
from tests.helpers import empty_postgres
from tests.sync.desktops import Desktop, server_state

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, config: Path, db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MENTOR_CONFIG_DIR": str(config)}
    env.pop("MENTOR_SERVER_URL", None)
    command = [sys.executable, "main.py", *(["--db", db] if db else []), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_server_init_prepares_an_empty_database_once_and_refuses_a_foreign_one(tmp_path: Path) -> None:
    with empty_postgres() as url:
        first = _cli("server", "init", "--url", url, "--json", config=tmp_path)
        assert first.returncode == 0, first.stderr
        info = json.loads(first.stdout)
        assert info["schema"] == SCHEMA_HEAD and {r["name"] for r in info["roles"]} == {
            "mentor_coordinator",
            "mentor_portal",
        }
        assert "password" not in info["server"]
        before = server_state(url)
        again = _cli("server", "init", "--url", url, "--json", config=tmp_path)
        assert again.returncode == 0 and json.loads(again.stdout) == info
        assert server_state(url) == before
    with empty_postgres() as url, psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE invoices (id integer primary key)")
        conn.commit()
        refused = _cli("server", "init", "--url", url, config=tmp_path)
        assert refused.returncode == 1
        assert "already holds other data" in refused.stderr and "Traceback" not in refused.stderr


def test_the_portal_role_can_read_but_not_write(server_url: str) -> None:
    portal = make_url(server_url).set(username="mentor_portal").render_as_string(hide_password=False)
    with psycopg.connect(portal, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM mentor_pairings").fetchone() == (0,)
        for statement in (
            "INSERT INTO people (id, name, languages, contact_preferences, created_at, updated_at) "
            "VALUES ('x', 'X', '[]', '[]', now(), now())",
            "UPDATE people SET name = 'Y'",
            "DELETE FROM notes",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM sync_devices")


def test_the_coordinator_role_syncs(desktops: Callable[[str], Desktop], server_url: str) -> None:
    coordinator = make_url(server_url).set(username="mentor_coordinator").render_as_string(hide_password=False)
    a = desktops("Oslo office")
    a.server_url = coordinator
    from tests.helpers import make_programme

    make_programme(a.ctx)
    report = a.sync()
    assert report.pushed > 0 and a.state() == server_state(server_url)


def test_sync_refuses_with_a_sentence_and_changes_nothing(desktops: Callable[[str], Desktop], server_url: str) -> None:
    a = desktops("Oslo office")
    before = a.state()
    cases = {
        "postgresql://postgres@127.0.0.1:1/nothing": "cannot be reached",
        "just some words": "is not a server address",
        make_url(server_url).set(username="nobody_here").render_as_string(hide_password=False): "does not know",
        make_url(server_url).set(database="no_such_database_x").render_as_string(hide_password=False): "no such",
    }
    for url, words in cases.items():
        a.server_url = url
        with pytest.raises(SyncError) as failure:
            a.sync()
        assert words in str(failure.value)
    a.server_url = server_url
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        with pytest.raises(SyncError, match=r"newer than this app.*update the app"):
            a.sync()
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
        with pytest.raises(SyncError, match="older schema"):
            a.sync()
    with empty_postgres() as bare:
        a.server_url = bare
        with pytest.raises(SyncError, match="not set up for sync yet"):
            a.sync()
    assert a.state() == before and a.unsent() > 0


def test_sync_without_a_server_says_how_to_set_one(tmp_path: Path, sqlite_template: Path) -> None:
    result = _cli("sync", config=tmp_path / "config", db=f"sqlite:///{tmp_path / 'a.db'}")
    assert result.returncode == 1 and "No server is set" in result.stderr


def test_a_wrong_password_is_a_sentence_without_the_password() -> None:
    message = connection_message(
        Exception('connection failed: FATAL:  password authentication failed for user "kari"'),
        "postgresql://kari:secret@db.example.no/mentors",
    )
    assert "refused the user name or password" in message and "secret" not in message


def test_sync_url_is_remembered_per_installation(tmp_path: Path, server_url: str) -> None:
    config, db = tmp_path / "config", f"sqlite:///{tmp_path / 'a.db'}"
    first = _cli("sync", "--server", server_url, "--json", config=config, db=db)
    assert first.returncode == 0, first.stderr
    again = _cli("sync", "--json", config=config, db=db)
    assert again.returncode == 0 and json.loads(again.stdout)["pushed"] == 0
    assert json.loads((config / "settings.json").read_text())["server_url"] == server_url


def test_server_init_refuses_a_database_that_is_not_postgres() -> None:
    with pytest.raises(SyncError, match="must be a PostgreSQL database"):
        init_server("sqlite:///x.db")
    with pytest.raises(SyncError, match="is not a server address"):
        init_server("db.example.no")
