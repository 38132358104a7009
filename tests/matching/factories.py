"""Small builders for matching tests: a mentor or mentee with sensible defaults and only the fields that matter."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.matching import MenteeRequest, MentorCandidate


def mentor(
    mentor_id: str,
    *,
    specialisations: Iterable[str] = (),
    slots: Iterable[str] = (),
    modalities: Iterable[str] = ("in_person",),
    eligible: bool = True,
    capacity: int = 2,
    open_pairings: int = 0,
    **place: Any,
) -> MentorCandidate:
    return MentorCandidate(
        id=mentor_id,
        eligible=eligible,
        capacity=capacity,
        open_pairings=open_pairings,
        specialisations=frozenset(specialisations),
        slots=frozenset(slots),
        modalities=frozenset(modalities),
        **place,
    )


def mentee(
    mentee_id: str,
    *,
    specialisations: Iterable[str] = (),
    slots: Iterable[str] = (),
    modalities: Iterable[str] = ("in_person",),
    **place: Any,
) -> MenteeRequest:
    return MenteeRequest(
        id=mentee_id,
        specialisations=frozenset(specialisations),
        slots=frozenset(slots),
        modalities=frozenset(modalities),
        **place,
    )
