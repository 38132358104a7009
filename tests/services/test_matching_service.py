"""Matching use cases on a real database: suggestions with exclusions, cohort proposals, accepting pairs."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import InvalidInput, InvariantViolation
from app.matching import MatchFilters
from app.services.core import lookup
from app.services.core.context import ServiceContext
from app.services.matching.matching import (
    accept_pairs,
    load_match_input,
    load_matching,
    propose_cohort_for,
    rank_mentees,
    resolve_filters,
    suggest_mentors,
)
from app.services.pairings.pairings import create_pairing, dissolve_pairing, list_pairings
from app.services.people.people import PersonFields, ProfileFields, update_person
from tests.helpers import make_mentee, make_mentor, make_programme


def test_suggestions_rank_and_explain_exclusions(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentee = make_mentee(ctx, programme.id, specialisations=["braille", "guide dogs"], slots=["Mon evening"])
    best = make_mentor(
        ctx, programme.id, "Best Match", specialisations=["braille", "guide_dogs"], slots=["Mon evening"]
    )
    other = make_mentor(
        ctx, programme.id, "Other County", specialisations=["braille"], municipality="Bergen", county="Vestland"
    )
    make_mentor(ctx, programme.id, "Paused Mentor", state="paused")
    away = make_mentor(ctx, programme.id, "Away Mentor")
    update_person(ctx, away.id, PersonFields(), profile=ProfileFields(unavailable_until=date(2026, 12, 31)))
    before = make_mentor(ctx, programme.id, "Paired Before")
    dissolve_pairing(
        ctx, create_pairing(ctx, programme=programme.id, mentor=before.id, mentee=mentee.id).id, "incompatible"
    )

    result = suggest_mentors(ctx, mentee.id)
    assert [s.mentor for s in result.suggestions] == [best.id, other.id]
    top = result.suggestions[0]
    assert top.score == pytest.approx(2.0 * 2 + 1.0 * 1 + 1.0 * 1 + 0.5 * 1)
    assert top.reasons["shared_specialisations"] == ["braille", "guide_dogs"]
    assert result.excluded == {"eligible": 2, "not_paired_before": 1}
    assert {(e.mentor_name, e.filter) for e in result.excluded_mentors} == {
        ("Paused Mentor", "eligible"),
        ("Away Mentor", "eligible"),
        ("Paired Before", "not_paired_before"),
    }

    county_only = suggest_mentors(ctx, mentee.id, filters=MatchFilters(geography="county"))
    assert [s.mentor for s in county_only.suggestions] == [best.id]
    assert county_only.excluded["geography"] == 1


def test_specialisation_filter_takes_names_in_either_language(ctx: ServiceContext) -> None:
    filters = resolve_filters(ctx, MatchFilters(), ["Punktskrift", "screen readers"])
    assert filters.specialisations == frozenset({"braille", "screen_readers"})
    with pytest.raises(InvalidInput, match="not a known specialisation"):
        resolve_filters(ctx, MatchFilters(), ["juggling"])


def test_accepting_pairs_stores_score_and_reasons_all_or_nothing(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id, capacity=2, specialisations=["braille"])
    first = make_mentee(ctx, programme.id, "First Mentee", specialisations=["braille"])
    second = make_mentee(ctx, programme.id, "Second Mentee")
    taken = make_mentee(ctx, programme.id, "Taken Mentee")
    create_pairing(ctx, programme=programme.id, mentor=make_mentor(ctx, programme.id, "Other").id, mentee=taken.id)

    with pytest.raises(InvariantViolation, match="Taken Mentee already has an open pairing"):
        accept_pairs(ctx, programme.id, [(mentor.id, first.id), (mentor.id, taken.id)])
    assert len(list_pairings(ctx, programme=programme.id)) == 1

    rows = accept_pairs(ctx, programme.id, [(mentor.id, first.id), (mentor.id, second.id)])
    assert [r.status for r in rows] == ["proposed", "proposed"]
    assert rows[0].score == pytest.approx(2.0 + 1.0 + 0 + 0.5) and rows[0].reasons["shared_specialisations"] == [
        "braille"
    ]


def test_cohort_matches_every_waiting_mentee_it_can(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    a = make_mentor(ctx, programme.id, "Mentor A", capacity=1, specialisations=["braille"])
    b = make_mentor(ctx, programme.id, "Mentor B", capacity=1, specialisations=["braille", "guide_dogs"])
    x = make_mentee(ctx, programme.id, "Mentee X", specialisations=["braille", "guide dogs"])
    y = make_mentee(ctx, programme.id, "Mentee Y", specialisations=["braille"])
    z = make_mentee(ctx, programme.id, "Mentee Z")

    proposal = propose_cohort_for(ctx, programme.id)
    assert proposal.matched == 2 and proposal.unmatched == [z.id]
    assert {(p.mentor, p.mentee) for p in proposal.proposals} == {(b.id, x.id), (a.id, y.id)}

    pinned = propose_cohort_for(ctx, programme.id, pinned=[(a.id, x.id)])
    assert (a.id, x.id) in {(p.mentor, p.mentee) for p in pinned.proposals}
    rejected = propose_cohort_for(ctx, programme.id, rejected=[(b.id, x.id)])
    assert (b.id, x.id) not in {(p.mentor, p.mentee) for p in rejected.proposals}
    with pytest.raises(InvalidInput, match="pinned pairs cannot be kept"):
        propose_cohort_for(ctx, programme.id, pinned=[(a.id, x.id), (a.id, y.id)])


def test_ranking_from_a_mentor_with_free_places(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentor = make_mentor(ctx, programme.id, specialisations=["braille"], slots=["Tue evening"])
    fit = make_mentee(ctx, programme.id, "Good Fit", specialisations=["braille"], slots=["Tue evening"])
    other = make_mentee(ctx, programme.id, "Other Fit", municipality="Tromsø", county="Troms")
    paired = make_mentee(ctx, programme.id, "Already Paired")
    create_pairing(ctx, programme=programme.id, mentor=make_mentor(ctx, programme.id, "Someone").id, mentee=paired.id)

    data = load_matching(ctx, programme.name)
    rows, total = rank_mentees(data, mentor.id, MatchFilters())
    assert [r.mentee for r in rows] == [fit.id, other.id] and total == 2
    assert rank_mentees(data, mentor.id, MatchFilters(), top=1) == ([rows[0]], 2)
    assert rows[0].score == pytest.approx(2.0 + 1.0 + 1.0 + 0.5)
    assert [r.mentee for r in rank_mentees(data, mentor.id, MatchFilters(geography="county"))[0]] == [fit.id]
    with pytest.raises(InvalidInput, match="not a mentor in this programme"):
        rank_mentees(data, fit.id, MatchFilters())


def test_loading_only_some_people_gives_them_the_same_input_as_the_whole_programme(ctx: ServiceContext) -> None:
    programme = make_programme(ctx)
    mentors = [
        make_mentor(ctx, programme.id, f"Mentor {i}", specialisations=["braille"], slots=["Mon evening"])
        for i in range(3)
    ]
    mentees = [make_mentee(ctx, programme.id, f"Mentee {i}", specialisations=["braille"]) for i in range(3)]
    accept_pairs(ctx, programme.id, [(mentors[0].id, mentees[0].id)])
    dissolve_pairing(
        ctx, create_pairing(ctx, programme=programme.id, mentor=mentors[1].id, mentee=mentees[1].id).id, "moved"
    )
    chosen = {mentors[0].id, mentors[1].id, mentees[1].id, mentees[2].id}
    with ctx.read() as session:
        target = lookup.programme(session, programme.id)
        whole = load_match_input(session, target, ctx.now().date())
        some = load_match_input(session, target, ctx.now().date(), only=chosen)
    loaded = {m.id: m for m in some.mentors}  # the engine orders mentors itself (MentorPool)
    assert {m.id: m for m in whole.mentors if m.id in chosen} == loaded
    assert {i: m for i, m in whole.mentees.items() if i in chosen} == some.mentees
    assert {p for p in whole.previous_pairs if p[1] in chosen} == some.previous_pairs
    assert some.weights == whole.weights
    assert (loaded[mentors[0].id].open_pairings, loaded[mentors[1].id].open_pairings) == (1, 0)
