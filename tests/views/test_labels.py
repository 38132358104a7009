"""The desktop's words for the domain's codes: every code has words, and the forms offer the domain's vocabularies.

The layer rule (no SQLAlchemy or ORM in app/views) is the import-linter contract in pyproject.toml, run by `make test`.
"""

from __future__ import annotations

from app import vocabulary
from app.models import enums
from app.services.core import choices
from app.services.matching import reasons
from app.views.matching import match_labels
from app.views.widgets import labels


def test_forms_offer_every_code_of_the_domain_and_modalities_agree() -> None:
    assert set(choices.NOTE_VISIBILITIES) == set(enums.values(enums.NoteVisibility))
    assert enums.values(enums.Modality) == vocabulary.MODALITIES  # enums.Modality stores what app.vocabulary defines
    assert set(choices.MENTOR_NEXT_STATES) == set(choices.MENTOR_STATES)
    assert choices.MENTOR_NEXT_STATES["applied"] == ("approved", "withdrawn")
    for code in enums.values(enums.Health):
        assert labels.health_label(code) != code


def test_every_code_has_words() -> None:
    for code in choices.DISSOLUTION_REASONS:
        assert labels.reason_label(code) != code
    for code in choices.NOTE_VISIBILITIES:
        assert labels.visibility_label(code) != code
    for code in choices.MENTOR_STATES:
        assert labels.mentor_state_label(code) != code
    for code in choices.MENTEE_STATES:
        assert labels.mentee_state_label(code) != code
    for code in choices.MENTOR_ROLES:
        assert labels.role_label(code) != code
    for code in choices.PROGRAMME_STATES:
        assert labels.programme_state_label(code) != code
    for code in choices.MILESTONE_STATUSES:
        assert labels.milestone_status_label(code) != code
    for code in choices.MODALITIES:
        assert labels.modality_label(code) != code
    assert labels.slot_label("mon_evening") == "Monday evening"
    assert sorted(["Ås", "Øy", "Æra", "Zeta"], key=labels.sort_text) == ["Zeta", "Æra", "Øy", "Ås"]


def test_every_reason_phrase_has_a_translation() -> None:
    assert match_labels._reason_words().keys() == reasons.ENGLISH.keys()
