"""Per-installation settings live in a settings file, not in a database others may share."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import open_database
from app.errors import DomainError
from app.installation import Installation
from app.models import LocalSetting
from app.services.identity import device_id, resolve_actor, save_identity
from tests.helpers import sqlite_copy


def test_values_an_older_database_kept_move_into_the_settings_file_once(tmp_path: Path, sqlite_template: Path) -> None:
    db = open_database(sqlite_copy(sqlite_template, tmp_path / "old.db"))
    with db.session_factory.begin() as session:
        session.add_all(
            [
                LocalSetting(key="device_id", value="11111111-2222-3333-4444-555555555555"),
                LocalSetting(key="identity", value="Kari Nordmann"),
                LocalSetting(key="scope_units", value=json.dumps(["unit-a"])),
                LocalSetting(key="sync_cursor", value="42"),
            ]
        )
    installation = Installation(tmp_path / "config" / "settings.json")
    assert device_id(db, installation) == "11111111-2222-3333-4444-555555555555"
    assert resolve_actor(None, installation) == "Kari Nordmann"
    assert installation.scope == ["unit-a"]
    with db.session_factory() as session:
        # Moved, not copied; what describes the database itself (the sync cursor) stays with it.
        assert set(session.scalars(select(LocalSetting.key))) == {"sync_cursor"}
    assert stat.S_IMODE(installation.path.stat().st_mode) == 0o600
    db.dispose()


def test_two_installations_on_copies_of_one_database_keep_their_own_ids_and_names(
    tmp_path: Path, sqlite_template: Path
) -> None:
    first, second = Installation(tmp_path / "a" / "settings.json"), Installation(tmp_path / "b" / "settings.json")
    db = open_database(sqlite_copy(sqlite_template, tmp_path / "shared.db"))
    save_identity("Oslo office", first)
    save_identity("Bergen office", second)
    assert device_id(db, first) != device_id(db, second)
    assert device_id(db, first) == device_id(db, first)  # made once, then kept
    assert (resolve_actor(None, first), resolve_actor(None, second)) == ("Oslo office", "Bergen office")
    assert resolve_actor(" Per ", first) == "Per"
    db.dispose()


def test_an_unreadable_settings_file_is_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    with pytest.raises(DomainError, match="cannot be read"):
        Installation(path).get("device_id")
