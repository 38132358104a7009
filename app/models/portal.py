"""Personal portal links: a mentor's way into the read-only portal, kept only as a hash of the token."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncColumns


class PortalLink(SyncColumns, Base):
    """One issued link. Synced, so a link issued on a desktop reaches the server the portal reads.

    The token itself is shown once and never stored; `token_hash` is its SHA-256 (app.tokens). The calendar
    address is derived from the link and `feed_generation` (app/portal/security.py): renewing it raises the number.
    """

    __tablename__ = "portal_links"
    __entity__ = "portal_link"
    __table_args__ = (CheckConstraint("feed_generation >= 0", name="feed_generation_not_negative"),)

    mentor_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_by: Mapped[str | None] = mapped_column(String(200), default=None)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    feed_generation: Mapped[int] = mapped_column(default=0, server_default="0")


__all__ = ["PortalLink"]
