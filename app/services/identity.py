"""Who is acting and on which installation: the device id and the saved coordinator name.

Both belong to the installation's settings file (app.installation), not to a database others may share. Databases
made before sync kept them in `local_settings`; the first use moves them into the settings file once.
"""

from __future__ import annotations

import getpass

from sqlalchemy import delete, select

from app.db import Database
from app.errors import InvalidInput
from app.installation import Installation, current_installation
from app.models import LocalSetting

# Keys of the values older databases kept in local_settings, and their names in the settings file.
MOVED_KEYS = {"device_id": "device_id", "identity": "coordinator_name", "scope_units": "scope"}


def adopt_database_settings(db: Database, installation: Installation | None = None) -> None:
    """Move per-installation values an older database kept into the settings file (once; the file wins)."""
    installation = installation or current_installation()
    with db.session_factory.begin() as session:
        rows = session.execute(
            select(LocalSetting.key, LocalSetting.value).where(LocalSetting.key.in_(MOVED_KEYS))
        ).all()
        if not rows:
            return
        for key, value in rows:
            target = MOVED_KEYS[key]
            if installation.get(target) is None and value:
                installation.set(target, _decoded(key, value))
        session.execute(delete(LocalSetting).where(LocalSetting.key.in_(MOVED_KEYS)))


def _decoded(key: str, value: str) -> object:
    if key == "scope_units":
        import json

        return json.loads(value)
    return value


def device_id(db: Database, installation: Installation | None = None) -> str:
    """This installation's device id (an older database's id is kept, moved into the settings file)."""
    adopt_database_settings(db, installation)
    return (installation or current_installation()).device_id


def saved_identity(installation: Installation | None = None) -> str | None:
    return (installation or current_installation()).coordinator_name


def save_identity(name: str, installation: Installation | None = None) -> None:
    name = name.strip()
    if not name:
        raise InvalidInput("The coordinator name cannot be empty.")
    (installation or current_installation()).set("coordinator_name", name)


def resolve_actor(explicit: str | None, installation: Installation | None = None) -> str:
    """`--as NAME`, else the saved name, else the operating-system user."""
    if explicit and explicit.strip():
        return explicit.strip()
    return saved_identity(installation) or getpass.getuser()
