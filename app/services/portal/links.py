"""Issue, revoke and list a mentor's personal portal links; the token is returned once and stored only as a hash."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import MentorProfile, Person
from app.models.portal import PortalLink
from app.services.core import lookup, validation
from app.services.core.context import ServiceContext
from app.services.core.rows import JsonRow
from app.tokens import new_token, token_hash

logger = logging.getLogger(__name__)

DEFAULT_DAYS = 90
MAX_DAYS = 366
DEFAULT_BASE_URL = "http://127.0.0.1:8080"


@dataclass(frozen=True)
class IssuedLink(JsonRow):
    """The only time the token exists outside the mentor's hands: the URL to send them."""

    id: str
    mentor: str
    mentor_name: str
    url: str
    expires_at: datetime


@dataclass(frozen=True)
class PortalLinkRow(JsonRow):
    id: str
    mentor: str
    mentor_name: str
    state: str  # active | expired | revoked
    created_at: datetime
    created_by: str
    expires_at: datetime
    revoked_at: datetime | None


def _mentor(session: Session, ref: str) -> Person:
    person = lookup.person(session, ref)
    is_mentor = session.scalar(
        select(MentorProfile.id).where(MentorProfile.person_id == person.id, MentorProfile.deleted_at.is_(None))
    )
    if is_mentor is None:
        raise InvalidInput(f"{person.name} is not a mentor in any programme; portal links are for mentors.")
    return person


def issue_link(
    ctx: ServiceContext, mentor: str, *, days: int = DEFAULT_DAYS, base_url: str = DEFAULT_BASE_URL
) -> IssuedLink:
    """A new personal link for a mentor (earlier links stay valid until they expire or are revoked)."""
    lifetime = validation.whole_number(days, "The number of days", 1, MAX_DAYS)
    base = (base_url or DEFAULT_BASE_URL).strip().rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise InvalidInput(f"The portal address must start with http:// or https://, not '{base_url}'.")
    token = new_token()
    with ctx.transaction() as session:
        person = _mentor(session, mentor)
        now = session.info["now"]
        link = PortalLink(
            mentor_id=person.id,
            token_hash=token_hash(token),
            expires_at=now + timedelta(days=lifetime),
            created_by=ctx.actor,
            created_at=now,
            updated_at=now,
        )
        session.add(link)
        session.flush()
        logger.info("portal link %s issued for person %s", link.id, person.id)
        return IssuedLink(
            id=link.id, mentor=person.id, mentor_name=person.name, url=f"{base}/l/{token}", expires_at=link.expires_at
        )


def revoke_links(ctx: ServiceContext, mentor: str) -> list[PortalLinkRow]:
    """Revoke every unrevoked link of a mentor at once; the portal ends their sessions on the next request."""
    with ctx.transaction() as session:
        person = lookup.person(session, mentor)
        links = revoke_all(session, person.id, ctx.actor)
        session.flush()
        logger.info("%d portal links revoked for person %s", len(links), person.id)
        return [_row(link, person.name, session.info["now"]) for link in links]


def revoke_all(session: Session, person_id: str, actor: str) -> list[PortalLink]:
    """Revoke a person's unrevoked links inside the caller's transaction (revoking, erasing a person)."""
    links = session.scalars(
        select(PortalLink).where(
            PortalLink.mentor_id == person_id, PortalLink.revoked_at.is_(None), PortalLink.deleted_at.is_(None)
        )
    ).all()
    for link in links:
        link.revoked_at, link.revoked_by = session.info["now"], actor
    return list(links)


def renew_calendar(ctx: ServiceContext, mentor: str) -> int:
    """A new calendar address for each of a mentor's usable links; the old addresses stop working at once (the
    personal links and their sessions stay). Returns how many links have a new address."""
    with ctx.transaction() as session:
        person = lookup.person(session, mentor)
        now = session.info["now"]
        links = session.scalars(
            select(PortalLink).where(
                PortalLink.mentor_id == person.id,
                PortalLink.revoked_at.is_(None),
                PortalLink.deleted_at.is_(None),
                PortalLink.expires_at > now,
            )
        ).all()
        if not links:
            raise InvalidInput(f"{person.name} has no valid personal link, so there is no calendar address to renew.")
        for link in links:
            link.feed_generation += 1
        session.flush()
        logger.info("calendar address renewed for %d portal links of person %s", len(links), person.id)
        return len(links)


def list_links(ctx: ServiceContext, mentor: str | None = None) -> list[PortalLinkRow]:
    """Every link (newest first), without tokens: they are not stored."""
    with ctx.read() as session:
        query = (
            select(PortalLink, Person.name)
            .join(Person, Person.id == PortalLink.mentor_id)
            .where(PortalLink.deleted_at.is_(None))
            .order_by(PortalLink.created_at.desc(), PortalLink.id)
        )
        if mentor:
            query = query.where(PortalLink.mentor_id == lookup.person(session, mentor).id)
        now = ctx.now()
        return [_row(link, name, now) for link, name in session.execute(query).all()]


def _row(link: PortalLink, name: str, now: datetime) -> PortalLinkRow:
    state = "revoked" if link.revoked_at is not None else "expired" if link.expires_at <= now else "active"
    return PortalLinkRow(
        id=link.id,
        mentor=link.mentor_id,
        mentor_name=name,
        state=state,
        created_at=link.created_at,
        created_by=link.created_by,
        expires_at=link.expires_at,
        revoked_at=link.revoked_at,
    )
