"""Quick builders for desktop tests: pairings in a given state, through the services."""

from __future__ import annotations

from app.services.core.context import ServiceContext
from app.services.core.rows import PairingRow, ProgrammeRow
from app.services.pairings.pairings import activate_pairing, create_pairing
from tests.helpers import make_mentee, make_mentor, make_programme


def active_pairing(
    ctx: ServiceContext, programme: ProgrammeRow, mentor: str, mentee: str, *, capacity: int = 2, active: bool = True
) -> PairingRow:
    mentor_row = make_mentor(ctx, programme.id, mentor, capacity=capacity)
    mentee_row = make_mentee(ctx, programme.id, mentee)
    pairing = create_pairing(ctx, programme=programme.id, mentor=mentor_row.id, mentee=mentee_row.id)
    return activate_pairing(ctx, pairing.id) if active else pairing


def programme_with_pairings(
    ctx: ServiceContext, name: str = "Likeperson Oslo 2026"
) -> tuple[ProgrammeRow, list[PairingRow]]:
    programme = make_programme(ctx, name)
    pairings = [
        active_pairing(ctx, programme, "Kari Nordmann", "Ola Hansen"),
        active_pairing(ctx, programme, "Per Olsen", "Siri Berg"),
        active_pairing(ctx, programme, "Åse Lund", "Ærlend Moe", active=False),
    ]
    return programme, pairings
