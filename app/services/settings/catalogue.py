"""The specialisation catalogue: seed the defaults, add and list entries."""

from __future__ import annotations

import json
import re

from sqlalchemy import select

from app.errors import InvalidInput, InvariantViolation
from app.models import Specialisation
from app.models.specialisation import specialisation_id
from app.paths import REFERENCE_DIR
from app.services.core import validation
from app.services.core.context import ServiceContext
from app.services.core.lookup import same_text
from app.services.core.rows import SpecialisationRow

# Used when the reference file is missing (it ships in resources/reference/specialisations.json).
FALLBACK_CATALOGUE = [
    {"key": "mobility_orientation", "name_en": "Mobility and orientation", "name_nb": "Mobilitet og orientering"},
    {"key": "braille", "name_en": "Braille", "name_nb": "Punktskrift"},
    {"key": "screen_readers", "name_en": "Screen readers", "name_nb": "Skjermlesere"},
]


def default_catalogue() -> list[dict[str, str]]:
    path = REFERENCE_DIR / "specialisations.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        return list(data if isinstance(data, list) else data["specialisations"])
    return FALLBACK_CATALOGUE


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9æøå]+", "_", name.strip().lower()).strip("_")


def _row(spec: Specialisation) -> SpecialisationRow:
    return SpecialisationRow(id=spec.id, key=spec.key, name_en=spec.name_en, name_nb=spec.name_nb)


def seed_catalogue(ctx: ServiceContext) -> int:
    """Add the default specialisations that are not there yet; returns how many were added."""
    try:
        return _seed_missing(ctx)
    except InvariantViolation:  # a second copy of the app, started at the same moment, seeded them first
        return _seed_missing(ctx)


def _seed_missing(ctx: ServiceContext) -> int:
    with ctx.transaction() as session:
        existing = set(session.scalars(select(Specialisation.key)).all())
        added = 0
        for entry in default_catalogue():
            if entry["key"] not in existing:
                session.add(
                    Specialisation(
                        id=specialisation_id(entry["key"]),
                        key=entry["key"],
                        name_en=entry["name_en"],
                        name_nb=entry["name_nb"],
                    )
                )
                added += 1
        return added


def add_specialisation(ctx: ServiceContext, name: str, name_nb: str | None = None) -> SpecialisationRow:
    name = validation.required_text(name, "The specialisation name", 120)
    name_nb = validation.limited_text(name_nb, "The Norwegian name", 120) or name
    key = slug(name)
    if not key:
        raise InvalidInput(f"'{name}' cannot be used as a specialisation name.")
    with ctx.transaction() as session:
        catalogue = session.scalars(select(Specialisation).where(Specialisation.deleted_at.is_(None))).all()
        clash = next(
            (s for s in catalogue if s.key == key or same_text(s.name_en, name) or same_text(s.name_nb, name_nb)), None
        )
        if clash is not None:
            raise InvalidInput(f"The specialisation '{clash.name_en}' ({clash.name_nb}) is already in the catalogue.")
        spec = Specialisation(id=specialisation_id(key), key=key, name_en=name, name_nb=name_nb)
        session.add(spec)
        session.flush()
        return _row(spec)


def list_specialisations(ctx: ServiceContext) -> list[SpecialisationRow]:
    with ctx.read() as session:
        rows = session.scalars(
            select(Specialisation).where(Specialisation.deleted_at.is_(None)).order_by(Specialisation.name_en)
        ).all()
        return [_row(s) for s in rows]
