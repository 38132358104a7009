"""The desktop's words for the domain's codes: every code has words, and the forms offer the domain's vocabularies.

The layer rule (no SQLAlchemy or ORM in app/views) is the import-linter contract in pyproject.toml, run by `make test`.
"""

from __future__ import annotations

from app.models import enums
from app.services.matching import reasons
from app.views.matching import match_labels
from app.views.widgets import labels


def test_form_vocabularies_match_the_domain() -> None:
    assert set(labels.DISSOLUTION_REASONS) == set(enums.values(enums.DissolutionReason))
    assert set(labels.NOTE_VISIBILITIES) == set(enums.values(enums.NoteVisibility))
    assert enums.values(enums.Modality) == labels.MODALITIES
    assert enums.values(enums.MentorRole) == labels.MENTOR_ROLES
    assert enums.values(enums.MentorState) == labels.MENTOR_STATES
    assert enums.values(enums.MenteeState) == labels.MENTEE_STATES
    assert enums.values(enums.ProgrammeState) == labels.PROGRAMME_STATES
    assert enums.values(enums.MilestoneStatus) == labels.MILESTONE_STATUSES
    assert set(labels.MENTOR_NEXT_STATES) == set(labels.MENTOR_STATES)
    for code in enums.values(enums.Health):
        assert labels.health_label(code) != code


def test_every_code_has_words() -> None:
    for code in labels.DISSOLUTION_REASONS:
        assert labels.reason_label(code) != code
    for code in labels.NOTE_VISIBILITIES:
        assert labels.visibility_label(code) != code
    for code in labels.MENTOR_STATES:
        assert labels.mentor_state_label(code) != code
    assert labels.slot_label("mon_evening") == "Monday evening"
    assert sorted(["Ås", "Øy", "Æra", "Zeta"], key=labels.sort_text) == ["Zeta", "Æra", "Øy", "Ås"]


def test_every_reason_phrase_has_a_translation() -> None:
    assert match_labels._reason_words().keys() == reasons.ENGLISH.keys()
