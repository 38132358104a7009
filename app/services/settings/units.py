"""Organisation units and the coordinator's scope: which units' programmes, people and pairings this desktop shows."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select

from app.errors import InvalidInput
from app.models import OrganisationUnit
from app.services.core.context import ServiceContext


@dataclass(frozen=True, slots=True)
class UnitRow:
    id: str
    name: str
    kind: str
    parent: str | None


def list_units(ctx: ServiceContext) -> list[UnitRow]:
    with ctx.read() as session:
        units = session.scalars(
            select(OrganisationUnit).where(OrganisationUnit.deleted_at.is_(None)).order_by(OrganisationUnit.name)
        ).all()
        return [UnitRow(id=u.id, name=u.name, kind=u.kind, parent=u.parent_id) for u in units]


def saved_scope(ctx: ServiceContext) -> list[str] | None:
    """The units this installation's coordinator chose (None: no choice made, so every unit)."""
    return ctx.installation.scope


def save_scope(ctx: ServiceContext, unit_ids: Collection[str] | None) -> None:
    """Remember the coordinator's units on this installation; None or empty means every unit.

    An installation setting, like the device id: scope is how one desktop looks at the shared data, not data that
    syncs.
    """
    known = {u.id for u in list_units(ctx)}
    chosen = sorted(set(unit_ids or ()))
    unknown = [u for u in chosen if u not in known]
    if unknown:
        raise InvalidInput(f"There is no organisation unit '{unknown[0]}'.")
    ctx.installation.set("scope", chosen or None)
    ctx.tell_listeners({"scope": set(chosen)})


def scope_units(ctx: ServiceContext) -> set[str] | None:
    """The saved units with every unit below them (a region includes its chapters); None means every unit."""
    chosen = saved_scope(ctx)
    if chosen is None:
        return None
    return with_descendants(list_units(ctx), chosen)


def with_descendants(units: list[UnitRow], chosen: Collection[str]) -> set[str]:
    children: dict[str | None, list[str]] = {}
    for unit in units:
        children.setdefault(unit.parent, []).append(unit.id)
    result: set[str] = set()
    todo = list(chosen)
    while todo:
        unit_id = todo.pop()
        if unit_id not in result:
            result.add(unit_id)
            todo.extend(children.get(unit_id, []))
    return result
