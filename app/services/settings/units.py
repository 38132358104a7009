"""Organisation units and the coordinator's scope: which units' programmes, people and pairings this desktop shows."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import OrganisationUnit, Programme
from app.models.enums import ProgrammeState, UnitKind, values
from app.services.core import validation
from app.services.core.context import ServiceContext
from app.services.core.lookup import same_text


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


# A unit sits under a unit of a lower rank: national → region → chapter.
RANK = {UnitKind.NATIONAL.value: 0, UnitKind.REGION.value: 1, UnitKind.CHAPTER.value: 2}


def _row(unit: OrganisationUnit) -> UnitRow:
    return UnitRow(id=unit.id, name=unit.name, kind=unit.kind, parent=unit.parent_id)


def _live(session: Session) -> list[OrganisationUnit]:
    return list(session.scalars(select(OrganisationUnit).where(OrganisationUnit.deleted_at.is_(None))))


def find_unit(units: list[OrganisationUnit], ref: str) -> OrganisationUnit:
    """A unit by id or by name (any case)."""
    ref = (ref or "").strip()
    found = next((u for u in units if u.id == ref), None) or next((u for u in units if same_text(u.name, ref)), None)
    if found is None:
        raise NotFound(f"There is no organisation unit '{ref}'.")
    return found


def _check_name(units: list[OrganisationUnit], name: str, *, own_id: str | None = None) -> str:
    name = validation.required_text(name, "The unit name", 200)
    if any(same_text(u.name, name) and u.id != own_id for u in units):
        raise InvalidInput(f"A unit named '{name}' already exists.", field="name")
    return name


def _check_parent(units: list[OrganisationUnit], kind: str, parent_ref: str | None, own_id: str | None) -> str | None:
    if not parent_ref:
        return None
    parent = find_unit(units, parent_ref)
    if own_id is not None and parent.id in with_descendants([_row(u) for u in units], [own_id]):
        raise InvalidInput("A unit cannot be placed under itself or one of its own units.", field="parent")
    if RANK[parent.kind] >= RANK[kind]:
        raise InvalidInput(
            f"A {kind} cannot be placed under the {parent.kind} '{parent.name}': a chapter goes under a region, "
            "a region under the national level.",
            field="parent",
        )
    return parent.id


def add_unit(ctx: ServiceContext, name: str, *, kind: str, parent: str | None = None) -> UnitRow:
    """A new national level, region or chapter, under `parent` (id or name) when given."""
    kind = validation.choice(kind, values(UnitKind), "unit kind")
    with ctx.transaction() as session:
        units = _live(session)
        unit = OrganisationUnit(
            name=_check_name(units, name), kind=kind, parent_id=_check_parent(units, kind, parent, None)
        )
        session.add(unit)
        session.flush()
        return _row(unit)


def update_unit(ctx: ServiceContext, ref: str, *, name: str, parent: str | None) -> UnitRow:
    """Rename a unit and place it under `parent` (None: at the top) in one step; its units and programmes follow."""
    with ctx.transaction() as session:
        units = _live(session)
        unit = find_unit(units, ref)
        unit.name = _check_name(units, name, own_id=unit.id)
        unit.parent_id = _check_parent(units, unit.kind, parent, unit.id)
        session.flush()
        return _row(unit)


def rename_unit(ctx: ServiceContext, ref: str, name: str) -> UnitRow:
    with ctx.transaction() as session:
        units = _live(session)
        unit = find_unit(units, ref)
        unit.name = _check_name(units, name, own_id=unit.id)
        session.flush()
        return _row(unit)


def move_unit(ctx: ServiceContext, ref: str, parent: str | None) -> UnitRow:
    """Place a unit under another (None: at the top); its own units and programmes move with it."""
    with ctx.transaction() as session:
        units = _live(session)
        unit = find_unit(units, ref)
        unit.parent_id = _check_parent(units, unit.kind, parent, unit.id)
        session.flush()
        return _row(unit)


def retire_unit(ctx: ServiceContext, ref: str) -> UnitRow:
    """Retire a unit that no longer runs anything: no units under it and no programme that is not completed."""
    with ctx.transaction() as session:
        units = _live(session)
        unit = find_unit(units, ref)
        children = [u.name for u in units if u.parent_id == unit.id]
        if children:
            raise InvalidInput(
                f"'{unit.name}' still has {len(children)} unit(s) under it ({', '.join(sorted(children))}); "
                "move or retire them first."
            )
        running = session.scalar(
            select(func.count())
            .select_from(Programme)
            .where(
                Programme.unit_id == unit.id,
                Programme.deleted_at.is_(None),
                Programme.state != ProgrammeState.COMPLETED.value,
            )
        )
        if running:
            raise InvalidInput(f"'{unit.name}' still runs {running} programme(s); move them to another unit first.")
        unit.deleted_at = ctx.now()
        session.flush()
        return _row(unit)


def unit_tree(units: list[UnitRow]) -> list[tuple[int, UnitRow]]:
    """Units in tree order with their depth: each parent before its units, siblings by name."""
    ids = {u.id for u in units}
    children: dict[str | None, list[UnitRow]] = {}
    for unit in units:
        children.setdefault(unit.parent if unit.parent in ids else None, []).append(unit)
    ordered: list[tuple[int, UnitRow]] = []

    def walk(parent: str | None, depth: int) -> None:
        for unit in sorted(children.get(parent, []), key=lambda u: u.name.casefold()):
            ordered.append((depth, unit))
            walk(unit.id, depth + 1)

    walk(None, 0)
    return ordered


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
