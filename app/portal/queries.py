"""The portal's only way to the data: read-only SQL (SQLAlchemy Core `text()`), returning plain rows.

Every query that returns a mentor's data is filtered by that mentor's id here, in SQL, so no page can show another
mentor's pairing; notes are filtered to the visibilities a mentor may see, so coordinator-only notes never leave the
database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

# The one rule for health and stage (a pure function); the portal's only import from the services (pyproject).
from app.services.pairings.projection import standing

MENTOR_VISIBLE_NOTES = ("all", "mentor")
OPEN_STATUSES = ("proposed", "active")


def utc(value: Any) -> datetime | None:
    """A stored time as an aware UTC datetime (SQLite hands back text or naive values, PostgreSQL aware ones)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class Link:
    id: str
    mentor_id: str
    mentor_name: str
    expires_at: datetime
    feed_generation: int = 0


@dataclass(frozen=True)
class Milestone:
    id: str
    position: int
    title: str
    status: str
    due_date: date | None
    started_at: datetime | None
    completed_at: datetime | None


@dataclass(frozen=True)
class Meeting:
    id: str
    pairing_id: str
    mentee_name: str
    scheduled_at: datetime
    duration_minutes: int
    modality: str
    status: str
    reason: str | None
    updated_at: datetime
    created_at: datetime
    sequence: int = 0


@dataclass(frozen=True)
class Note:
    id: str
    author: str
    visibility: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class Event:
    """One line of a pairing's history: what happened (a code the page puts in words) and its details."""

    at: datetime
    kind: str
    value: str | None = None
    subject: str | None = None


@dataclass
class MenteeCard:
    pairing_id: str
    mentee_name: str
    programme_name: str
    status: str
    health: str
    stage: str | None
    pending: list[Milestone] = field(default_factory=list)
    next_meeting: Meeting | None = None


@dataclass
class PairingPage:
    card: MenteeCard
    activated_at: datetime | None
    milestones: list[Milestone]
    upcoming: list[Meeting]
    past: list[Meeting]
    notes: list[Note]
    history: list[Event]


def link_by_hash(conn: Connection, token_hash: str, now: datetime) -> Link | None:
    return _link(conn, "l.token_hash = :key", token_hash, now)


def link_by_id(conn: Connection, link_id: str, now: datetime) -> Link | None:
    return _link(conn, "l.id = :key", link_id, now)


def _link(conn: Connection, where: str, key: str, now: datetime) -> Link | None:
    """A link that still opens the portal: not revoked, not expired, its mentor not erased."""
    row = conn.execute(
        text(
            "SELECT l.id AS link_id, l.mentor_id, l.expires_at, l.revoked_at, l.feed_generation, p.name AS mentor_name "
            "FROM portal_links l "
            f"JOIN people p ON p.id = l.mentor_id WHERE {where} AND l.deleted_at IS NULL AND p.deleted_at IS NULL"
        ),
        {"key": key},
    ).first()
    return None if row is None else _usable(row, now)


def _usable(row: Any, now: datetime) -> Link | None:
    """A link row (the columns both link queries select) as a Link, when it still opens the portal."""
    expires = utc(row.expires_at)
    if row.revoked_at is not None or expires is None or expires <= now:
        return None
    return Link(row.link_id, row.mentor_id, row.mentor_name, expires, row.feed_generation)


# The session's link and the mentor's pairings (with their milestones: one row per milestone, or one with NULLs when
# a pairing has none) in one statement: the link check costs no round trip of its own. No row at all: the link is
# unknown; one row with NULL pairing columns: a valid link whose mentor has no such pairing.
PAIRINGS_SQL = """
SELECT l.id AS link_id, l.mentor_id, l.expires_at, l.revoked_at, l.feed_generation, mentor.name AS mentor_name,
       p.id, p.status, p.last_activity_at, p.proposed_at, p.activated_at, m.name AS mentee_name,
       pr.name AS programme_name, pr.amber_days, pr.red_days,
       ms.id AS ms_id, ms.position AS ms_position, ms.title AS ms_title, ms.status AS ms_status,
       ms.due_date AS ms_due_date, ms.started_at AS ms_started_at, ms.completed_at AS ms_completed_at
FROM portal_links l
JOIN people mentor ON mentor.id = l.mentor_id AND mentor.deleted_at IS NULL
LEFT JOIN mentor_pairings p ON p.mentor_id = l.mentor_id AND p.deleted_at IS NULL AND {which}
LEFT JOIN people m ON m.id = p.mentee_id
LEFT JOIN programmes pr ON pr.id = p.programme_id
LEFT JOIN pairing_milestones ms ON ms.pairing_id = p.id AND ms.deleted_at IS NULL
WHERE l.id = :link AND l.deleted_at IS NULL
ORDER BY m.name, p.id, ms.position
"""
OPEN_PAIRINGS = text(PAIRINGS_SQL.format(which="p.status IN :statuses")).bindparams(
    bindparam("statuses", expanding=True)
)
ONE_PAIRING = text(PAIRINGS_SQL.format(which="p.id = :pairing"))


def _session_link(rows: list[Any], now: datetime) -> Link | None:
    """The link of a page's first statement, when it still opens the portal."""
    return _usable(rows[0], now) if rows else None


def _pairings_with_milestones(rows: list[Any]) -> list[tuple[Any, list[Milestone]]]:
    grouped: dict[str, tuple[Any, list[Milestone]]] = {}
    for r in rows:
        if r.id is None:  # the link's row when the mentor has no such pairing
            continue
        _row, milestones = grouped.setdefault(r.id, (r, []))
        if r.ms_id is not None:
            milestones.append(
                Milestone(
                    r.ms_id,
                    r.ms_position,
                    r.ms_title,
                    r.ms_status,
                    day(r.ms_due_date),
                    utc(r.ms_started_at),
                    utc(r.ms_completed_at),
                )
            )
    return list(grouped.values())


def _meetings(
    conn: Connection, mentor_id: str, pairing_id: str | None = None, *, with_sequence: bool = True
) -> list[Meeting]:
    """A mentor's meetings in time order, with a SEQUENCE that grows with every later change (for calendars; a page
    does not show it, so it can skip counting the journal)."""
    changes = (
        "(SELECT count(DISTINCT j.transaction_id) FROM change_journal j "
        " WHERE j.entity = 'meeting' AND j.entity_id = mt.id)"
        if with_sequence
        else "0"
    )
    query = (
        "SELECT mt.id, mt.pairing_id, m.name AS mentee_name, mt.scheduled_at, mt.duration_minutes, mt.modality, "
        f"mt.status, mt.reason, mt.updated_at, mt.created_at, {changes} AS changes "
        "FROM meetings mt JOIN mentor_pairings p ON p.id = mt.pairing_id JOIN people m ON m.id = p.mentee_id "
        "WHERE p.mentor_id = :mentor AND p.deleted_at IS NULL AND mt.deleted_at IS NULL"
    )
    params = {"mentor": mentor_id}
    if pairing_id is not None:
        query += " AND mt.pairing_id = :pairing"
        params["pairing"] = pairing_id
    rows = conn.execute(text(query + " ORDER BY mt.scheduled_at, mt.id"), params).all()
    return [
        Meeting(
            id=r.id,
            pairing_id=r.pairing_id,
            mentee_name=r.mentee_name,
            scheduled_at=utc(r.scheduled_at),  # type: ignore[arg-type]
            duration_minutes=r.duration_minutes,
            modality=r.modality,
            status=r.status,
            reason=r.reason,
            updated_at=utc(r.updated_at),  # type: ignore[arg-type]
            created_at=utc(r.created_at),  # type: ignore[arg-type]
            sequence=max(int(r.changes or 0) - 1, 0),
        )
        for r in rows
    ]


def _card(row: Any, milestones: list[Milestone], now: datetime) -> MenteeCard:
    open_ones = [m for m in milestones if m.status != "completed"]
    where = standing(
        row.status,
        [(m.title, m.due_date) for m in open_ones],
        now=now,
        last_activity_at=utc(row.last_activity_at),
        proposed_at=utc(row.proposed_at),
        amber_days=row.amber_days,
        red_days=row.red_days,
    )
    return MenteeCard(
        pairing_id=row.id,
        mentee_name=row.mentee_name,
        programme_name=row.programme_name,
        status=row.status,
        health=where.health,
        stage=where.stage,
        pending=open_ones,
    )


def my_mentees(conn: Connection, link_id: str, now: datetime) -> tuple[Link | None, list[MenteeCard]]:
    """The session's link and, when it is still valid, its mentor's open (proposed or active) pairings by mentee
    name."""
    rows = conn.execute(OPEN_PAIRINGS, {"link": link_id, "statuses": list(OPEN_STATUSES)}).all()
    link = _session_link(rows, now)
    if link is None:
        return None, []
    cards = {row.id: _card(row, milestones, now) for row, milestones in _pairings_with_milestones(rows)}
    if cards:
        for meeting in _upcoming_meetings(conn, list(cards), now):
            card = cards[meeting.pairing_id]
            if card.next_meeting is None:
                card.next_meeting = meeting
    return link, list(cards.values())


def _upcoming_meetings(conn: Connection, pairing_ids: list[str], now: datetime) -> list[Meeting]:
    query = text(
        "SELECT id, pairing_id, scheduled_at, duration_minutes, modality, status, reason, updated_at, created_at "
        "FROM meetings WHERE pairing_id IN :ids AND status = 'scheduled' AND deleted_at IS NULL "
        "ORDER BY scheduled_at, id"
    ).bindparams(bindparam("ids", expanding=True))
    found = []
    for r in conn.execute(query, {"ids": pairing_ids}):
        at = utc(r.scheduled_at)
        if at is not None and at >= now:
            updated, created = utc(r.updated_at), utc(r.created_at)
            assert updated is not None and created is not None
            found.append(
                Meeting(
                    r.id, r.pairing_id, "", at, r.duration_minutes, r.modality, r.status, r.reason, updated, created
                )
            )
    return found


def pairing_page(
    conn: Connection, link_id: str, pairing_id: str, now: datetime
) -> tuple[Link | None, PairingPage | None]:
    """The session's link and, when it is valid, one of its mentor's pairings in full; the page is None when the
    pairing is not theirs (or does not exist): the page answers 404."""
    rows = conn.execute(ONE_PAIRING, {"link": link_id, "pairing": pairing_id}).all()
    link = _session_link(rows, now)
    found = _pairings_with_milestones(rows) if link is not None else []
    if link is None or not found:
        return link, None
    ((row, milestones),) = found
    card = _card(row, milestones, now)
    meetings = _meetings(conn, link.mentor_id, row.id, with_sequence=False)
    upcoming = [m for m in meetings if m.status == "scheduled" and m.scheduled_at >= now]
    card.next_meeting = upcoming[0] if upcoming else None
    past = [m for m in reversed(meetings) if m not in upcoming]
    notes = [
        Note(r.id, r.author, r.visibility, r.body, utc(r.created_at))  # type: ignore[arg-type]
        for r in conn.execute(
            text(
                "SELECT id, author, visibility, body, created_at FROM notes WHERE pairing_id = :pairing "
                "AND deleted_at IS NULL AND visibility IN :visible ORDER BY created_at DESC, id"
            ).bindparams(bindparam("visible", expanding=True)),
            {"pairing": row.id, "visible": list(MENTOR_VISIBLE_NOTES)},
        )
    ]
    return link, PairingPage(
        card=card,
        activated_at=utc(row.activated_at),
        milestones=milestones,
        upcoming=upcoming,
        past=past,
        notes=notes,
        history=_history(conn, row.id, milestones),
    )


def _history(conn: Connection, pairing_id: str, milestones: list[Milestone]) -> list[Event]:
    """The pairing's story from the change journal: its status, milestones and meetings (never note text)."""
    titles = {m.id: m.title for m in milestones}
    rows = conn.execute(
        text(
            "SELECT entity, entity_id, operation, field, new_value, at FROM change_journal "
            "WHERE pairing_id = :pairing AND entity IN ('pairing', 'pairing_milestone', 'meeting') "
            "AND field IN ('status', 'scheduled_at') ORDER BY seq"
        ),
        {"pairing": pairing_id},
    ).all()
    meeting_times: dict[str, str] = {}
    events = []
    for r in rows:
        value = json.loads(r.new_value) if r.new_value is not None else None
        at = utc(r.at)
        if at is None:
            continue
        if r.entity == "pairing" and r.field == "status":
            events.append(Event(at, "pairing_" + str(value)))
        elif r.entity == "pairing_milestone" and r.field == "status" and r.operation == "update":
            events.append(Event(at, "milestone_" + str(value), subject=titles.get(r.entity_id, "")))
        elif r.entity == "meeting" and r.field == "scheduled_at":
            meeting_times[r.entity_id] = str(value)
            kind = "meeting_scheduled" if r.operation == "insert" else "meeting_moved"
            events.append(Event(at, kind, value=str(value)))
        elif r.entity == "meeting" and r.field == "status" and r.operation == "update":
            events.append(Event(at, "meeting_" + str(value), value=meeting_times.get(r.entity_id)))
    events.reverse()  # newest first, like the notes
    return events


def my_meetings(conn: Connection, mentor_id: str) -> list[Meeting]:
    """Every meeting of the mentor's pairings (for the calendar feed)."""
    return _meetings(conn, mentor_id)
