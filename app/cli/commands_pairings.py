"""`pairing create|activate|decline|dissolve|milestone|list|show|history`."""

from __future__ import annotations

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.services.core.rows import PairingRow
from app.services.pairings.milestones import set_milestone_status
from app.services.pairings.pairings import (
    activate_pairing,
    create_pairing,
    decline_pairing,
    dissolve_pairing,
    get_pairing,
    list_pairings,
    pairing_history,
)

HEALTH_TEXT = {
    "on_track": "on track",
    "needs_attention": "needs attention",
    "stalled": "stalled",
    "proposed": "proposed",
    "completed": "programme complete",
    "dissolved": "dissolved",
    "declined": "declined",
}


def show(state: CliState, row: PairingRow) -> None:
    if state.json:
        emit_json(row)
        return
    line(f"{row.mentor_name} → {row.mentee_name}  [{row.status}, {HEALTH_TEXT[row.health]}]  id {row.id}")
    line(f"  programme {row.programme_name}; stage: {row.stage or '—'}")
    if row.dissolution_reason:
        line(f"  dissolved: {row.dissolution_reason}" + (f" — {row.note}" if row.note else ""))
    for m in row.milestones:
        done = f" {m.completed_at:%Y-%m-%d %H:%M} by {m.completed_by}" if m.completed_at else ""
        line(f"  {m.position}. [{m.status}] {m.title}{done}")


def cmd_create(state: CliState) -> int:
    a = state.args
    show(state, create_pairing(state.context(), programme=a.programme, mentor=a.mentor, mentee=a.mentee))
    return 0


def cmd_activate(state: CliState) -> int:
    show(state, activate_pairing(state.context(), state.args.id))
    return 0


def cmd_decline(state: CliState) -> int:
    show(state, decline_pairing(state.context(), state.args.id, state.args.note))
    return 0


def cmd_dissolve(state: CliState) -> int:
    show(state, dissolve_pairing(state.context(), state.args.id, state.args.reason, state.args.note))
    return 0


def cmd_milestone(state: CliState) -> int:
    show(state, set_milestone_status(state.context(), state.args.id, state.args.milestone, state.args.status))
    return 0


def cmd_show(state: CliState) -> int:
    show(state, get_pairing(state.context(), state.args.id))
    return 0


def cmd_list(state: CliState) -> int:
    a = state.args
    rows = list_pairings(state.context(), programme=a.programme, status=a.status, mentor=a.mentor)
    if state.json:
        emit_json(rows)
    else:
        table(
            [[r.mentor_name, r.mentee_name, r.status, HEALTH_TEXT[r.health], r.stage or "", r.id] for r in rows],
            ["mentor", "mentee", "status", "health", "stage", "id"],
        )
    return 0


def cmd_history(state: CliState) -> int:
    rows = pairing_history(state.context(), state.args.id)
    if state.json:
        emit_json(rows)
    else:
        table(
            [[f"{r.at:%Y-%m-%d %H:%M}", r.actor, r.entity, r.field, _short(r.old), _short(r.new)] for r in rows],
            ["at", "actor", "entity", "field", "old", "new"],
        )
    return 0


def _short(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"
