"""`pairing create|activate|decline|dissolve|milestone|list|show|history`."""

from __future__ import annotations

import argparse
from typing import Any

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


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("pairing", parents=[common], help="pairings and milestones")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("create", parents=[common], help="propose a pairing")
    p.add_argument("--programme", metavar="P", required=True)
    p.add_argument("--mentor", metavar="ID", required=True)
    p.add_argument("--mentee", metavar="ID", required=True)
    p.set_defaults(handler=cmd_create)

    for name, help_text in (
        ("activate", "start a proposed pairing"),
        ("show", "show a pairing"),
        ("history", "every change to a pairing"),
    ):
        p = sub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("id", metavar="ID")
        p.set_defaults(handler={"activate": cmd_activate, "show": cmd_show, "history": cmd_history}[name])

    p = sub.add_parser("decline", parents=[common], help="decline a proposed pairing")
    p.add_argument("id", metavar="ID")
    p.add_argument("--note", metavar="T")
    p.set_defaults(handler=cmd_decline)

    p = sub.add_parser("dissolve", parents=[common], help="end a proposed or active pairing")
    p.add_argument("id", metavar="ID")
    p.add_argument(
        "--reason",
        metavar="CODE",
        help="not_progressing, mentee_withdrew, mentor_unavailable, incompatible, moved or other",
    )
    p.add_argument("--note", metavar="T", help="at most 200 characters")
    p.set_defaults(handler=cmd_dissolve)

    p = sub.add_parser("milestone", parents=[common], help="set a milestone's status")
    p.add_argument("id", metavar="ID")
    p.add_argument("milestone", metavar="MILESTONE", help="milestone id, title or number")
    p.add_argument("--status", required=True, choices=["pending", "in_progress", "completed"])
    p.set_defaults(handler=cmd_milestone)

    p = sub.add_parser("list", parents=[common], help="list pairings")
    p.add_argument("--programme", metavar="P")
    p.add_argument("--status", metavar="S")
    p.add_argument("--mentor", metavar="ID")
    p.set_defaults(handler=cmd_list)


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
