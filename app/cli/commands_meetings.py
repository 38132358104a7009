"""`meeting add|update|list` and `note add|list`: times typed and shown in Oslo time, stored in UTC."""

from __future__ import annotations

from typing import Any

from app.cli.output import emit_json, line, table
from app.cli.session import CliState


def meeting_json(row: Any) -> dict[str, Any]:
    """A meeting with its time in Oslo time (ISO 8601 with the offset), as people and scripts read it."""
    from app.localtime import to_local

    data: dict[str, Any] = row.to_json()
    data["scheduled_at"] = to_local(row.scheduled_at).isoformat()
    return data


def note_json(row: Any) -> dict[str, Any]:
    from app.localtime import to_local

    data: dict[str, Any] = row.to_json()
    data["created_at"] = to_local(row.created_at).isoformat()
    return data


def _show_meetings(state: CliState, rows: list[Any]) -> None:
    from app.localtime import show_local

    if state.json:
        emit_json([meeting_json(r) for r in rows])
        return
    table(
        [
            [show_local(r.scheduled_at), str(r.duration_minutes), r.modality, r.status, r.reason or "", r.id]
            for r in rows
        ],
        ["at (Oslo)", "minutes", "modality", "status", "reason", "id"],
    )


def _show_meeting(state: CliState, row: Any) -> None:
    from app.localtime import show_local

    if state.json:
        emit_json(meeting_json(row))
    else:
        reason = f" ({row.reason})" if row.reason else ""
        line(f"meeting {show_local(row.scheduled_at)} Oslo time, {row.duration_minutes} min, {row.modality}")
        line(f"  [{row.status}]{reason}  id {row.id}  pairing {row.pairing}")


def cmd_meeting_add(state: CliState) -> int:
    from app.localtime import parse_local
    from app.services.pairings.meetings_notes import add_meeting

    a = state.args
    at = parse_local(a.at, "The meeting time")
    _show_meeting(state, add_meeting(state.context(), a.pairing, at, duration_minutes=a.minutes, modality=a.modality))
    return 0


def cmd_meeting_update(state: CliState) -> int:
    from app.services.pairings.meetings_notes import set_meeting_status

    a = state.args
    _show_meeting(state, set_meeting_status(state.context(), a.id, a.status, a.reason))
    return 0


def cmd_meeting_list(state: CliState) -> int:
    from app.services.pairings.meetings_notes import list_all_meetings, list_meetings

    a = state.args
    ctx = state.context()
    _show_meetings(state, list_meetings(ctx, a.pairing) if a.pairing else list_all_meetings(ctx))
    return 0


def cmd_note_add(state: CliState) -> int:
    from app.localtime import show_local
    from app.services.pairings.meetings_notes import add_note

    a = state.args
    row = add_note(state.context(), a.pairing, a.text, a.visibility)
    if state.json:
        emit_json(note_json(row))
    else:
        line(f"note added {show_local(row.created_at)} Oslo time, visible to: {row.visibility}  id {row.id}")
    return 0


def cmd_note_list(state: CliState) -> int:
    from app.localtime import show_local
    from app.services.pairings.meetings_notes import list_notes

    rows = list_notes(state.context(), state.args.pairing)
    if state.json:
        emit_json([note_json(r) for r in rows])
    else:
        table(
            [[show_local(r.created_at), r.visibility, r.author, _short(r.body), r.id] for r in rows],
            ["at (Oslo)", "visibility", "author", "text", "id"],
        )
    return 0


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:49] + "…"
