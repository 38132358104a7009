"""The catalogue of specialisations mentors offer and mentees ask for."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncColumns


class Specialisation(SyncColumns, Base):
    __tablename__ = "specialisations"
    __entity__ = "specialisation"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_nb: Mapped[str] = mapped_column(String(120))
