"""Organisation units: national, region (county) and chapter."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncColumns
from app.models.enums import UnitKind, values


def in_values(column: str, enum: type, name: str) -> CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values(enum))
    return CheckConstraint(f"{column} IN ({allowed})", name=name)


class OrganisationUnit(SyncColumns, Base):
    __tablename__ = "organisation_units"
    __entity__ = "organisation_unit"
    __table_args__ = (in_values("kind", UnitKind, "kind"),)

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default=UnitKind.CHAPTER.value)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("organisation_units.id"), default=None)
