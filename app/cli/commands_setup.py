"""`init`, `demo`, `whoami` and `specialisation add|list`."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.services.identity import save_identity
from app.services.settings.catalogue import add_specialisation, list_specialisations, seed_catalogue


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("init", parents=[common], help="create or upgrade the database and seed the catalogue")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("demo", parents=[common], help="fill the database with a realistic Norwegian cohort")
    p.add_argument("--size", type=int, default=60, help="number of mentees (mentors: about half as many)")
    p.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same people)")
    p.add_argument("--if-empty", action="store_true", help="do nothing when the database already has programmes")
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("whoami", parents=[common], help="show or save the coordinator name used in history")
    p.add_argument("--set", metavar="NAME", help="save this name as the coordinator identity")
    p.set_defaults(handler=cmd_whoami)

    p = commands.add_parser("gui", parents=[common], help="start the desktop application (default)")

    spec = commands.add_parser("specialisation", parents=[common], help="the specialisation catalogue")
    sub = spec.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[common], help="add a specialisation")
    p.add_argument("name", help="English name")
    p.add_argument("--name-nb", help="Norwegian (Bokmål) name")
    p.set_defaults(handler=cmd_spec_add)
    p = sub.add_parser("list", parents=[common], help="list the catalogue")
    p.set_defaults(handler=cmd_spec_list)


def cmd_init(state: CliState) -> int:
    ctx = state.context()
    added = seed_catalogue(ctx)
    catalogue = len(list_specialisations(ctx))
    if state.json:
        emit_json(
            {
                "database": state.url,
                "specialisations": catalogue,
                "specialisations_added": added,
                "device_id": ctx.device_id,
            }
        )
    else:
        line(f"Database ready: {state.url}")
        line(f"Specialisation catalogue: {catalogue} entries")
    return 0


def cmd_demo(state: CliState) -> int:
    from app.demo import build_demo

    ctx = state.context()
    seed_catalogue(ctx)
    summary = build_demo(ctx, size=state.args.size, seed=state.args.seed, if_empty=state.args.if_empty)
    if state.json:
        emit_json(summary)
    elif summary.get("skipped"):
        line("The database already has programmes; demo data not added.")
    else:
        line(
            f"Demo programme '{summary['programme_name']}': {summary['mentors']} mentors, "
            f"{summary['mentees']} mentees, {summary['pairings']} pairings."
        )
    return 0


def cmd_whoami(state: CliState) -> int:
    ctx = state.context()
    if state.args.set:
        save_identity(state.args.set)
        ctx.actor = state.args.set.strip()
    if state.json:
        emit_json({"actor": ctx.actor, "device_id": ctx.device_id})
    else:
        line(f"{ctx.actor} (device {ctx.device_id})")
    return 0


def cmd_spec_add(state: CliState) -> int:
    row = add_specialisation(state.context(), state.args.name, state.args.name_nb)
    emit_json(row) if state.json else line(f"Added {row.name_en} / {row.name_nb} ({row.key})")
    return 0


def cmd_spec_list(state: CliState) -> int:
    rows = list_specialisations(state.context())
    if state.json:
        emit_json(rows)
    else:
        table([[r.key, r.name_en, r.name_nb] for r in rows], ["key", "English", "Norsk"])
    return 0
