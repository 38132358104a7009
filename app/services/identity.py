"""Who is acting and on which installation: the device id and the saved coordinator identity."""

from __future__ import annotations

import getpass
import uuid

from sqlalchemy import select

from app.db import Database
from app.models import LocalSetting

DEVICE_KEY = "device_id"
IDENTITY_KEY = "identity"


def _get(db: Database, key: str) -> str | None:
    with db.session_factory() as session:
        return session.scalar(select(LocalSetting.value).where(LocalSetting.key == key))


def _put(db: Database, key: str, value: str) -> None:
    with db.session_factory.begin() as session:
        setting = session.get(LocalSetting, key)
        if setting is None:
            session.add(LocalSetting(key=key, value=value))
        else:
            setting.value = value


def device_id(db: Database) -> str:
    """This installation's device id, made on first use."""
    value = _get(db, DEVICE_KEY)
    if value is None:
        value = str(uuid.uuid4())
        _put(db, DEVICE_KEY, value)
    return value


def saved_identity(db: Database) -> str | None:
    return _get(db, IDENTITY_KEY)


def save_identity(db: Database, name: str) -> None:
    name = name.strip()
    if not name:
        from app.errors import InvalidInput

        raise InvalidInput("The coordinator name cannot be empty.")
    _put(db, IDENTITY_KEY, name)


def resolve_actor(db: Database, explicit: str | None) -> str:
    """`--as NAME`, else the saved identity, else the operating-system user."""
    if explicit and explicit.strip():
        return explicit.strip()
    return saved_identity(db) or getpass.getuser()
