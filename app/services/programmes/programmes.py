"""Programme use cases: create, change state, settings and milestone template, list and show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, InvalidTransition
from app.models import MilestoneTemplate, OrganisationUnit, Pairing, Programme
from app.models.enums import OPEN_PAIRING_STATUSES, ProgrammeState, values
from app.services.core import lookup, validation
from app.services.core.context import ServiceContext
from app.services.core.rows import MilestoneTemplateRow, ProgrammeRow

STATE_ORDER = values(ProgrammeState)
DEFAULT_WEIGHTS = {"specialisation": 2.0, "geography": 1.0, "availability": 1.0, "capacity": 0.5}


@dataclass(frozen=True)
class MilestoneSpec:
    title: str
    description: str = ""
    due_offset_days: int | None = None


def programme_row(session: Session, programme: Programme) -> ProgrammeRow:
    templates = session.scalars(
        select(MilestoneTemplate)
        .where(MilestoneTemplate.programme_id == programme.id, MilestoneTemplate.deleted_at.is_(None))
        .order_by(MilestoneTemplate.position)
    ).all()
    return ProgrammeRow(
        id=programme.id,
        name=programme.name,
        state=programme.state,
        description=programme.description,
        unit=programme.unit_id,
        start_date=programme.start_date,
        end_date=programme.end_date,
        default_capacity=programme.default_capacity,
        amber_days=programme.amber_days,
        red_days=programme.red_days,
        weights={**DEFAULT_WEIGHTS, **(programme.weights or {})},
        milestones=[
            MilestoneTemplateRow(
                id=t.id,
                position=t.position,
                title=t.title,
                description=t.description,
                due_offset_days=t.due_offset_days,
            )
            for t in templates
        ],
        updated_at=programme.updated_at,
    )


def _check_milestones(milestones: Sequence[MilestoneSpec | str]) -> list[MilestoneSpec]:
    specs = [m if isinstance(m, MilestoneSpec) else MilestoneSpec(title=m) for m in milestones]
    seen: set[str] = set()
    result = []
    for spec in specs:
        title = validation.required_text(spec.title, "A milestone title", 200)
        if title.lower() in seen:
            raise InvalidInput(f"The milestone '{title}' appears twice in the template.")
        seen.add(title.lower())
        offset = spec.due_offset_days
        if offset is not None:
            offset = validation.whole_number(offset, "A milestone's due offset (days)", 0, 3650)
        description = validation.limited_text(spec.description, "A milestone description", 4000)
        result.append(MilestoneSpec(title=title, description=description, due_offset_days=offset))
    return result


def _resolve_unit(session: Session, unit: str | None) -> str | None:
    if not unit:
        return None
    units = session.scalars(select(OrganisationUnit).where(OrganisationUnit.deleted_at.is_(None))).all()
    found = next((u for u in units if u.id == unit or lookup.same_text(u.name, unit)), None)
    if found is None:
        found = OrganisationUnit(name=validation.required_text(unit, "The unit name", 200))
        session.add(found)
        session.flush()
    return found.id


def _existing_unit(session: Session, unit: str) -> str | None:
    if not unit.strip():
        return None
    units = session.scalars(select(OrganisationUnit).where(OrganisationUnit.deleted_at.is_(None))).all()
    found = next((u for u in units if u.id == unit or lookup.same_text(u.name, unit)), None)
    if found is None:
        raise InvalidInput(f"There is no organisation unit '{unit}'; add it first (unit add).", field="unit")
    return found.id


def create_programme(
    ctx: ServiceContext,
    name: str,
    *,
    description: str = "",
    milestones: Sequence[MilestoneSpec | str] = (),
    default_capacity: int = 2,
    unit: str | None = None,
    amber_days: int = 14,
    red_days: int = 28,
) -> ProgrammeRow:
    name = validation.required_text(name, "The programme name", 200)
    description = validation.limited_text(description, "The description", 4000)
    capacity = validation.whole_number(default_capacity, "The default capacity", 1, 50)
    amber, red = _check_thresholds(amber_days, red_days)
    specs = _check_milestones(milestones)
    with ctx.transaction() as session:
        if lookup.programmes_named(session, name):
            raise InvalidInput(f"A programme named '{name}' already exists.")
        programme = Programme(
            name=name,
            description=description,
            default_capacity=capacity,
            amber_days=amber,
            red_days=red,
            unit_id=_resolve_unit(session, unit),
            weights={},
        )
        session.add(programme)
        session.flush()
        for position, spec in enumerate(specs, start=1):
            session.add(
                MilestoneTemplate(
                    programme_id=programme.id,
                    position=position,
                    title=spec.title,
                    description=spec.description,
                    due_offset_days=spec.due_offset_days,
                )
            )
        session.flush()
        return programme_row(session, programme)


def _check_thresholds(amber_days: int, red_days: int) -> tuple[int, int]:
    amber = validation.whole_number(amber_days, "The amber threshold (days)", 1, 365)
    red = validation.whole_number(red_days, "The red threshold (days)", 2, 730)
    if red <= amber:
        raise InvalidInput(f"The red threshold ({red} days) must be longer than the amber threshold ({amber} days).")
    return amber, red


def set_programme_state(ctx: ServiceContext, ref: str, state: str) -> ProgrammeRow:
    """Move a programme one step along draft → open → matching → active → completed."""
    target = validation.choice(state, STATE_ORDER, "programme state")
    with ctx.transaction() as session:
        programme = lookup.programme(session, ref, for_update=True)
        current = programme.state
        if target == current:
            raise InvalidTransition(f"The programme '{programme.name}' is already {current}.")
        expected = STATE_ORDER[STATE_ORDER.index(current) + 1] if current != ProgrammeState.COMPLETED else None
        if target != expected:
            hint = f" The next step is '{expected}'." if expected else " A completed programme cannot change state."
            raise InvalidTransition(f"A programme cannot go from {current} to {target}.{hint}")
        if target == ProgrammeState.COMPLETED:
            open_count = session.scalar(
                select(func.count())
                .select_from(Pairing)
                .where(
                    Pairing.programme_id == programme.id,
                    Pairing.deleted_at.is_(None),
                    Pairing.status.in_(OPEN_PAIRING_STATUSES),
                )
            )
            if open_count:
                raise InvalidTransition(
                    f"The programme still has {open_count} open pairing(s); complete, decline or dissolve them first."
                )
        programme.state = target
        session.flush()
        return programme_row(session, programme)


def update_programme(
    ctx: ServiceContext,
    ref: str,
    *,
    name: str | None = None,
    description: str | None = None,
    default_capacity: int | None = None,
    amber_days: int | None = None,
    red_days: int | None = None,
    weights: dict[str, float] | None = None,
    milestones: Sequence[MilestoneSpec | str] | None = None,
    unit: str | None = None,
) -> ProgrammeRow:
    """Change settings; a new milestone template applies to pairings activated from now on.

    `unit` (id or name) moves the programme to that organisation unit; "" takes it out of every unit.
    """
    specs = _check_milestones(milestones) if milestones is not None else None
    with ctx.transaction() as session:
        programme = lookup.programme(session, ref, for_update=True)
        if name is not None:
            new_name = validation.required_text(name, "The programme name", 200)
            if lookup.programmes_named(session, new_name, exclude_id=programme.id):
                raise InvalidInput(f"A programme named '{new_name}' already exists.")
            programme.name = new_name
        if description is not None:
            programme.description = validation.limited_text(description, "The description", 4000)
        if default_capacity is not None:
            programme.default_capacity = validation.whole_number(default_capacity, "The default capacity", 1, 50)
        if amber_days is not None or red_days is not None:
            programme.amber_days, programme.red_days = _check_thresholds(
                amber_days if amber_days is not None else programme.amber_days,
                red_days if red_days is not None else programme.red_days,
            )
        if weights is not None:
            programme.weights = {**(programme.weights or {}), **_check_weights(weights)}
        if specs is not None:
            _replace_template(session, programme, specs)
        if unit is not None:
            programme.unit_id = _existing_unit(session, unit)
        session.flush()
        return programme_row(session, programme)


def _check_weights(weights: dict[str, float]) -> dict[str, float]:
    result = {}
    for key, value in weights.items():
        if key not in DEFAULT_WEIGHTS:
            raise InvalidInput(f"'{key}' is not a matching weight. Use: {', '.join(DEFAULT_WEIGHTS)}.")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise InvalidInput(f"The weight for {key} must be a number, not '{value}'.") from None
        if not 0 <= number <= 100:
            raise InvalidInput(f"The weight for {key} must be between 0 and 100, not {number}.")
        result[key] = number
    return result


def _replace_template(session: Session, programme: Programme, specs: list[MilestoneSpec]) -> None:
    current = session.scalars(
        select(MilestoneTemplate).where(
            MilestoneTemplate.programme_id == programme.id, MilestoneTemplate.deleted_at.is_(None)
        )
    ).all()
    by_title = {t.title.lower(): t for t in current}
    now = session.info["now"]
    for position, spec in enumerate(specs, start=1):
        existing = by_title.pop(spec.title.lower(), None)
        if existing is None:
            session.add(
                MilestoneTemplate(
                    programme_id=programme.id,
                    position=position,
                    title=spec.title,
                    description=spec.description,
                    due_offset_days=spec.due_offset_days,
                )
            )
        else:
            existing.position, existing.title = position, spec.title
            existing.description, existing.due_offset_days = spec.description, spec.due_offset_days
    for leftover in by_title.values():
        leftover.deleted_at = now


def list_programmes(ctx: ServiceContext) -> list[ProgrammeRow]:
    with ctx.read() as session:
        programmes = session.scalars(
            select(Programme).where(Programme.deleted_at.is_(None)).order_by(Programme.name)
        ).all()
        return [programme_row(session, p) for p in programmes]


def get_programme(ctx: ServiceContext, ref: str) -> ProgrammeRow:
    with ctx.read() as session:
        return programme_row(session, lookup.programme(session, ref))
