"""`init`, `demo`, `whoami` and `specialisation add|list`."""

from __future__ import annotations

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.services.identity import save_identity
from app.services.settings.catalogue import add_specialisation, list_specialisations, seed_catalogue


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
