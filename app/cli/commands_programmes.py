"""`programme create|list|show|state|update`."""

from __future__ import annotations

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.services.core.rows import ProgrammeRow
from app.services.programmes.programmes import (
    create_programme,
    get_programme,
    list_programmes,
    set_programme_state,
    update_programme,
)


def show(state: CliState, row: ProgrammeRow) -> None:
    if state.json:
        emit_json(row)
        return
    line(f"{row.name}  [{row.state}]  id {row.id}")
    line(f"  default capacity {row.default_capacity}; amber after {row.amber_days} days, red after {row.red_days}")
    line("  weights: " + ", ".join(f"{k} {v:g}" for k, v in row.weights.items()))
    for m in row.milestones:
        due = f" (due after {m.due_offset_days} days)" if m.due_offset_days is not None else ""
        line(f"  {m.position}. {m.title}{due}")


def cmd_create(state: CliState) -> int:
    a = state.args
    show(
        state,
        create_programme(
            state.context(),
            a.name,
            description=a.description,
            milestones=a.milestone,
            default_capacity=a.default_capacity,
            unit=a.unit,
            amber_days=a.amber_days,
            red_days=a.red_days,
        ),
    )
    return 0


def cmd_list(state: CliState) -> int:
    rows = list_programmes(state.context())
    if state.json:
        emit_json(rows)
    else:
        table([[r.name, r.state, r.id] for r in rows], ["name", "state", "id"])
    return 0


def cmd_show(state: CliState) -> int:
    show(state, get_programme(state.context(), state.args.programme))
    return 0


def cmd_state(state: CliState) -> int:
    show(state, set_programme_state(state.context(), state.args.programme, state.args.state))
    return 0


def cmd_update(state: CliState) -> int:
    from app.errors import InvalidInput

    a = state.args
    weights: dict[str, float] | None = None
    if a.weight:
        weights = {}
        for item in a.weight:
            key, sep, value = item.partition("=")
            if not sep:
                raise InvalidInput(f"Write a weight as NAME=VALUE, for example geography=1.5, not '{item}'.")
            weights[key.strip()] = value.strip()  # type: ignore[assignment]  # validated by the service
    show(
        state,
        update_programme(
            state.context(),
            a.programme,
            name=a.name,
            description=a.description,
            default_capacity=a.default_capacity,
            amber_days=a.amber_days,
            red_days=a.red_days,
            weights=weights,
            milestones=a.milestone,
            unit=a.unit,
        ),
    )
    return 0
