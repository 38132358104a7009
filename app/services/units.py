"""Organisation units and the coordinator's scope: which units' programmes, people and pairings this desktop shows."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select

from app.errors import InvalidInput
from app.models import LocalSetting, OrganisationUnit
from app.services.context import ServiceContext

SCOPE_KEY = "scope_units"


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
    with ctx.read() as session:
        text = session.scalar(select(LocalSetting.value).where(LocalSetting.key == SCOPE_KEY))
    if not text:
        return None
    ids = json.loads(text)
    return [str(i) for i in ids] if isinstance(ids, list) else None


def save_scope(ctx: ServiceContext, unit_ids: Collection[str] | None) -> None:
    """Remember the coordinator's units on this installation; None or empty means every unit.

    A local setting, like the device id: scope is how one desktop looks at the shared data, not data that syncs.
    """
    known = {u.id for u in list_units(ctx)}
    chosen = sorted(set(unit_ids or ()))
    unknown = [u for u in chosen if u not in known]
    if unknown:
        raise InvalidInput(f"There is no organisation unit '{unknown[0]}'.")
    with ctx.db.session_factory.begin() as session:
        setting = session.get(LocalSetting, SCOPE_KEY)
        value = json.dumps(chosen) if chosen else ""
        if setting is None:
            session.add(LocalSetting(key=SCOPE_KEY, value=value))
        else:
            setting.value = value
    for listener in list(ctx.listeners):
        listener({"scope": set(chosen)})


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
