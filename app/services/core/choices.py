"""The codes a form or a command may offer, in the order shown, derived from the domain's enums and state machines.

app/models/enums.py holds every stored vocabulary once; this module orders them for people and holds the state
machines the people rules enforce, so views and the CLI offer exactly what the services accept without importing the
ORM package.
"""

from __future__ import annotations

from app.models.enums import (
    DissolutionReason,
    MenteeState,
    MentorRole,
    MentorState,
    MilestoneStatus,
    NoteVisibility,
    ProgrammeState,
    values,
)
from app.vocabulary import CONTACT_PREFERENCES, MODALITIES

__all__ = [
    "CONTACT_PREFERENCES",
    "DISSOLUTION_REASONS",
    "MENTEE_SETTABLE_STATES",
    "MENTEE_STATES",
    "MENTOR_NEXT_STATES",
    "MENTOR_ROLES",
    "MENTOR_STATES",
    "MENTOR_TRANSITIONS",
    "MILESTONE_STATUSES",
    "MODALITIES",
    "NOTE_VISIBILITIES",
    "PROGRAMME_STATES",
]

DISSOLUTION_REASONS = values(DissolutionReason)
# Most private first: a new note is visible to coordinators only unless the coordinator chooses otherwise.
NOTE_VISIBILITIES = (NoteVisibility.COORDINATOR.value, NoteVisibility.MENTOR.value, NoteVisibility.ALL.value)
MENTOR_ROLES = values(MentorRole)
MENTOR_STATES = values(MentorState)
MENTEE_STATES = values(MenteeState)
PROGRAMME_STATES = values(ProgrammeState)  # also the order a programme moves through, one step at a time
MILESTONE_STATUSES = values(MilestoneStatus)

# The mentor state machine: applied → approved → paused ↔ approved → withdrawn.
MENTOR_TRANSITIONS: dict[str, frozenset[str]] = {
    MentorState.APPLIED: frozenset({MentorState.APPROVED, MentorState.WITHDRAWN}),
    MentorState.APPROVED: frozenset({MentorState.PAUSED, MentorState.WITHDRAWN}),
    MentorState.PAUSED: frozenset({MentorState.APPROVED, MentorState.WITHDRAWN}),
    MentorState.WITHDRAWN: frozenset(),
}
# The states a form offers next to a mentor's current one, in the vocabulary's order.
MENTOR_NEXT_STATES: dict[str, tuple[str, ...]] = {
    state: tuple(s for s in MENTOR_STATES if s in following) for state, following in MENTOR_TRANSITIONS.items()
}
# A coordinator may set a mentee to these by hand; "matched" follows from an activated pairing.
MENTEE_SETTABLE_STATES = (MenteeState.WAITING.value, MenteeState.WITHDRAWN.value)
