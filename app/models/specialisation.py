"""The catalogue of specialisations mentors offer and mentees ask for."""

from __future__ import annotations

import uuid

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncColumns

# Specialisation ids are derived from their key, so two desktops that add the same specialisation (every desktop
# seeds the default catalogue) make the same row, and sync merges them instead of refusing a duplicate key.
SPECIALISATION_NAMESPACE = uuid.UUID("6f1c2b9e-6d1a-4a57-9d51-3f6c7b8e2a10")


def specialisation_id(key: str) -> str:
    return str(uuid.uuid5(SPECIALISATION_NAMESPACE, key))


class Specialisation(SyncColumns, Base):
    __tablename__ = "specialisations"
    __entity__ = "specialisation"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_nb: Mapped[str] = mapped_column(String(120))
