"""Forgetting a person (GDPR erasure): which records and fields hold their personal data, and scrubbing history.

Plain SQLAlchemy Core on a connection, so the same code runs in the desktop's erase use case (SQLite or
PostgreSQL), on the server when it applies a pushed erasure, and on every desktop that pulls one. What stays:
ids, states, dates, pairing counts and statistics — none of which names the person.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, Table, cast, or_, select, update
from sqlalchemy.engine import Connection

from app.journal import encode
from app.models import (
    ChangeEntry,
    HealthAlert,
    Meeting,
    MenteeProfile,
    MentorProfile,
    Note,
    Pairing,
    Person,
    ReminderClaim,
    SyncConflict,
    SyncOutcome,
)

logger = logging.getLogger(__name__)

ERASED_NAME = "Erased person"
# entity → personal field → the value it keeps after erasure.
PERSONAL_FIELDS: dict[str, dict[str, Any]] = {
    "person": {
        "name": ERASED_NAME, "email": None, "phone": None, "postcode": None, "municipality": None, "county": None,
        "latitude": None, "longitude": None, "languages": [], "contact_preferences": [], "external_ref": None,
    },
    "mentor_profile": {"bio": ""},
    "mentee_profile": {"notes": ""},
    "pairing": {"status_note": None},
    "meeting": {"reason": None, "summary": ""},
    "note": {"body": ""},
}  # fmt: skip
TABLES: dict[str, Any] = {
    "person": Person.__table__, "mentor_profile": MentorProfile.__table__, "mentee_profile": MenteeProfile.__table__,
    "pairing": Pairing.__table__, "meeting": Meeting.__table__, "note": Note.__table__,
}  # fmt: skip
JOURNAL: Table = ChangeEntry.__table__  # type: ignore[assignment]


def personal_records(connection: Connection, person_id: str) -> dict[str, list[str]]:
    """entity → ids of the records that hold this person's personal data (their profiles, pairings and notes)."""
    profiles = {
        name: list(connection.execute(select(model.id).where(model.person_id == person_id)).scalars())
        for name, model in (("mentor_profile", MentorProfile), ("mentee_profile", MenteeProfile))
    }
    pairings = list(
        connection.execute(
            select(Pairing.id).where(or_(Pairing.mentor_id == person_id, Pairing.mentee_id == person_id))
        ).scalars()
    )
    return {
        "person": [person_id],
        **profiles,
        "pairing": pairings,
        "meeting": _in_pairings(connection, Meeting, pairings),
        "note": _in_pairings(connection, Note, pairings),
    }


def _in_pairings(connection: Connection, model: Any, pairings: list[str]) -> list[str]:
    if not pairings:
        return []
    return list(connection.execute(select(model.id).where(model.pairing_id.in_(pairings))).scalars())


def blank_records(connection: Connection, records: dict[str, list[str]]) -> None:
    """Write the blank values straight into the tables (a pulled or pushed erasure; the desktop uses the ORM)."""
    for entity, ids in records.items():
        if ids:
            table = TABLES[entity]
            connection.execute(update(table).where(table.c.id.in_(ids)).values(**PERSONAL_FIELDS[entity]))


def scrub_history(connection: Connection, person_id: str, records: dict[str, list[str]] | None = None) -> None:
    """Every trace of the person's values outside their (blanked) records: journal, conflicts, reminders, alerts.

    Journal entries keep their place, time, actor and field, so history and sync still line up; their old value
    becomes empty and their new value the blank one, as if the field had always held nothing.
    """
    records = records or personal_records(connection, person_id)
    for entity, ids in records.items():
        if not ids:
            continue
        for field, blank in PERSONAL_FIELDS[entity].items():
            connection.execute(
                update(JOURNAL)
                .where(JOURNAL.c.entity == entity, JOURNAL.c.entity_id.in_(ids), JOURNAL.c.field == field)
                .values(old_value=None, new_value=encode(blank))
            )
    every_id = [i for ids in records.values() for i in ids]
    conflicts: Table = SyncConflict.__table__  # type: ignore[assignment]
    connection.execute(
        update(conflicts)
        .where(conflicts.c.entity_id.in_(every_id))
        .values(local_value=None, server_value=None, base_value=None, entries=[], server_rows=[])
    )
    pairings = records.get("pairing", [])
    meetings = records.get("meeting", [])
    if meetings:
        claims: Table = ReminderClaim.__table__  # type: ignore[assignment]
        connection.execute(update(claims).where(claims.c.meeting_id.in_(meetings)).values(recipients=[]))
    if pairings:
        alerts: Table = HealthAlert.__table__  # type: ignore[assignment]
        connection.execute(update(alerts).where(alerts.c.pairing_id.in_(pairings)).values(details={}))
    _scrub_outcomes(connection, every_id)
    logger.info("history scrubbed for erased person %s (%d records)", person_id, len(every_id))


def _scrub_outcomes(connection: Connection, ids: Iterable[str]) -> None:
    """The server's record of conflicts it answered may hold values; those about the person are emptied."""
    outcomes: Table = SyncOutcome.__table__  # type: ignore[assignment]
    for record_id in ids:
        connection.execute(
            update(outcomes).where(cast(outcomes.c.payload, String).contains(record_id)).values(payload={})
        )


class ErasedRecords:
    """The records that held the data of people erased on this database, read once (and only when a change needs
    them), so that a change sent before its desktop learnt of an erasure cannot write the person's data back."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._records: dict[str, set[str]] | None = None

    def forget(self) -> None:
        """Read again at the next question (someone was erased meanwhile)."""
        self._records = None

    def holds(self, entity: str, entity_id: str, pairing_id: str | None) -> bool:
        """Whether this record (or a new meeting or note in this pairing) belongs to an erased person."""
        if entity not in PERSONAL_FIELDS:
            return False
        if self._records is None:
            self._records = {name: set() for name in PERSONAL_FIELDS}
            erased = select(Person.id).where(Person.erased_at.is_not(None))
            for person_id in self.connection.execute(erased).scalars():
                for name, ids in personal_records(self.connection, person_id).items():
                    self._records[name].update(ids)
        return entity_id in self._records[entity] or (pairing_id is not None and pairing_id in self._records["pairing"])


def erased_people(entries: Iterable[Any]) -> list[str]:
    """Ids of people an incoming batch of journal entries (objects or dicts) erases."""
    found: list[str] = []
    for entry in entries:
        values = (
            entry
            if isinstance(entry, dict)
            else {k: getattr(entry, k) for k in ("entity", "field", "new_value", "entity_id")}
        )
        if values["entity"] == "person" and values["field"] == "erased_at" and values["new_value"] is not None:
            found.append(str(values["entity_id"]))
    return found
