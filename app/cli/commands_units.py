"""`unit add|list|rename|move|retire`: the organisation's national level, regions and chapters."""

from __future__ import annotations

from dataclasses import asdict

from app.cli.output import emit_json, line
from app.cli.session import CliState
from app.services.settings.units import (
    UnitRow,
    add_unit,
    list_units,
    move_unit,
    rename_unit,
    retire_unit,
    unit_tree,
)


def _show(state: CliState, row: UnitRow, done: str) -> int:
    if state.json:
        emit_json(asdict(row))
    else:
        line(f"{done} {row.kind} '{row.name}' ({row.id})")
    return 0


def cmd_unit_add(state: CliState) -> int:
    a = state.args
    return _show(state, add_unit(state.context(), a.name, kind=a.kind, parent=a.parent), "Added")


def cmd_unit_rename(state: CliState) -> int:
    return _show(state, rename_unit(state.context(), state.args.unit, state.args.name), "Renamed to")


def cmd_unit_move(state: CliState) -> int:
    a = state.args
    return _show(state, move_unit(state.context(), a.unit, None if a.top else a.parent), "Moved")


def cmd_unit_retire(state: CliState) -> int:
    return _show(state, retire_unit(state.context(), state.args.unit), "Retired")


def cmd_unit_list(state: CliState) -> int:
    rows = unit_tree(list_units(state.context()))
    if state.json:
        emit_json([{"id": u.id, "name": u.name, "kind": u.kind, "parent": u.parent, "depth": d} for d, u in rows])
        return 0
    if not rows:
        line("No organisation units yet: add one with `unit add NAME --kind national|region|chapter`.")
    for depth, unit in rows:
        line(f"{'  ' * depth}{unit.name} ({unit.kind}) {unit.id}")
    return 0
