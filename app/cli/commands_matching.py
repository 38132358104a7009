"""`match suggest` and `match cohort`."""

from __future__ import annotations

from app.cli.output import emit_json, line, table
from app.cli.session import CliState
from app.errors import InvalidInput
from app.matching import MatchFilters
from app.services.matching.matching import accept_pairs, propose_cohort_for, resolve_filters, suggest_mentors
from app.services.matching.reasons import reason_line


def _filters(state: CliState) -> MatchFilters:
    a = state.args
    if a.max_km is not None and a.max_km < 0:
        raise InvalidInput(f"--max-km must be zero or more, not {a.max_km:g}.")
    geography = "municipality" if a.municipality else "county" if a.county else "km" if a.max_km is not None else None
    filters = MatchFilters(
        eligible=not a.include_ineligible,
        not_paired_before=not a.include_paired_before,
        geography=geography,
        max_km=a.max_km,
        slot_overlap=a.slot_overlap,
        modality=a.modality,
    )
    return resolve_filters(state.context(), filters, a.specialisation)


def _pairs(items: list[str], option: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        mentor, sep, mentee = item.partition(":")
        if not sep or not mentor.strip() or not mentee.strip():
            raise InvalidInput(f"Write {option} as MENTOR_ID:MENTEE_ID, not '{item}'.")
        pairs.append((mentor.strip(), mentee.strip()))
    return pairs


def cmd_suggest(state: CliState) -> int:
    a = state.args
    result = suggest_mentors(state.context(), a.mentee, programme=a.programme, filters=_filters(state), top=a.top)
    if state.json:
        data = result.to_json()
        emit_json(
            {
                "mentee": data["mentee"],
                "programme": data["programme"],
                "suggestions": [
                    {
                        "mentor": s["mentor"],
                        "mentor_name": s["mentor_name"],
                        "score": s["score"],
                        "reasons": s["reasons"],
                    }
                    for s in data["suggestions"]
                ],
                "excluded": data["excluded"],
                "excluded_mentors": data["excluded_mentors"],
            }
        )
        return 0
    line(f"Mentors for {result.mentee_name}:")
    table(
        [[f"{s.score:.2f}", s.mentor_name, reason_line(s.reasons), s.mentor] for s in result.suggestions],
        ["score", "mentor", "why", "id"],
    )
    left_out = ", ".join(f"{name.replace('_', ' ')}: {count}" for name, count in result.excluded.items() if count)
    if left_out:
        line(f"Left out — {left_out}")
    return 0


def cmd_cohort(state: CliState) -> int:
    a = state.args
    ctx = state.context()
    proposal = propose_cohort_for(
        ctx, a.programme, filters=_filters(state), pinned=_pairs(a.pin, "--pin"), rejected=_pairs(a.reject, "--reject")
    )
    created = []
    if a.apply and proposal.proposals:
        created = accept_pairs(ctx, a.programme, [(p.mentor, p.mentee) for p in proposal.proposals])
    if state.json:
        data = proposal.to_json()
        data.pop("programme")
        if a.apply:
            data["created"] = [row.id for row in created]
        emit_json(data)
        return 0
    table(
        [[f"{p.score:.2f}", p.mentor_name, p.mentee_name, reason_line(p.reasons)] for p in proposal.proposals],
        ["score", "mentor", "mentee", "why"],
    )
    line(f"{proposal.matched} matched, {len(proposal.unmatched)} left waiting, total score {proposal.total_score:.2f}")
    if a.apply:
        line(f"Created {len(created)} proposed pairing(s).")
    return 0
