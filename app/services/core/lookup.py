"""Finding records by what a coordinator types: an id, an exact name, an e-mail."""

from __future__ import annotations

import difflib

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import Pairing, PairingMilestone, Person, Programme, Specialisation


def same_text(a: str | None, b: str | None) -> bool:
    """Case-insensitive equality that folds æ, ø, å too (SQLite's lower() only folds ASCII)."""
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def programmes_named(session: Session, name: str, *, exclude_id: str | None = None) -> list[Programme]:
    # Programmes are few; comparing in Python keeps Norwegian letters case-insensitive on every database.
    rows = session.scalars(select(Programme).where(Programme.deleted_at.is_(None))).all()
    return [p for p in rows if same_text(p.name, name) and p.id != exclude_id]


def programme(session: Session, ref: str, *, for_update: bool = False) -> Programme:
    ref = (ref or "").strip()
    query = select(Programme).where(Programme.deleted_at.is_(None))
    found = session.scalar(query.where(Programme.id == ref))
    if found is None:
        found = session.scalar(query.where(Programme.name == ref).limit(1))
    if found is None:
        matches = programmes_named(session, ref)
        if len(matches) > 1:
            raise InvalidInput(f"Several programmes are named '{ref}'; use the programme id instead.")
        found = matches[0] if matches else None
    if found is None:
        raise NotFound(f"There is no programme '{ref}'.")
    if for_update:
        session.refresh(found, with_for_update=True)
    return found


def person(session: Session, ref: str) -> Person:
    ref = (ref or "").strip()
    query = select(Person).where(Person.deleted_at.is_(None))
    found = session.scalar(query.where(Person.id == ref))
    if found is None and "@" in ref:
        sharing = session.scalars(query.where(Person.email == ref.lower()).limit(3)).all()
        if len(sharing) > 1:  # e-mail is not unique: family members may share one
            raise InvalidInput(f"Several people share the e-mail {ref.lower()}; give the person's ID instead.")
        found = sharing[0] if sharing else None
    if found is None:
        raise NotFound(f"There is no person '{ref}'.")
    return found


def pairing(session: Session, ref: str, *, for_update: bool = False) -> Pairing:
    query = select(Pairing).where(Pairing.id == (ref or "").strip(), Pairing.deleted_at.is_(None))
    if for_update:
        query = query.with_for_update()
    found = session.scalar(query)
    if found is None:
        raise NotFound(f"There is no pairing '{ref}'.")
    return found


def milestone(session: Session, pairing_id: str, ref: str) -> PairingMilestone:
    """A pairing's milestone by id, by exact title (case-insensitive) or by its 1-based position."""
    ref = (ref or "").strip()
    rows = session.scalars(
        select(PairingMilestone)
        .where(PairingMilestone.pairing_id == pairing_id, PairingMilestone.deleted_at.is_(None))
        .order_by(PairingMilestone.position)
    ).all()
    for row in rows:
        if row.id == ref or row.title.lower() == ref.lower():
            return row
    if ref.isdigit() and 1 <= int(ref) <= len(rows):
        return rows[int(ref) - 1]
    titles = ", ".join(f"'{r.title}'" for r in rows) or "none"
    raise NotFound(f"The pairing has no milestone '{ref}'. Its milestones are: {titles}.")


def specialisations(session: Session, names: list[str]) -> list[Specialisation]:
    """Catalogue entries by key, English or Norwegian name; unknown names suggest the closest known ones."""
    catalogue = session.scalars(select(Specialisation).where(Specialisation.deleted_at.is_(None))).all()
    index: dict[str, Specialisation] = {}
    for spec in catalogue:
        for label in (spec.key, spec.name_en, spec.name_nb, spec.id):
            index[label.strip().lower()] = spec
    result: list[Specialisation] = []
    for name in names:
        key = name.strip().lower()
        if not key:
            continue
        found = index.get(key) or index.get(key.replace(" ", "_"))
        if found is None:
            close = difflib.get_close_matches(
                key, [s.name_en.lower() for s in catalogue] + [s.name_nb.lower() for s in catalogue], n=3
            )
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            raise InvalidInput(f"'{name}' is not a known specialisation.{hint}")
        if found not in result:
            result.append(found)
    return result
